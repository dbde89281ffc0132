"""Over time, the console's timer and the room's say the same thing at the same moment.

A walk-through saw "−01:07" on the console and "+1:06" in "What the room sees" at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app.ui.themes import format_timer

pytestmark = pytest.mark.usefixtures("plain_stages")


@pytest.fixture
def console(qtbot, window, new_event):
    new_event("Timing")
    qtbot.waitUntil(lambda: not hasattr(window.console.room_preview, "setText"))
    return window.console


def test_over_time_the_console_and_the_room_show_the_same_text(console, window):
    window.actions_by_name["present"].trigger()  # F5: the room view
    timer, room_view = console.timer, window.presenter.view
    timer.start()
    timer.remaining = -66
    timer.tick()  # 1:07 over the planned 10 minutes
    assert timer.display.text() == room_view.timer.text() == "+1:07"
    assert console.room_preview.view.timer.text() == "+1:07"
    assert timer.state == "over" and room_view.timer.property("state") == "over"
    for seconds in (600, 599, 61, 60, 59, 1, 0, -1, -59, -60, -61, -3600):
        timer.remaining = seconds
        timer.adjust(0)
        assert timer.display.text() == room_view.timer.text() == format_timer(seconds)
    # said to a screen reader without a sign: "1:07 over time"
    timer.remaining = -67
    timer.adjust(0)
    assert "1:07 over time" in room_view.timer.accessibleName()
    assert "1:07 over time" in timer.display.accessibleDescription()
    assert "+" not in timer.display.accessibleDescription()


def test_the_rooms_thumbnail_turns_with_the_console_timer(console):
    """The thumbnail was painted up to 60 ms after the console's timer: a glance (or a
    screenshot) in between saw the room a second behind."""
    preview, timer = console.room_preview, console.timer
    timer.remaining = -66
    timer.adjust(0)
    QApplication.processEvents()
    timer.tick()
    QApplication.processEvents()  # one turn of the event loop, as the console's label gets
    assert preview.snapshot.toImage() == preview.view.grab().toImage()
