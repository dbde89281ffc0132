"""The console's small live copy of the projector: "What the room sees"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from workshop_app.ui.accessible import LinesAccessible
from workshop_app.ui.fit_text import BASE_HEIGHT
from workshop_app.ui.presenter import BASE_WIDTH, ROOM_NAME, PresenterView

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext


class PresenterPreview(QWidget):
    """A small live copy of the projector for the console ("What the room sees").

    It keeps its own PresenterView at 1280×720, a hidden child (not a window of its own, which
    screen readers listed as a second "Workshop App" whose labels all claimed to be showing),
    and paints a scaled snapshot of it whenever the room's state changes. A screen reader
    reaches it with Tab: its description is the room's text, its items the lines.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ConsoleWidget", ROOM_NAME))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 90)
        self.view = PresenterView(ctx, self)
        self.view.hide()
        self.view.resize(BASE_WIDTH, BASE_HEIGHT)
        self.snapshot = QPixmap()
        self._pending = QTimer(self, singleShot=True)
        self._pending.timeout.connect(self.refresh)
        room = ctx.room
        # the countdown is drawn in the same turn as the console's timer, never a tick behind
        room.timer_changed.connect(self._now)
        for signal in (
            room.stage_changed,
            room.spotlight_changed,
            room.blank_changed,
            room.names_visible_changed,
            room.entry_changed,
            room.page_changed,
        ):
            signal.connect(self._soon)
        ctx.changes.changed.connect(self._soon)
        self.refresh()

    def _soon(self, *_args: object) -> None:
        """Refresh shortly after a change. Not `signal.connect(timer.start)`: a signal's int
        argument (the countdown's seconds) would pick QTimer.start(msec) and, restarted every
        tick, the refresh never came; a pending refresh is never postponed either."""
        if not self._pending.isActive():
            self._pending.start(60)

    def _now(self, *_args: object) -> None:
        """Refresh in the next turn of the event loop (with any change pending meanwhile)."""
        self._pending.start(0)

    def refresh(self) -> None:
        self.snapshot = self.view.grab()
        description = self.view.accessibleDescription()
        if self.accessibleDescription() != description:
            self.setAccessibleDescription(description)
        self.update()

    def accessible_lines(self) -> list[str]:
        return self.view.room_lines()

    def accessible_interface(self) -> LinesAccessible:
        return LinesAccessible(self)

    def sizeHint(self) -> QSize:
        return QSize(320, 180)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * BASE_HEIGHT // BASE_WIDTH

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())  # a 16:9 thumbnail, not bars
        if self.snapshot.isNull():
            return
        scaled = self.snapshot.scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        x, y = (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2
        painter.drawPixmap(x, y, scaled)
        painter.setPen(self.palette().mid().color())
        painter.drawRect(x, y, scaled.width() - 1, scaled.height() - 1)
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(x + 1, y + 1, scaled.width() - 3, scaled.height() - 3)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()
