"""LibreOffice opens every kind of export: one conversion to PDF, several checks.

soffice exits 0 even when it cannot load a file, so every check looks at the PDF itself.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from workshop_app.export import handout, summary, worksheet

pytestmark = [pytest.mark.office, pytest.mark.slow]

# Page-count ranges: the demo fits in the low end today; the stakeholder map, draft policy and
# action sections other parts add make documents longer, never shorter than this floor.
EXPECTED_PAGES = {
    "worksheet": (2, 16),
    "handout-a4": (5, 20),
    "handout-letter": (5, 22),
    "summary": (6, 30),
}
PAGE_SIZE = {"handout-a4": "A4", "handout-letter": "letter"}


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [shutil.which("pdfinfo") or "pdfinfo", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def pdf_page_text(path: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture(scope="module")
def pdfs(soffice: str, tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[str, Path]:
    # qapp: the stakeholder map is painted with QtGui; pytest-qt's application must come first
    from workshop_app.demo import build_demo

    if not shutil.which("pdfinfo"):
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    root = tmp_path_factory.mktemp("office")
    docs = root / "docx"
    docs.mkdir()
    with build_demo(root / "Demo.workshop") as store:
        group = store.groups()[0]
        worksheet.write_worksheet(store, group, docs / "worksheet.docx")
        summary.write_summary(store, docs / "summary.docx")
        handout.write_handout(store.plan, docs / "handout-a4.docx", "a4")
        handout.write_handout(store.plan, docs / "handout-letter.docx", "letter")
    out = root / "pdf"
    profile = (root / "profile").as_uri()  # its own profile: never hand off to another soffice
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *sorted(str(p) for p in docs.iterdir()),
        ],
        capture_output=True,
        timeout=240,
        check=False,
    )
    return {name: out / f"{name}.pdf" for name in EXPECTED_PAGES}


@pytest.mark.parametrize("kind", list(EXPECTED_PAGES))
def test_libreoffice_converts_each_export(pdfs, kind):
    pdf = pdfs[kind]
    assert pdf.exists() and pdf.stat().st_size > 5000, f"LibreOffice did not convert {kind}"
    info = pdf_info(pdf)
    pages = int(info["Pages"])
    low, high = EXPECTED_PAGES[kind]
    assert low <= pages <= high, f"{kind}: {pages} pages"
    if kind in PAGE_SIZE:
        assert f"({PAGE_SIZE[kind]})" in info["Page size"]
    # the footer's fields are live: "Page 1 of N" with N the real page count
    first = pdf_page_text(pdf, 1)
    assert re.search(rf"Page 1 of {pages}\b", first), first[-300:]
    last = pdf_page_text(pdf, pages)
    assert f"Page {pages} of {pages}" in last


def test_worksheet_pdf_shows_answers_and_confidentiality(pdfs):
    text = pdf_page_text(pdfs["worksheet"], 1)
    assert "Worksheet for Cedar Valley HIV Resource Center" in text
    assert "Confidential — prepared for Cedar Valley HIV Resource Center" in text
    assert "Whom does your organization serve?" in text
