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
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from desktop import APP_DISPLAY_NAME, __version__
from desktop.ui.activity import ActivityWatcher
from desktop.ui.core_parts import CoreLoader, RequestParts
from desktop.ui.kind_views import ViewContext, WorkspaceHost
from desktop.ui.request_presenter import RequestPresenter
from desktop.ui.status_bar import AppStatusBar
from desktop.ui.template_actions import TemplateActions
from desktop.ui.template_list import TemplateListPanel
from desktop.ui.window_dialogs import WindowDialogs
from desktop.workers.tasks import TaskRunner

if TYPE_CHECKING:  # the masker and the pipeline load on a worker after the window shows
    from desktop.core.masking import PiiMasker
    from desktop.core.pipeline import Pipeline, PreparedTask
    from desktop.core.services import Services
    from desktop.core.templates import TemplateLoadError, TemplateRepository
    from desktop.core.usage import UsageStore
    from desktop.ui.answer_panel import AnswerPanel

log = logging.getLogger(__name__)

EXPORT_INTERVAL_MS = 10 * 60 * 1000
FILL_IN_MS = 500


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
        self.loader = CoreLoader(services, self.runner, self)
        self.presenter = RequestPresenter(self.runner, lambda: self.task_pane.read_input(),
                                          parent=self)
        self.template_actions = TemplateActions(
            self, repository=lambda: self.templates, current=lambda: self.presenter.template,
            lang=self._lang, runner=self.runner, shown=self._show_templates,
            message=lambda text: self._show_message(text, 15000))
        self.dialogs = WindowDialogs(self)
        self._filled = False
        self._build_ui()
        self._build_menus()
        self._build_shortcuts()
        self._connect()
        self._update_state()
        # The window paints first: the input and answer panes (and their modules) are built
        # right after its first paint (or after FILL_IN_MS if it is never painted), then the
        # workers load the core parts.
        QTimer.singleShot(FILL_IN_MS, self._fill_in)
        self._export_timer = QTimer(self)
        self._export_timer.setInterval(EXPORT_INTERVAL_MS)
        self._export_timer.timeout.connect(self.export_usage)
        self._export_timer.start()
        QTimer.singleShot(3000, self.export_usage)
        self.activity = ActivityWatcher(self, self.presenter)

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
        return not self.loading and self.templates is not None and self.presenter.ready

    @property
    def loading(self) -> bool:
        """Start-up (or a settings change) is still reading templates or building the pipeline."""
        return not self._filled or self.loader.loading

    def input_widget(self) -> QWidget:
        """What the clerk fills in for the current template: the generic form or a kind's own."""
        return self.task_pane.input_widget()

    @property
    def answer(self) -> AnswerPanel:
        """The answer pane of the current task (a new template gets a fresh one)."""
        return self.answer_area.answer

    def result_view(self) -> QWidget | None:
        """The current kind's result view (shown with the answer), if it has one."""
        return self.answer_area.result_view()

    # Construction ---------------------------------------------------------------------------
    def _contains_personal(self, text: str) -> bool:
        if self.masker is None or not self.presenter.masker_ready:
            return True  # cannot tell yet: do not keep it
        return bool(self.masker.find(text))

    def _build_ui(self) -> None:
        self.template_list = TemplateListPanel(self)
        self.template_list.set_loading()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.template_list)
        self.splitter.addWidget(QWidget(self))  # the input and answer panes come in _fill_in
        self.splitter.addWidget(QWidget(self))
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

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._filled:
            QTimer.singleShot(0, self._fill_in)  # after this paint has reached the screen
        return handled

    def _fill_in(self) -> None:
        """The input and answer panes, built once the window has painted; then the core parts
        load on workers."""
        if self._filled:
            return
        from desktop.core.templates import FormStateStore
        from desktop.ui import answer_area, task_pane  # their modules load after the first paint

        settings = self.services.settings.settings
        # Free text is remembered only when the masker finds nothing personal in it.
        self.form_state = FormStateStore(self.services.paths.form_state_file,
                                         is_personal=self._contains_personal)
        self.task_pane = pane = task_pane.TaskPane(self.runner, self.form_state, settings.max_document_mb,
                                         self._lang, self)
        self.form, self.preview, self.middle_tabs = pane.form, pane.preview, pane.tabs
        self.send_button, self.estimate_label = pane.send_button, pane.estimate_label
        self.answer_area = area = answer_area.AnswerArea(self.runner, self._lang, self)
        self.code_blocks = area.code_blocks
        sizes = self.splitter.sizes()
        for index, widget in ((1, pane), (2, area)):
            self.splitter.replaceWidget(index, widget).deleteLater()
        self.splitter.setSizes(sizes)
        self.workspaces = WorkspaceHost(self.splitter, (pane, area),
                                        ViewContext(self.runner, self._lang, self.services))
        self._connect_panes()
        self._filled = True
        self._update_state()
        self.load_core()

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
        tools.addAction(self.tr("庁内資料のフォルダ…")).triggered.connect(
            self.dialogs.knowledge_folders)

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

    def _connect_panes(self) -> None:
        p, pane, area = self.presenter, self.task_pane, self.answer_area
        area.stopRequested.connect(self.stop)
        area.retryRequested.connect(self.retry)
        area.outcomeChosen.connect(p.record_outcome)
        pane.changed.connect(p.input_changed)
        pane.submitRequested.connect(self.send_or_preview)
        pane.entitiesChanged.connect(lambda: p.edit_preview(self.preview.selected_entities()))
        pane.previewTabOpened.connect(self._on_preview_tab)
        self.act_open_document.triggered.connect(self.form.open_document_dialog)
        p.previewReady.connect(lambda prepared: pane.show_prepared(
            prepared, release_allowed=self._release_allowed()))
        p.previewUpdated.connect(pane.show_updated)
        p.previewRestore.connect(lambda prepared: pane.show_in_preview(
            prepared, release_allowed=self._release_allowed()))
        p.inputRejected.connect(lambda _problems: pane.show_input())
        p.answerStarted.connect(area.start)
        p.chunk.connect(lambda text: self.answer.append_chunk(text))
        p.progress.connect(lambda done, total: self.answer.set_progress(done, total))
        p.answerFinished.connect(lambda result: area.finish(p.last_sent, result, p.pipeline))
        area.threadBusy.connect(lambda _busy: self._update_state())
        p.failed.connect(self._on_failed)

    def _connect(self) -> None:
        p, loader = self.presenter, self.loader
        self.template_list.templateSelected.connect(self.select_template)
        p.stateChanged.connect(self._update_state)
        p.statusMessage.connect(self._show_message)
        p.warningRaised.connect(lambda text: QMessageBox.warning(self, APP_DISPLAY_NAME, text))
        p.relayRequested.connect(self.dialogs.relay)
        p.budgetChanged.connect(lambda status, unknown: self.status_bar.show_budget(
            status, unknown=unknown))
        p.outcomeRecorded.connect(lambda _event: self.export_usage())
        loader.partsLoaded.connect(self._on_parts)
        loader.maskerWarmed.connect(self._on_masker_warmed)
        loader.templatesLoaded.connect(self._on_templates)
        loader.finished.connect(self._update_state)
        loader.noticesRaised.connect(self._tell)
        self.act_my_usage.triggered.connect(self.show_my_usage)
        self.act_dashboard.triggered.connect(self.dialogs.dashboard)
        self.act_export_usage.triggered.connect(lambda: self.export_usage(report=True))
        self.act_settings.triggered.connect(self.open_settings)

    # Loading the core objects (never on the UI thread) -------------------------------------
    def load_core(self) -> None:
        """Masker, usage log, pipeline and templates are built on workers; the window fills in
        as each arrives. At start and after a settings change."""
        self.template_list.set_loading()
        self.loader.load(self.presenter.usage)
        self._update_state()

    def _on_parts(self, parts: RequestParts) -> None:
        self.masker = parts.masker
        self.presenter.set_masker_ready(False)
        self.presenter.set_parts(parts.pipeline, parts.usage, parts.masker_error)
        self.act_my_usage.setEnabled(parts.usage is not None)
        self.presenter.refresh_budget()

    def _on_masker_warmed(self, masker: PiiMasker | None, error: str) -> None:
        if masker is self.masker:  # else settings changed meanwhile: the newer one reports
            self.presenter.set_masker_ready(not error, error)

    def _on_templates(self, repo: TemplateRepository | None) -> None:
        if repo is None:
            self.template_list.set_templates([], self._lang)
            return
        self.templates = repo
        self._show_templates(repo.errors)

    def _tell(self, messages: list[str]) -> None:
        if messages:
            # Posted, so a worker's result never waits on a modal dialog.
            QTimer.singleShot(0, lambda: QMessageBox.warning(self, APP_DISPLAY_NAME,
                                                             "\n\n".join(messages)))

    # Templates -------------------------------------------------------------------------------
    def reload_templates(self, *, select: str | None = None, refresh: bool = False,
                         then: Callable[[], None] | None = None) -> None:
        self.template_actions.reload_from_disk(select=select, refresh=refresh, then=then)

    def _show_templates(self, errors: list[TemplateLoadError], *, select: str | None = None,
                        refresh: bool = False) -> None:
        repo = self.templates
        assert repo is not None
        current = self.presenter.template
        if refresh or (current is not None and current.id not in repo):
            # Changed on disk (edited), or gone (deleted, a folder no longer configured).
            self.presenter.clear_template()
            self.task_pane.forget_template()
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
        self.presenter.select_template(template)
        self.task_pane.show_template(template)
        self.answer_area.new_task(template.output)  # the previous answer or error goes
        self.workspaces.show_for(template.output)  # a kind with its own flow (table analysis)

    # The task flow: the presenter decides, the window shows ------------------------------
    @Slot()
    def send_or_preview(self) -> None:
        if self._filled and self.answer_area.thread_view.busy:
            return  # a follow-up is on its way: no new first request meanwhile
        if not (self._filled and self.workspaces.submit()):
            self.presenter.send_or_preview()

    @Slot()
    def stop(self) -> None:
        self.presenter.stop()
        if self._filled:
            self.answer_area.thread_view.stop()

    @Slot()
    def retry(self) -> None:
        self.presenter.retry()

    def _on_preview_tab(self) -> None:
        if self.presenter.prepared is None and not self.presenter.busy:
            self.presenter.request_preview()

    def _release_allowed(self) -> bool:
        return self.services.settings.settings.masking_release_allowed

    def _update_state(self) -> None:
        p = self.presenter
        if self._filled:
            following_up = self.answer_area.thread_view.busy
            self.task_pane.show_state(can_send=p.can_send and not self.loading and not following_up,
                                      will_send=p.will_send, prepared=p.prepared is not None)
        self.template_list.setEnabled(not p.busy)
        self.template_actions.update_enabled(idle=not p.busy)
        self.status_bar.show_masker(p.masker_ready, unusable=bool(p.masker_error))
        settings = self.services.settings
        self.status_bar.show_connection(settings.settings, len(settings.policy.locked))

    def _show_message(self, text: str, timeout: int) -> None:
        if text:
            self.status_bar.showMessage(text, timeout)
        else:
            self.status_bar.clearMessage()

    def _on_failed(self, error: BaseException) -> None:
        if self.task_pane.showing_preview() and self.presenter.prepared is None:
            self.task_pane.show_input()  # a problem with the input: show the input
        self.answer.show_error(error)

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

    # Closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.presenter.stop()
        self.presenter.finish_pending_task()
        if self._filled:
            self.task_pane.remember()
        self.activity.stop()
        if self._filled:
            self.workspaces.shutdown()
        self.dialogs.export_on_quit()
        if self.runner.wait(5000):
            self.services.close()  # else a slow share still writes; the process exit closes it
        super().closeEvent(event)
