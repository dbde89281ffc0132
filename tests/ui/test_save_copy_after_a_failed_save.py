"""A save failed (the disk is full, the file went away): "Save a copy as…" on the red banner
writes a copy that holds the text still only in the editor, so nothing typed is lost."""

from __future__ import annotations

import pytest

from workshop_app.store import EventStore, SaveError

pytestmark = pytest.mark.usefixtures("plain_stages")


def test_the_copy_holds_the_text_that_could_not_be_saved(
    qtbot, window, interaction, new_event, monkeypatch, tmp_path
):
    new_event("Saving")
    interaction.text_answers.append("Cedar Clinic")
    window.console.groups.add()
    window.console.go_to("report_back")
    store = window.ctx.store
    group = store.groups()[0].id
    page = window.console.page
    saved_before = page.editor("easiest")
    qtbot.keyClicks(saved_before, "The scope")
    assert saved_before.flush()

    def gone(*args, **kwargs):
        raise SaveError("The file was moved or deleted: this change was not saved.")

    monkeypatch.setattr(store, "save_answer", gone)
    editor = page.editor("hardest")
    qtbot.keyClicks(editor, "Getting the board to agree")
    qtbot.waitUntil(lambda: window.console.banner.isVisible())
    assert editor.toPlainText() == "Getting the board to agree"

    copy = tmp_path / "copy.workshop"
    interaction.paths.append(copy)
    window.console.banner.save_copy_requested.emit()
    assert "Copy saved to" in window.statusBar().currentMessage()
    assert "with 1 text not saved here" in window.statusBar().currentMessage()
    assert editor.toPlainText() == "Getting the board to agree"  # still here too
    assert window.console.banner.isVisible()  # the event file itself still lacks it

    opened = EventStore.open(copy, backup=False, lock=False)
    try:
        assert opened.answer_text(group, "report_back", "easiest") == "The scope"
        assert opened.answer_text(group, "report_back", "hardest") == "Getting the board to agree"
    finally:
        opened.close()
