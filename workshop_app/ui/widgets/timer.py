"""StageTimer: a countdown from the stage's planned minutes. Start/pause, reset, ±1 minute.
Amber in the last two minutes, red when over. Each stage keeps its own remaining time."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from workshop_app.ui.input_marks import room_button
from workshop_app.ui.themes import format_timer, timer_state
from workshop_app.ui.widgets import named

STYLES = {
    "normal": "",
    "warning": "background: #f9a825; color: #1a1a1a;",
    "over": "background: #c62828; color: white;",
}


class StageTimer(QWidget):
    changed = Signal(int, int, bool)  # remaining, planned, running (as RoomState.set_timer)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        named(self, self.tr("Stage timer"))
        self.planned = 0
        self.remaining = 0
        self.running = False
        self.stage_id = ""
        self._kept: dict[str, int] = {}
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)

        self.display = named(QLabel(format_timer(0)), self.tr("Time left"))
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.display.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.display.setFont(font)
        self.start_button = named(
            QPushButton(self.tr("Start")), self.tr("Start or pause the timer")
        )
        self.reset_button = named(
            QPushButton(self.tr("Reset")), self.tr("Reset the timer to the planned minutes")
        )
        self.minus_button = named(
            QPushButton(self.tr("−1 min")), self.tr("Take a minute off the timer")
        )
        self.plus_button = named(
            QPushButton(self.tr("+1 min")), self.tr("Add a minute to the timer")
        )
        for button in (self.start_button, self.reset_button, self.minus_button, self.plus_button):
            room_button(button)  # the room sees the countdown: Enter or a click, not typing
        self.start_button.clicked.connect(self.toggle)
        self.reset_button.clicked.connect(self.reset)
        self.minus_button.clicked.connect(lambda: self.adjust(-60))
        self.plus_button.clicked.connect(lambda: self.adjust(60))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.display, 0, 0, 1, 4)
        for column, button in enumerate(
            (self.start_button, self.reset_button, self.minus_button, self.plus_button)
        ):
            grid.addWidget(button, 1, column)

    @property
    def state(self) -> str:
        """As the room's countdown: "normal", "warning" (the last two minutes) or "over"."""
        return timer_state(self.remaining)

    def set_stage(self, stage_id: str, planned_minutes: int) -> None:
        """Show another stage's countdown; the one left keeps its time for when we come back."""
        if self.stage_id:
            self._kept[self.stage_id] = self.remaining
        self.pause()
        self.stage_id = stage_id
        self.planned = planned_minutes * 60
        self.remaining = self._kept.get(stage_id, self.planned)
        self._show()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        self.running = True
        self._tick.start()
        self._show()

    def pause(self) -> None:
        self.running = False
        self._tick.stop()
        self._show()

    def reset(self) -> None:
        self.remaining = self.planned
        self._show()

    def adjust(self, seconds: int) -> None:
        self.remaining += seconds
        self._show()

    def tick(self) -> None:
        self.remaining -= 1
        self._show()

    def _show(self) -> None:
        self.display.setText(format_timer(self.remaining))
        self.display.setStyleSheet(STYLES[self.state] + "border-radius: 4px; padding: 4px;")
        if self.remaining < 0:  # said without the sign: "1:07 over time"
            said = self.tr("{time} over time, {minutes} minutes planned").format(
                time=format_timer(-self.remaining), minutes=self.planned // 60
            )
        else:
            warning = self.tr(", less than two minutes left") if self.state == "warning" else ""
            said = self.tr("{remaining} left of {minutes} minutes{state}").format(
                remaining=format_timer(self.remaining), minutes=self.planned // 60, state=warning
            )
        self.display.setAccessibleDescription(said)
        self.start_button.setText(self.tr("Pause") if self.running else self.tr("Start"))
        self.changed.emit(self.remaining, self.planned, self.running)
