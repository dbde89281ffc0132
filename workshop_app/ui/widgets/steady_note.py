"""SteadyNote: a wrapping note that keeps the room of the longest text it may show.

A dialog's hint that appears, disappears or changes its words ("Give the event a title to create
it.", a date it cannot read, what a language change does) moved the rows and buttons under it:
a click aimed at OK landed in the spin box that had moved there. This label asks its layout for
the room its longest text needs (every text it is told it may show, plain and bold, as wrapped at
the width it is given) whatever it shows now, and keeps that room while it is hidden. Its own
text is always shown whole: a text it was not told of widens the reservation instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class SteadyNote(QLabel):
    def __init__(self, texts: Iterable[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self._texts: list[str] = []
        self._probes: list[QLabel] = []
        self._heights: dict[int, int] = {}
        self.reserve(texts)

    def reserve(self, texts: Iterable[str]) -> None:
        """The texts this note may show: their longest decides its room."""
        self._texts = [t for t in dict.fromkeys(texts) if t]
        self._forget()

    def setText(self, text: str) -> None:
        super().setText(text)
        if text and text not in self._texts:
            self._texts.append(text)
            self._forget()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At the width the layout gave it, ask for the height that width needs: a window sized
        from its hints alone (Qt does not ask a window's labels their height for a width) grows
        to hold the note instead of cutting its last line."""
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def _forget(self) -> None:
        self._probes = []
        self._heights = {}
        if self.width() > 0 and self.minimumHeight():
            self.setMinimumHeight(self.heightForWidth(self.width()))
        self.updateGeometry()

    def _all(self) -> list[QLabel]:
        """One unshown label per text and weight, worded and styled as this note would be."""
        if not self._probes:
            for text in self._texts or [""]:
                for bold in (False, True):
                    probe = QLabel(text)
                    probe.setTextFormat(self.textFormat())
                    probe.setWordWrap(True)
                    font = QFont(self.font())
                    font.setBold(bold)
                    probe.setFont(font)
                    probe.setMargin(self.margin())
                    probe.setIndent(self.indent())
                    probe.setContentsMargins(self.contentsMargins())
                    self._probes.append(probe)
        return self._probes

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = max(QLabel.heightForWidth(p, width) for p in self._all())
        return self._heights[width]

    def sizeHint(self) -> QSize:
        hints = [QLabel.sizeHint(p) for p in self._all()]
        width = max(h.width() for h in hints)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        hints = [QLabel.minimumSizeHint(p) for p in self._all()]
        return QSize(max(h.width() for h in hints), max(h.height() for h in hints))
