"""ScreeningNote: the calm line under a text field when what is typed looks like it identifies a
client ("This looks like a phone number. Workshop answers should not identify clients.").

It follows the field as it changes (a short pause after typing, so it does not flicker), also
when an answer is loaded, so a flagged answer is marked whenever it is shown. It never blocks
saving: the text is saved as it is, the note only says what it saw."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from workshop_app.ui.widgets import named

PAUSE_MS = 250


class ScreeningNote(QLabel):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("screening_note")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setProperty("role", "screening-note")
        named(self, self.tr("Client details note"))
        # calm: a thin amber rule beside the text in the theme's own colours, not an alarm
        self.setStyleSheet("QLabel { border-left: 3px solid #b07d00; padding: 3px 8px; }")
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.update_note)
        editor.textChanged.connect(self._timer.start)

    def update_note(self) -> None:
        from workshop_app.screening import screen_note  # off start-up

        self._timer.stop()
        said = screen_note(self.editor.toPlainText())
        if said == self.text() and self.isVisible() == bool(said):
            return
        self.setText(said)
        self.setVisible(bool(said))
        # a screen reader hears the note with the field
        base = self.editor.property("help_description") or ""
        self.editor.setAccessibleDescription(" ".join(x for x in (base, said) if x))
