"""The main window's status bar: a message that never runs into the permanent labels.

QStatusBar draws a temporary message clipped at the first permanent widget, so a long message
was cut mid-character right against 「個人情報の検出…」. Here the message is elided with "…" and a
gap before the labels, the full text goes to the tooltip, and a label with nothing to say
(no budget, no locked setting) is hidden instead of taking room.

The bar is part of the window's first paint: ``Qt``, ``QStyle`` and ``QPainter`` (whose enums
PySide6 builds on first use, ``Qt``'s alone about 30 ms) are imported where a message is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from desktop.core.budget import BudgetStatus
    from desktop.core.settings import Settings

GAP = 16  # px between the message and the first permanent label


class _HideWhenEmpty(QLabel):
    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)


class AppStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget_label = _HideWhenEmpty(self)  # IT's monthly budget: what is left this month
        self.budget_label.setObjectName("budgetLabel")
        self.masker_label = QLabel(self.tr("個人情報の検出: 準備中…"), self)
        self.provider_label = QLabel(self)
        self.policy_label = _HideWhenEmpty(self)
        for label in (self.budget_label, self.masker_label, self.provider_label, self.policy_label):
            self.addPermanentWidget(label)
        self.budget_label.clear()
        self.policy_label.clear()
        self.messageChanged.connect(self._on_message)

    # What the window shows ---------------------------------------------------------------
    def show_connection(self, settings: Settings, locked: int, *,
                        policy_broken: bool = False) -> None:
        """``policy_broken``: the machine policy cannot be read — nothing is sent (the
        pipeline refuses and says why when the clerk sends; the bar says so all along)."""
        where = {"clipboard": self.tr("クリップボード経由"), "azure": "Azure OpenAI",
                 "openai_compatible": self.tr("OpenAI 互換サーバー")}.get(settings.provider,
                                                                       settings.provider)
        if settings.provider == "azure":
            where += f"（{settings.deployment or self.tr('デプロイ未設定')}）"
        self.provider_label.setText(self.tr("接続: ") + where)
        if policy_broken:
            self.policy_label.setText(self.tr("組織の設定を読めません（送信不可）"))
            self.policy_label.setStyleSheet("color: #b00020; font-weight: bold;")
            return
        self.policy_label.setStyleSheet("")
        self.policy_label.setText(self.tr("［固定］組織の設定 {n} 項目").format(n=locked)
                                  if locked else "")

    def show_masker(self, ready: bool, *, unusable: bool = False) -> None:
        if unusable:
            self.masker_label.setText(self.tr("個人情報の検出: 使用できません（送信不可）"))
        else:
            self.masker_label.setText(self.tr("個人情報の検出: 準備完了") if ready
                                      else self.tr("個人情報の検出: 準備中…"))

    def show_budget(self, status: BudgetStatus | None, *, unknown: bool = False) -> None:
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

    # The message ----------------------------------------------------------------------------
    def message_rect(self) -> QRect:
        """Where the message may be drawn: up to a gap before the first visible label."""
        right = self.width() - 4
        for label in (self.budget_label, self.masker_label, self.provider_label,
                      self.policy_label):
            if label.isVisible():
                right = min(right, label.x() - GAP)
        return QRect(6, 0, max(0, right - 6), self.height())

    def shown_message(self) -> str:
        """The message as drawn: elided with "…" when it does not fit."""
        from PySide6.QtCore import Qt

        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_rect().width())

    def _on_message(self, text: str) -> None:
        self.setToolTip(text if text and self.shown_message() != text else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyle, QStyleOption

        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                         | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         self.shown_message())
