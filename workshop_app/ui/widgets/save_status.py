"""SaveStatus: the status bar's "Saved 14:03:12" / "Not saved", heard as well as seen.

Its accessible name is what it says (a screen reader's "read the status bar" reads it), and a
save is announced once it has settled: after a pause of `SETTLE_MS` with no further save, so
typing with short pauses is not interrupted by a "Saved" after every one. A failure with a
reason is announced at once; the bare "Not saved" is not, the red banner announces why.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.ui.accessible import announce
from workshop_app.ui.widgets.status_line import elide_words

SETTLE_MS = 1500
NAME = QT_TRANSLATE_NOOP("SaveStatus", "Save status")
# how a line the status bar shows as the save status begins ("Saved 14:03:12", "Not saved: …")
SAVED = QT_TRANSLATE_NOOP("SaveStatus", "Saved")
NOT_SAVED = QT_TRANSLATE_NOOP("SaveStatus", "Not saved")


def _said(text: str) -> str:
    return QCoreApplication.translate("SaveStatus", text)


def not_saved(problem: str = "") -> str:
    """'Not saved' (and why), in the console's language."""
    return f"{_said(NOT_SAVED)}: {problem}" if problem else _said(NOT_SAVED)


def saved_at(time: str) -> str:
    return f"{_said(SAVED)} {time}"


def is_failure(message: str) -> bool:
    return message.startswith((_said(NOT_SAVED), NOT_SAVED))


def is_save_line(message: str) -> bool:
    """A line for the save status, not for the status bar's passing messages."""
    return is_failure(message) or message.startswith((_said(SAVED), SAVED))


class SaveStatus(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(_said(NAME))
        self.setAccessibleDescription(_said(NAME))
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.said = ""  # the last line announced (tests read it)

    def set_status(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message or _said(NAME))
        self.updateGeometry()
        self._tip()
        if not message:
            self._settle.stop()
            self.said = ""
        elif is_failure(message):
            self._settle.stop()
            if message not in (NOT_SAVED, _said(NOT_SAVED)):
                self._say(message, assertive=True)
        else:
            self._settle.start()  # restarted by every save: one announcement when they stop

    def _settled(self) -> None:
        self._say(self.text())

    def _say(self, text: str, assertive: bool = False) -> None:
        if text and text != self.said:
            self.said = text
            announce(self, text, assertive)

    # narrowed (the status bar's passing message needs the room): "Saved 14:03:12 — stakeh…",
    # never less than "Saved 14:03:12", the whole line in the tooltip; a failure stays whole

    def minimumSizeHint(self) -> QSize:
        full = super().minimumSizeHint()
        text = self.text()
        if is_failure(text) or " — " not in text:
            return full
        metrics = self.fontMetrics()
        chrome = full.width() - metrics.horizontalAdvance(text)  # margins and indent
        short = metrics.horizontalAdvance(text.split(" — ", 1)[0] + " …") + 1
        return QSize(min(full.width(), chrome + short), full.height())

    def shown_text(self) -> str:
        """The line as it is drawn: whole, or cut at its end with "…"."""
        return elide_words(self.fontMetrics(), self.text(), self.contentsRect().width())

    def _tip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            QPalette.ColorRole.WindowText,
        )
