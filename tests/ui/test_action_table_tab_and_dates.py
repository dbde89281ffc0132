"""The action table from the keyboard: Tab into "Status" leaves its list closed (F2 opens it),
and a due date is shown readable in the console's language ("10 Jan 2027"), stored as ISO."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from tests.ui.test_report_back import make_ctx, make_page, type_in_cell
from workshop_app.kinds.report_back import model as actions

STATUS = 3


def _table(qtbot, store, tmp_path):
    group = store.add_group("Cedar Valley HIV Resource Center").id
    page = make_page(qtbot, make_ctx(store, tmp_path))
    table = page.cards[group].actions
    table.add_button.click()
    return group, table


def _popup_open(view) -> bool:
    boxes = view.viewport().findChildren(QComboBox)
    return any(box.view().isVisible() for box in boxes)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen combo box lists
def test_tab_from_due_date_into_status_leaves_its_list_closed_and_f2_opens_it(
    qtbot, store, tmp_path
):
    _group, table = _table(qtbot, store, tmp_path)
    view = table.table
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # "Add action" opened "What"
    view.setCurrentCell(0, 2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "10 Jan 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    for _ in range(5):
        qtbot.wait(20)
    assert view.currentIndex().column() == STATUS
    assert not _popup_open(view)
    assert QApplication.activePopupWidget() is None
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: _popup_open(view))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _popup_open(view))
    if view.state() == view.State.EditingState:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _popup_open(view))


def test_the_due_date_is_shown_readable_and_stored_as_iso(qtbot, store, tmp_path):
    group, table = _table(qtbot, store, tmp_path)
    type_in_cell(qtbot, table, 0, 2, "2027-01-10")
    qtbot.waitUntil(lambda: actions.load(store, group)[0].due == "2027-01-10")
    assert table.table.item(0, 2).text() == "10 Jan 2027"
    type_in_cell(qtbot, table, 0, 2, "1 Feb 2027")  # edited from what is shown: still read
    qtbot.waitUntil(lambda: actions.load(store, group)[0].due == "2027-02-01")
    assert table.table.item(0, 2).text() == "1 Feb 2027"
    table.reload()
    assert table.table.item(0, 2).text() == "1 Feb 2027"
