"""The main window's menu bar.

Built before the window's first paint, so it shows at once; the shortcuts and the template
menu's actions are added right after that paint (``fill_in``): a key sequence makes PySide6
build its ``Qt`` namespace, about 30 ms (see ``main_window``). What the actions do is connected
by the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.template_actions import TemplateActions


class WindowMenus(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("ファイル(&F)"))
        self.open_document = file_menu.addAction(self.tr("文書を開く…"))
        file_menu.addSeparator()
        self.quit = file_menu.addAction(self.tr("終了"))

        self.templates = bar.addMenu(self.tr("テンプレート(&T)"))  # TemplateActions fill it

        usage = bar.addMenu(self.tr("利用状況(&U)"))
        self.my_usage = usage.addAction(self.tr("自分の利用状況…"))
        self.dashboard = usage.addAction(self.tr("効果の集計（管理者向け）…"))
        self.export_usage = usage.addAction(self.tr("利用記録を今すぐ書き出す"))

        tools = bar.addMenu(self.tr("設定(&S)"))
        self.settings = tools.addAction(self.tr("設定…"))
        self.knowledge_folders = tools.addAction(self.tr("庁内資料のフォルダ…"))

        help_menu = bar.addMenu(self.tr("ヘルプ(&H)"))
        self.about = help_menu.addAction(self.tr("このアプリについて"))
        self.data_folder = help_menu.addAction(self.tr("データの保存場所を開く"))

    def fill_in(self, template_actions: TemplateActions) -> None:
        """After the first paint: the shortcuts and the template menu."""
        self.open_document.setShortcut(QKeySequence.StandardKey.Open)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        template_actions.populate(self.templates)
