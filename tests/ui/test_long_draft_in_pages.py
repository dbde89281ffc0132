"""A long draft policy reaches the room in pages of whole clauses, turned from the console.

A walk-through showed a 24-clause draft on the projector as "Group A · Draft policy", clause 1
and half of clause 2 cut mid-sentence; nothing turned it, and clause 7, edited by the
facilitator, could never reach the room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from workshop_app.kinds.drafting import clauses
from workshop_app.ui.fit_text import font_metrics
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import RoomContext, RoomNames, spotlight_content

EDITED = "Replying when a client reviews us"  # the facilitator's own title for clause 7


def whole_clauses(view, parts: tuple[str, ...]) -> list[str]:
    """The clauses the room sees, each checked to be shown in full and at 18 pt or more."""
    card = view.cards[0]
    assert not card.text.truncated
    seen = []
    for label in card.text.labels():
        if not label.isVisibleTo(view) or not label.text():
            continue
        text = label.text()
        assert "…" not in text
        assert label.font().pointSizeF() >= view.minimum_point_size() - 0.01
        # every line of it inside its label, and the label inside the card
        needed = font_metrics(label.font()).boundingRect(
            QRect(0, 0, label.width(), 1_000_000), Qt.TextFlag.TextWordWrap, text
        )
        assert needed.height() <= label.height(), text
        assert card.rect().contains(label.geometry().translated(card.text.pos()))
        if text in parts:
            seen.append(text)
        else:  # the heading: whose, what, which page
            assert text.startswith("Group A · Draft policy"), text
    return seen


@pytest.fixture
def long_draft(make_context, demo_store):
    """The demo's first group, its 24-clause draft with clause 7 retitled by the facilitator."""
    group = demo_store.groups()[0]
    stage = demo_store.plan.stage_of_kind("drafting")
    draft = clauses.draft_for(demo_store, group.id, stage)
    seventh = [c for c in draft.clauses if c.included][6]
    clauses.save_draft(demo_store, group.id, draft.edit(seventh.key, title=EDITED))
    ctx = make_context(demo_store)
    item = Spotlight("draft", group.id, stage.id)
    label = RoomNames(demo_store, False).label(group.id)
    parts = spotlight_content(RoomContext(ctx, "en"), item, label).parts
    assert len(parts) == 24 and parts[6].startswith(f"7. {EDITED}\n")
    return ctx, item, parts


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_long_draft_is_shown_in_pages_of_whole_clauses(qtbot, long_draft, size):
    ctx, item, parts = long_draft
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    ctx.room.set_stage("drafting")
    ctx.room.show([item])
    view, room = window.view, ctx.room
    count = room.page_count
    assert count > 1
    heading = view.cards[0].text.labels()[0].text()
    assert heading == f"Group A · Draft policy · 1/{count}"
    shown = whole_clauses(view, parts)
    assert shown and shown[0] == parts[0]

    # every clause reaches the room, whole, in order: PageDown on the projector's window
    seen = list(shown)
    for page in range(1, count):
        QTest.keyClick(window, Qt.Key.Key_PageDown)
        assert room.page == page
        assert view.cards[0].text.labels()[0].text().endswith(f" · {page + 1}/{count}")
        seen += whole_clauses(view, parts)
    assert seen == list(parts)
    QTest.keyClick(window, Qt.Key.Key_PageDown)  # past the last page: it stays
    assert room.page == count - 1

    # the wheel pages too, a notch a page; PageUp back
    wheel_up = QWheelEvent(
        QPointF(400, 400),
        QPointF(window.mapToGlobal(QPoint(400, 400))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(window, wheel_up)
    assert room.page == count - 2
    room.set_page(0)
    while not any(text.startswith(f"7. {EDITED}") for text in whole_clauses(view, parts)):
        QTest.keyClick(window, Qt.Key.Key_PageDown)
        assert room.page < count - 1, "clause 7 never reached the room"
    assert room.page >= 1  # clause 7 is not on the first page


def test_the_console_turns_the_pages_the_room_and_its_preview_see(qtbot, window, interaction):
    window.try_demo()
    console = window.console
    store = window.ctx.store
    qtbot.waitUntil(lambda: not isinstance(console.room_preview, QLabel))
    console.go_to("drafting")
    editor = console.page.extra
    group = store.groups()[0]
    console.groups.select(group.id)
    # the facilitator retitles clause 7 in the console
    seventh = [c for c in editor.draft.clauses if c.included][6]
    editor.select(seventh.key)
    editor.title.setFocus()
    editor.title.selectAll()
    QTest.keyClicks(editor.title, EDITED)
    window.actions_by_name["present"].trigger()  # F5
    room, projector = window.ctx.room, window.presenter.view
    interaction.confirm_answers.append(True)  # "Show Group A's draft policy to the room?"
    editor.show_button.click()
    pager = console.room_pager
    assert room.page_count > 1 and pager.isVisibleTo(console)
    assert pager.label.text() == f"Page 1 of {room.page_count}"
    assert not pager.previous.isEnabled() and pager.next.isEnabled()

    def room_sees(view) -> str:
        return "\n".join(view.room_lines())

    QTest.mouseClick(pager.next, Qt.MouseButton.LeftButton)  # a click
    assert room.page == 1 and pager.label.text() == f"Page 2 of {room.page_count}"
    assert room_sees(projector) == room_sees(console.room_preview.view)
    pager.next.setFocus()
    QTest.keyClick(pager.next, Qt.Key.Key_Return)  # Enter on the button
    assert room.page == 2
    QTest.keyClick(pager.next, Qt.Key.Key_N)  # a typed key on it is refused, said in the status
    assert room.page == 2

    # the clicker's PageDown/PageUp turn the pages first, where no text is being typed
    console.groups.list.setFocus()
    QTest.keyClick(console.groups.list, Qt.Key.Key_PageUp)
    assert room.page == 1 and console.stage_id == "drafting"
    # ...never while typing: PageDown in a clause's text moves in the text, not the room
    editor.body.setFocus()
    QTest.keyClick(editor.body, Qt.Key.Key_PageDown)
    QTest.keyClick(editor.body, Qt.Key.Key_Space)
    assert room.page == 1 and console.stage_id == "drafting"
    console.groups.list.setFocus()
    while f"7. {EDITED}" not in room_sees(projector):
        assert room.page < room.page_count - 1, "clause 7 never reached the room"
        QTest.keyClick(console.groups.list, Qt.Key.Key_PageDown)
    assert console.stage_id == "drafting"
    # past the last page, the clicker moves on to the next stage as before
    room.set_page(room.page_count - 1)
    QTest.keyClick(console.groups.list, Qt.Key.Key_PageDown)
    assert console.stage_id == "report_back" and not pager.isVisibleTo(console)


def test_a_clause_longer_than_a_page_is_cut_between_sentences():
    from workshop_app.ui.fit_text import Block, measure_blocks, pages_of_parts

    sentence = "Staff never share a client's details online, on any account, at any time."
    long_clause = "9. A very long clause\n" + " ".join([sentence] * 30)
    head = [Block("Group A · Draft policy · 88/88", "heading")]
    parts = [Block("8. Short\nOne sentence.", "answer"), Block(long_clause, "answer")]
    args = (1000, 360, 20.0, 1.0, 18.0, 0.45)
    pages = pages_of_parts(head, parts, *args, lambda title: f"{title} (continued)")
    assert len(pages) > 2
    pieces = [block.text for page in pages for block in page]
    assert pieces[0] == "8. Short\nOne sentence."
    assert pieces[1].startswith("9. A very long clause\n")
    assert all(p.startswith("9. A very long clause (continued)\n") for p in pieces[2:])
    bodies = [p.partition("\n")[2] for p in pieces[1:]]
    assert all(body.endswith(".") for body in bodies)  # never cut mid-sentence
    assert " ".join(bodies) == long_clause.partition("\n")[2]  # nothing lost
    for page in pages:  # and every page fits
        blocks = head + page
        height = measure_blocks(blocks, [b.text for b in blocks], 20.0, 1000, 1.0, 18.0, 0.45)[0]
        assert height <= 360
