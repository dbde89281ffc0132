"""The vote in the Word exports: the worksheet's result with the organization's own dots, the
summary's result with each organization's dots, the handout's ballot."""

from __future__ import annotations

from kit import all_text
from vote_plan import STAGE

from workshop_app.export import handout, summary, worksheet
from workshop_app.kinds.vote import model


def _tables(path):
    import docx

    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def _voted(store):
    stage = store.plan.stage(STAGE)
    a, b = store.groups()
    first, second = model.items(store, stage)
    model.cast(store, a.id, stage, "d1", {second.key: 3}, source="browser")
    model.cast(store, b.id, stage, "d2", {first.key: 1, second.key: 2}, source="browser")
    model.cast(store, b.id, stage, model.PAPER, {first.key: 1})
    return a, b, first, second


def test_the_worksheet_has_the_rooms_result_and_the_groups_own_dots(vote_store, tmp_path):
    a, _b, first, second = _voted(vote_store)
    path = worksheet.write_worksheet(vote_store, a, tmp_path / "a.docx")
    table = next(t for t in _tables(path) if t[0][0] == "What the room voted on")
    assert table == [
        ["What the room voted on", "Room's dots", "Yours"],
        [second.text, "5", "3"],
        [first.text, "2", "—"],
    ]


def test_the_summary_has_the_result_with_each_organizations_dots(vote_store, tmp_path):
    _a, _b, first, second = _voted(vote_store)
    path = tmp_path / "summary.docx"
    summary.write_summary(vote_store, path)
    table = next(t for t in _tables(path) if t[0] == ["Item", "Dots", "From"])
    assert table[1:] == [
        [
            f"{second.text} (Northside Youth Centre)",
            "5",
            "Harbour Legal Aid 3, Northside Youth Centre 2",
        ],
        [f"{first.text} (Harbour Legal Aid)", "2", "Northside Youth Centre 2"],
    ]


def test_the_handout_has_a_ballot_to_mark_by_hand(vote_plan, tmp_path):
    path = tmp_path / "handout.docx"
    handout.write_handout(vote_plan, path)
    text = all_text(path)
    assert "Which hard part should a follow-up session take on?" in text
    assert "Each of you has 3 dots: mark them beside what matters most." in text


def test_the_seeded_handout_says_the_follow_up_vote_is_if_there_is_time(tmp_path):
    from workshop_app import paths
    from workshop_app.plan import load_plan

    path = tmp_path / "handout.docx"
    handout.write_handout(load_plan(paths.default_plan_path()), path)
    text = all_text(path)
    assert "About 5 minutes, if there is time" in text
    assert "About 15 minutes\n" in text + "\n"  # report back is not optional
