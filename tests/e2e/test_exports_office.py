"""LibreOffice prints every export at A4 and at Letter, and the print is clean: no empty page,
no table header word broken inside ("Influe/nce"), the right paper, live page numbers.

One conversion of every export (the app's own `--pdf` path, `export.pdf.to_pdf`), then checks
page by page on pdftotext's text. soffice exits 0 even when it cannot load a file, so every
check looks at the PDF itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from pdf_pages import body_text, broken_words, page_count, page_size, page_text

from workshop_app.export import handout, summary, worksheet

pytestmark = [pytest.mark.office, pytest.mark.slow]

PAPERS = {"a4": (595, 842), "letter": (612, 792)}  # points, portrait
PLANS = ("social-media-confidentiality", "ai-tools-confidentiality")
# the demo's documents are about this long; a range, so more content is not a failure
EXPECTED_PAGES = {"worksheet": (4, 16), "handout": (5, 24), "summary": (5, 30)}


def _docs(root: Path) -> dict[str, Path]:
    from workshop_app.demo import build_demo

    docs = {}
    for plan_id in PLANS:
        short = plan_id.split("-")[0]
        with build_demo(root / f"{short}.workshop", plan_id) as store:
            facilitator = store.event().facilitator
            for paper in PAPERS:
                groups = store.groups() if short == "social" else store.groups()[:1]
                for i, group in enumerate(groups, 1):
                    name = f"{short}-worksheet{i}-{paper}"
                    docs[name] = worksheet.write_worksheet(
                        store, group, root / f"{name}.docx", paper
                    )
                name = f"{short}-summary-{paper}"
                docs[name] = summary.write_summary(store, root / f"{name}.docx", paper)
                name = f"{short}-handout-{paper}"
                docs[name] = handout.write_handout(
                    store.plan, root / f"{name}.docx", paper, facilitator
                )
    return docs


@pytest.fixture(scope="module")
def printed(soffice: str, tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[str, Path]:
    # qapp: the stakeholder map is painted with QtGui; pytest-qt's application must come first
    from workshop_app.export.pdf import to_pdf

    root = tmp_path_factory.mktemp("office")
    docs = _docs(root)
    pdfs = to_pdf(list(docs.values()))
    return dict(zip(docs, pdfs, strict=True))


NAMES = [
    f"{plan}-{kind}-{paper}"
    for plan in ("social", "ai")
    for paper in PAPERS
    for kind in (["worksheet1", "worksheet2", "worksheet3"] if plan == "social" else ["worksheet1"])
    + ["summary", "handout"]
]


def _header_words(path: Path) -> set[str]:
    doc = docx.Document(str(path))
    words = set()
    for table in doc.tables:
        for cell in table.rows[0].cells:
            for p in cell.paragraphs:
                if p.style.name == "Table Header":
                    words.update(p.text.split())
    return words


@pytest.mark.parametrize("name", NAMES)
def test_each_export_prints_clean_at_a4_and_letter(printed, name):
    pdf = printed[name]
    assert pdf.exists() and pdf.stat().st_size > 5000, f"LibreOffice did not convert {name}"
    pages = page_count(pdf)
    kind = re.sub(r"\d", "", name.split("-")[1])
    low, high = EXPECTED_PAGES[kind]
    assert low <= pages <= high, f"{name}: {pages} pages"
    width, height = page_size(pdf, 1)
    assert (round(width), round(height)) == PAPERS[name.rsplit("-", 1)[1]]
    # the footer's fields are live: "Page 1 of N" with N the real page count
    assert re.search(rf"Page 1 of {pages}\b", page_text(pdf, 1))
    assert f"Page {pages} of {pages}" in page_text(pdf, pages)
    empty = [p for p in range(1, pages + 1) if not body_text(pdf, p).strip()]
    assert empty == [], f"{name}: empty page(s) {empty} of {pages}"
    words = _header_words(pdf.with_suffix(".docx"))
    assert words, "every export has a table with a header row"
    assert broken_words(pdf, words) == []


def test_worksheet_pdf_shows_answers_numbers_and_confidentiality(printed):
    pdf = printed["social-worksheet1-a4"]
    first = page_text(pdf, 1)
    assert "Worksheet for Cedar Valley HIV Resource Center" in first
    assert "Confidential — prepared for Cedar Valley HIV Resource Center" in first
    assert "Whom does your organization serve?" in first
    whole = "\n".join(page_text(pdf, p, layout=False) for p in range(1, page_count(pdf) + 1))
    # clause numbers are Word's numbering, printed by LibreOffice in order
    draft = whole[whole.index("Our draft policy") :]
    numbers = [int(n) for n in re.findall(r"^(\d+)\. [A-Z]", draft, re.M)]
    assert numbers[:5] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("paper", PAPERS)
def test_the_handout_prints_a_starting_draft_with_blanks_for_the_name(printed, paper):
    pdf = printed[f"social-handout-{paper}"]
    whole = "\n".join(page_text(pdf, p, layout=False) for p in range(1, page_count(pdf) + 1))
    draft = whole[whole.index("A starting draft") :]
    assert "1. Scope and definitions" in draft and "10. Training, sign-off" in draft
    assert "works or volunteers for ________________" in " ".join(draft.split())


def test_the_broken_word_check_finds_a_split_header(printed, tmp_path, soffice):
    """The check can fail: a header in a column too narrow for it is caught."""
    from workshop_app.export import docx_kit as kit
    from workshop_app.export.pdf import to_pdf

    doc = kit.new_document(title="t", subject="s", header="h", confidential_for="c", author="a")
    kit.heading(doc, "Narrow", 1)
    t = kit.table(doc, ("#", "Influence"), [("1", "high")])
    kit.set_widths(t, (14.5, 1.2))  # narrower than the word, past what the table fits
    path = tmp_path / "narrow.docx"
    doc.save(str(path))
    (pdf,) = to_pdf([path])
    assert broken_words(pdf, {"Influence"}) != []


@pytest.mark.parametrize("paper", PAPERS)
def test_a_short_table_prints_on_one_page_with_its_question(printed, paper):
    """No page ends on a table's header and one row with the rest overleaf: the AI-tools
    handout's follow-up vote did (tables of up to 12 rows are kept in one piece)."""
    pdf = printed[f"ai-handout-{paper}"]
    pages = [page_text(pdf, p, layout=False) for p in range(1, page_count(pdf) + 1)]
    question = "Which hard part should a follow-up session take on?"
    with_question = [i for i, text in enumerate(pages) if question in text]
    assert len(with_question) == 1, with_question
    ballot_headers = [i for i, text in enumerate(pages) if "Dots" in text.split()]
    assert ballot_headers == with_question  # printed once: the table did not split


@pytest.mark.parametrize("paper", PAPERS)
def test_no_word_of_a_stakeholder_note_breaks_across_lines(printed, paper):
    """The stakeholder table's Note column keeps room for its words ("advisory" printed as
    "advisor" over "y" when the headers' widths were taken from it)."""
    document = docx.Document(str(printed[f"ai-worksheet1-{paper}"].with_suffix(".docx")))
    table = next(t for t in document.tables if t.rows[0].cells[-1].text == "Note")
    words = {w.strip(".,;:'\"()") for row in table.rows[1:] for w in row.cells[-1].text.split()}
    assert "advisory" in words
    assert broken_words(printed[f"ai-worksheet1-{paper}"], words) == []
