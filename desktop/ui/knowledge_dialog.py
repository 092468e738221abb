"""The clerk's document folders for 「庁内資料に聞く」: add and remove folders, index them with
progress (on a worker; cancel keeps what is done and the next update resumes), see what could
not be read.

``KnowledgeDialog(library, runner)``: ``library`` is a ``desktop.core.knowledge.Library``,
``runner`` a ``desktop.workers.tasks.TaskRunner``. Folders set by IT's policy are shown and
cannot be removed here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserFacingError
from desktop.core.knowledge import Library, LibraryStatus, UpdateReport
from desktop.workers.tasks import TaskContext, TaskHandle, TaskRunner

_SOURCE = Qt.ItemDataRole.UserRole


class KnowledgeDialog(QDialog):
    update_finished = Signal(object)  # UpdateReport, or None after an error
    status_shown = Signal(object)  # LibraryStatus

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self._task: TaskHandle | None = None
        self.setWindowTitle(self.tr("庁内資料のフォルダ"))
        self.resize(640, 480)

        intro = QLabel(self.tr(
            "「庁内資料に聞く」で検索する例規・要綱・マニュアル・FAQ のフォルダです。"
            "索引はこの PC の中だけで作られ、質問のときは関係する箇所だけが（個人情報をマスクして）送られます。"),
            self)
        intro.setWordWrap(True)
        self.folders = QListWidget(self)
        self.add_button = QPushButton(self.tr("フォルダを追加…"), self)
        self.remove_button = QPushButton(self.tr("外す"), self)
        self.remove_button.setEnabled(False)
        self.update_button = QPushButton(self.tr("索引を更新"), self)
        self.cancel_button = QPushButton(self.tr("中止"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.progress_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.problems_label = QLabel(self.tr("読み込めなかったファイル"), self)
        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        folder_buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.update_button, self.cancel_button):
            folder_buttons.addWidget(b)
        folder_buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.folders, 1)
        top.addLayout(folder_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.update_button.clicked.connect(self.start_update)
        self.cancel_button.clicked.connect(self.cancel_update)
        self.folders.currentItemChanged.connect(self._selection_changed)
        buttons.rejected.connect(self.reject)
        self._show_folders()
        self.refresh_status()

    # -- folders --------------------------------------------------------------------------------
    def _show_folders(self) -> None:
        self.folders.clear()
        for folder in self.library.folders():
            label = folder.path if folder.source == "user" else \
                self.tr("%1（組織の設定）").replace("%1", folder.path)
            item = QListWidgetItem(label, self.folders)
            item.setData(_SOURCE, (folder.path, folder.source))
        if not self.folders.count():
            self.progress_label.setText(self.tr("フォルダがありません。「フォルダを追加…」で資料のフォルダを選んでください。"))
        self._selection_changed()

    def _selection_changed(self, *_args: Any) -> None:
        item = self.folders.currentItem()
        data = item.data(_SOURCE) if item is not None else None
        self.remove_button.setEnabled(bool(data) and data[1] == "user" and self._task is None)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("資料のフォルダを選ぶ"))
        if path:
            self.add_folder(path)

    def add_folder(self, path: str) -> None:
        try:
            self.library.add_folder(path)
        except UserFacingError as exc:
            self.progress_label.setText(exc.user_message)
            return
        self._show_folders()
        self.start_update()

    def remove_selected(self) -> None:
        item = self.folders.currentItem()
        if item is None:
            return
        path, source = item.data(_SOURCE)
        if source != "user":
            return
        self.library.remove_folder(path)
        self._show_folders()
        self.start_update()

    # -- indexing on the worker ------------------------------------------------------------------
    def start_update(self) -> None:
        if self._task is not None:
            return
        self._busy(True)
        self.progress.setRange(0, 0)  # until the folders are listed
        self.progress_label.setText(self.tr("ファイルを確認しています…"))

        def work(ctx: TaskContext) -> UpdateReport:
            return self.library.update(progress=lambda done, total, name: ctx.emit((done, total, name)),
                                       cancelled=lambda: ctx.cancelled)

        self._task = self.runner.run(work, self._update_done, self._update_progress, owner=self)

    def cancel_update(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress_label.setText(self.tr("中止しています…"))

    def _update_progress(self, info: tuple[int, int, str]) -> None:
        done, total, name = info
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("索引を作成中: %1 / %2 %3")
                                    .replace("%1", str(done)).replace("%2", str(total))
                                    .replace("%3", name))

    def _update_done(self, report: UpdateReport | None, error: BaseException | None) -> None:
        self._task = None
        self._busy(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if error is not None:
            message = error.user_message if isinstance(error, UserFacingError) else \
                self.tr("索引を作れませんでした（%1）。").replace("%1", type(error).__name__)
            self.progress_label.setText(message)
            self.update_finished.emit(None)
            return
        assert report is not None
        text = self.tr("索引しました: %1 件（変更なし %2 件・削除 %3 件）").replace(
            "%1", str(report.indexed)).replace("%2", str(report.unchanged)).replace("%3", str(report.removed))
        if report.cancelled:
            text = self.tr("中止しました。次の更新で続きから索引します。") + " " + text
        self.progress_label.setText(text)
        self.update_finished.emit(report)
        self.refresh_status()

    def _busy(self, busy: bool) -> None:
        for b in (self.add_button, self.update_button):
            b.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self._selection_changed()

    # -- status ---------------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Counts and unreadable files (read on the worker: the published index may be on the
        share)."""
        self.runner.run(lambda _ctx: self.library.status(), self._status_done, owner=self)

    def _status_done(self, status: LibraryStatus | None, error: BaseException | None) -> None:
        if error is not None or status is None:
            self.status_label.setText(self.tr("索引の状態を読めませんでした。"))
            return
        parts = [self.tr("文書 %1 件・抜粋 %2 件").replace("%1", str(status.documents))
                 .replace("%2", str(status.passages))]
        if status.local is not None and status.local.built_at:
            parts.append(self.tr("最終更新 %1").replace("%1", status.local.built_at[:16].replace("T", " ")))
        if status.shared is not None:
            parts.append(self.tr("共有の索引を使用中"))
        if status.shared_error:
            parts.append(status.shared_error)
        self.status_label.setText("　".join(parts))
        self.problems.clear()
        errors = [p for s in (status.local, status.shared) if s is not None for p in s.errors]
        for problem in errors:
            item = QListWidgetItem(f"{problem.path}: {problem.message}", self.problems)
            item.setToolTip(problem.message)
        self.problems_label.setVisible(bool(errors))
        self.problems.setVisible(bool(errors))
        self.status_shown.emit(status)

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()  # the next update resumes where this one stopped
        super().done(result)
