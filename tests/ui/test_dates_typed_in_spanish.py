"""A Spanish console reads dates as Spanish speakers type them ("10 ene", "10 de enero de 2027"),
English and ISO still, and its hints give examples in those forms."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from workshop_app.kinds.report_back import model as actions
from workshop_app.ui.widgets import shown_date


@pytest.fixture
def spanish_window(window_in_language):
    """The main window as the app starts it with Settings → Console language: Español."""
    return window_in_language("es", (1400, 900))


def open_due_editor(table) -> QLineEdit:
    """F2 on the due date cell of the first row, as the facilitator would: its editor."""
    table.table.setFocus()
    table.table.setCurrentCell(0, 2)
    QTest.keyClick(table.table, Qt.Key.Key_F2)
    shown = [e for e in table.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(shown) == 1 and table.table.state() == table.table.State.EditingState
    return shown[0]


def next_january_10() -> str:
    today = date.today()
    day = date(today.year, 1, 10)
    return (day if day >= today else date(today.year + 1, 1, 10)).isoformat()


def test_a_due_date_typed_as_10_ene_is_stored_as_the_10th_of_january(spanish_window, qtbot):
    window, interaction = spanish_window

    def fill(dialog) -> bool:
        dialog.title.setText("Taller de Springfield")
        return True

    interaction.dialog_handlers.append(fill)
    window.actions_by_name["new_event"].trigger()
    store = window.ctx.store
    interaction.text_answers.append("Casa Arcoíris")
    QTest.mouseClick(window.console.groups.add_button, Qt.MouseButton.LeftButton)
    (group,) = store.groups()
    window.console.go_to("report_back")
    window.console.set_group(group.id)
    from workshop_app.kinds.report_back.ui.action_table import ActionTable

    (table,) = [t for t in window.findChildren(ActionTable) if t.group_id == group.id]
    qtbot.waitUntil(table.isVisible)
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.table.rowCount() == 1)
    item_id = actions.load(store, group.id)[0].id

    editor = open_due_editor(table)
    assert editor.placeholderText() == "10 ene, 10 de enero o 2027-01-10"  # the hint, in Spanish
    QTest.keyClicks(editor, "10 ene")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: bool(actions.load(store, group.id)[0].due or table.error.text()))
    assert table.error.text() == ""
    (stored,) = actions.load(store, group.id)
    assert (stored.id, stored.due) == (item_id, next_january_10())
    assert not table.error.isVisible()
    shown = shown_date(next_january_10())  # stored ISO, shown as a Spanish console writes it
    assert "ene" in shown
    qtbot.waitUntil(lambda: table.table.item(0, 2).text() == shown)

    # a date it cannot read is refused in Spanish, with an example in the forms it reads
    editor = open_due_editor(table)
    editor.selectAll()
    QTest.keyClicks(editor, "el martes")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(table.error.isVisible)
    assert "La fecha límite «el martes» no es una fecha" in table.error.text()
    assert "10 ene o 10 de enero de 2027" in table.error.text()
    assert actions.load(store, group.id)[0].due == next_january_10()  # kept as it was


def test_the_new_event_dialog_reads_a_spanish_date_and_shows_it_in_spanish(spanish_window):
    from workshop_app.ui.dialogs import NewEventDialog

    window, interaction = spanish_window
    dialog = NewEventDialog(window.ctx.settings, interaction, window)
    try:
        dialog.show()
        assert dialog.date.toolTip() == "p. ej. 10 ene, 10 de enero de 2027 o 2027-01-10"
        dialog.date.selectAll()
        QTest.keyClicks(dialog.date, "10 de enero de 2027")
        assert dialog._date() == ("2027-01-10", "")
        assert dialog.date_note.text() == "domingo 10 enero 2027"
        dialog.date.selectAll()
        QTest.keyClicks(dialog.date, "Jan 10, 2027")  # English is still read
        assert dialog._date() == ("2027-01-10", "")
    finally:
        dialog.deleteLater()
