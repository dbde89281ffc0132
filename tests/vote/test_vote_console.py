"""The tally in the console (bars that follow the votes as they arrive) and on the projector (in
privacy mode each answer under its group's letter), and a paper ballot typed in the console."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSpinBox
from vote_plan import STAGE

from workshop_app.kinds.vote import model
from workshop_app.kinds.vote.ui.page import VotePage
from workshop_app.ui.presenter import PresenterWindow
from workshop_app.ui.room import Spotlight


@pytest.fixture
def ctx(make_context, vote_store):
    return make_context(vote_store)


def bars(page: VotePage) -> list[tuple[str, str]]:
    return [(b.accessibleName(), b.text()) for b in page.findChildren(QProgressBar)]


def test_the_console_tally_follows_the_votes_and_takes_paper_dots(qtbot, ctx, vote_store):
    stage = vote_store.plan.stage(STAGE)
    page = VotePage(ctx, stage)
    qtbot.addWidget(page)
    page.show()
    a, b = vote_store.groups()
    first, second = model.items(vote_store, stage)
    assert "0 dots given so far" in page.total.text()
    # a phone votes (saved as the participant server saves it): the bars move at once
    model.cast(vote_store, b.id, stage, "d7", {first.key: 2, second.key: 1}, source="browser")
    qtbot.waitUntil(lambda: "3 dots given so far" in page.total.text(), timeout=2000)
    assert bars(page) == [
        (f"Dots for: {first.text} (Harbour Legal Aid)", "2 dots"),
        (f"Dots for: {second.text} (Northside Youth Centre)", "1 dot"),
    ]
    # the facilitator types Harbour's paper dots with the keyboard and saves
    page.set_group(a.id)
    spins = page.findChildren(QSpinBox)
    assert [s.accessibleName() for s in spins] == [
        f"Paper dots of Harbour Legal Aid for: {first.text}",
        f"Paper dots of Harbour Legal Aid for: {second.text}",
    ]
    spins[1].setFocus()
    qtbot.keyClick(spins[1], Qt.Key.Key_Up)
    qtbot.keyClick(spins[1], Qt.Key.Key_Up)
    qtbot.keyClick(spins[1], Qt.Key.Key_Up)
    assert page.flush() is True
    assert "Paper dots saved." in page.message.text()
    assert model.ballot(vote_store, a.id, STAGE, model.PAPER) == {second.key: 3}
    assert "6 dots given so far" in page.total.text()
    assert bars(page)[0] == (f"Dots for: {second.text} (Northside Youth Centre)", "4 dots")


def test_the_projector_shows_the_tally_with_the_rooms_labels(qtbot, ctx, vote_store):
    stage = vote_store.plan.stage(STAGE)
    a, b = vote_store.groups()
    first, second = model.items(vote_store, stage)
    model.cast(vote_store, a.id, stage, "d1", {second.key: 3}, source="browser")
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    ctx.room.set_stage(STAGE)
    ctx.room.show([Spotlight("vote_tally", None, STAGE)])

    def shown() -> str:
        return "\n".join(lbl.text() for lbl in window.findChildren(QLabel) if lbl.isVisible())

    qtbot.waitUntil(lambda: "Which hard part" in shown(), timeout=2000)
    text = shown()
    # privacy mode (the default): the group's letter, and its name inside the answer redacted
    assert "Group B: Group B has no policy owner" in text
    assert "Group A: Staff text clients from own phones" in text
    assert "Northside" not in text and "Harbour" not in text
    assert text.index("Group B:") < text.index("Group A:")  # most dots first
    # a vote arrives while the tally is up: the projector redraws it
    model.cast(vote_store, b.id, stage, "d2", {first.key: 3}, source="browser")
    model.cast(vote_store, b.id, stage, "d3", {first.key: 1}, source="browser")
    qtbot.waitUntil(lambda: "7 dots given" in shown(), timeout=2000)
    later = shown()
    assert later.index("Group A:") < later.index("Group B:")
    ctx.room.set_names_visible(True)
    qtbot.waitUntil(lambda: "Northside Youth Centre: Northside" in shown(), timeout=2000)


def test_the_entry_panel_lists_a_devices_dots_like_other_saves(qtbot, make_context, vote_store):
    from workshop_app.ui.entry_panel import EntryPanel

    stage = vote_store.plan.stage(STAGE)
    a, b = vote_store.groups()
    first, _second = model.items(vote_store, stage)
    model.cast(vote_store, a.id, stage, "d1", {first.key: 2}, source="browser")
    panel = EntryPanel(make_context(vote_store))
    qtbot.addWidget(panel)
    try:
        # an event reopened: the dots a device gave before are what it saved last
        assert "Saved from devices earlier: 1" in panel.live.text()
        assert "Harbour Legal Aid · dot vote" in panel.live.text()
        # another device's dots arrive while the panel is open
        model.cast(vote_store, b.id, stage, "d2", {first.key: 1}, source="browser")
        qtbot.waitUntil(lambda: "Saves from devices: 1" in panel.live.text(), timeout=2000)
        assert "Northside Youth Centre · dot vote" in panel.live.text()
    finally:
        panel.close_entry()


def test_the_stage_list_says_which_stage_is_optional(qtbot, vote_store):
    import dataclasses

    from workshop_app.ui.widgets.navigator import StageNavigator

    plan = vote_store.plan
    stages = tuple(dataclasses.replace(s, optional=s.id == STAGE) for s in plan.stages)
    navigator = StageNavigator()
    qtbot.addWidget(navigator)
    navigator.show_plan(dataclasses.replace(plan, stages=stages), "report_back", {}, set())
    assert navigator.item_text(STAGE).endswith("5 min planned, optional")
    assert navigator.item_text("report_back").endswith("10 min planned")


def test_the_demos_tally_fits_the_projector_with_each_hard_part_by_its_first_sentence(
    qtbot, make_context, demo_store
):
    ctx = make_context(demo_store)
    window = PresenterWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    ctx.room.set_stage("follow_up_vote")
    ctx.room.show([Spotlight("vote_tally", None, "follow_up_vote")])

    def shown() -> str:
        return "\n".join(lbl.text() for lbl in window.findChildren(QLabel) if lbl.isVisible())

    # a paragraph each in the demo: the room reads their first sentences, and the total fits
    qtbot.waitUntil(lambda: "9 dots given" in shown(), timeout=2000)
    assert "Group B: Photos." in shown() and "Youth want to be seen" not in shown()
    assert "Extra stage" in shown()
