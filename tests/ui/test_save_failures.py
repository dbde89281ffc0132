"""A save that fails in a stage kind's page (the map, the approval chain, the draft, action
items) is said beside the control and in the status line, "Not saved: why — what of whom",
never left under an older "Saved 14:35" (issue 14). Driven with real keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from workshop_app.store import SaveError

FULL = "The disk is full: this change was not saved."


@pytest.fixture
def demo(qtbot, window, interaction, tmp_path, monkeypatch):
    """The demo event open on its first organization; every record save then fails."""
    from workshop_app.demo import build_demo

    path = tmp_path / "Demo.workshop"
    build_demo(path).close()
    window.resize(1280, 800)
    assert window.open_event(path), interaction.messages
    qtbot.waitExposed(window)

    def disk_full(*args, **kwargs):
        raise SaveError(FULL)

    window.disk_full = lambda: monkeypatch.setattr(window.ctx.store, "save_record", disk_full)
    return window


def open_stage(window, stage_id: str):
    console = window.console
    console.go_to(stage_id)
    group = window.ctx.store.groups()[0]
    console.groups.select(group.id)
    console.set_group(group.id)
    for _ in range(3):
        QApplication.processEvents()
    return console.page.extra, group


def said(window, what: str, organization: str) -> None:
    line = window.save_status.text()
    assert line == f"Not saved: {FULL} — {what} of {organization}", line


def test_a_marker_moved_on_the_map_that_is_not_saved_says_so(qtbot, demo):
    page, group = open_stage(demo, "stakeholders")
    page.select(page.items[0].id)
    page.canvas.setFocus()
    demo.disk_full()
    QTest.keyClick(page.canvas, Qt.Key.Key_Right)  # the selected marker moves right
    assert FULL in page.message.text()
    said(demo, "stakeholder map", group.name)


def test_an_approval_step_that_is_not_saved_says_so(qtbot, demo):
    page, group = open_stage(demo, "stakeholders")
    demo.disk_full()
    qtbot.mouseClick(page.chain.add_button, Qt.MouseButton.LeftButton)
    assert FULL in page.message.text()
    said(demo, "approval chain", group.name)


def test_a_clause_ticked_in_the_draft_that_is_not_saved_says_so(qtbot, demo):
    page, group = open_stage(demo, "drafting")
    page.list.setFocus()
    page.list.setCurrentRow(0)
    demo.disk_full()
    QTest.keyClick(page.list, Qt.Key.Key_Space)  # ticks or unticks the clause
    assert FULL in page.error.text()
    said(demo, "draft policy", group.name)


def test_an_action_item_that_is_not_saved_says_so(qtbot, demo):
    page, group = open_stage(demo, "report_back")
    table = page.cards[group.id].actions.table
    index = table.model().index(0, 1)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    demo.disk_full()
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.indexWidget(index)
    editor.selectAll()
    QTest.keyClicks(editor, "Front desk lead")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the table takes the text a moment later
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert FULL in page.cards[group.id].actions.error.text()
    said(demo, "action items", group.name)


def test_paper_dots_that_are_not_saved_say_so(qtbot, demo):
    page, group = open_stage(demo, "follow_up_vote")
    if not page.paper:
        pytest.skip("the demo's follow-up vote has nothing on its ballot")
    spins = list(page.paper.values())
    given = [spin for spin in spins if spin.value() > 0]
    spin = given[0] if given else spins[0]
    spin.setFocus()
    demo.disk_full()
    QTest.keyClick(spin, Qt.Key.Key_Down if given else Qt.Key.Key_Up)  # a paper dot less or more
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert FULL in page.message.text()
    said(demo, "dot vote", group.name)
