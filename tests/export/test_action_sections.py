"""Report back in the exports: the worksheet's action table, the summary's actions of every
organization and hardest parts, and the handout's empty action table."""

from __future__ import annotations

from workshop_app.export import handout, summary, worksheet
from workshop_app.kinds.report_back import model as actions

STAGE = "report_back"


def _event(store):
    a = store.add_group("Harbour Legal Aid").id
    b = store.add_group("Northside Youth Centre").id
    c = store.add_group("Quiet Collective").id
    store.save_answer(a, STAGE, "hardest", "Who approves a reply to a review.")
    store.save_answer(b, STAGE, "hardest", "Photos of minors at events.")
    actions.add(store, a, {"what": "Name a drafting committee", "owner": "ED", "due": "2026-12-01"})
    actions.add(store, a, {"what": "Collect every login", "status": "started"})
    actions.add(store, b, {"what": "Ask the youth council <b>first</b>", "owner": "Program lead"})
    actions.set_report_order(store, STAGE, [b, a, c])
    return a, b, c


def _tables(path):
    import docx

    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def test_worksheet_has_the_groups_action_table(store, tmp_path, read_paragraphs):
    a, _b, c = _event(store)
    path = worksheet.write_worksheet(store, store.group(a), tmp_path / "a.docx")
    paragraphs = [t for _s, t in read_paragraphs(path)]
    report = paragraphs.index("Report back")
    assert paragraphs.index("Our action plan") > report
    table = next(t for t in _tables(path) if t[0][0] == "What")
    assert table == [
        ["What", "Owner (role)", "Due", "Status"],
        ["Name a drafting committee", "ED", "Dec 1, 2026", "Planned"],
        ["Collect every login", "—", "—", "Started"],
    ]
    empty = worksheet.write_worksheet(store, store.group(c), tmp_path / "c.docx")
    assert "No action items recorded." in [t for _s, t in read_paragraphs(empty)]


def test_summary_lists_every_groups_actions_and_the_hardest_parts(store, tmp_path, read_paragraphs):
    _event(store)
    path = summary.write_summary(store, tmp_path / "summary.docx")
    tables = [t for t in _tables(path) if t[0][0] == "What"]
    assert [[row[0] for row in t[1:]] for t in tables] == [
        ["Ask the youth council <b>first</b>"],
        ["Name a drafting committee", "Collect every login"],
    ]
    paragraphs = [t for _s, t in read_paragraphs(path)]
    plan_at = paragraphs.index("Action items of every organization")
    assert paragraphs[plan_at + 1 : plan_at + 3] == ["Northside Youth Centre", "Harbour Legal Aid"]
    assert paragraphs[plan_at + 3 : plan_at + 5] == [
        "Quiet Collective",
        "No action items recorded.",
    ]
    paragraphs = [t for _s, t in read_paragraphs(path)]
    start = paragraphs.index("Hardest parts: the common problems of the room")
    assert paragraphs[start + 1 : start + 3] == [
        "Northside Youth Centre: Photos of minors at events.",
        "Harbour Legal Aid: Who approves a reply to a review.",
    ]


def test_handout_has_an_empty_action_table(plan, tmp_path):
    path = handout.write_handout(plan, tmp_path / "handout.docx")
    table = next(t for t in _tables(path) if t[0][0] == "What")
    assert table[0] == ["What", "Owner (role)", "Due", "Status"]
    assert len(table) == 5 and all(cell == "" for row in table[1:] for cell in row)
