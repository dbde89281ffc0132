"""Organizations: roster import with a preview, remove with confirm and undo, reorder, rename."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("plain_stages")

ROSTER = (
    "\ufeffName;Contact;Size\n"
    "Cedar Clinic;ana@example.org;5\n"
    "Harbor House;;x3\n"  # bad size
    "cedar clinic;dup@example.org;2\n"  # duplicate (case-insensitive)
    ";nobody@example.org;1\n"  # no name
    "Peer Link;Sam;3\n"
).encode()


@pytest.fixture
def console(window, new_event):
    new_event("Roster day")
    return window.console


def test_roster_preview_marks_bad_lines_and_saves_nothing_until_confirmed(
    console, interaction, tmp_path
):
    roster = tmp_path / "roster.csv"
    roster.write_bytes(ROSTER)
    store = console.ctx.store
    seen = {}

    def look_then_cancel(dialog) -> bool:
        seen["problems"] = dialog.problems()
        seen["summary"] = dialog.summary.text()
        seen["names"] = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
        assert store.groups() == []  # nothing saved while the preview is open
        return False

    interaction.paths.append(roster)
    interaction.dialog_handlers.append(look_then_cancel)
    console.groups.import_button.click()
    assert seen["names"] == ["Cedar Clinic", "Harbor House", "cedar clinic", "", "Peer Link"]
    assert seen["problems"] == {
        3: "The size “x3” is not a whole number.",
        4: "“cedar clinic” is on the list already.",
        5: "The organization's name is empty.",
    }
    assert (
        "2 organizations will be added. 3 lines marked in red will be skipped." in seen["summary"]
    )
    assert store.groups() == []  # cancelled: still nothing

    interaction.paths.append(roster)
    interaction.dialog_handlers.append(lambda dialog: True)
    console.groups.import_button.click()
    added = store.groups()
    assert [(g.name, g.contact, g.size) for g in added] == [
        ("Cedar Clinic", "ana@example.org", 5),
        ("Peer Link", "Sam", 3),
    ]
    assert console.groups.list.count() == 2


def test_roster_comma_separated_without_bom_and_a_name_already_in_the_event(
    console, interaction, tmp_path
):
    console.ctx.store.add_group("Cedar Clinic")
    roster = tmp_path / "roster.csv"
    roster.write_text('Cedar Clinic,a,1\n"Harbor House, Inc.",b,2\n', encoding="utf-8")
    seen = {}
    interaction.paths.append(roster)
    interaction.dialog_handlers.append(lambda d: seen.setdefault("p", d.problems()) and False)
    console.groups.import_button.click()
    assert seen["p"] == {1: "“Cedar Clinic” is on the list already."}


def test_a_file_that_is_not_utf8_is_refused_in_one_line(console, interaction, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_bytes("Caf\xe9 Clinic;a;1\n".encode("latin-1"))
    interaction.paths.append(roster)
    console.groups.import_button.click()
    kind, _, message = interaction.messages[-1]
    assert kind == "warn" and "not UTF-8" in message
    assert interaction.dialogs == ["New event"]  # no preview opened


def test_remove_asks_first_and_undo_brings_the_organization_back(console, interaction):
    store = console.ctx.store
    interaction.text_answers += ["Cedar Clinic", "Harbor House"]
    console.groups.add()
    console.groups.add()
    cedar = store.groups()[0]
    console.groups.select(cedar.id)

    interaction.confirm_answers.append(False)  # "Cancel"
    console.groups.remove_button.click()
    assert len(store.groups()) == 2

    interaction.confirm_answers.append(True)
    console.groups.remove_button.click()
    assert [g.name for g in store.groups()] == ["Harbor House"]
    assert console.groups.undo_bar.isVisible()
    assert "Removed Cedar Clinic" in console.groups.undo_label.text()

    console.groups.undo_button.click()
    assert [g.name for g in store.groups()] == ["Cedar Clinic", "Harbor House"]
    assert not console.groups.undo_bar.isVisible()


def test_reorder_and_rename(console, interaction):
    store = console.ctx.store
    interaction.text_answers += ["Cedar Clinic", "Harbor House", "Harbor Home"]
    console.groups.add()
    console.groups.add()
    console.groups.up_button.click()  # Harbor House is selected after adding
    assert [g.name for g in store.groups()] == ["Harbor House", "Cedar Clinic"]
    assert console.groups.labels()[0].startswith("Harbor House")
    console.groups.rename_button.click()
    assert [g.name for g in store.groups()] == ["Harbor Home", "Cedar Clinic"]


def test_a_duplicate_name_is_refused_with_its_reason(console, interaction):
    interaction.text_answers += ["Cedar Clinic", "CEDAR clinic"]
    console.groups.add()
    console.groups.add()
    assert len(console.ctx.store.groups()) == 1
    assert "already in this event" in interaction.messages[-1][2]


def test_removing_the_organization_being_typed_for_saves_its_text_first(console, interaction):
    store = console.ctx.store
    interaction.text_answers += ["Cedar Clinic", "Harbor House"]
    console.groups.add()
    console.groups.add()
    cedar, harbor = (g.id for g in store.groups())
    console.go_to("report_back")
    console.groups.select(cedar)
    console.page.editor("easiest").setPlainText("Typed, not yet autosaved")
    interaction.confirm_answers.append(True)
    console.groups.remove_button.click()
    assert store.answer_text(cedar, "report_back", "easiest") == "Typed, not yet autosaved"
    assert console.page.group_id == harbor
    assert console.page.editor("easiest").toPlainText() == ""
    console.groups.undo_button.click()
    console.groups.select(cedar)
    assert console.page.editor("easiest").toPlainText() == "Typed, not yet autosaved"


def test_an_organization_worksheet_language_is_chosen_in_one_combo_box(console, interaction):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    store = console.ctx.store
    interaction.text_answers += ["Casa Ruby", "Harbor House"]
    console.groups.add()
    console.groups.add()  # Harbor House is selected
    combo = console.groups.language
    assert combo.isEnabled() and combo.currentData() == ""  # the event's, by default
    assert combo.itemText(0) == "The event's (English)"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # the last language: Español
    harbor, casa = store.groups()[1], store.groups()[0]
    assert harbor.name == "Harbor House" and harbor.language == "es"
    assert store.group_language(harbor) == "es" and casa.language == ""
    console.groups.select(casa.id)
    assert combo.currentData() == ""  # shows the selected organization's
    console.groups.select(harbor.id)
    assert combo.currentText() == "Español"
