"""The pages of a long item on the projector, turned from the console: under "What the room
sees", shown only while the room sees an item in pages (a draft policy, whole clauses a page)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workshop_app.ui.input_marks import room_button
from workshop_app.ui.room import RoomState
from workshop_app.ui.widgets import named


class RoomPager(QWidget):
    """◀ Previous page · "Page 2 of 4" · Next page ▶; PageUp/PageDown (a clicker) turn them
    too, wherever no text is typed."""

    def __init__(self, room: RoomState, parent: QWidget | None = None):
        super().__init__(parent)
        self.room = room
        self.previous = named(
            QPushButton(self.tr("◀ Previous page")), self.tr("Show the room the previous page")
        )
        self.next = named(
            QPushButton(self.tr("Next page ▶")), self.tr("Show the room the next page")
        )
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous, self.next):
            room_button(button)  # the room sees the page: Enter or a click, never typing
        self.previous.clicked.connect(lambda: room.turn_page(-1))
        self.next.clicked.connect(lambda: room.turn_page(1))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous)
        row.addWidget(self.label, 1)
        row.addWidget(self.next)
        room.page_changed.connect(self._show)
        self._show(room.page, room.page_count)

    def _show(self, page: int, count: int) -> None:
        self.setVisible(count > 1)
        said = self.tr("Page {page} of {count}").format(page=page + 1, count=count)
        self.label.setText(said)
        self.label.setAccessibleName(said)
        self.previous.setEnabled(page > 0)
        self.next.setEnabled(page < count - 1)
