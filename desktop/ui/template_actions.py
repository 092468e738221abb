"""The template menu's actions: duplicate and edit, delete, import, export, reload.

Each action works on the repository the window loaded and, when it changed a file, asks the
window to reload the list (off the UI thread: the organisation's folder may be on a share) and
to select the template it produced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from desktop import APP_DISPLAY_NAME
from desktop.core.errors import UserFacingError

if TYPE_CHECKING:  # the template modules load with the list, after the window shows
    from desktop.core.templates import Template, TemplateLoadError, TemplateRepository


class Shown(Protocol):
    def __call__(self, errors: list[TemplateLoadError], *, select: str | None = None,
                 refresh: bool = False) -> None: ...


class TemplateActions(QObject):
    def __init__(self, window: QWidget, *, repository: Callable[[], TemplateRepository | None],
                 current: Callable[[], Template | None], lang: str, runner: Any,
                 shown: Shown, message: Callable[[str], None]) -> None:
        """``shown(errors, select=, refresh=)``: the window lists the templates read again;
        ``message``: a status message for the clerk."""
        super().__init__(window)
        self._window = window
        self._repository = repository
        self._current = current
        self._lang = lang
        self._runner = runner
        self._shown = shown
        self._message = message
        self.duplicate = QAction(self.tr("複製して編集…"), self)
        self.edit = QAction(self.tr("自分のテンプレートを編集…"), self)
        self.delete = QAction(self.tr("自分のテンプレートを削除"), self)
        self.import_ = QAction(self.tr("読み込み…"), self)
        self.export = QAction(self.tr("書き出し…"), self)
        self.reload = QAction(self.tr("再読み込み"), self)
        self.reload.setShortcut(QKeySequence.StandardKey.Refresh)
        self.duplicate.triggered.connect(self.duplicate_current)
        self.edit.triggered.connect(self.edit_current)
        self.delete.triggered.connect(self.delete_current)
        self.import_.triggered.connect(self.import_file)
        self.export.triggered.connect(self.export_current)
        self.reload.triggered.connect(lambda: self.reload_from_disk())
        self.update_enabled()

    def populate(self, menu: QMenu) -> None:
        for action in (self.duplicate, self.edit, self.delete):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.import_)
        menu.addAction(self.export)
        menu.addSeparator()
        menu.addAction(self.reload)

    def update_enabled(self, *, idle: bool = True) -> None:
        repo, template = self._repository(), self._current()
        loaded = repo is not None and idle
        has_template = loaded and template is not None
        own = has_template and repo.is_user_template(template.id)  # type: ignore[union-attr]
        self.duplicate.setEnabled(has_template)
        self.export.setEnabled(has_template)
        self.edit.setEnabled(own)
        self.delete.setEnabled(own)
        self.import_.setEnabled(loaded)
        self.reload.setEnabled(loaded)

    # Actions ----------------------------------------------------------------------------------
    def reload_from_disk(self, *, select: str | None = None, refresh: bool = False,
                         then: Callable[[], None] | None = None) -> None:
        """Read the folders again on a worker (a share may be slow); the window then lists them,
        selects ``select`` (``refresh``: the current template is read anew), and ``then`` runs."""
        repo = self._repository()
        if repo is None:
            return
        self.update_enabled(idle=False)

        def done(errors: Any, error: BaseException | None) -> None:
            if error is not None:
                from desktop.core.templates import TemplateLoadError

                errors = [TemplateLoadError(Path(), type(error).__name__)]
            self._shown(errors or [], select=select, refresh=refresh)
            if errors:
                self._message(self.tr("読み込めなかったテンプレートがあります: ")
                              + "; ".join(e.line() for e in errors[:3]))
            if then is not None:
                then()

        self._runner.run(lambda _ctx: repo.reload(), done)

    def duplicate_current(self) -> None:
        repo, template = self._repository(), self._current()
        if repo is None or template is None:
            return
        try:
            copy = repo.duplicate(template.id)
        except UserFacingError as exc:
            QMessageBox.warning(self._window, APP_DISPLAY_NAME, exc.user_message)
            return
        self.reload_from_disk(select=copy.id, then=self.edit_current)

    def edit_current(self) -> None:
        from desktop.ui.template_editor import TemplateEditorDialog

        repo, template = self._repository(), self._current()
        if repo is None or template is None or not repo.is_user_template(template.id):
            return
        dialog = TemplateEditorDialog(repo, template.id, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_from_disk(select=dialog.saved_id(), refresh=True)

    def delete_current(self) -> None:
        repo, template = self._repository(), self._current()
        if repo is None or template is None or not repo.is_user_template(template.id):
            return
        answer = QMessageBox.question(
            self._window, APP_DISPLAY_NAME,
            self.tr("テンプレート「{title}」を削除しますか？").format(
                title=template.display_title(self._lang)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        repo.delete_user(template.id)
        self.reload_from_disk(refresh=True)

    def import_file(self) -> None:
        repo = self._repository()
        if repo is None:
            return
        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("テンプレートを読み込む"), "",
                                              self.tr("テンプレート (*.toml)"))
        if not path:
            return
        from desktop.core.templates import TemplateExistsError

        try:
            template = repo.import_file(Path(path))
        except TemplateExistsError as exc:
            again = QMessageBox.question(self._window, APP_DISPLAY_NAME,
                                         exc.user_message + "\n" + self.tr("上書きしますか？"))
            if again != QMessageBox.StandardButton.Yes:
                return
            template = repo.import_file(Path(path), overwrite=True)
        except UserFacingError as exc:
            QMessageBox.warning(self._window, APP_DISPLAY_NAME, exc.user_message)
            return
        self.reload_from_disk(select=template.id)

    def export_current(self) -> None:
        repo, template = self._repository(), self._current()
        if repo is None or template is None:
            return
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("テンプレートを書き出す"),
                                              f"{template.id}.toml", self.tr("テンプレート (*.toml)"))
        if path:
            try:
                repo.export(template.id, Path(path))
            except (UserFacingError, OSError) as exc:
                QMessageBox.warning(self._window, APP_DISPLAY_NAME,
                                    getattr(exc, "user_message", str(exc)))
