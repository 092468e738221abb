"""The main window: templates on the left, the input in the middle, the answer on the right.

It only lays out and connects. The request/answer state machine is ``RequestPresenter``; the
template menu is ``TemplateActions``; a task kind's own input and result widgets come from
``kind_views``; the core objects are built on a worker by ``core_parts``.

It is built in two steps, so that it shows about as fast as an empty PySide6 window (issue #12,
``bench/startup_window.py``):
1. ``__init__`` builds what the first paint shows — the menu bar, the template list saying
   「読み込み中…」, empty panes, the status bar — from modules that touch neither PySide6's
   ``Qt`` namespace nor the core (building ``Qt``'s enums alone takes about 30 ms);
2. ``_fill_in``, right after that first paint, imports and builds the rest: the presenter, the
   input and answer panes, the menus' actions, dialogs, shortcuts; then the core parts load on
   workers. Sending stays disabled until the masker and the templates are ready — the
   organisation's template folder may be on a share that is slow to answer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop import APP_DISPLAY_NAME, __version__
from desktop.ui.status_bar import AppStatusBar
from desktop.ui.template_list import TemplateListPanel
from desktop.ui.window_menus import WindowMenus
from desktop.workers.tasks import TaskRunner

if TYPE_CHECKING:  # built after the first paint; the core parts load on workers
    from desktop.core.masking import PiiMasker
    from desktop.core.pipeline import Pipeline, PreparedTask
    from desktop.core.services import Services
    from desktop.core.templates import TemplateLoadError, TemplateRepository
    from desktop.core.usage import UsageStore
    from desktop.ui.activity import ActivityWatcher
    from desktop.ui.answer_panel import AnswerPanel
    from desktop.ui.core_parts import CoreLoader, RequestParts
    from desktop.ui.request_presenter import RequestPresenter
    from desktop.ui.template_actions import TemplateActions
    from desktop.ui.window_dialogs import WindowDialogs

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
        if (screen := self.screen()) is not None:  # a 1280x800 display: no pane off the screen
            free = screen.availableGeometry()
            self.resize(min(1360, free.width() - 16), min(820, free.height() - 40))
        self._lang = services.settings.settings.language
        self.templates: TemplateRepository | None = None  # arrives from a worker
        self.masker: PiiMasker | None = None
        self._filled = False
        self._closed = False
        self._build_ui()
        self.menus = WindowMenus(self)
        self.menus.quit.triggered.connect(self.close)
        # The rest is built right after the first paint (or after FILL_IN_MS if the window is
        # never painted, e.g. hidden), then the workers load the core parts.
        QTimer.singleShot(FILL_IN_MS, self._fill_in)

    # Read-only state (for the status of the window, and for tests) ------------------------
    @property
    def filled(self) -> bool:
        """Everything past the first paint is built (see the module docstring)."""
        return self._filled

    @property
    def pipeline(self) -> Pipeline | None:
        return self.presenter.pipeline if self._filled else None

    @property
    def usage(self) -> UsageStore | None:
        return self.presenter.usage if self._filled else None

    @property
    def prepared(self) -> PreparedTask | None:
        return self.presenter.prepared if self._filled else None

    @property
    def busy(self) -> bool:
        return self._filled and self.presenter.busy

    @property
    def pending_event(self) -> str | None:
        return self.presenter.pending_event if self._filled else None

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
        # No arguments: QSplitter(parent) would make PySide6 build ``Qt`` to rule out its
        # (orientation, parent) overload. Horizontal; setCentralWidget gives it its parent.
        self.splitter = QSplitter()
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
        settings = self.services.settings
        status.show_connection(settings.settings, len(settings.policy.locked),
                               policy_broken=self.services.policy_error is not None)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._filled:
            QTimer.singleShot(0, self._fill_in)  # after this paint has reached the screen

    def _fill_in(self) -> None:
        """Everything the first paint does not show (see the module docstring), then the core
        parts load on workers."""
        if self._filled or self._closed:
            return
        # Their modules load here, after the first paint.
        from desktop.core.templates import FormStateStore
        from desktop.ui import answer_area, task_pane
        from desktop.ui.activity import ActivityWatcher
        from desktop.ui.core_parts import CoreLoader
        from desktop.ui.kind_views import ViewContext, WorkspaceHost
        from desktop.ui.request_presenter import RequestPresenter
        from desktop.ui.template_actions import TemplateActions
        from desktop.ui.window_dialogs import WindowDialogs

        self.loader: CoreLoader = CoreLoader(self.services, self.runner, self)
        self.presenter: RequestPresenter = RequestPresenter(
            self.runner, lambda: self.task_pane.read_input(), parent=self)
        self.template_actions: TemplateActions = TemplateActions(
            self, repository=lambda: self.templates, current=lambda: self.presenter.template,
            lang=self._lang, runner=self.runner, shown=self._show_templates,
            message=lambda text: self._show_message(text, 15000))
        self.dialogs: WindowDialogs = WindowDialogs(self)

        settings = self.services.settings.settings
        # Free text is remembered only when the masker finds nothing personal in it.
        self.form_state = FormStateStore(self.services.paths.form_state_file,
                                         is_personal=self._contains_personal)
        self.task_pane = pane = task_pane.TaskPane(self.runner, self.form_state,
                                                   settings.max_document_mb, self._lang, self)
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
        self.menus.fill_in(self.template_actions)
        self._build_shortcuts()
        self._connect()
        self._connect_panes()
        self._export_timer = QTimer(self)
        self._export_timer.setInterval(EXPORT_INTERVAL_MS)
        self._export_timer.timeout.connect(self.export_usage)
        self._export_timer.start()
        QTimer.singleShot(3000, self.export_usage)
        self.activity: ActivityWatcher = ActivityWatcher(self, self.presenter)
        self._filled = True
        self._update_state()
        self.load_core()

    def _build_shortcuts(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QShortcut

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
        self.menus.open_document.triggered.connect(self.form.open_document_dialog)
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
        p.warningRaised.connect(self._warn)
        p.relayRequested.connect(self.dialogs.relay)
        p.budgetChanged.connect(lambda status, unknown: self.status_bar.show_budget(
            status, unknown=unknown))
        p.outcomeRecorded.connect(lambda _event: self.export_usage())
        loader.partsLoaded.connect(self._on_parts)
        loader.maskerWarmed.connect(self._on_masker_warmed)
        loader.templatesLoaded.connect(self._on_templates)
        loader.finished.connect(self._update_state)
        loader.noticesRaised.connect(self._tell)
        m = self.menus
        m.my_usage.triggered.connect(self.show_my_usage)
        m.dashboard.triggered.connect(self.dialogs.dashboard)
        m.export_usage.triggered.connect(lambda: self.export_usage(report=True))
        m.settings.triggered.connect(self.open_settings)
        m.knowledge_folders.triggered.connect(self.dialogs.knowledge_folders)
        m.about.triggered.connect(self.dialogs.about)
        m.data_folder.triggered.connect(self.dialogs.open_data_folder)

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
        self.menus.my_usage.setEnabled(parts.usage is not None)
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

    def _warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, APP_DISPLAY_NAME, text)

    def _tell(self, messages: list[str]) -> None:
        if messages:
            # Posted, so a worker's result never waits on a modal dialog.
            QTimer.singleShot(0, lambda: self._warn("\n\n".join(messages)))

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
        if not self._filled or self.answer_area.thread_view.busy:
            return  # still starting, or a follow-up is on its way: no new first request
        if not self.workspaces.submit():
            self.presenter.send_or_preview()

    @Slot()
    def stop(self) -> None:
        if self._filled:
            self.presenter.stop()
            self.answer_area.thread_view.stop()

    @Slot()
    def retry(self) -> None:
        if self._filled:
            self.presenter.retry()

    def _on_preview_tab(self) -> None:
        if self.presenter.prepared is None and not self.presenter.busy:
            self.presenter.request_preview()

    def _release_allowed(self) -> bool:
        return self.services.settings.settings.masking_release_allowed

    def _update_state(self) -> None:
        p = self.presenter
        following_up = self.answer_area.thread_view.busy
        self.task_pane.show_state(can_send=p.can_send and not self.loading and not following_up,
                                  will_send=p.will_send, prepared=p.prepared is not None)
        self.template_list.setEnabled(not p.busy)
        self.template_actions.update_enabled(idle=not p.busy)
        self.status_bar.show_masker(p.masker_ready, unusable=bool(p.masker_error))
        settings = self.services.settings
        self.status_bar.show_connection(settings.settings, len(settings.policy.locked),
                                        policy_broken=self.services.policy_error is not None)

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
        if self._filled:
            self.presenter.stop()
            self.presenter.finish_pending_task()
            self.task_pane.remember()
            self.activity.stop()
            self.workspaces.shutdown()
            self.dialogs.export_on_quit()
        self._closed = True  # closed before it filled in: it never will
        if self.runner.wait(5000):
            self.services.close()  # else a slow share still writes; the process exit closes it
        super().closeEvent(event)
