"""WrappingCheckBox: a tick whose label wraps onto more lines in a narrow pane.

Qt's QCheckBox keeps its label on one line, so a long one ("State health-privacy,
consumer-health-data or recording-consent law") made the drafting stage's choices pane wider
than the page and scroll sideways. This one is as narrow as its longest word, as tall as its
wrapped lines (height for width), and a click anywhere on its label ticks it. `text()`, the
accessible name and the keyboard are QCheckBox's own.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _text_left(self) -> int:
        """Where the label starts: after the tick and the style's spacing."""
        style, option = self.style(), self._option()
        return style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth, option, self
        ) + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)

    def _one_line(self) -> int:
        """The height of the box with its label on one line (Qt's own)."""
        return super().sizeHint().height()

    def _text_rect(self, width: int) -> QRect:
        top = max(0, (self._one_line() - self.fontMetrics().height()) // 2)
        return QRect(self._text_left(), top, max(1, width - self._text_left()), 100_000)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rect, metrics = self._text_rect(width), self.fontMetrics()
        lines = metrics.boundingRect(rect, WRAP, self.text()).height()
        line = metrics.boundingRect(rect, WRAP, "X").height()
        return self._one_line() + max(0, lines - line)  # Qt's one-line box, grown by the lines

    def minimumSizeHint(self) -> QSize:
        words = self.text().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        return QSize(self._text_left() + widest + 2, self._one_line())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the tick and every line of its label

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        text, option.text = option.text, ""
        option.rect = QRect(0, 0, self.width(), self._one_line())  # the tick by the first line
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        self.style().drawItemText(
            painter,
            self._text_rect(self.width()),
            int(WRAP),
            self.palette(),
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
