"""Tables as LibreOffice prints them: a short table is never split across pages (no page ends on
a table's header and one row with the rest overleaf, as the AI-tools handout's follow-up vote
did), and a column keeps room for the words in it."""

from __future__ import annotations

import subprocess

import pytest

from workshop_app import paths
from workshop_app.export.handout import write_handout
from workshop_app.plan import load_plan


def pdf_pages(soffice: str, docx_path, folder) -> list[str]:
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = docx_path.with_suffix(".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return text.split("\f")


@pytest.mark.office
def test_the_ai_handouts_vote_table_is_on_one_page_with_its_question(tmp_path, soffice):
    plan = load_plan(paths.plan_path("ai-tools-confidentiality"))
    path = write_handout(plan, tmp_path / "ai.docx", "a4", "", "")
    pages = pdf_pages(soffice, path, tmp_path)
    question = "Which hard part should a follow-up session take on?"
    with_question = [i for i, page in enumerate(pages) if question in page]
    assert len(with_question) == 1, with_question
    # the ballot's header ("Item", "Dots") is printed once, on the question's page
    headers = [i for i, page in enumerate(pages) if "Dots" in page.split()]
    assert headers == with_question, (headers, with_question)


@pytest.mark.office
def test_no_word_of_a_stakeholder_note_is_broken_across_lines(tmp_path, soffice):
    """The stakeholder table's Note column keeps room for a word ("advisory" printed as
    "advisor" / "y" when the headers' widths were taken from it)."""
    from workshop_app.demo import build_demo
    from workshop_app.export.worksheet import write_worksheet
    from workshop_app.kinds.stakeholders import model as sh

    with build_demo(tmp_path / "ai.workshop", "ai-tools-confidentiality") as store:
        group = store.groups()[0]
        notes = [s.note for s in sh.load(store, group.id) if s.note]
        path = write_worksheet(store, group, tmp_path / "worksheet.docx")
    assert notes
    printed = "\n".join(pdf_pages(soffice, path, tmp_path)).split()
    for note in notes:
        for word in note.split():
            assert word in printed, f"{word!r} of {note!r} is broken across lines"
