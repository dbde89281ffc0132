"""The console edits a record (or a report card's answer) that a device saved again after the
console last showed it: the console's save is kept as the current version, the device's stays
in the history, and the console says so with the device's text beside its own.

The device saves through its own connection to the event file, as the participant server does;
the console has not heard of that save yet (its change notice is still on its way)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.report_back import model as actions


@pytest.fixture
def demo(window, interaction):
    window.resize(1600, 1000)
    window.try_demo()
    assert window.console is not None, interaction.messages
    return window.console


def device_saves(store, save) -> None:
    """A device's save on another connection (the participant server's writer)."""
    other = store.sibling()
    try:
        save(other)
    finally:
        other.close()


def test_an_action_edited_over_a_devices_newer_version_keeps_both_and_says_so(qtbot, window, demo):
    store = window.ctx.store
    demo.go_to("report_back")
    cedar = store.groups()[0].id
    table = demo.page.extra.cards[cedar].actions
    shown = store.record(cedar, actions.KIND).revision
    first, *rest = table.items
    changed = {**first.to_dict(), "what": "Phone: ask the board first"}
    device_saves(
        store, lambda other: actions.save(other, cedar, [changed, *rest], source="browser")
    )
    # the facilitator retypes the first action's text: a double click, select all, type, Enter
    cell = table.table.visualItemRect(table.table.item(0, 0)).center()
    qtbot.mouseClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Console: email the board")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # to the next cell: the edit is committed

    history = store.record_history(cedar, actions.KIND)
    assert history[0].source == "console" and history[0].based_on == shown
    assert history[1].source == "browser"  # the device's version is kept
    assert history[1].data[0]["what"] == "Phone: ask the board first"
    assert actions.load(store, cedar)[0].what == "Console: email the board"
    qtbot.waitUntil(lambda: table.notice.isVisible(), timeout=3000)
    assert "Phone: ask the board first" in table.notice.text()  # both texts: theirs here…
    qtbot.waitUntil(lambda: table.table.item(0, 0).text() == "Console: email the board")


def test_a_clause_typed_over_a_devices_newer_draft_keeps_both_and_says_so(qtbot, window, demo):
    store = window.ctx.store
    demo.go_to("drafting")
    editor = demo.page.extra
    casa = store.groups()[1].id
    demo.groups.select(casa)
    shown = store.record(casa, clauses.DRAFT).revision
    editor.select("scope")
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.body, "Casa's scope, typed at the console.")
    stage = store.plan.stage("drafting")

    def phone(other) -> None:
        draft = clauses.draft_for(other, casa, stage).edit("scope", body="Casa's scope, phone.")
        clauses.save_draft(other, casa, draft, source="browser")

    device_saves(store, phone)  # while the facilitator is still typing
    assert editor.flush()

    history = store.record_history(casa, clauses.DRAFT)
    assert history[0].source == "console" and history[0].based_on == shown
    assert history[1].source == "browser"
    assert (
        clauses.load_draft(store, casa).get("scope").body == "Casa's scope, typed at the console."
    )
    assert "Casa's scope, phone." in editor.status.text()  # theirs, beside ours in the editor
    assert "History" in editor.status.text()


def test_a_report_card_answer_typed_over_a_devices_newer_answer_says_so(qtbot, window, demo):
    store = window.ctx.store
    demo.go_to("report_back")
    page = demo.page.extra
    casa = store.groups()[1].id
    card = page.cards[casa].editors["hardest"]
    shown = store.answer(casa, "report_back", "hardest").revision
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(card, " Typed on the card.")
    device_saves(
        store,
        lambda other: other.save_answer(
            casa, "report_back", "hardest", "The phone's hardest part.", source="browser"
        ),
    )
    assert card.flush()
    history = store.answer_history(casa, "report_back", "hardest")
    assert history[0].text.endswith("Typed on the card.") and history[0].based_on == shown
    assert history[1].text == "The phone's hardest part."
    assert "The phone's hardest part." in page.message.text()


def test_a_stakeholder_renamed_over_a_devices_newer_map_keeps_both_and_says_so(qtbot, window, demo):
    from workshop_app.kinds.stakeholders import model as sh

    store = window.ctx.store
    demo.go_to("stakeholders")
    page = demo.page.extra
    blue = store.groups()[2].id
    demo.groups.select(blue)
    shown = store.record(blue, sh.KIND).revision
    page.select(page.items[0].id)
    phone_items = [*page.items, sh.Stakeholder("Phone: the landlord", "other", 30, 30)]
    device_saves(store, lambda other: sh.save(other, blue, phone_items, source="browser"))
    # the facilitator renames the selected stakeholder in the detail form, then Enter
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.name, "Console: the advisory group")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)

    history = store.record_history(blue, sh.KIND)
    assert history[0].source == "console" and history[0].based_on == shown
    assert history[1].source == "browser"
    assert any(s["name"] == "Phone: the landlord" for s in history[1].data)  # kept in History
    assert sh.load(store, blue)[0].name == "Console: the advisory group"
    assert "Phone: the landlord" in page.message.text() and "History" in page.message.text()


def test_a_stakeholder_being_renamed_keeps_its_typing_when_a_device_saves_the_map(
    qtbot, window, demo
):
    from workshop_app.kinds.stakeholders import model as sh
    from workshop_app.store import Change

    store = window.ctx.store
    demo.go_to("stakeholders")
    page = demo.page.extra
    blue = store.groups()[2].id
    demo.groups.select(blue)
    page.select(page.items[0].id)
    page.name.setFocus()
    qtbot.keyClick(page.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.name, "Console: the advisory")
    phone_items = [*page.items, sh.Stakeholder("Phone: the landlord", "other", 30, 30)]
    device_saves(store, lambda other: sh.save(other, blue, phone_items, source="browser"))
    window.ctx.changes.report(Change("record", blue, None, sh.KIND, None, "browser"))
    qtbot.waitUntil(lambda: any(s.name == "Phone: the landlord" for s in page.items))
    assert page.name.text() == "Console: the advisory"  # still there, still being typed
    qtbot.keyClicks(page.name, " group")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    names = [s.name for s in sh.load(store, blue)]
    assert names[0] == "Console: the advisory group" and "Phone: the landlord" in names


def test_the_console_is_told_when_a_device_saved_the_actions_over_its_change(qtbot, window, demo):
    from workshop_app.store import Change

    store = window.ctx.store
    demo.go_to("report_back")
    cedar = store.groups()[0].id
    table = demo.page.extra.cards[cedar].actions
    seen_by_phone = store.record(cedar, actions.KIND)  # what the phone's page had
    table.set_field(0, "owner", "Console: the executive director")
    mine = store.record(cedar, actions.KIND).revision
    first, second, *rest = seen_by_phone.data
    phone_items = [first, {**second, "what": "Phone: ask the web contractor"}, *rest]
    saved = []
    device_saves(
        store,
        lambda other: saved.append(
            actions.save(
                other, cedar, phone_items, source="browser", based_on=seen_by_phone.revision
            )
        ),
    )
    assert saved[0].conflict is not None and saved[0].conflict.revision == mine
    window.ctx.changes.report(
        Change("record", cedar, None, actions.KIND, saved[0].revision, "browser", replaced=mine)
    )
    qtbot.waitUntil(lambda: "without having seen your change" in table.notice.text())
    assert "Console: the executive director" in table.notice.text()  # ours, named
    qtbot.waitUntil(lambda: table.table.item(1, 0).text() == "Phone: ask the web contractor")
    assert store.record_version(cedar, actions.KIND, mine).source == "console"  # in History
