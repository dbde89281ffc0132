"""StatusLine: the console's status bar, where a passing message ("Only one screen: the room
view is a window. Drag it to the projector…") never runs into the save status and the room-view
state at its right.

Qt draws a passing message up to the first permanent widget and cuts it there, mid-word, right
against "Saved 14:03:12 — …". Here the widget given to `yield_to_messages` (the save status)
gives way while a message is shown, down to its minimum size (the save status keeps "Saved
14:03:12"), and whatever still does not fit ends in "…" a clear gap before it, with the whole
message in the bar's tooltip (a screen reader reads the bar's current message in full).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

GAP = 12  # pixels between the end of a message (or its "…") and the first permanent widget
LEFT = 6  # where Qt starts a message
NO_LIMIT = 16777215  # QWIDGETSIZE_MAX


def elide_words(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` whole if it fits in `width` pixels, else cut after a whole word, with "…"."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    if shown == text or " " not in shown[:-1]:
        return shown
    return shown[:-1].rsplit(" ", 1)[0].rstrip(" ,;:—–-") + "…"


class StatusLine(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._permanent: list[QWidget] = []
        self._yielding: QWidget | None = None
        self.messageChanged.connect(self._make_room)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def yield_to_messages(self, widget: QWidget) -> None:
        """`widget` (one of the permanent ones) narrows, down to its minimum size, to leave a
        passing message its room."""
        self._yielding = widget
        self._make_room()

    def message_rect(self) -> QRect:
        """Where the passing message is drawn: up to a gap before the first permanent widget."""
        right = self.width() - GAP
        for widget in self._permanent:
            if widget.isVisible():
                right = min(right, widget.x() - GAP)
        return QRect(LEFT, 0, max(0, right - LEFT), self.height())

    def shown_message(self) -> str:
        """The passing message as it is drawn: whole, or cut at a word's end with "…"."""
        return elide_words(self.fontMetrics(), self.currentMessage(), self.message_rect().width())

    def _make_room(self, *_: object) -> None:
        widget, message = self._yielding, self.currentMessage()
        if widget is not None:
            limit = NO_LIMIT
            if message:
                right = widget.x() + widget.width()  # permanent widgets keep their right edge
                wanted = LEFT + self.fontMetrics().horizontalAdvance(message) + GAP
                limit = max(widget.minimumSizeHint().width(), right - wanted)
            if widget.maximumWidth() != limit:
                widget.setMaximumWidth(limit)
                self.layout().activate()
        shown = self.shown_message() if message else ""
        self.setToolTip(message if shown != message else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.currentMessage():
            self._make_room()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.currentMessage():
            self._make_room()  # a new save line under a message (its minimum changed)
        return handled

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.currentMessage():
            super().paintEvent(event)  # the normal widgets and their frames: Qt's own
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible():
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                frame.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget
                )
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.message_rect(),
            Qt.AlignmentFlag.AlignLeading
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.TextFlag.TextSingleLine,
            self.shown_message(),
        )
