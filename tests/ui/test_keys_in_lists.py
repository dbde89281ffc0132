"""Space ticks a checkable list item (a clause in the draft, a group that has reported) instead
of moving the whole room to the next stage; on the stage list it still means "next stage"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def focus(qtbot, window, widget) -> None:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_space_in_a_checkable_list_ticks_the_item_and_stays_on_the_stage(
    qtbot, window, interaction
):
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    console.go_to("drafting")
    console.groups.select(window.ctx.store.groups()[0].id)
    clauses = console.page.extra.list
    clauses.setCurrentRow(1)
    focus(qtbot, window, clauses)
    assert clauses.item(1).checkState() == Qt.CheckState.Checked
    qtbot.keyClick(clauses, Qt.Key.Key_Space)
    assert console.stage_id == "drafting"
    assert clauses.item(1).checkState() == Qt.CheckState.Unchecked

    focus(qtbot, window, console.navigator)  # the stage list: Space is still "next stage"
    qtbot.keyClick(console.navigator, Qt.Key.Key_Space)
    assert console.stage_id == "report_back"
