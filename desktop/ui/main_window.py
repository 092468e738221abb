"""The main window: templates on the left, the input in the middle, the answer on the right.

It only lays out and connects. The request/answer state machine is ``RequestPresenter``; the
template menu is ``TemplateActions``; a task kind's own input and result widgets come from
``kind_views``; the core objects are built on a worker by ``core_parts`` (the window shows
first, with 「読み込み中…」 in the list and sending disabled until the masker and templates are
ready — the organisation's template folder may be on a share that is slow to answer).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_DISPLAY_NAME, __version__
from desktop.core.masking import PiiMasker
from desktop.core.pipeline import Pipeline, PreparedTask, TaskResult
from desktop.core.services import Services
from desktop.core.templates import FormStateStore, TemplateLoadError, TemplateRepository
from desktop.core.usage import UsageStore
from desktop.ui.answer_panel import AnswerPanel
from desktop.ui.code_blocks import CodeBlocksView
from desktop.ui.core_parts import RequestParts, build_request_parts, load_templates
from desktop.ui.kind_views import ViewContext, views_for
from desktop.ui.mask_preview import MaskPreview
from desktop.ui.request_presenter import InputSnapshot, RequestPresenter
from desktop.ui.status_bar import AppStatusBar
from desktop.ui.template_actions import TemplateActions
from desktop.ui.template_form import TemplateForm
from desktop.ui.template_list import TemplateListPanel
from desktop.ui.window_dialogs import WindowDialogs
from desktop.workers.tasks import TaskRunner

log = logging.getLogger(__name__)

EXPORT_INTERVAL_MS = 10 * 60 * 1000


class MainWindow(QMainWindow):
    def __init__(self, services: Services, *, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner or TaskRunner(parent=self)
        self.setWindowTitle(f"{APP_DISPLAY_NAME} {__version__}")
        self.resize(1360, 820)
        self._lang = services.settings.settings.language
        self.templates: TemplateRepository | None = None  # arrives from a worker
        self.masker: PiiMasker | None = None
        self._loading = 0  # start-up / settings jobs still running
        self._first_load = True
        # What the clerk typed per template in this session (memory only), so a misclick in
        # the list never loses a pasted transcript.
        self._session_values: dict[str, dict[str, str]] = {}
        self._kind_inputs: dict[str, QWidget] = {}
        self._kind_results: dict[str, QWidget] = {}
        # Free text is remembered only when the masker finds nothing personal in it.
        self.form_state = FormStateStore(services.paths.form_state_file,
                                         is_personal=self._contains_personal)
        self.presenter = RequestPresenter(self.runner, self._read_input,
                                          policy_error=services.policy_error, parent=self)
        self.template_actions = TemplateActions(
            self, repository=lambda: self.templates, current=lambda: self.presenter.template,
            lang=self._lang, reload=self.reload_templates)
        self.dialogs = WindowDialogs(self)
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self._update_state()
        self.load_core()
        self._export_timer = QTimer(self)
        self._export_timer.setInterval(EXPORT_INTERVAL_MS)
        self._export_timer.timeout.connect(self.export_usage)
        self._export_timer.start()
        QTimer.singleShot(3000, self.export_usage)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # Read-only state (for the status of the window, and for tests) ------------------------
    @property
    def pipeline(self) -> Pipeline | None:
        return self.presenter.pipeline

    @property
    def usage(self) -> UsageStore | None:
        return self.presenter.usage

    @property
    def prepared(self) -> PreparedTask | None:
        return self.presenter.prepared

    @property
    def busy(self) -> bool:
        return self.presenter.busy

    @property
    def pending_event(self) -> str | None:
        return self.presenter.pending_event

    @property
    def ready(self) -> bool:
        """Templates listed, masker loaded, pipeline built: the clerk can send."""
        return self._loading == 0 and self.templates is not None and self.presenter.ready

    @property
    def loading(self) -> bool:
        """Start-up (or a settings change) is still reading templates or building the pipeline."""
        return self._loading > 0

    def input_widget(self) -> QWidget:
        """What the clerk fills in for the current template: the generic form or a kind's own."""
        return self.input_stack.currentWidget()

    def result_view(self) -> QWidget | None:
        """The current kind's result view (shown with the answer), if it has one."""
        template = self.presenter.template
        return self._kind_results.get(template.output) if template is not None else None

    # Construction ---------------------------------------------------------------------------
    def _contains_personal(self, text: str) -> bool:
        if self.masker is None or not self.presenter.masker_ready:
            return True  # cannot tell yet: do not keep it
        return bool(self.masker.find(text))

    def _build_ui(self) -> None:
        self.template_list = TemplateListPanel(self)
        self.template_list.set_loading()
        # Middle: the input (generic form or a kind's widget) and the preview of what is sent.
        self.form = TemplateForm(self.runner, self.form_state,
                                 self.services.settings.settings.max_document_mb, self)
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
        self.middle_tabs = QTabWidget(self)
        self.middle_tabs.addTab(self.input_stack, self.tr("入力"))
        self.middle_tabs.addTab(preview_page, self.tr("送信内容の確認"))
        self.template_title = QLabel(self)
        self.template_title.setObjectName("templateTitle")
        self.template_title.setWordWrap(True)
        self.template_title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.template_description = QLabel(self)
        self.template_description.setWordWrap(True)
        self.estimate_label = QLabel(self)
        self.estimate_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("送信 (Ctrl+Enter)"), self)
        self.send_button.setDefault(True)
        self.send_button.setObjectName("sendButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.estimate_label, 1)
        buttons.addWidget(self.send_button)
        middle = QWidget(self)
        mv = QVBoxLayout(middle)
        mv.addWidget(self.template_title)
        mv.addWidget(self.template_description)
        mv.addWidget(self.middle_tabs, 1)
        mv.addLayout(buttons)

        # Right: the answer, a kind's result view, and code blocks found in the answer.
        right = QWidget(self)
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self._new_answer_panel()
        self.code_blocks = CodeBlocksView(self)
        self.code_blocks.hide()
        self.right_layout.addWidget(self.code_blocks, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.template_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([250, 540, 570])
        self.setCentralWidget(self.splitter)

        status = AppStatusBar(self)
        self.setStatusBar(status)
        self.status_bar = status
        self.budget_label = status.budget_label
        self.masker_label = status.masker_label
        self.provider_label = status.provider_label
        self.policy_label = status.policy_label

    def _new_answer_panel(self) -> None:
        """A fresh answer pane: nothing of the previous task's answer or error stays."""
        old: AnswerPanel | None = getattr(self, "answer", None)
        panel = AnswerPanel(self)
        panel.stopRequested.connect(self.stop)
        panel.retryRequested.connect(self.retry)
        panel.outcomeChosen.connect(self.presenter.record_outcome)
        if old is None:
            self.right_layout.insertWidget(0, panel, 3)
        else:
            self.right_layout.replaceWidget(old, panel)
            self.right_layout.setStretchFactor(panel, 3)
            old.hide()
            old.deleteLater()
        self.answer = panel

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("ファイル(&F)"))
        self.act_open_document = file_menu.addAction(self.tr("文書を開く…"))
        self.act_open_document.setShortcut(QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        act_quit = file_menu.addAction(self.tr("終了"))
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        act_quit.triggered.connect(self.close)

        self.template_actions.populate(bar.addMenu(self.tr("テンプレート(&T)")))
        actions = self.template_actions
        self.act_duplicate, self.act_edit, self.act_delete = (actions.duplicate, actions.edit,
                                                              actions.delete)
        self.act_import, self.act_export, self.act_reload = (actions.import_, actions.export,
                                                             actions.reload)

        usage = bar.addMenu(self.tr("利用状況(&U)"))
        self.act_my_usage = usage.addAction(self.tr("自分の利用状況…"))
        self.act_dashboard = usage.addAction(self.tr("効果の集計（管理者向け）…"))
        self.act_export_usage = usage.addAction(self.tr("利用記録を今すぐ書き出す"))

        tools = bar.addMenu(self.tr("設定(&S)"))
        self.act_settings = tools.addAction(self.tr("設定…"))
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        help_menu.addAction(self.tr("このアプリについて")).triggered.connect(self.dialogs.about)
        help_menu.addAction(self.tr("データの保存場所を開く")).triggered.connect(
            self.dialogs.open_data_folder)

    def _build_shortcuts(self) -> None:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.send_or_preview)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.stop)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(
            lambda: self.template_list.search.setFocus())

    def _connect(self) -> None:
        p = self.presenter
        self.template_list.templateSelected.connect(self.select_template)
        self.form.changed.connect(p.input_changed)
        self.form.submitRequested.connect(self.send_or_preview)
        self.preview.entitiesChanged.connect(
            lambda: p.edit_preview(self.preview.selected_entities()))
        self.send_button.clicked.connect(self.send_or_preview)
        self.middle_tabs.currentChanged.connect(self._on_tab_changed)
        p.stateChanged.connect(self._update_state)
        p.statusMessage.connect(self._show_message)
        p.warningRaised.connect(lambda text: QMessageBox.warning(self, APP_DISPLAY_NAME, text))
        p.inputRejected.connect(lambda _problems: self.middle_tabs.setCurrentIndex(0))
        p.previewReady.connect(self._on_prepared)
        p.previewUpdated.connect(self._on_preview_updated)
        p.previewRestore.connect(self._show_in_preview)
        p.answerStarted.connect(self._on_answer_started)
        p.chunk.connect(lambda text: self.answer.append_chunk(text))
        p.progress.connect(lambda done, total: self.answer.set_progress(done, total))
        p.answerFinished.connect(self._on_finished)
        p.failed.connect(self._on_failed)
        p.relayRequested.connect(self.dialogs.relay)
        p.budgetChanged.connect(lambda status, unknown: self.status_bar.show_budget(
            status, unknown=unknown))
        p.outcomeRecorded.connect(lambda _event: self.export_usage())
        self.act_open_document.triggered.connect(self.form.open_document_dialog)
        self.act_my_usage.triggered.connect(self.show_my_usage)
        self.act_dashboard.triggered.connect(self.dialogs.dashboard)
        self.act_export_usage.triggered.connect(lambda: self.export_usage(report=True))
        self.act_settings.triggered.connect(self.open_settings)

    # Loading the core objects (never on the UI thread) -------------------------------------
    def load_core(self) -> None:
        """Build the masker, usage log, pipeline and template list on workers; the window
        fills in as each arrives. Called at start and after a settings change."""
        services, usage = self.services, self.presenter.usage
        self._loading = 2
        self.template_list.set_loading()
        self._update_state()
        self.runner.run(lambda _ctx: build_request_parts(services, usage), self._on_parts)
        self.runner.run(lambda _ctx: load_templates(services), self._on_templates)

    def _on_parts(self, parts: RequestParts | None, error: BaseException | None) -> None:
        self._loading -= 1
        messages = []
        if self._first_load:  # what the clerk must know at once, said once
            self._first_load = False
            if self.services.policy_error is not None:
                messages.append(self.services.policy_error.user_message)
            if self.services.settings.load_warning:
                messages.append(self.services.settings.load_warning)
        if parts is None:
            log.error("could not build the pipeline: %s", type(error).__name__)
            messages.append(self.tr("送信の準備ができませんでした。アプリを再起動してください。"))
        else:
            self.masker = parts.masker
            self.presenter.set_masker_ready(False)
            self.presenter.set_parts(parts.pipeline, parts.usage, parts.masker_error)
            messages.extend(parts.notices)
            if parts.usage_failed:
                messages.append(self.tr("利用記録のデータベースを開けませんでした。この間の利用は記録"
                                        "されません。再起動しても直らない場合は情報政策課に連絡してください。"))
            if parts.masker_error:
                messages.append(parts.masker_error)
            self.act_my_usage.setEnabled(parts.usage is not None)
            self._warm_up_masker(parts.masker)
            self.presenter.refresh_budget()
        self._update_state()
        self._tell(messages)

    def _warm_up_masker(self, masker: PiiMasker) -> None:
        def done(_r: Any, error: BaseException | None) -> None:
            if masker is not self.masker:
                return  # settings changed meanwhile: the newer masker reports
            if error is not None:
                log.error("masker warm-up failed: %s", type(error).__name__)
            self.presenter.set_masker_ready(error is None, self.tr(
                "個人情報の検出機能を読み込めませんでした。再起動してください。") if error else "")

        self.runner.run(lambda _ctx: masker.warm_up(), done)
        if self.services.settings.settings.provider != "clipboard":
            from desktop.core.llm.providers import preload_sdk

            self.runner.run(lambda _ctx: preload_sdk(), lambda _r, _e: None)

    def _on_templates(self, repo: TemplateRepository | None, error: BaseException | None) -> None:
        self._loading -= 1
        if repo is None:
            log.error("could not load templates: %s", type(error).__name__)
            self.template_list.set_templates([], self._lang)
            self._tell([self.tr("テンプレートを読み込めませんでした。")])
        else:
            self.templates = repo
            self._show_templates(repo.errors)
            self._tell([e.line() for e in repo.errors[:5]])
        self._update_state()

    def _tell(self, messages: list[str]) -> None:
        if messages:
            # Posted, so a worker's result never waits on a modal dialog.
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, APP_DISPLAY_NAME,
                                                             "\n\n".join(messages)))

    # Templates -------------------------------------------------------------------------------
    def reload_templates(self, *, select: str | None = None, refresh: bool = False,
                         then: Callable[[], None] | None = None) -> None:
        """Read the folders again on a worker; select ``select`` (``refresh``: re-read the
        current template too); then call ``then``."""
        repo = self.templates
        if repo is None:
            return
        self.template_actions.update_enabled(idle=False)

        def done(errors: Any, error: BaseException | None) -> None:
            if error is not None:
                errors = [TemplateLoadError(repo.sources[0][1] or "", type(error).__name__)]
            self._show_templates(errors or [], select=select, refresh=refresh)
            if errors:
                self._show_message(self.tr("読み込めなかったテンプレートがあります: ")
                                   + "; ".join(e.line() for e in errors[:3]), 15000)
            if then is not None:
                then()

        self.runner.run(lambda _ctx: repo.reload(), done)

    def _show_templates(self, errors: list[TemplateLoadError], *, select: str | None = None,
                        refresh: bool = False) -> None:
        repo = self.templates
        assert repo is not None
        current = self.presenter.template
        if refresh or (current is not None and current.id not in repo):
            # Changed on disk (edited), or gone (deleted, a folder no longer configured).
            self.presenter.clear_template()
        self.template_list.set_templates(repo.all(), self._lang)
        if select:
            self.template_list.select(select)
        if self.presenter.template is None and repo.all():
            self.template_list.select("summarize" if "summarize" in repo else repo.all()[0].id)
        self._update_state()

    @Slot(str)
    def select_template(self, template_id: str) -> None:
        current = self.presenter.template
        if self.templates is None or (current is not None and current.id == template_id):
            return
        try:
            template = self.templates.get(template_id)
        except KeyError:
            return
        self._keep_session_values()
        self.presenter.select_template(template)
        self.template_title.setText(template.display_title(self._lang))
        self.template_description.setText(template.display_description(self._lang))
        own = self._kind_input(template.output)
        if own is None:
            self.form.set_template(template, self._lang)
            if template.id in self._session_values:
                self.form.set_values(self._session_values[template.id])
        elif hasattr(own, "set_template"):
            own.set_template(template, self._lang)
        self.input_stack.setCurrentWidget(own or self.form)
        # The generic form shows the title and description itself.
        self.template_title.setVisible(own is not None)
        self.template_description.setVisible(own is not None)
        self._show_result_view(template.output)
        if self.answer.answer_text() or self.answer.status.text():
            self._new_answer_panel()  # the previous template's answer or error goes
        self.code_blocks.set_blocks([])
        self.middle_tabs.setCurrentIndex(0)

    def _kind_input(self, kind: str) -> QWidget | None:
        factory = views_for(kind).input
        if factory is None:
            return None
        if kind not in self._kind_inputs:
            widget = factory(ViewContext(self.runner, self._lang), self)
            widget.changed.connect(self.presenter.input_changed)  # type: ignore[attr-defined]
            widget.submitRequested.connect(self.send_or_preview)  # type: ignore[attr-defined]
            self.input_stack.addWidget(widget)
            self._kind_inputs[kind] = widget
        return self._kind_inputs[kind]

    def _show_result_view(self, kind: str) -> None:
        factory = views_for(kind).result
        if factory is not None and kind not in self._kind_results:
            view = factory(ViewContext(self.runner, self._lang), self)
            self.right_layout.insertWidget(1, view, 2)
            self._kind_results[kind] = view
        for name, view in self._kind_results.items():
            view.clear()  # type: ignore[attr-defined]
            view.setVisible(name == kind)

    def _keep_session_values(self) -> None:
        t = self.presenter.template
        if t is None or views_for(t.output).input is not None:
            return
        kinds = {v.name: v.type for v in t.variables}
        self._session_values[t.id] = {k: v for k, v in self.form.values().items()
                                      if kinds.get(k) not in (None, "file")}

    def _read_input(self) -> InputSnapshot:
        own = self.input_widget()
        if own is not self.form:
            return InputSnapshot(own.values(), dict(own.files()), own.validate())  # type: ignore[attr-defined]
        problems = self.form.validate()
        if not problems:
            self.form.remember()
        return InputSnapshot(self.form.values(), self.form.file_paths(), problems)

    # The task flow: the presenter decides, the window shows ------------------------------
    @Slot()
    def send_or_preview(self) -> None:
        self.presenter.send_or_preview()

    @Slot()
    def stop(self) -> None:
        self.presenter.stop()

    @Slot()
    def retry(self) -> None:
        self.presenter.retry()

    def _on_tab_changed(self, index: int) -> None:
        if index == 1 and self.presenter.prepared is None and not self.presenter.busy:
            self.presenter.request_preview()

    def _update_state(self) -> None:
        p = self.presenter
        self.send_button.setEnabled(p.can_send and self._loading == 0)
        self.send_button.setText(self.tr("この内容で送信 (Ctrl+Enter)") if p.will_send
                                 else self.tr("送信内容を確認 (Ctrl+Enter)"))
        if p.prepared is None:
            self.estimate_label.clear()
        self.template_list.setEnabled(not p.busy)
        self.template_actions.update_enabled(idle=not p.busy)
        self.status_bar.show_masker(p.masker_ready)
        settings = self.services.settings
        self.status_bar.show_connection(settings.settings, len(settings.policy.locked))

    def _show_message(self, text: str, timeout: int) -> None:
        if text:
            self.status_bar.showMessage(text, timeout)
        else:
            self.status_bar.clearMessage()

    def _on_prepared(self, prepared: PreparedTask) -> None:
        self.system_preview.setPlainText(prepared.system_masked)
        self._show_in_preview(prepared)
        self.middle_tabs.blockSignals(True)
        self.middle_tabs.setCurrentIndex(1)
        self.middle_tabs.blockSignals(False)
        self._show_estimate(prepared)

    def _on_preview_updated(self, prepared: PreparedTask) -> None:
        self.system_preview.setPlainText(prepared.system_masked)
        self._show_estimate(prepared)

    def _show_estimate(self, prepared: PreparedTask) -> None:
        text = self.tr("約 {tokens} トークン・約 {cost} 円").format(
            tokens=f"{prepared.estimated_prompt_tokens:,}", cost=f"{prepared.estimated_cost_jpy:.2f}")
        if prepared.map_reduce:
            text += self.tr("（長文のため {n} 回に分けて処理）").format(n=prepared.request_count)
        # The same count as the list of findings beside it (each occurrence that is masked).
        masked = len(self.preview.selected_entities())
        if masked:
            text += self.tr("　置き換え {n} 件").format(n=masked)
        self.estimate_label.setText(text)

    def _show_in_preview(self, prepared: PreparedTask) -> None:
        # Showing findings is not an edit by the clerk: no re-masking round trip for it.
        self.preview.blockSignals(True)
        try:
            self.preview.show(prepared.rendered.user, list(prepared.user_entities),
                              release_allowed=self.services.settings.settings.masking_release_allowed)
        finally:
            self.preview.blockSignals(False)

    def _on_answer_started(self, prepared: PreparedTask) -> None:
        template = prepared.template
        self.answer.set_task_info(manual_minutes=template.manual_minutes, output_kind=template.output,
                                  title=template.display_title(self._lang))
        self.answer.begin(prepared.request_count, estimated_tokens=prepared.estimated_prompt_tokens,
                          estimated_cost_jpy=prepared.estimated_cost_jpy)
        view = self.result_view()
        if view is not None:
            view.clear()  # type: ignore[attr-defined]

    def _on_finished(self, result: TaskResult) -> None:
        self.answer.finish(result)
        view, sent = self.result_view(), self.presenter.last_sent
        if view is not None and sent is not None and result.output:
            view.show_task_result(sent, result)  # type: ignore[attr-defined]
        from desktop.core.excel.integration import extract_vba

        self.code_blocks.set_blocks(extract_vba(result.output) if result.output else [])

    def _on_failed(self, error: BaseException) -> None:
        if self.middle_tabs.currentIndex() == 1 and self.presenter.prepared is None:
            self.middle_tabs.setCurrentIndex(0)  # a problem with the input: show the input
        self.answer.show_error(error)

    # Activity for the active-time measure ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.presenter.touch()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            self.presenter.window_activated(self.isActiveWindow())
        super().changeEvent(event)

    # Dialogs and usage export ---------------------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        if self.dialogs.settings():
            self.load_core()  # masker, pipeline and templates follow the new settings

    @Slot()
    def show_my_usage(self) -> None:
        self.dialogs.my_usage()

    @Slot()
    def export_usage(self, report: bool = False) -> None:
        self.dialogs.export_usage(report=report)

    def refresh_budget(self, *, announce: bool = False) -> None:
        self.presenter.refresh_budget(announce=announce)

    # Closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.stop()
        self.presenter.finish_pending_task()
        if self.presenter.template is not None and self.input_widget() is self.form:
            self.form.remember()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.dialogs.export_on_quit()
        if self.runner.wait(5000) and self.usage is not None:
            self.usage.close()  # else a slow share still writes; the process exit closes it
        super().closeEvent(event)
