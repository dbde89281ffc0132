"""A device's save that had not seen the facilitator's text replaces it: the console shows the
device's text and says so, quoting the facilitator's own text, which stays in History…"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("plain_stages")


def test_the_facilitator_is_told_when_a_device_saved_over_their_text(
    qtbot, window, interaction, new_event
):
    new_event("Overlap")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    console = window.console
    console.go_to("report_back")
    store = window.ctx.store
    group = store.groups()[0].id
    editor = console.page.editor("hardest")
    qtbot.keyClicks(editor, "Getting the board to agree")
    assert editor.flush()
    assert editor.revision == 1
    other = store.sibling()  # the participant server's connection, as a device saves
    try:
        saved = other.save_answer(
            group, "report_back", "hardest", "Finding the time", source="browser", based_on=0
        )
    finally:
        other.close()
    assert saved.conflict is not None and saved.conflict.text == "Getting the board to agree"
    from workshop_app.store import Change

    window.ctx.changes.report(
        Change("answer", group, "report_back", "hardest", saved.revision, "browser", replaced=1)
    )
    qtbot.waitUntil(lambda: "over your text" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "“Getting the board to agree”" in message and "History" in message
    assert editor.toPlainText() == "Finding the time"
    assert editor.revision == 2
    qtbot.keyClicks(editor, ", after all")  # typing on from what is shown: no conflict
    assert editor.flush()
    assert store.answer(group, "report_back", "hardest").text == "Finding the time, after all"
    assert [a.based_on for a in store.answer_history(group, "report_back", "hardest")][:1] == [2]
