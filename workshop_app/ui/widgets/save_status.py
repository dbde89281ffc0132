"""SaveStatus: the status bar's "Saved 14:03:12" / "Not saved", heard as well as seen.

Its accessible name is what it says (a screen reader's "read the status bar" reads it), and a
save is announced once it has settled: after a pause of `SETTLE_MS` with no further save, so
typing with short pauses is not interrupted by a "Saved" after every one. A failure with a
reason is announced at once; the bare "Not saved" is not, the red banner announces why.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from workshop_app.ui.accessible import announce

SETTLE_MS = 1500
NAME = "Save status"


class SaveStatus(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(NAME)
        self.setAccessibleDescription(NAME)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self.said = ""  # the last line announced (tests read it)

    def set_status(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message or NAME)
        if not message:
            self._settle.stop()
            self.said = ""
        elif message.startswith("Not saved"):
            self._settle.stop()
            if message != "Not saved":
                self._say(message, assertive=True)
        else:
            self._settle.start()  # restarted by every save: one announcement when they stop

    def _settled(self) -> None:
        self._say(self.text())

    def _say(self, text: str, assertive: bool = False) -> None:
        if text and text != self.said:
            self.said = text
            announce(self, text, assertive)
