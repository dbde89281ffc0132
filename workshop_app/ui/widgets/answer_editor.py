"""AnswerEditor: one answer (or a group's notes) with autosave.

Saves ~autosave delay after typing stops, when it loses focus, and whenever its page flushes
(stage change, group change, close). Until a save commits it stays `dirty`, so a failed save
keeps the text in the editor and the next flush tries again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

Key = tuple[int, str, str]  # group id, stage id, prompt id
HEIGHTS = {"short": 3, "medium": 6, "long": 10}


class AnswerEditor(QPlainTextEdit):
    def __init__(
        self,
        stage_id: str,
        prompt_id: str,
        saver: Callable[[AnswerEditor], bool],
        delay_ms: int = 500,
        size: str = "medium",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.stage_id = stage_id
        self.prompt_id = prompt_id
        self.group_id: int | None = None
        self.dirty = False
        self.outside_change = False  # another device saved while this text was being typed
        self.revision: int | None = None  # the saved revision this text was edited from
        self._saver = saver
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.setTabChangesFocus(True)
        lines = HEIGHTS.get(size, 6)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(int(line * (lines + 1)))
        self.setMaximumHeight(int(line * (lines * 2 + 1)))  # long answers scroll inside
        self.textChanged.connect(self._edited)

    @property
    def key(self) -> Key | None:
        return None if self.group_id is None else (self.group_id, self.stage_id, self.prompt_id)

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def load(self, group_id: int | None, value: str, revision: int | None = None) -> None:
        """Show `value` for a group without marking it as typed (clears undo history).
        `revision`: the saved revision `value` is (0: none yet; None: not known)."""
        self._timer.stop()
        self.group_id = group_id
        self.revision = revision
        self._loading = True
        self.setPlainText(value)
        self.moveCursor(QTextCursor.MoveOperation.End)  # carry on where the group left off
        self._loading = False
        self.dirty = False
        self.outside_change = False

    def refresh(self, value: str, revision: int | None = None) -> bool:
        """Another device saved this answer: show it unless the facilitator is mid-edit here
        (then the typing keeps the revision it was based on, and its save says so)."""
        if self.dirty:
            self.outside_change = True
            return False
        if revision is not None:
            self.revision = revision
        if value == self.toPlainText():
            return False
        position = self.textCursor().position()
        self._loading = True
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(value)  # one undoable step, unlike setPlainText
        self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(value)))
        self.setTextCursor(cursor)
        return True

    def flush(self) -> bool:
        """Save now if there is unsaved typing. False when a save was needed and failed."""
        self._timer.stop()
        if not self.dirty or self.group_id is None:
            return True
        if self._saver(self):
            self.dirty = False
            self.outside_change = False
            return True
        return False

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.flush()
