"""The facilitator's whole run, as a user would do it, then the file reopened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workshop_app.store import NOTES, EventStore

pytestmark = pytest.mark.usefixtures("plain_stages")


def type_into(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def test_new_event_groups_answers_stages_history_reopen(
    qtbot, window, interaction, new_event, tmp_path
):
    new_event("Springfield workshop")
    console = window.console
    assert console is not None, interaction.messages
    assert window.windowTitle().startswith("Springfield workshop")
    store = window.ctx.store
    path = store.path
    assert path.parent == tmp_path / "events"

    # three organizations, added through the panel's Add… button
    interaction.text_answers += ["Cedar Clinic", "Harbor House", "Peer Link"]
    for _ in range(3):
        qtbot.mouseClick(console.groups.add_button, Qt.MouseButton.LeftButton)
    assert [g.name for g in store.groups()] == ["Cedar Clinic", "Harbor House", "Peer Link"]

    # to the stakeholders stage (it has prompts)
    console.go_to("stakeholders")
    page = console.page
    cedar, harbor = store.groups()[0].id, store.groups()[1].id

    def pick(group_id: int) -> None:
        console.groups.select(group_id)
        assert page.group_id == group_id

    # interleaved: Cedar, Harbor, Cedar again (group changes save what was typed)
    pick(cedar)
    type_into(qtbot, page.editor("served"), "Adults living with HIV")
    pick(harbor)
    type_into(qtbot, page.editor("served"), "Young people")
    type_into(qtbot, page.editor(NOTES), "Harbor asked about interns")
    pick(cedar)
    assert page.editor("served").toPlainText() == "Adults living with HIV"
    type_into(qtbot, page.editor("served"), " and their families")
    type_into(qtbot, page.editor("reach"), "Peer navigators on WhatsApp")
    qtbot.waitUntil(lambda: store.answer_text(cedar, "stakeholders", "reach") != "")
    assert window.save_status.text().startswith("Saved ")
    assert "2/4 answered" in console.groups.labels()[0]

    # PageDown through every stage and back with PageUp, focus on the stage list
    console.navigator.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is console.navigator)
    stages = [s.id for s in store.plan.stages]
    seen = [console.stage_id]
    for _ in range(len(stages) + 1):  # one extra press at the end does nothing
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
        seen.append(console.stage_id)
    assert seen[-1] == stages[-1] and stages[-1] in seen
    for _ in range(len(stages)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert console.stage_id == stages[0]
    assert store.current_stage_id == stages[0]

    # History…: bring back the first version of Cedar's "served"
    console.go_to("stakeholders")
    page = console.page
    pick(cedar)
    assert page.editor("served").toPlainText() == "Adults living with HIV and their families"

    def restore_first(dialog) -> bool:
        assert dialog.list.count() == 2
        dialog.select_revision(1)
        assert dialog.preview.toPlainText() == "Adults living with HIV"
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return True

    interaction.dialog_handlers.append(restore_first)
    page.open_history(page.editor("served"))
    assert page.editor("served").toPlainText() == "Adults living with HIV"
    assert [a.revision for a in store.answer_history(cedar, "stakeholders", "served")] == [3, 2, 1]

    # close, reopen: everything is there
    window.actions_by_name["close_event"].trigger()
    assert window.console is None and window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    window.open_event(path)
    store = window.ctx.store
    assert store.answer_text(cedar, "stakeholders", "served") == "Adults living with HIV"
    assert store.answer_text(cedar, "stakeholders", "reach") == "Peer navigators on WhatsApp"
    assert store.answer_text(harbor, "stakeholders", "served") == "Young people"
    assert store.notes(harbor, "stakeholders") == "Harbor asked about interns"
    window.console.go_to("stakeholders")
    window.console.groups.select(harbor)
    assert window.console.page.editor(NOTES).toPlainText() == "Harbor asked about interns"


def test_closing_the_window_inside_the_autosave_delay_still_saves(
    qtbot, window, interaction, settings, new_event
):
    settings.set("autosave_ms", 5000)  # far longer than the test
    new_event("Quick close")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    window.console.go_to("report_back")
    editor = window.console.page.editor("easiest")
    qtbot.keyClicks(editor, "Typed just before closing")
    assert editor.dirty
    path = window.ctx.store.path
    window.close()
    with EventStore.open(path) as store:
        group = store.groups()[0].id
        assert store.answer_text(group, "report_back", "easiest") == "Typed just before closing"


def test_an_answer_from_a_browser_shows_up_but_never_clobbers_typing(
    qtbot, window, interaction, new_event
):
    new_event("Browser")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    console = window.console
    console.go_to("report_back")
    store = window.ctx.store
    group = store.groups()[0].id
    served, hardest = console.page.editor("easiest"), console.page.editor("hardest")
    # the LAN server's store connection saves; the change arrives as a Qt signal
    other = store.sibling()
    try:
        other.save_answer(group, "report_back", "easiest", "From the phone", source="browser")
        window.ctx.changes.report(_change(group, "easiest"))
        assert served.toPlainText() == "From the phone" and not served.dirty
        qtbot.keyClicks(hardest, "Facilitator typing")
        other.save_answer(group, "report_back", "hardest", "Phone text", source="browser")
        window.ctx.changes.report(_change(group, "hardest"))
        assert hardest.toPlainText() == "Facilitator typing"
        assert hardest.outside_change
    finally:
        other.close()


def _change(group: int, prompt: str):
    from workshop_app.store import Change

    return Change("answer", group, "report_back", prompt, None, "browser")
