"""What the main window opens: settings, the usage views, the clipboard relay, about; and the
export of the usage log to the organisation's folder (on a worker: a share may be slow)."""

from __future__ import annotations

import getpass
import platform
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from desktop import APP_DISPLAY_NAME, __version__
from desktop.core.errors import UserFacingError

if TYPE_CHECKING:
    from desktop.core.pipeline import PreparedTask
    from desktop.core.usage import UsageExporter


class WindowDialogs(QObject):
    def __init__(self, window: Any) -> None:
        """``window``: the MainWindow (its services, runner, presenter, usage, templates)."""
        super().__init__(window)
        self._window = window

    # Settings -------------------------------------------------------------------------------
    def settings(self) -> bool:
        """The settings dialog; True when the clerk saved (the window then rebuilds)."""
        from desktop.core.llm.connection import test_connection
        from desktop.ui.settings_dialog import SettingsDialog

        w, services = self._window, self._window.services
        language = services.settings.settings.language
        dialog = SettingsDialog(services.settings, services.secrets, runner=w.runner,
                                test_connection=test_connection, parent=w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        services.settings_changed()  # the next masker and pipeline follow the new settings
        if services.settings.settings.language != language:
            QMessageBox.information(w, APP_DISPLAY_NAME,
                                    self.tr("表示言語の変更は、アプリの再起動後に反映されます。"))
        return True

    def knowledge_folders(self) -> None:
        """The folders of the organisation's documents 「庁内資料に聞く」 answers from."""
        from desktop.ui.knowledge_dialog import KnowledgeDialog

        w = self._window
        KnowledgeDialog(w.services.knowledge(), w.runner, parent=w).exec()

    # The clipboard relay ----------------------------------------------------------------------
    def relay(self, prepared: PreparedTask) -> None:
        from desktop.ui.relay_dialog import RelayDialog

        w = self._window
        if w.pipeline is None:
            return
        dialog = RelayDialog(w.pipeline, prepared, w)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        except UserFacingError as exc:
            w.presenter.relay_failed(exc)
            return
        if not accepted or dialog.result_value is None:
            w.presenter.relay_cancelled()
            return
        w.presenter.relay_answered(prepared, dialog.result_value)

    # Usage ------------------------------------------------------------------------------------
    def my_usage(self) -> None:
        from desktop.ui.usage_views import MyUsageView

        w = self._window
        if w.usage is None:
            return
        self._show(MyUsageView(w.usage, w.runner, title_for=self.template_title),
                   self.tr("自分の利用状況"))

    def dashboard(self) -> None:
        from desktop.ui.usage_dashboard import ManagerDashboard

        w = self._window
        folder = w.services.settings.settings.usage_export_folder
        self._show(ManagerDashboard(w.runner, default_folder=folder, title_for=self.template_title),
                   self.tr("効果の集計（管理者向け）"), size=(1100, 760))

    def template_title(self, template_id: str) -> str:
        templates = self._window.templates
        try:
            if templates is None:
                raise KeyError(template_id)
            return templates.get(template_id).display_title(
                self._window.services.settings.settings.language)
        except KeyError:
            return template_id  # a template of another desk or an older version

    def _show(self, widget: QWidget, title: str, size: tuple[int, int] = (760, 560)) -> None:
        dialog = QDialog(self._window)
        dialog.setWindowTitle(title)
        QVBoxLayout(dialog).addWidget(widget)
        dialog.resize(*size)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _exporter(self) -> UsageExporter | None:
        from desktop.core.usage import UsageExporter

        w = self._window
        s = w.services.settings.settings
        if not s.usage_export_folder or w.usage is None:
            return None
        return UsageExporter(w.usage, Path(s.usage_export_folder), user_id_salt=s.user_id_salt,
                             user_name=getpass.getuser(), department=s.department,
                             app_version=__version__, machine=platform.node())

    def export_usage(self, *, report: bool = False) -> None:
        w = self._window
        exporter = self._exporter()
        if exporter is None:
            if report:
                QMessageBox.information(w, APP_DISPLAY_NAME,
                                        self.tr("利用記録の書き出し先が設定されていません（設定 → 詳細）。"))
            return
        store = w.usage
        assert store is not None

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
            w.statusBar().showMessage(msg, 8000)

        w.runner.run(work, done)

    def export_on_quit(self) -> None:
        exporter = self._exporter()
        if exporter is not None:
            # On a worker: a share that is slow to time out must not freeze the closing window.
            self._window.runner.run(lambda _ctx: exporter.export_pending(settle_seconds=0),
                                    lambda _r, _e: None)

    # Help -------------------------------------------------------------------------------------
    def about(self) -> None:
        QMessageBox.about(
            self._window, APP_DISPLAY_NAME,
            self.tr("{name} {version}\n\n自治体職員のための生成AI業務アシスタント。\n"
                    "個人情報は送信前にこの PC 上で記号に置き換えられ、回答の中で元に戻されます。"
                    ).format(name=APP_DISPLAY_NAME, version=__version__))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._window.services.paths.data_dir)))
