"""An event opened at start-up (`workshop-app EVENT`, a double-clicked file) is built before the
window first paints, without the welcome screen and before the input guard exists: the guard,
made at the first paint, still guards every control built before it, and the welcome screen is
there when the event is closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from workshop_app.demo import build_demo
from workshop_app.ui.app import build_window


@pytest.fixture
def started(qtbot, tmp_path, settings, interaction):
    """The window as run_app builds it for an event named on the command line."""
    store = build_demo(tmp_path / "Demo.workshop")
    window = build_window(settings, interaction, welcome=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert window.start_console(store)
    assert window.input_guard is None  # nothing painted yet
    qtbot.waitUntil(lambda: window.input_guard is not None)  # the first paint
    qtbot.waitUntil(lambda: window.entry_panel is not None)  # what follows the first paint
    yield window
    window.close()


def test_no_welcome_screen_is_built_until_the_event_is_closed(started):
    window = started
    assert window._welcome is None
    assert window.stack.currentWidget() is window.console
    assert window.close_event()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.isVisible()
    assert window.welcome.new_button.isEnabled()


def test_the_wheel_over_the_side_tabs_built_before_the_first_paint_changes_no_tab(qtbot, started):
    window = started
    tabs = window.console.side_tabs
    assert tabs.count() >= 2  # facilitator notes, participant entry
    bar = tabs.findChild(QTabBar)
    window.console.navigator.setFocus()
    before = tabs.currentIndex()
    position = bar.mapTo(window, bar.tabRect(before).center())
    for notch in (-120, -120, 120, -120):
        QTest.wheelEvent(window.windowHandle(), position, QPoint(0, notch))
    QApplication.processEvents()
    assert tabs.currentIndex() == before
    assert not bar.hasFocus()


def test_space_on_the_stage_list_built_before_the_first_paint_moves_the_room_on(qtbot, started):
    window = started
    stages = [stage.id for stage in window.console.plan.stages]
    window.console.go_to(stages[0])
    window.console.navigator.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.ctx.room.stage_id == stages[1])
