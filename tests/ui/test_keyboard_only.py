"""Keyboard-only use (issue 4): Tab and Shift+Tab go round every stage of the console and come
back to where they started; no text field keeps the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def tab_round(qtbot, window, backwards: bool = False, limit: int = 300) -> list[str]:
    """Press Tab until the focus is back where it started; the accessible names on the way."""
    start = QApplication.focusWidget()
    assert start is not None
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    names = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
        focus = QApplication.focusWidget()
        if focus is start:
            return names
        names.append(focus.accessibleName())
    raise AssertionError(f"Tab never came back; stuck on {names[-3:]}")


@pytest.mark.parametrize("stage_id", ["objectives", "stakeholders", "drafting", "report_back"])
def test_tab_goes_round_every_stage_of_the_demo(qtbot, window, interaction, stage_id):
    window.resize(1600, 1000)
    window.try_demo()
    console = window.console
    assert console is not None, interaction.messages
    window.activateWindow()
    console.go_to(stage_id)
    window.trigger("focus_groups")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.groups.list)
    forwards = tab_round(qtbot, window)
    assert "Start or pause the timer" in forwards
    assert "Stages" not in forwards  # the clicker's place: Ctrl+L, out of the typing path
    assert tab_round(qtbot, window, backwards=True)


def test_tab_leaves_the_clause_text_without_typing_a_tab(qtbot, window, interaction):
    window.resize(1600, 1000)
    window.try_demo()
    window.activateWindow()
    window.console.go_to("drafting")
    editor = window.console.page.extra
    editor.select("scope")
    editor.body.setFocus()
    qtbot.waitUntil(editor.body.hasFocus)
    before = editor.body.toPlainText()
    qtbot.keyClick(editor.body, Qt.Key.Key_Tab)
    assert not editor.body.hasFocus()
    assert editor.body.toPlainText() == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.body.hasFocus()


def test_tab_leaves_the_tables_of_the_roster_preview_and_the_shortcuts_list(qtbot):
    from PySide6.QtWidgets import QPushButton

    from workshop_app.roster import parse_roster
    from workshop_app.ui.dialogs import ShortcutsDialog
    from workshop_app.ui.widgets.roster_dialog import RosterPreviewDialog

    lines = parse_roster(b"Cedar Clinic;ana@example.org;5\nHarbor House;;abc\n")
    for dialog in (RosterPreviewDialog("roster.csv", lines), ShortcutsDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.table.setFocus()
        qtbot.waitUntil(dialog.table.hasFocus)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
        assert isinstance(QApplication.focusWidget(), QPushButton), dialog.windowTitle()


def test_each_report_card_names_its_organization_for_a_screen_reader(window, interaction):
    window.try_demo()
    window.console.go_to("report_back")
    cards = window.console.page.extra.cards
    names = {g.id: g.name for g in window.ctx.store.groups()}
    assert len(cards) == len(names) > 1
    for group_id, card in cards.items():
        spoken = [e.accessibleName() for e in card.editors.values()]
        spoken.append(card.actions.table.accessibleName())
        assert all(names[group_id] in spoken_name for spoken_name in spoken), spoken
        assert spoken[0].endswith(": Which part came most easily?")
