"""The stage timer, the stage log and the keys a presentation clicker sends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from workshop_app.ui.shortcuts import SHORTCUTS

pytestmark = pytest.mark.usefixtures("plain_stages")


@pytest.fixture
def console(window, new_event, interaction):
    new_event("Timing")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    return window.console


def test_countdown_colours_and_adjustments(console):
    timer = console.timer
    assert timer.display.text() == "10:00"  # objectives: 10 planned minutes
    timer.start_button.click()
    assert timer.running and timer.start_button.text() == "Pause"
    timer.tick()
    assert timer.display.text() == "9:59"
    assert console.ctx.room.remaining == 599 and console.ctx.room.running  # the room follows
    timer.minus_button.click()
    assert timer.display.text() == "8:59"
    timer.remaining = 121
    timer.tick()
    assert timer.state == "warning" and "#f9a825" in timer.display.styleSheet()
    timer.remaining = 0
    timer.tick()
    assert timer.display.text() == "+0:01" and timer.state == "over"
    assert "#c62828" in timer.display.styleSheet()
    timer.reset_button.click()
    assert timer.display.text() == "10:00" and timer.state == "normal"
    timer.plus_button.click()
    assert timer.display.text() == "11:00"


def test_each_stage_keeps_its_own_countdown(console):
    console.timer.tick()
    console.go_to("stakeholders")
    assert console.timer.display.text() == "25:00" and not console.timer.running
    console.go_to("objectives")
    assert console.timer.display.text() == "9:59"


def test_planned_and_actual_minutes_are_recorded_when_moving_on(console):
    store = console.ctx.store
    console.go_to("stakeholders")
    # pretend the objectives ran for 12 minutes
    log = store.stage_log()
    assert [e.stage_id for e in log] == ["objectives", "stakeholders"]
    assert log[0].ended_at is not None and log[1].ended_at is None
    started = datetime.now(UTC) - timedelta(minutes=12)
    store.conn.execute(
        "UPDATE stage_log SET started_at = ? WHERE stage_id = 'objectives'",
        (started.isoformat(timespec="milliseconds"),),
    )
    console.go_to("drafting")
    assert round(store.actual_minutes()["objectives"]) == 12
    text = console.navigator.item_text("objectives")
    assert "10 min planned · 12 min actual" in text and text.startswith("✓")
    assert console.navigator.item_text("drafting").startswith("▶")
    assert "actual" not in console.navigator.item_text("report_back")


def focus(qtbot, window, widget) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_space_and_arrows_move_stages_only_outside_text_fields(qtbot, window, console):
    focus(qtbot, window, console.navigator)
    qtbot.keyClick(console.navigator, Qt.Key.Key_Space)
    assert console.stage_id == "stakeholders"
    assert console.navigator.currentItem().text().startswith("▶ 2. Stakeholders")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert console.stage_id == "drafting"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert console.stage_id == "stakeholders"

    editor = console.page.editor("served")
    focus(qtbot, window, editor)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_B):
        qtbot.keyClick(editor, key)
    assert console.stage_id == "stakeholders"
    assert editor.toPlainText() == "b "  # Space, Right, Left went to the cursor
    assert not console.ctx.room.blank


def test_ctrl_digit_jumps_and_b_blanks_the_projector(qtbot, window, console):
    stage_menu = [a.text() for a in window.actions_by_name.values() if a.isVisible()]
    assert "3. Policy drafting" in stage_menu and "Go to stage 5" not in stage_menu
    focus(qtbot, window, console.navigator)
    qtbot.keyClick(console.navigator, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert console.stage_id == "drafting"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B)
    assert console.ctx.room.blank
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Period)
    assert not console.ctx.room.blank
    assert console.ctx.room.stage_id == "drafting"


def test_every_shortcut_is_listed_in_help(window, interaction):
    seen = {}

    def read(dialog) -> bool:
        table = dialog.table
        seen["rows"] = [
            (table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())
        ]
        return False

    interaction.dialog_handlers.append(read)
    window.actions_by_name["shortcuts_help"].trigger()
    keys = [row[0] for row in seen["rows"]]
    for shortcut in SHORTCUTS:
        if shortcut.name.startswith("stage_"):
            continue  # no event open: one line for them all
        assert " or ".join(shortcut.keys) in keys
    for needed in ("F5", "Esc", "B or .", "PgDown or Right or Space", "Ctrl+1 … Ctrl+9"):
        assert needed in keys


def test_show_on_projector_spotlights_the_saved_answer(console):
    console.go_to("report_back")
    page = console.page
    editor = page.editor("easiest")
    editor.setPlainText("Agreeing on the core rule")
    group = console.ctx.store.groups()[0].id
    assert console.ctx.room.spotlight == []
    (button,) = [
        b
        for b in page.findChildren(QPushButton)
        if b.text() == "Show on projector" and "came most easily" in b.accessibleName()
    ]
    button.click()
    (item,) = console.ctx.room.spotlight
    assert (item.kind, item.group_id, item.stage_id, item.prompt_id) == (
        "answer",
        group,
        "report_back",
        "easiest",
    )
    assert console.ctx.store.answer_text(group, "report_back", "easiest") == (
        "Agreeing on the core rule"
    )
    console.go_to("drafting")
    assert console.ctx.room.spotlight == []  # a new stage starts clean
