"""Quitting in the middle of an edit (issue 14): the open cell editor's text is saved, Qt says
nothing about editors, and the window closes without waiting on anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def demo(qtbot, window, interaction, tmp_path):
    """The demo event, in a file of its own that stays once the window closes."""
    from workshop_app.demo import build_demo

    path = tmp_path / "Demo.workshop"
    build_demo(path).close()
    window.resize(1280, 800)
    assert window.open_event(path), interaction.messages
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def settle():
    for _ in range(3):
        QApplication.processEvents()


def open_action_cell(qtbot, window, column: int):
    """Report back, the first organization's first action: a cell's editor open."""
    console = window.console
    console.go_to("report_back")
    group = window.ctx.store.groups()[0].id
    console.groups.select(group)
    console.set_group(group)
    settle()
    table = console.page.extra.cards[group].actions.table
    index = table.model().index(0, column)
    table.scrollTo(index)
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    QTest.keyClick(table, Qt.Key.Key_F2)  # the cell's editor, as F2 or a double-click opens it
    settle()
    editor = table.indexWidget(index)
    assert editor is not None
    return group, editor


@pytest.mark.parametrize("column, field", [(0, "what"), (1, "owner"), (2, "due")])
def test_quitting_while_a_cell_is_edited_saves_its_text(qtbot, demo, column, field):
    from workshop_app.kinds.report_back import model as actions
    from workshop_app.store import EventStore

    path = demo.ctx.store.path
    group, editor = open_action_cell(qtbot, demo, column)
    editor.selectAll()
    typed = {"what": "Ask counsel about Part 2", "owner": "Front desk lead", "due": "2031-03-04"}
    QTest.keyClicks(editor, typed[field])
    demo.close()  # File → Quit, the window's close button: the same way out
    assert demo.console is None
    store = EventStore.open(path)
    try:
        assert getattr(actions.load(store, group)[0], field) == typed[field]
    finally:
        store.close()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen, a popup
def test_quitting_with_the_status_drop_down_open_keeps_the_status_and_qt_quiet(qtbot, demo):
    from workshop_app.kinds.report_back import model as actions
    from workshop_app.store import EventStore

    path = demo.ctx.store.path
    group, editor = open_action_cell(qtbot, demo, 3)
    before = actions.load(demo.ctx.store, group)[0].status
    qtbot.waitUntil(lambda: editor.view().isVisible())  # the drop-down is open
    demo.close()
    store = EventStore.open(path)
    try:
        assert actions.load(store, group)[0].status == before
    finally:
        store.close()
