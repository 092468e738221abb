"""The clerk's own usage (this week, this month, by template).

The manager's dashboard over a folder of exports is ``usage_dashboard.ManagerDashboard`` (also
importable from here). All reading runs on the ``TaskRunner``; the widgets only show results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.llm.cost import format_yen
from desktop.core.usage.model import local_now
from desktop.core.usage.store import UsageStore, UsageSummary
from desktop.ui.usage_dashboard import ManagerDashboard
from desktop.ui.usage_format import (
    RIGHT_ALIGNED,
    TitleFor,
    error_text,
    hours_text,
    week_and_month_start,
)

log = logging.getLogger(__name__)

__all__ = ["ManagerDashboard", "MyUsageView", "week_and_month_start"]


class MyUsageView(QWidget):
    """This week and this month for the clerk: tasks, results used, hours saved, by template."""

    refreshed = Signal()

    def __init__(self, store: UsageStore, runner: Any, *,
                 clock: Callable[[], datetime] = local_now,
                 title_for: TitleFor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._clock = clock
        self._title_for = title_for or (lambda tid: tid)
        self.week: UsageSummary | None = None
        self.month: UsageSummary | None = None

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(store.recovery_message))
        self.notice.setText(store.recovery_message)
        self.week_label = QLabel(self)
        self.month_label = QLabel(self)
        for label in (self.week_label, self.month_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("テンプレート"), self.tr("件数"), self.tr("利用"),
             self.tr("削減時間（時間）")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.reference = QLabel(self)
        self.reference.setWordWrap(True)
        self.reference.setText(self.tr(
            "参考: 都道府県の報告では 1人1日 約10分、1か月 約1.3時間、1年 約53.7時間 の削減。削減時間 = 手作業の見込み時間 − アプリでの操作時間（使った結果のみ）。"  # noqa: E501 - one literal for lupdate
        ))
        self.refresh_button = QPushButton(self.tr("更新"), self)
        self.refresh_button.clicked.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        totals = QGroupBox(self.tr("合計"), self)
        form = QFormLayout(totals)
        form.addRow(self.tr("今週:"), self.week_label)
        form.addRow(self.tr("今月:"), self.month_label)
        layout.addWidget(totals)
        layout.addWidget(QLabel(self.tr("今月のテンプレート別"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reference)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        week_start, month_start = week_and_month_start(self._clock())
        store = self._store

        def work(_ctx: Any) -> tuple[UsageSummary, UsageSummary]:
            return store.summary(week_start, None), store.summary(month_start, None)

        self._runner.run(work, self._on_done)

    def _on_done(self, result: Any, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        if error is not None:
            log.warning("my usage summary failed: %s", type(error).__name__)
            self.week_label.setText(self.tr("読み込めませんでした: {0}").format(error_text(error)))
            return
        self.week, self.month = result
        self.week_label.setText(self._line(self.week))
        self.month_label.setText(self._line(self.month))
        rows = sorted(self.month.by_template.values(), key=lambda t: -t.saved_minutes)
        self.table.setRowCount(len(rows))
        for r, t in enumerate(rows):
            values = [self._title_for(t.template_id), f"{t.tasks:,}", f"{t.used:,}",
                      hours_text(t.saved_minutes / 60)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(RIGHT_ALIGNED)
                self.table.setItem(r, c, item)
        self.refreshed.emit()

    def _line(self, s: UsageSummary) -> str:
        return self.tr(
            "{tasks} 件（使った {used} 件・使わなかった {discarded} 件・エラー {errors} 件）  削減時間 {hours} 時間  費用 約 {cost} 円"  # noqa: E501 - one literal for lupdate
        ).format(
            tasks=f"{s.tasks:,}", used=f"{s.used + s.edited:,}", discarded=f"{s.discarded:,}",
            errors=f"{s.errors:,}", hours=hours_text(s.saved_hours), cost=format_yen(s.cost_jpy))


