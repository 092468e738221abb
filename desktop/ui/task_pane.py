"""The middle of the main window: the input for the current template and the preview of exactly
what will be sent.

The input is the generic form, or the widget a task kind registered in ``kind_views`` (the Excel
flow's workbook panel); the preview shows the masked system prompt and the user text with every
finding highlighted. It shows what the presenter says and reports the clerk's edits by signal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.templates import FormStateStore, Template
from desktop.ui.kind_views import ViewContext, views_for
from desktop.ui.mask_preview import MaskPreview
from desktop.ui.request_presenter import InputSnapshot
from desktop.ui.template_form import TemplateForm

if TYPE_CHECKING:
    from desktop.core.pipeline import PreparedTask

INPUT_TAB, PREVIEW_TAB = 0, 1


class TaskPane(QWidget):
    changed = Signal()  # the input changed: what was prepared is stale
    submitRequested = Signal()
    previewTabOpened = Signal()  # the clerk opened 「送信内容の確認」 by hand
    entitiesChanged = Signal()  # the clerk released or added a finding in the preview

    def __init__(self, runner: Any, form_state: FormStateStore, max_document_mb: float,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._lang = lang
        self._kind_inputs: dict[str, QWidget] = {}
        # What the clerk typed per template in this session (memory only), so a misclick in
        # the list never loses a pasted transcript.
        self._session_values: dict[str, dict[str, str]] = {}
        self._template: Template | None = None
        self.form = TemplateForm(runner, form_state, max_document_mb, self)
        self.input_stack = QStackedWidget(self)
        self.input_stack.addWidget(self.form)
        self.preview = MaskPreview(self)
        self.system_preview = QPlainTextEdit(self)
        self.system_preview.setReadOnly(True)
        self.system_preview.setMaximumHeight(110)
        self.system_preview.setAccessibleName(self.tr("送信するシステム指示"))
        preview_page = QWidget(self)
        pv = QVBoxLayout(preview_page)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addWidget(QLabel(self.tr("AI への指示（テンプレート）")))
        pv.addWidget(self.system_preview)
        pv.addWidget(QLabel(self.tr("送信する本文 — 色付きの箇所は記号に置き換えて送信されます")))
        pv.addWidget(self.preview, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.input_stack, self.tr("入力"))
        self.tabs.addTab(preview_page, self.tr("送信内容の確認"))
        self.title = QLabel(self)
        self.title.setObjectName("templateTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.estimate_label = QLabel(self)
        self.send_button = QPushButton(self.tr("送信 (Ctrl+Enter)"), self)
        self.send_button.setDefault(True)
        self.send_button.setObjectName("sendButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.estimate_label, 1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        self.form.changed.connect(self.changed)
        self.form.submitRequested.connect(self.submitRequested)
        self.send_button.clicked.connect(self.submitRequested)
        self.preview.entitiesChanged.connect(self.entitiesChanged)
        self.tabs.currentChanged.connect(
            lambda index: self.previewTabOpened.emit() if index == PREVIEW_TAB else None)

    # The input ----------------------------------------------------------------------------------
    def input_widget(self) -> QWidget:
        """What the clerk fills in: the generic form or the current kind's own widget."""
        return self.input_stack.currentWidget()

    def uses_form(self) -> bool:
        return self.input_widget() is self.form

    def show_template(self, template: Template) -> None:
        self._keep_session_values()
        self._template = template
        self.title.setText(template.display_title(self._lang))
        self.description.setText(template.display_description(self._lang))
        own = self._kind_input(template.output)
        if own is None:
            self.form.set_template(template, self._lang)
            if template.id in self._session_values:
                self.form.set_values(self._session_values[template.id])
        elif hasattr(own, "set_template"):
            own.set_template(template, self._lang)
        self.input_stack.setCurrentWidget(own or self.form)
        # The generic form shows the title and description itself.
        self.title.setVisible(own is not None)
        self.description.setVisible(own is not None)
        self.show_input()

    def forget_template(self) -> None:
        """The template changed on disk: its next selection starts from the file."""
        self._template = None

    def _kind_input(self, kind: str) -> QWidget | None:
        factory = views_for(kind).input
        if factory is None:
            return None
        if kind not in self._kind_inputs:
            widget = factory(ViewContext(self._runner, self._lang), self)
            widget.changed.connect(self.changed)  # type: ignore[attr-defined]
            widget.submitRequested.connect(self.submitRequested)  # type: ignore[attr-defined]
            self.input_stack.addWidget(widget)
            self._kind_inputs[kind] = widget
        return self._kind_inputs[kind]

    def _keep_session_values(self) -> None:
        t = self._template
        if t is None or not self.uses_form():
            return
        kinds = {v.name: v.type for v in t.variables}
        self._session_values[t.id] = {k: v for k, v in self.form.values().items()
                                      if kinds.get(k) not in (None, "file")}

    def read_input(self) -> InputSnapshot:
        own = self.input_widget()
        if own is not self.form:
            return InputSnapshot(own.values(), dict(own.files()),  # type: ignore[attr-defined]
                                 own.validate())  # type: ignore[attr-defined]
        problems = self.form.validate()
        if not problems:
            self.form.remember()
        return InputSnapshot(self.form.values(), self.form.file_paths(), problems)

    def remember(self) -> None:
        if self._template is not None and self.uses_form():
            self.form.remember()

    # The preview --------------------------------------------------------------------------------
    def show_input(self) -> None:
        self.tabs.setCurrentIndex(INPUT_TAB)

    def showing_preview(self) -> bool:
        return self.tabs.currentIndex() == PREVIEW_TAB

    def show_prepared(self, prepared: PreparedTask, *, release_allowed: bool) -> None:
        self.system_preview.setPlainText(prepared.system_masked)
        self.show_in_preview(prepared, release_allowed=release_allowed)
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(PREVIEW_TAB)
        self.tabs.blockSignals(False)
        self.show_estimate(prepared)

    def show_updated(self, prepared: PreparedTask) -> None:
        self.system_preview.setPlainText(prepared.system_masked)
        self.show_estimate(prepared)

    def show_in_preview(self, prepared: PreparedTask, *, release_allowed: bool) -> None:
        # Showing findings is not an edit by the clerk: no re-masking round trip for it.
        self.preview.blockSignals(True)
        try:
            self.preview.show(prepared.rendered.user, list(prepared.user_entities),
                              release_allowed=release_allowed)
        finally:
            self.preview.blockSignals(False)

    def show_estimate(self, prepared: PreparedTask) -> None:
        text = self.tr("約 {tokens} トークン・約 {cost} 円").format(
            tokens=f"{prepared.estimated_prompt_tokens:,}",
            cost=f"{prepared.estimated_cost_jpy:.2f}")
        if prepared.map_reduce:
            text += self.tr("（長文のため {n} 回に分けて処理）").format(n=prepared.request_count)
        # The same count as the list of findings beside it: each occurrence that is masked.
        masked = len(self.preview.selected_entities())
        if masked:
            text += self.tr("　置き換え {n} 件").format(n=masked)
        self.estimate_label.setText(text)

    def show_state(self, *, can_send: bool, will_send: bool, prepared: bool) -> None:
        self.send_button.setEnabled(can_send)
        self.send_button.setText(self.tr("この内容で送信 (Ctrl+Enter)") if will_send
                                 else self.tr("送信内容を確認 (Ctrl+Enter)"))
        if not prepared:
            self.estimate_label.clear()

    def session_values(self) -> Mapping[str, Mapping[str, str]]:
        return self._session_values
