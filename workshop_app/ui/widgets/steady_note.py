"""SteadyNote: a wrapping note that keeps the room of the longest text it may show.

A dialog's hint that appears, disappears or changes its words ("Give the event a title to create
it.", a date it cannot read, what a language change does) moved the rows and buttons under it:
a click aimed at OK landed in the spin box that had moved there. This label asks its layout for
the room its longest text needs (every text it is told it may show, plain and bold, as wrapped at
the width it is given) whatever it shows now, and keeps that room while it is hidden. Its own
text is always shown whole: a longer text it was not told of widens the room (once) instead.
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
        self._laid_out = False  # given a width by its layout (its first resize event)
        self.reserve(texts)

    def reserve(self, texts: Iterable[str]) -> None:
        """The texts this note may show: their longest decides its room."""
        self._texts = [t for t in dict.fromkeys(texts) if t]
        self._forget()

    def setText(self, text: str) -> None:
        super().setText(text)
        if text and text not in self._texts and self._needs_more(text):
            self._texts.append(text)  # rare (a long date typed): the room grows, once
            self._forget()

    def _needs_more(self, text: str) -> bool:
        width = self.width() if self._laid_out else self.sizeHint().width()
        for bold in (False, True):
            probe = self._probe(text, bold)
            if QLabel.heightForWidth(probe, width) > self.heightForWidth(width):
                return True
            if QLabel.minimumSizeHint(probe).width() > self.minimumSizeHint().width():
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """At the width the layout gave it, ask for the height that width needs: a window sized
        from its hints alone (Qt measures a wrapped label at a guessed width) grows to hold the
        note instead of cutting its last line, and has no gap under it either."""
        super().resizeEvent(event)
        self._laid_out = True
        needed = self.heightForWidth(self.width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def _forget(self) -> None:
        self._probes = []
        self._heights = {}
        if self._laid_out:
            self.setMinimumHeight(self.heightForWidth(self.width()))
        self.updateGeometry()

    def _all(self) -> list[QLabel]:
        """One unshown label per text and weight, worded and styled as this note would be."""
        if not self._probes:
            self._probes = [
                self._probe(text, bold) for text in self._texts or [""] for bold in (False, True)
            ]
        return self._probes

    def _probe(self, text: str, bold: bool) -> QLabel:
        probe = QLabel(text)
        probe.setTextFormat(self.textFormat())
        probe.setWordWrap(True)
        font = QFont(self.font())
        font.setBold(bold)
        probe.setFont(font)
        probe.setMargin(self.margin())
        probe.setIndent(self.indent())
        probe.setContentsMargins(self.contentsMargins())
        return probe

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = max(QLabel.heightForWidth(p, width) for p in self._all())
        return self._heights[width]

    def _height(self) -> int:
        """Its height at the width it was given; one line's before it has one (see
        `resizeEvent`: the note grows to its lines as soon as it knows its width)."""
        if self._laid_out:
            return self.heightForWidth(self.width())
        margins = self.contentsMargins()
        return (
            self.fontMetrics().lineSpacing() + 2 * self.margin() + margins.top() + margins.bottom()
        )

    def sizeHint(self) -> QSize:
        return QSize(max(QLabel.sizeHint(p).width() for p in self._all()), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(max(QLabel.minimumSizeHint(p).width() for p in self._all()), self._height())


def window_hint(window: QWidget, hint: QSize) -> QSize:
    """A dialog's size hint, at least as wide as its minimum width: Qt gives a new window the
    height its layout needs at its hint's width, and a note wrapped narrower than it is shown
    asks for lines it will not use (a gap under the rows)."""
    return QSize(max(hint.width(), window.minimumWidth()), hint.height())
