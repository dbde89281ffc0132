"""Screening in the console: the calm note while typing (saving goes on), flagged organizations
marked, the projector asks first and shows what was flagged, exports say how many and offer a
review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

pytestmark = pytest.mark.usefixtures("plain_stages")

NOTE = "This looks like a phone number. Workshop answers should not identify clients."


@pytest.fixture
def page(window, interaction, new_event):
    new_event("Screening")
    for name in ("Cedar Clinic", "Harbor Youth Services"):
        interaction.text_answers.append(name)
        window.console.groups.add()
    window.console.groups.select(window.ctx.store.groups()[0].id)
    window.console.go_to("report_back")
    return window.console.page


def test_typing_a_phone_number_shows_the_note_and_still_saves(qtbot, window, page):
    store = window.ctx.store
    group = store.groups()[0].id
    editor = page.editor("hardest")
    note = page.screening_notes["hardest"]
    qtbot.keyClicks(editor, "Staff reply to reviews and one gave a client's cell, ")
    assert not note.isVisible()
    qtbot.keyClicks(editor, "(313) 555-0182.")
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert note.text() == NOTE
    assert NOTE in editor.accessibleDescription()
    qtbot.waitUntil(lambda: "555-0182" in store.answer_text(group, "report_back", "hardest"))
    # the group is marked in the list
    window.console.groups.refresh()
    qtbot.waitUntil(lambda: "may identify a client" in window.console.groups.labels()[0])
    assert "may identify a client" not in window.console.groups.labels()[1]
    # taking the number out takes the note away
    editor.selectAll()
    qtbot.keyClicks(editor, "Staff reply to reviews without naming anyone.")
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=3000)


def test_a_flagged_answer_shows_its_note_when_the_group_is_shown(qtbot, window, page):
    store = window.ctx.store
    first, second = (g.id for g in store.groups())
    store.save_answer(second, "report_back", "easiest", "Born 7/4/1992, lives on our block")
    window.console.groups.select(second)
    note = page.screening_notes["easiest"]
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert "a date of birth" in note.text()
    window.console.groups.select(first)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=3000)


def _show_button(page, editor) -> QPushButton:
    heading = next(t for pid, t in page.titles.items() if pid == editor.prompt_id)
    return next(
        b
        for b in page.findChildren(QPushButton)
        if b.text() == "Show on projector" and heading in b.accessibleName()
    )


def test_the_projector_asks_first_showing_what_was_flagged(qtbot, window, page, interaction):
    editor = page.editor("hardest")
    qtbot.keyClicks(editor, "A volunteer posted the client's number, 414-555-0139, on Facebook.")
    button = _show_button(page, editor)
    interaction.confirm_answers.append(False)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    kind, title, message = interaction.messages[-1]
    assert (kind, title) == ("confirm", "Show it on the projector?")
    assert "a phone number: “414-555-0139”" in message
    assert window.ctx.room.spotlight == [] or not window.ctx.room.spotlight
    interaction.confirm_answers.append(True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [s.prompt_id for s in window.ctx.room.spotlight] == ["hardest"]
    # an answer with nothing flagged goes up without a question
    other = page.editor("easiest")
    qtbot.keyClicks(other, "Listing the platforms we use.")
    asked = len(interaction.messages)
    qtbot.mouseClick(_show_button(page, other), Qt.MouseButton.LeftButton)
    assert len(interaction.messages) == asked
    assert [s.prompt_id for s in window.ctx.room.spotlight] == ["easiest"]


def test_the_export_says_how_many_are_flagged_and_offers_a_review(
    qtbot, window, page, interaction, tmp_path
):
    store = window.ctx.store
    first, second = (g.id for g in store.groups())
    store.save_answer(second, "report_back", "hardest", "Her SSN 521-23-4409 was in a photo")
    store.save_answer(first, "report_back", "easiest", "e-mail me at rosa.l@gmail.com")
    chosen = []

    def pick_second(dialog) -> bool:
        chosen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(1)
        dialog.go_button.click()
        return True

    interaction.confirm_answers.append(True)  # Review first
    interaction.dialog_handlers.append(pick_second)
    window.trigger("export_all")
    _, _, message = next(m for m in interaction.messages if m[1] == "Review before exporting?")
    assert "This export holds 2 answers or records that look like they identify a client" in message
    assert "an e-mail address" in message and "a social security number" in message
    assert interaction.dialogs[-1] == "Answers that may identify a client"
    assert "Cedar Clinic" in chosen[0][0] and "“rosa.l@gmail.com”" in chosen[0][0]
    assert "Harbor Youth Services" in chosen[0][1] and "521-23-4409" in chosen[0][1]
    assert window.console.groups.current_group() == second
    assert window.console.stage_id == "report_back"
    assert not list(tmp_path.rglob("*.docx"))  # nothing exported: reviewing first

    interaction.confirm_answers.append(False)  # Export anyway → the folder question comes next
    window.trigger("export_all")
    assert interaction.messages[-1][1] == "Review before exporting?"
