"""The main window: templates on the left, the form in the middle, the answer on the right.

The window is the composition point of the GUI: it receives the services built by the
composition root and passes them to the widgets and controllers it creates. One task flows
through it as: form → (Ctrl+Enter) prepare + mask on a worker → preview of exactly what will be
sent → (Ctrl+Enter again) send → streamed answer → the clerk's outcome → usage log.
"""

from __future__ import annotations

import getpass
import logging
import platform
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
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
from desktop.core.budget import BudgetStatus, MonthlyBudgetExceeded, budget_status
from desktop.core.errors import UserFacingError
from desktop.core.masking import PiiMasker
from desktop.core.pipeline import Pipeline, PreparedTask, TaskResult
from desktop.core.services import Services
from desktop.core.templates import FormStateStore, Template, TemplateRepository
from desktop.core.usage import ActiveTimer, UsageExporter, UsageStore
from desktop.ui.answer_panel import AnswerPanel
from desktop.ui.code_blocks import CodeBlocksView
from desktop.ui.excel_panel import ExcelCheckView, ExcelFormulaPanel
from desktop.ui.mask_preview import MaskPreview
from desktop.ui.relay_dialog import RelayDialog
from desktop.ui.request_controller import RequestController
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.template_form import TemplateForm
from desktop.ui.template_list import TemplateListPanel
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
        self._template: Template | None = None
        self._prepared: PreparedTask | None = None
        self._preview_stale = True
        self._busy = False
        self._masker_ready = False
        self._masker_error = ""
        self._preview_generation = 0
        self._pending_event: str | None = None  # answered, outcome not chosen yet
        self._rated_event: str | None = None  # outcome chosen; a later click corrects it
        self._answered = False  # the prepared task got its answer: Ctrl+Enter starts anew
        # What the clerk typed per template in this session (memory only), so a misclick in
        # the list never loses a pasted transcript.
        self._session_values: dict[str, dict[str, str]] = {}
        self._timer = ActiveTimer()

        # Free text is remembered only when the masker finds nothing personal in it.
        self.form_state = FormStateStore(services.paths.form_state_file,
                                         is_personal=self._contains_personal)
        self.templates = TemplateRepository.for_settings(services.paths, services.settings.settings)
        self.usage = UsageStore.open(services.paths.usage_db)
        self._build_core()
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self.reload_templates()
        self._update_status()
        self.refresh_budget()
        self._warm_up_masker()
        self._startup_messages()
        self._export_timer = QTimer(self)
        self._export_timer.setInterval(EXPORT_INTERVAL_MS)
        self._export_timer.timeout.connect(self.export_usage)
        self._export_timer.start()
        QTimer.singleShot(3000, self.export_usage)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # Construction -------------------------------------------------------------------------
    def _contains_personal(self, text: str) -> bool:
        if not self._masker_ready:
            return True  # cannot tell yet: do not keep it
        return bool(self.masker.find(text))

    def _build_core(self) -> None:
        settings = self.services.settings.settings
        try:
            self.masker = PiiMasker.from_settings(settings)
            self._masker_error = ""
        except UserFacingError as exc:
            # A configured dictionary that cannot be read would silently mask less: refuse to
            # send until it is fixed, and say so.
            self.masker = PiiMasker()
            self._masker_error = exc.user_message
        self.pipeline = Pipeline(settings, self.services.api_key, self.masker, self.usage)

    def _build_ui(self) -> None:
        self.template_list = TemplateListPanel(self)

        # Middle: the input (generic form or the Excel flow) and the preview of what is sent.
        self.form = TemplateForm(self.runner, self.form_state,
                                 self.services.settings.settings.max_document_mb, self)
        self.excel_panel = ExcelFormulaPanel(self.runner, self)
        self.input_stack = QStackedWidget(self)
        self.input_stack.addWidget(self.form)
        self.input_stack.addWidget(self.excel_panel)
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

        # Right: the answer, and the formula check for Excel templates.
        self.answer = AnswerPanel(self)
        self.excel_check = ExcelCheckView(self.runner, self)
        self.excel_check.hide()
        self.code_blocks = CodeBlocksView(self)
        self.code_blocks.hide()
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.answer, 3)
        rv.addWidget(self.excel_check, 2)
        rv.addWidget(self.code_blocks, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.template_list)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([250, 540, 570])
        self.setCentralWidget(self.splitter)

        self.provider_label = QLabel(self)
        self.masker_label = QLabel(self.tr("個人情報の検出: 準備中…"), self)
        self.policy_label = QLabel(self)
        self.budget_label = QLabel(self)  # IT's monthly budget: what is left this month
        self.budget_label.setObjectName("budgetLabel")
        self._budget: BudgetStatus | None = None
        status = self.statusBar()
        status.addPermanentWidget(self.budget_label)
        status.addPermanentWidget(self.masker_label)
        status.addPermanentWidget(self.provider_label)
        status.addPermanentWidget(self.policy_label)
        self.controller = RequestController(self.pipeline, self.runner, self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("ファイル(&F)"))
        self.act_open_document = file_menu.addAction(self.tr("文書を開く…"))
        self.act_open_document.setShortcut(QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        act_quit = file_menu.addAction(self.tr("終了"))
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        act_quit.triggered.connect(self.close)

        tmpl = bar.addMenu(self.tr("テンプレート(&T)"))
        self.act_duplicate = tmpl.addAction(self.tr("複製して編集…"))
        self.act_edit = tmpl.addAction(self.tr("自分のテンプレートを編集…"))
        self.act_delete = tmpl.addAction(self.tr("自分のテンプレートを削除"))
        tmpl.addSeparator()
        self.act_import = tmpl.addAction(self.tr("読み込み…"))
        self.act_export = tmpl.addAction(self.tr("書き出し…"))
        tmpl.addSeparator()
        self.act_reload = tmpl.addAction(self.tr("再読み込み"))
        self.act_reload.setShortcut(QKeySequence.StandardKey.Refresh)

        usage = bar.addMenu(self.tr("利用状況(&U)"))
        self.act_my_usage = usage.addAction(self.tr("自分の利用状況…"))
        self.act_dashboard = usage.addAction(self.tr("効果の集計（管理者向け）…"))
        self.act_export_usage = usage.addAction(self.tr("利用記録を今すぐ書き出す"))

        tools = bar.addMenu(self.tr("設定(&S)"))
        self.act_settings = tools.addAction(self.tr("設定…"))
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        act_about = help_menu.addAction(self.tr("このアプリについて"))
        act_about.triggered.connect(self._about)
        act_folders = help_menu.addAction(self.tr("データの保存場所を開く"))
        act_folders.triggered.connect(self._open_data_folder)

    def _build_shortcuts(self) -> None:
        send = QShortcut(QKeySequence("Ctrl+Return"), self)
        send.activated.connect(self.send_or_preview)
        send_enter = QShortcut(QKeySequence("Ctrl+Enter"), self)
        send_enter.activated.connect(self.send_or_preview)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        stop.activated.connect(self.stop)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(lambda: self.template_list.search.setFocus())

    def _connect(self) -> None:
        self.template_list.templateSelected.connect(self.select_template)
        self.form.changed.connect(self._on_input_changed)
        self.form.submitRequested.connect(self.send_or_preview)
        self.excel_panel.changed.connect(self._on_input_changed)
        self.excel_panel.submitRequested.connect(self.send_or_preview)
        self.preview.entitiesChanged.connect(self._on_preview_edited)
        self.send_button.clicked.connect(self.send_or_preview)
        self.middle_tabs.currentChanged.connect(self._on_tab_changed)
        self.controller.prepared.connect(self._on_prepared)
        self.controller.chunk.connect(self.answer.append_chunk)
        self.controller.progress.connect(self.answer.set_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)
        # After _on_finished, so a budget warning is the status message that stays.
        self.controller.finished.connect(lambda _r: self.refresh_budget(announce=True))
        self.controller.failed.connect(self._on_budget_stop)
        self.answer.stopRequested.connect(self.stop)
        self.answer.retryRequested.connect(self.retry)
        self.answer.outcomeChosen.connect(self._on_outcome)
        self.act_open_document.triggered.connect(self.form.open_document_dialog)
        self.act_duplicate.triggered.connect(self._duplicate_template)
        self.act_edit.triggered.connect(self._edit_template)
        self.act_delete.triggered.connect(self._delete_template)
        self.act_import.triggered.connect(self._import_template)
        self.act_export.triggered.connect(self._export_template)
        self.act_reload.triggered.connect(self.reload_templates)
        self.act_my_usage.triggered.connect(self._show_my_usage)
        self.act_dashboard.triggered.connect(self._show_dashboard)
        self.act_export_usage.triggered.connect(lambda: self.export_usage(report=True))
        self.act_settings.triggered.connect(self.open_settings)

    # Start-up ---------------------------------------------------------------------------
    def _warm_up_masker(self) -> None:
        masker = self.masker

        def work(_ctx: Any) -> None:
            masker.warm_up()

        def done(_r: Any, error: BaseException | None) -> None:
            if error is not None:
                log.error("masker warm-up failed: %s", type(error).__name__)
                self._masker_error = self.tr("個人情報の検出機能を読み込めませんでした。再起動してください。")
            self._masker_ready = error is None
            self._update_status()

        self.runner.run(work, done)
        if self.services.settings.settings.provider != "clipboard":
            from desktop.core.llm.providers import preload_sdk

            self.runner.run(lambda _ctx: preload_sdk(), lambda _r, _e: None)

    def _startup_messages(self) -> None:
        messages = []
        if self.services.policy_error is not None:
            messages.append(self.services.policy_error.user_message)
        if self.services.settings.load_warning:
            messages.append(self.services.settings.load_warning)
        if getattr(self.usage, "recovery_message", ""):
            messages.append(self.usage.recovery_message)
        if self._masker_error:
            messages.append(self._masker_error)
        for e in self.templates.errors[:5]:
            messages.append(e.line())
        if messages:
            # Shown after the window is up, so start-up never waits on a modal dialog.
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, APP_DISPLAY_NAME, "\n\n".join(messages)))

    # Templates -----------------------------------------------------------------------------
    @Slot()
    def reload_templates(self) -> None:
        errors = self.templates.reload()
        self.template_list.set_templates(self.templates.all(), self._lang)
        if errors:
            self.statusBar().showMessage(
                self.tr("読み込めなかったテンプレートがあります: ") + "; ".join(e.line() for e in errors[:3]),
                15000)
        if self._template is None and self.templates.all():
            first = "summarize" if "summarize" in self.templates else self.templates.all()[0].id
            self.template_list.select(first)

    @Slot(str)
    def select_template(self, template_id: str) -> None:
        if self._template is not None and self._template.id == template_id:
            return
        try:
            template = self.templates.get(template_id)
        except KeyError:
            return
        self._finish_pending_task()
        self._keep_session_values()
        self._template = template
        self.template_title.setText(template.display_title(self._lang))
        self.template_description.setText(template.display_description(self._lang))
        excel = template.output == "excel_formula"
        if not excel:
            self.form.set_template(template, self._lang)
            if template.id in self._session_values:
                self.form.set_values(self._session_values[template.id])
        self.input_stack.setCurrentWidget(self.excel_panel if excel else self.form)
        # The generic form shows the title and description itself.
        self.template_title.setVisible(excel)
        self.template_description.setVisible(excel)
        self.excel_check.setVisible(template.output == "excel_formula")
        self.code_blocks.set_blocks([])
        self.middle_tabs.setCurrentIndex(0)
        self._invalidate_preview()
        self._timer = ActiveTimer()
        self._timer.start()

    def _keep_session_values(self) -> None:
        t = self._template
        if t is None or t.output == "excel_formula":
            return
        kinds = {v.name: v.type for v in t.variables}
        self._session_values[t.id] = {k: v for k, v in self.form.values().items()
                                      if kinds.get(k) not in (None, "file")}

    def _current_input(self) -> tuple[dict[str, str], dict[str, Path], list[str]]:
        if self._template is not None and self._template.output == "excel_formula":
            return self.excel_panel.values(), self.excel_panel.files(), self.excel_panel.validate()
        return self.form.values(), self.form.file_paths(), self.form.validate()

    # The task flow -------------------------------------------------------------------------
    def _on_input_changed(self) -> None:
        self._invalidate_preview()
        self._touch_timer()

    def _invalidate_preview(self) -> None:
        self._prepared = None
        self._preview_stale = True
        self.send_button.setText(self.tr("送信内容を確認 (Ctrl+Enter)"))
        self.estimate_label.clear()
        self._update_actions()

    def _on_tab_changed(self, index: int) -> None:
        if index == 1 and self._preview_stale and not self._busy:
            self.show_preview()

    @Slot()
    def show_preview(self) -> None:
        if self._template is None or self._busy:
            return
        values, files, problems = self._current_input()
        if problems:
            self.middle_tabs.setCurrentIndex(0)
            self.statusBar().showMessage("　".join(problems), 10000)
            return
        if self._template.id and self._template.output != "excel_formula":
            self.form.remember()
        self._set_busy(True, self.tr("個人情報を検出しています…"))
        self.controller.prepare(self._template, values, files)

    @Slot(object)
    def _on_prepared(self, prepared: PreparedTask) -> None:
        self._set_busy(False)
        self._prepared = prepared
        self._preview_stale = False
        self._answered = False
        self.system_preview.setPlainText(prepared.system_masked)
        self._show_in_preview(prepared)
        self.middle_tabs.blockSignals(True)
        self.middle_tabs.setCurrentIndex(1)
        self.middle_tabs.blockSignals(False)
        self._show_estimate(prepared)
        self.send_button.setText(self.tr("この内容で送信 (Ctrl+Enter)"))
        self._update_actions()

    def _show_estimate(self, prepared: PreparedTask) -> None:
        text = self.tr("約 {tokens} トークン・約 {cost} 円").format(
            tokens=f"{prepared.estimated_prompt_tokens:,}", cost=f"{prepared.estimated_cost_jpy:.2f}")
        if prepared.map_reduce:
            text += self.tr("（長文のため {n} 回に分けて処理）").format(n=prepared.request_count)
        counts = prepared.entity_counts()
        if counts:
            text += self.tr("　置き換え {n} 件").format(n=sum(counts.values()))
        self.estimate_label.setText(text)

    def _show_in_preview(self, prepared: PreparedTask) -> None:
        # Showing findings is not an edit by the clerk: no re-masking round trip for it.
        self.preview.blockSignals(True)
        try:
            self.preview.show(prepared.rendered.user, list(prepared.user_entities),
                              release_allowed=self.services.settings.settings.masking_release_allowed)
        finally:
            self.preview.blockSignals(False)

    def _on_preview_edited(self) -> None:
        """The clerk released or added a finding: re-mask (and re-split a long document) on a
        worker. Sending waits for it, so what is sent is exactly what the preview shows."""
        self._touch_timer()
        prepared = self._prepared
        if prepared is None:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        entities = self.preview.selected_entities()
        pipeline = self.pipeline
        self._set_busy(True, self.tr("送信内容を更新しています…"))

        def done(result: Any, error: BaseException | None) -> None:
            if generation != self._preview_generation:
                return  # a later edit superseded this one
            self._set_busy(False)
            if error is not None:
                message = getattr(error, "user_message", type(error).__name__)
                QMessageBox.warning(self, APP_DISPLAY_NAME, message)
                self._show_in_preview(prepared)
                return
            self._prepared = result
            self.system_preview.setPlainText(result.system_masked)
            self._show_estimate(result)

        self.runner.run(lambda _ctx: pipeline.apply_preview(prepared, entities), done)

    @Slot()
    def send_or_preview(self) -> None:
        if self._busy:
            return
        if self._prepared is None or self._preview_stale or self._answered:
            # After an answer, Ctrl+Enter checks again instead of silently paying for a
            # second request and wiping the answer; 再試行 re-sends deliberately.
            self.show_preview()
            return
        self.send()

    def send(self) -> None:
        prepared = self._prepared
        if prepared is None or self._busy:
            return
        if self._masker_error:
            QMessageBox.warning(self, APP_DISPLAY_NAME, self._masker_error)
            return
        if self.services.policy_error is not None:
            QMessageBox.warning(self, APP_DISPLAY_NAME, self.services.policy_error.user_message
                                + "\n\n" + self.tr("組織の設定が確認できないため、送信できません。"))
            return
        if self.pipeline.settings.provider == "clipboard":
            self._relay(prepared)
            return
        if (self._budget is not None and self._budget.level == "exceeded"
                and self._budget.same_month(datetime.now().astimezone())):
            # Known used up: say so without touching the last answer (the pipeline also refuses).
            self._on_failed(MonthlyBudgetExceeded(self._budget))
            return
        self._start_answer(prepared)
        self._set_busy(True, self.tr("回答を受信しています…（Esc で中止）"))
        self.controller.execute(prepared)

    def _start_answer(self, prepared: PreparedTask) -> None:
        self._finish_pending_task()
        self._rated_event = None
        template = prepared.template
        self.answer.set_task_info(manual_minutes=template.manual_minutes, output_kind=template.output,
                                  title=template.display_title(self._lang))
        self.answer.begin(prepared.request_count, estimated_tokens=prepared.estimated_prompt_tokens,
                          estimated_cost_jpy=prepared.estimated_cost_jpy)

    def _relay(self, prepared: PreparedTask) -> None:
        dialog = RelayDialog(self.pipeline, prepared, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        except UserFacingError as exc:
            self._on_failed(exc)
            return
        if not accepted or dialog.result_value is None:
            # The previous answer and its record stay as they were.
            self.statusBar().showMessage(self.tr("クリップボード経由の依頼を取り消しました。"), 6000)
            return
        self._start_answer(prepared)
        self._on_finished(dialog.result_value)

    @Slot()
    def stop(self) -> None:
        if self._busy:
            self.controller.stop()
            self.statusBar().showMessage(self.tr("中止しています…"), 3000)

    @Slot()
    def retry(self) -> None:
        if self._prepared is not None and not self._busy:
            self.send()

    @Slot(object)
    def _on_finished(self, result: TaskResult) -> None:
        self._set_busy(False)
        self.answer.finish(result)
        self._answered = True
        self._pending_event = result.event_id if result.ok or result.incomplete else None
        if self._template is not None and self._template.output == "excel_formula" and result.output:
            values, files, _ = self._current_input()
            self.excel_check.set_context(files.get("workbook"), values.get("sheet", ""),
                                         values.get("target", ""))
            self.excel_check.show_result(result.extra)
        self._show_code_blocks(result.output)
        if result.error is not None:
            self.statusBar().showMessage(result.error.user_message, 15000)
        else:
            self.statusBar().showMessage(self.tr("回答を受信しました。使ったかどうかを右下で選んでください。"), 8000)

    def _show_code_blocks(self, answer: str) -> None:
        from desktop.core.excel.integration import extract_vba

        self.code_blocks.set_blocks(extract_vba(answer) if answer else [])

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = getattr(error, "user_message", None)
        if message is None:
            log.error("task failed: %s", type(error).__name__)
            message = self.tr("処理中に予期しないエラーが発生しました（{kind}）。入力内容はそのまま残っています。"
                              ).format(kind=type(error).__name__)
        if self.middle_tabs.currentIndex() == 1 and self._prepared is None:
            self.middle_tabs.setCurrentIndex(0)  # a problem with the input: show the input
        self.answer.show_error(error if isinstance(error, UserFacingError) else UserFacingError(message))
        self.statusBar().showMessage(message, 15000)

    @Slot(str, object)
    def _on_outcome(self, outcome: str, manual_minutes: Any) -> None:
        event = self._pending_event or self._rated_event
        if event is None:
            return
        active = None  # a correction keeps the active time already recorded
        if self._pending_event is not None:
            self._timer.stop()
            active = self._timer.active_seconds
        try:
            self.usage.set_outcome(event, outcome, manual_minutes=manual_minutes,
                                   active_seconds=active)
        except Exception as exc:  # the log must never take the clerk's answer down with it
            log.error("could not record outcome: %s", type(exc).__name__)
            self.statusBar().showMessage(self.tr("利用記録を保存できませんでした（回答はそのまま使えます）。"), 8000)
            return
        self._pending_event = None
        self._rated_event = event
        self.statusBar().showMessage(self.tr("記録しました。"), 4000)
        self.export_usage()

    def _finish_pending_task(self) -> None:
        """A new task starts: an answer the clerk neither used nor rated counts as discarded."""
        if self._pending_event is None:
            return
        outcome = "discarded"  # neither copied, saved nor rated: it was not used
        self._timer.stop()
        try:
            self.usage.set_outcome(self._pending_event, outcome, active_seconds=self._timer.active_seconds)
        except Exception as exc:
            log.error("could not finalise task: %s", type(exc).__name__)
        self._pending_event = None

    # State ---------------------------------------------------------------------------------
    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if message:
            self.statusBar().showMessage(message)
        elif not busy:
            self.statusBar().clearMessage()
        self._update_actions()

    def _update_actions(self) -> None:
        has_template = self._template is not None
        self.send_button.setEnabled(has_template and not self._busy)
        self.template_list.setEnabled(not self._busy)
        is_user = has_template and self.templates.is_user_template(self._template.id)  # type: ignore[union-attr]
        self.act_edit.setEnabled(is_user)
        self.act_delete.setEnabled(is_user)

    def _update_status(self) -> None:
        s = self.services.settings.settings
        where = {"clipboard": self.tr("クリップボード経由"), "azure": "Azure OpenAI",
                 "openai_compatible": self.tr("OpenAI 互換サーバー")}.get(s.provider, s.provider)
        if s.provider == "azure":
            deployment = s.deployment or self.tr("デプロイ未設定")
            where += f"（{deployment}）"
        self.provider_label.setText(self.tr("接続: ") + where)
        self.masker_label.setText(self.tr("個人情報の検出: 準備完了") if self._masker_ready
                                  else self.tr("個人情報の検出: 準備中…"))
        locked = len(self.services.settings.policy.locked)
        self.policy_label.setText(self.tr("［固定］組織の設定 {n} 項目").format(n=locked) if locked else "")

    # IT's monthly budget -----------------------------------------------------------------------
    def refresh_budget(self, *, announce: bool = False) -> None:
        """Read this month's use on a worker; show what is left, and warn when ``announce``."""
        settings, usage = self.services.settings.settings, self.usage

        def done(status: Any, error: BaseException | None) -> None:
            if isinstance(error, MonthlyBudgetExceeded):
                self._on_budget_stop(error)
                return
            self._show_budget(status)
            if announce and status is not None and status.warning():
                self.statusBar().showMessage(status.warning(), 20000)

        self.runner.run(lambda _ctx: budget_status(settings, usage, datetime.now().astimezone()),
                        done)

    def _on_budget_stop(self, error: BaseException) -> None:
        if isinstance(error, MonthlyBudgetExceeded):
            self._show_budget(error.status, unknown=error.status is None)

    def _show_budget(self, status: BudgetStatus | None, *, unknown: bool = False) -> None:
        self._budget = status
        if status is None and not unknown:
            self.budget_label.clear()
            self.budget_label.setToolTip("")
            return
        if status is None or status.level == "exceeded":
            text = self.tr("今月の上限に達しました") if status else self.tr("今月の利用量を確認できません")
            color = "#b00020"
        else:
            left = []
            if status.tokens_left is not None:
                left.append(self.tr("{n} トークン").format(n=f"{status.tokens_left:,}"))
            if status.cost_left_jpy is not None:
                left.append(self.tr("約 {n} 円").format(n=f"{status.cost_left_jpy:,.0f}"))
            text = self.tr("今月の残り: {left}").format(left="・".join(left))
            color = "#b35c00" if status.level == "warning" else ""
        self.budget_label.setText(text)
        self.budget_label.setStyleSheet(f"color: {color}; font-weight: bold;" if color else "")
        self.budget_label.setToolTip(status.warning() or status.usage_text() if status else "")

    # Activity for the active-time measure ----------------------------------------------------
    def _touch_timer(self) -> None:
        # A task runs from the first interaction to the clerk's outcome; the next one starts
        # with the next interaction.
        if self._timer.running:
            self._timer.activity()
        elif self._template is not None:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._touch_timer()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange:
            if self.isActiveWindow():
                self._timer.window_activated()
            else:
                self._timer.window_deactivated()
        super().changeEvent(event)

    # Dialogs -------------------------------------------------------------------------------
    @Slot()
    def open_settings(self) -> None:
        from desktop.core.llm.connection import test_connection

        dialog = SettingsDialog(self.services.settings, self.services.secrets, runner=self.runner,
                                test_connection=test_connection, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            language_changed = self.services.settings.settings.language != self._lang
            self._build_core()
            self.controller.set_pipeline(self.pipeline)
            self.templates = TemplateRepository.for_settings(self.services.paths,
                                                             self.services.settings.settings)
            self.reload_templates()
            self._invalidate_preview()
            self._update_status()
            self.refresh_budget()
            self._warm_up_masker()
            if language_changed:
                QMessageBox.information(self, APP_DISPLAY_NAME,
                                        self.tr("表示言語の変更は、アプリの再起動後に反映されます。"))

    def _show_my_usage(self) -> None:
        from desktop.ui.usage_views import MyUsageView

        self._show_dialog(MyUsageView(self.usage, self.runner, title_for=self._template_title),
                          self.tr("自分の利用状況"))

    def _show_dashboard(self) -> None:
        from desktop.ui.usage_views import ManagerDashboard

        folder = self.services.settings.settings.usage_export_folder
        self._show_dialog(ManagerDashboard(self.runner, default_folder=folder,
                                           title_for=self._template_title),
                          self.tr("効果の集計（管理者向け）"), size=(1100, 760))

    def _template_title(self, template_id: str) -> str:
        try:
            return self.templates.get(template_id).display_title(self._lang)
        except KeyError:
            return template_id  # a template of another desk or an older version

    def _show_dialog(self, widget: QWidget, title: str, size: tuple[int, int] = (760, 560)) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        layout.addWidget(widget)
        dialog.resize(*size)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _exporter(self) -> UsageExporter | None:
        s = self.services.settings.settings
        if not s.usage_export_folder:
            return None
        return UsageExporter(self.usage, Path(s.usage_export_folder), user_id_salt=s.user_id_salt,
                             user_name=getpass.getuser(), department=s.department,
                             app_version=__version__, machine=platform.node())

    @Slot()
    def export_usage(self, report: bool = False) -> None:
        exporter = self._exporter()
        if exporter is None:
            if report:
                QMessageBox.information(self, APP_DISPLAY_NAME,
                                        self.tr("利用記録の書き出し先が設定されていません（設定 → 詳細）。"))
            return
        store = self.usage

        def work(_ctx: Any) -> tuple[int, int]:
            # Asked for now: export what is final without waiting for late corrections.
            written = exporter.export_pending(settle_seconds=0 if report else None)
            return written, store.pending_export_count()

        def done(result: Any, error: BaseException | None) -> None:
            if not report:
                return
            if error is not None or result is None:
                msg = self.tr("書き出せませんでした。後で自動的に再試行します。")
            else:
                written, pending = result
                msg = self.tr("{n} 件を書き出しました。").format(n=written)
                if pending:
                    msg += self.tr("（{n} 件は書き出し先に届かなかったため、後で自動的に再試行します）"
                                   ).format(n=pending)
            self.statusBar().showMessage(msg, 8000)

        self.runner.run(work, done)

    def _export_on_quit(self) -> None:
        exporter = self._exporter()
        if exporter is not None:
            # On a worker: a share that is slow to time out must not freeze the closing window.
            self.runner.run(lambda _ctx: exporter.export_pending(settle_seconds=0),
                            lambda _r, _e: None)

    def _about(self) -> None:
        QMessageBox.about(
            self, APP_DISPLAY_NAME,
            self.tr("{name} {version}\n\n自治体職員のための生成AI業務アシスタント。\n"
                    "個人情報は送信前にこの PC 上で記号に置き換えられ、回答の中で元に戻されます。"
                    ).format(name=APP_DISPLAY_NAME, version=__version__))

    def _open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.data_dir)))

    # Template management ---------------------------------------------------------------------
    def _duplicate_template(self) -> None:
        if self._template is None:
            return
        try:
            copy = self.templates.duplicate(self._template.id)
        except UserFacingError as exc:
            QMessageBox.warning(self, APP_DISPLAY_NAME, exc.user_message)
            return
        self.reload_templates()
        self.template_list.select(copy.id)
        self._edit_template()

    def _edit_template(self) -> None:
        from desktop.ui.template_editor import TemplateEditorDialog

        if self._template is None or not self.templates.is_user_template(self._template.id):
            return
        dialog = TemplateEditorDialog(self.templates, self._template.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._template = None
            self.reload_templates()
            self.template_list.select(dialog.saved_id())

    def _delete_template(self) -> None:
        if self._template is None or not self.templates.is_user_template(self._template.id):
            return
        answer = QMessageBox.question(
            self, APP_DISPLAY_NAME,
            self.tr("テンプレート「{title}」を削除しますか？").format(title=self._template.display_title(self._lang)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.templates.delete_user(self._template.id)
        self._template = None
        self.reload_templates()

    def _import_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("テンプレートを読み込む"), "",
                                              self.tr("テンプレート (*.toml)"))
        if not path:
            return
        try:
            template = self.templates.import_file(Path(path))
        except UserFacingError as exc:
            if not isinstance(exc, self._exists_error()):
                QMessageBox.warning(self, APP_DISPLAY_NAME, exc.user_message)
                return
            again = QMessageBox.question(self, APP_DISPLAY_NAME, exc.user_message + "\n" + self.tr("上書きしますか？"))
            if again != QMessageBox.StandardButton.Yes:
                return
            template = self.templates.import_file(Path(path), overwrite=True)
        self.reload_templates()
        self.template_list.select(template.id)

    @staticmethod
    def _exists_error() -> type[Exception]:
        from desktop.core.templates import TemplateExistsError

        return TemplateExistsError

    def _export_template(self) -> None:
        if self._template is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("テンプレートを書き出す"), f"{self._template.id}.toml",
                                              self.tr("テンプレート (*.toml)"))
        if path:
            try:
                self.templates.export(self._template.id, Path(path))
            except (UserFacingError, OSError) as exc:
                QMessageBox.warning(self, APP_DISPLAY_NAME, getattr(exc, "user_message", str(exc)))

    # Closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            self.controller.stop()
        self._finish_pending_task()
        if self._template is not None and self._template.output != "excel_formula":
            self.form.remember()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._export_on_quit()
        if self.runner.wait(5000):
            self.usage.close()  # else a slow share still writes; the process exit closes it
        super().closeEvent(event)
