"""A device saves the answer the facilitator is typing: the typing wins when saved (the device's
version stays in History…), and the facilitator is told so instead of finding out later."""

from __future__ import annotations

import pytest

from workshop_app.store import Change

pytestmark = pytest.mark.usefixtures("plain_stages")


def test_the_facilitator_is_told_when_a_device_changed_the_answer_being_typed(
    qtbot, window, interaction, new_event, settings
):
    settings.set("autosave_ms", 5000)  # still typing when the device's save arrives
    new_event("Overlap")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    console = window.console
    console.go_to("report_back")
    store = window.ctx.store
    group = store.groups()[0].id
    editor = console.page.editor("hardest")
    qtbot.keyClicks(editor, "Facilitator typing")
    other = store.sibling()
    try:
        other.save_answer(group, "report_back", "hardest", "From the phone", source="browser")
    finally:
        other.close()
    window.ctx.changes.report(Change("answer", group, "report_back", "hardest", None, "browser"))
    qtbot.waitUntil(lambda: "History" in window.statusBar().currentMessage())
    assert "Which part was hardest to settle?" in window.statusBar().currentMessage()
    assert editor.toPlainText() == "Facilitator typing"
    assert editor.flush()
    history = [a.text for a in store.answer_history(group, "report_back", "hardest")]
    assert history == ["Facilitator typing", "From the phone"]
