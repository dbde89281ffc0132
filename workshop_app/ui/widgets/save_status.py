"""SaveStatus: the status bar's "Saved 14:03:12" / "Not saved", heard as well as seen.

Its accessible name is what it says (a screen reader's "read the status bar" reads it), and a
save is announced once it has settled: after a pause of `SETTLE_MS` with no further save, so
typing with short pauses is not interrupted by a "Saved" after every one. A failure with a
reason is announced at once; the bare "Not saved" is not, the red banner announces why.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.ui.accessible import announce

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
