"""The stakeholder sections: the worksheet carries the map, the numbered table and the approval
chain; the blank handout an empty power × interest grid and an empty approval-chain table.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep the worksheet's map page as a PNG.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from workshop_app.export.handout import write_handout
from workshop_app.export.worksheet import write_worksheet
from workshop_app.kinds.stakeholders import model as sh


@pytest.fixture(autouse=True)
def _app(qapp):
    """The session's QApplication first (the map image paints with QtGui)."""


def tables(path: Path) -> list[list[list[str]]]:
    import docx

    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def pictures(path: Path) -> int:
    import docx

    return len(docx.Document(str(path)).inline_shapes)


def test_worksheet_has_the_map_the_table_and_the_chain(demo_store, tmp_path, read_all_text):
    group = demo_store.groups()[0]
    items = sh.load(demo_store, group.id)
    path = write_worksheet(demo_store, group, tmp_path / "cedar.docx")
    assert pictures(path) >= 1
    found = tables(path)
    stake = next(t for t in found if t[0][:2] == ["#", "Stakeholder"])
    assert [r[1] for r in stake[1:]] == [s.name for s in items]
    assert stake[1][0] == "1" and stake[1][5] == items[0].quadrant_label
    chain = next(t for t in found if t[0][:2] == ["#", "Who approves"])
    assert [r[1] for r in chain[1:]] == [s.who for s in sh.load_chain(demo_store, group.id)]
    assert "Approved" in {r[2] for r in chain[1:]}
    assert "the table below gives the details" in read_all_text(path)


def test_a_group_without_a_map_gets_a_visible_line_and_the_template_chain(
    store, tmp_path, read_all_text
):
    group = store.add_group("Riverside Recovery")
    path = write_worksheet(store, group, tmp_path / "riverside.docx")
    text = read_all_text(path)
    assert "No stakeholders mapped." in text
    assert pictures(path) == 0
    assert "Board of directors" in text  # the plan's template chain, all "Not asked"


def test_handout_has_an_empty_grid_and_an_empty_chain(plan, tmp_path, read_all_text):
    path = write_handout(plan, tmp_path / "handout.docx")
    found = tables(path)
    grid = next(
        t
        for t in found
        if t == [["Keep satisfied", "Manage closely"], ["Monitor", "Keep informed"]]
    )
    assert grid
    chain = next(t for t in found if t[0][:2] == ["#", "Who approves"])
    assert len(chain) == 9 and all(r[1] == "" for r in chain[1:])
    assert "More interest →" in read_all_text(path)


@pytest.mark.office
def test_the_worksheet_map_page_in_libreoffice(demo_store, tmp_path, soffice):
    """One conversion: the worksheet opens in LibreOffice and the map is on a page as a picture."""
    group = demo_store.groups()[0]
    path = write_worksheet(demo_store, group, tmp_path / "cedar.docx")
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "cedar.pdf"
    assert pdf.stat().st_size > 50_000  # the map image is in it
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        return
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    page = next(i for i, p in enumerate(pages, 1) if "table below gives the details" in p)
    out = tmp_path / "page"
    subprocess.run(
        [pdftoppm, "-png", "-r", "90", "-f", str(page), "-l", str(page), str(pdf), str(out)],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        shutil.copy(png, Path(folder) / "worksheet-stakeholder-map-page.png")
