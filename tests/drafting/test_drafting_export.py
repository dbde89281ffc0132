"""The draft policy in the worksheet and the choice checklists in the blank handout."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from workshop_app.export import handout, worksheet
from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.drafting.clauses import Choices

ODD = "{0} & <Co> 🌈 مركز الأمل"
EDIT = "At {org} & <b>{0}</b>, 🌈 staff follow שלום rules."


def drafted(store):
    stage = store.plan.stage_of_kind("drafting")
    group = store.add_group(ODD)
    choices = Choices(
        {"platforms": ("dating_apps",), "regimes": ("gdpr",)}, {"platforms": "Nextdoor & <Co>"}
    )
    draft = clauses.apply_choices(store, group.id, stage, choices)
    draft = draft.edit("scope", body=EDIT).set_included("location_data", False)
    draft, _ = draft.add_own("Pets {x} & <y>", "No photos of clients' pets. 🐕", after="scope")
    clauses.save_draft(store, group.id, draft)
    return group


def paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_worksheet_has_numbered_clauses_titles_and_deletable_notes(store, tmp_path):
    group = drafted(store)
    path = worksheet.write_worksheet(store, group, tmp_path / "w.docx")
    paras = paragraphs(path)
    texts = [t for _, t in paras]
    start = texts.index("Our draft policy")
    assert paras[start][0] == "Heading 2"
    assert paras[start + 1][0] == "Why Note"
    start += 1
    # the numbers are Word's ("Clause Heading" is numbered), not typed: they follow a move
    assert paras[start + 1] == ("Clause Heading", "Scope and definitions")
    assert texts[start + 2] == EDIT  # the group's edit, literally
    assert paras[start + 3][0] == "Why Note"
    assert texts[start + 3].startswith("Why: ")
    assert paras[start + 4] == ("Clause Heading", "Pets {x} & <y>")
    assert texts[start + 5] == "No photos of clients' pets. 🐕"
    assert paras[start + 6] == ("Clause Heading", "Client confidentiality online")
    assert f"could identify a client of {ODD}, on any account" in texts[start + 7]
    headings = [t for s, t in paras[start:] if s == "Clause Heading"]
    assert not any(h[:1].isdigit() for h in headings)
    doc = docx.Document(str(path))
    style = doc.styles["Clause Heading"]
    assert style.base_style.name == "Heading 3"
    num_id = style.element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    lvl = next(
        a
        for a in numbering.iterchildren(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == str(abstract)
    ).find(qn("w:lvl"))
    assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == "%1."
    assert lvl.find(qn("w:pStyle")).get(qn("w:val")) == style.style_id
    assert "Location tags and photo metadata" not in " ".join(headings)
    assert "Left out of this draft for now: Location tags and photo metadata." in texts
    assert "Your choices no longer propose this clause: keep it or remove it." not in texts
    doc = docx.Document(str(path))
    covers = {r.cells[0].text: r.cells[1].text for t in doc.tables for r in t.rows}
    assert covers["Which platforms and channels does the policy cover?"] == (
        "Dating and hookup apps used for outreach; Other: Nextdoor & <Co>"
    )
    assert covers["Who does the policy cover?"] == "Nothing chosen"


def test_group_without_a_draft_gets_a_visible_line(store, tmp_path):
    group = store.add_group("Quiet Org")
    texts = [t for _, t in paragraphs(worksheet.write_worksheet(store, group, tmp_path / "q.docx"))]
    assert "No draft policy was made in the workshop." in texts


def test_handout_has_the_choice_checklists_and_the_clause_table(plan, tmp_path):
    path = handout.write_handout(plan, tmp_path / "h.docx")
    texts = [t for _, t in paragraphs(path)]
    start = texts.index("What will your policy cover?")
    assert "☐  Dating and hookup apps used for outreach" in texts[start:]
    assert "☐  42 CFR Part 2 (substance-use treatment records)" in texts[start:]
    assert "☐  Board members" in texts[start:]
    assert texts[start:].count("☐  Other: " + "_" * 40) == 1  # only the platforms list has "other"
    rows = [[c.text for c in r.cells] for t in docx.Document(str(path)).tables for r in t.rows]
    assert ["☐", "Scope and definitions", "Always (core)"] in rows
    assert [
        "☐",
        "Outreach on dating and hookup apps",
        "Dating and hookup apps used for outreach, Peer workers",
    ] in rows


@pytest.mark.office
@pytest.mark.slow
def test_worksheet_draft_page_in_libreoffice(demo_store, tmp_path, soffice):
    """One conversion: LibreOffice opens the worksheet; the draft's page is saved as a PNG."""
    group = demo_store.groups()[0]
    path = worksheet.write_worksheet(demo_store, group, tmp_path / "cedar.docx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "cedar.pdf"
    assert pdf.exists()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Our draft policy" in text
    assert "1. Scope and definitions" in text
    assert "Spanish-language version" in text
    pages = text.split("\f")
    page = next(i for i, p in enumerate(pages, 1) if "Our draft policy" in p)
    shots_to = Path(os.environ.get("WORKSHOP_SCREENSHOTS") or tmp_path / "kept")
    shots_to.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "70",
            "-f",
            str(page),
            "-l",
            str(page + 1),
            str(pdf),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    shots = sorted(tmp_path.glob("page-*.png"))
    assert len(shots) == 2
    for i, shot in enumerate(shots, 1):
        (shots_to / f"worksheet-draft-policy-{i}.png").write_bytes(shot.read_bytes())


def test_summary_counts_each_organizations_draft(demo_store, tmp_path):
    from workshop_app.export import summary

    quiet = demo_store.add_group("Quiet Org")
    path = tmp_path / "s.docx"
    summary.write_summary(demo_store, path)
    rows = [[c.text for c in r.cells] for t in docx.Document(str(path)).tables for r in t.rows]
    header = ["Organization", "Clauses", "Edited", "Own", "Left out"]
    assert header in rows
    table = rows[rows.index(header) + 1 : rows.index(header) + 5]
    assert table[0] == ["Cedar Valley HIV Resource Center", "24", "1", "1", "1"]
    assert table[2][0] == "Blue Heron Harm Reduction Project" and table[2][4] == "5"
    assert table[3] == [quiet.name, "—", "—", "—", "—"]


def test_a_clause_no_longer_proposed_is_flagged_in_the_worksheet(store, tmp_path):
    group = drafted(store)
    stage = store.plan.stage_of_kind("drafting")
    clauses.apply_choices(store, group.id, stage, Choices())  # dating apps and GDPR unticked
    texts = [t for _, t in paragraphs(worksheet.write_worksheet(store, group, tmp_path / "w.docx"))]
    assert (
        texts[texts.index("Outreach on dating and hookup apps") + 1]
        == "Your choices no longer propose this clause: keep it or remove it."
    )
