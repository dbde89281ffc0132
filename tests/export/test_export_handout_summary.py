"""The blank handout (from the plan alone) and the facilitator's session summary."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Cm

from workshop_app.export import docx_kit as kit
from workshop_app.export import handout, summary


def test_handout_mirrors_the_plan_with_space_sized_by_each_prompt(plan, tmp_path, read_paragraphs):
    path = handout.write_handout(plan, tmp_path / "h.docx")
    paras = read_paragraphs(path)
    texts = [t for _, t in paras]
    cursor = 0
    for stage in plan.stages:
        cursor = texts.index(stage.title, cursor)
        assert paras[cursor][0] == "Stage Heading"  # its number is Word's, counted
        for prompt in stage.prompts:
            cursor = texts.index(prompt.text, cursor)
            if prompt.help:
                assert texts[cursor + 1] == prompt.help
    assert texts[-1] == "Notes"  # the last page is for notes
    doc = docx.Document(str(path))
    heights = [round(t.rows[0].height.cm, 1) for t in doc.tables[1:] if len(t.rows) == 1]
    sizes = [p.size for s in plan.stages for p in s.prompts]
    boxes = {"short": 3.0, "medium": 5.0, "long": 8.5}
    for size in set(sizes):
        assert heights.count(boxes[size]) == sizes.count(size)
    assert heights.count(handout.NOTES_BOX_CM) == len(plan.stages)  # a notes box per stage
    assert kit.NO_ANSWER not in texts  # nothing of any organization's
    assert doc.sections[0].footer.paragraphs[0].text.startswith("Page ")


@pytest.mark.parametrize(
    ("paper", "width", "height"), [("a4", 21.0, 29.7), ("letter", 21.59, 27.94)]
)
def test_handout_paper_sizes(plan, tmp_path, paper, width, height):
    doc = docx.Document(str(handout.write_handout(plan, tmp_path / f"{paper}.docx", paper)))
    section = doc.sections[0]
    assert abs(section.page_width - Cm(width)) < Cm(0.01)
    assert abs(section.page_height - Cm(height)) < Cm(0.01)


def test_handout_refuses_an_unknown_paper(plan, tmp_path):
    with pytest.raises(ValueError, match="a4, letter"):
        handout.build_handout(plan, "a5")


def test_summary_sets_report_backs_side_by_side_and_every_answer_per_stage(
    demo_store, tmp_path, read_paragraphs
):
    demo_store.set_current_stage("stakeholders")
    demo_store.end_workshop()
    path = summary.write_summary(demo_store, tmp_path / "s.docx")
    doc = docx.Document(str(path))
    groups = demo_store.groups()
    plan = demo_store.plan
    report = plan.stage_of_kind("report_back")
    side = next(
        t
        for t in doc.tables
        if t.rows[0].cells[0].text == "Organization"
        and t.rows[0].cells[1].text == report.prompts[0].text
    )
    assert [c.text for c in side.rows[0].cells] == [
        "Organization",
        *(p.text for p in report.prompts),
    ]
    for row, group in zip(side.rows[1:], groups, strict=True):
        assert [c.text for c in row.cells] == [
            group.name,
            *(demo_store.answer_text(group.id, report.id, p.id) for p in report.prompts),
        ]
    # a landscape page for the side-by-side table
    assert any(s.page_width > s.page_height for s in doc.sections)
    # planned against actual minutes
    timing = next(t for t in doc.tables if t.rows[0].cells[0].text == "Stage")
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in timing.rows[1:]}
    assert rows["Objectives"][0] == "10 min"
    assert rows["Stakeholders"][1].endswith("min")  # it ran (briefly)
    assert rows["Report back"][1] == "—"  # it never ran
    # the optional follow-up vote that never ran is marked and left out of the planned total
    assert rows["Follow-up vote (optional)"] == ["5 min", "—", ""]
    assert rows["Total"][0] == f"{plan.planned_minutes} min" == "90 min"
    # answers per stage per group, in plan order
    paragraphs = read_paragraphs(path)
    texts = [t for _, t in paragraphs]
    cursor = texts.index("Answers per stage")
    for stage in plan.stages:
        for prompt in stage.prompts:
            cursor = texts.index(prompt.text, cursor)
            for group in groups:
                cursor = texts.index(group.name, cursor)
                assert texts[cursor + 1] == demo_store.answer_text(group.id, stage.id, prompt.id)
    assert "Participant entry over the local network was not used." in texts


def test_summary_counts_devices_when_participant_entry_was_used(demo_store, tmp_path):
    groups = demo_store.groups()
    demo_store.log_entry_opened("http://192.168.1.20:8080/")
    demo_store.add_device(groups[0].id, "hash-a", "phone")
    demo_store.add_device(groups[0].id, "hash-b", "laptop")
    demo_store.add_device(groups[2].id, "hash-c", "tablet")
    demo_store.end_workshop()  # revokes every device; they still count as having joined
    doc = docx.Document(str(summary.write_summary(demo_store, tmp_path / "s.docx")))
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Devices")
    devices = {r.cells[0].text: r.cells[-1].text for r in table.rows[1:]}
    assert devices == {groups[0].name: "2", groups[1].name: "0", groups[2].name: "1"}
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "3 devices joined" in text  # plurals said properly, in each language
    # room for "Stakeholders" in bold on one line (it broke as "Stakeholder / s" at 2.9 cm)
    stage_widths = [c.width.cm for c in list(table.columns)[1:-1]]
    assert min(stage_widths) >= 3.2, stage_widths
    assert table.columns[-1].width.cm < min(stage_widths)


def test_summary_of_an_event_without_organizations(store, tmp_path):
    doc = docx.Document(str(summary.write_summary(store, tmp_path / "s.docx")))
    assert "No organizations took part." in [p.text for p in doc.paragraphs]


def _timing_rows(doc) -> dict[str, list[str]]:
    timing = next(t for t in doc.tables if t.rows[0].cells[0].text == "Stage")
    return {r.cells[0].text: [c.text for c in r.cells[1:]] for r in timing.rows[1:]}


def _minutes_shown(text: str) -> float:
    return float(text.removesuffix(" min"))


@pytest.mark.parametrize(
    "ran",
    [
        # clicked through without the timer: tenths, not "0 min" each and "1 min" in all
        {"objectives": 0.42, "stakeholders": 0.31, "drafting": 0.38, "report_back": 0.24},
        # whole minutes from ten on; the total adds up the rounded parts (24, not 25)
        {"objectives": 12.4, "stakeholders": 12.4},
    ],
)
def test_summary_timing_column_adds_up_as_shown(demo_store, tmp_path, monkeypatch, ran):
    monkeypatch.setattr(demo_store, "actual_minutes", lambda: dict(ran))
    doc = docx.Document(str(summary.write_summary(demo_store, tmp_path / "s.docx")))
    rows = _timing_rows(doc)
    parts = [rows[s.title][1] for s in demo_store.plan.stages if s.id in ran]
    assert all(_minutes_shown(p) > 0 for p in parts), parts
    assert _minutes_shown(rows["Total"][1]) == pytest.approx(
        sum(_minutes_shown(p) for p in parts)
    ), (parts, rows["Total"])
    objectives = demo_store.plan.stage("objectives")
    assert _minutes_shown(rows["Objectives"][2]) == pytest.approx(
        _minutes_shown(rows["Objectives"][1]) - objectives.minutes
    )


def test_summary_leaves_air_between_the_participation_table_and_the_line_under_it(
    demo_store, tmp_path
):
    doc = docx.Document(str(summary.write_summary(demo_store, tmp_path / "s.docx")))
    paragraph = next(p for p in doc.paragraphs if p.text.startswith("Participant entry"))
    before = paragraph._p.getprevious()
    assert before.tag.endswith("}tbl")  # right under the participation table
    assert docx.table.Table(before, doc._body).rows[0].cells[0].text == "Organization"
    space = paragraph.paragraph_format.space_before
    assert space is not None and space.pt >= 6
