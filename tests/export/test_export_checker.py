"""Every export passes the OOXML checker (alt text, heading levels, styles not per-run looks,
rows kept on one page, readable sizes, core properties), and the checker catches each fault."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from ooxml_check import problems

from workshop_app.export import docx_kit as kit
from workshop_app.export import handout, summary, worksheet

PAPERS = ("a4", "letter")


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[str, Path]:
    from workshop_app.demo import build_demo

    root = tmp_path_factory.mktemp("checked")
    written = {}
    with build_demo(root / "Demo.workshop") as store:
        facilitator = store.event().facilitator
        for paper in PAPERS:
            for i, group in enumerate(store.groups(), 1):
                name = f"worksheet{i}-{paper}"
                written[name] = worksheet.write_worksheet(
                    store, group, root / f"{name}.docx", paper
                )
            written[f"summary-{paper}"] = summary.write_summary(
                store, root / f"summary-{paper}.docx", paper
            )
            written[f"handout-{paper}"] = handout.write_handout(
                store.plan, root / f"handout-{paper}.docx", paper, facilitator
            )
    return written


@pytest.mark.parametrize(
    "name",
    [f"{kind}-{paper}" for paper in PAPERS for kind in ("worksheet1", "summary", "handout")]
    + ["worksheet2-a4", "worksheet3-letter"],
)
def test_every_export_passes_the_checker(exports, name):
    assert problems(exports[name]) == []


def test_the_map_says_in_words_who_is_where(exports):
    from lxml import etree

    doc = docx.Document(str(exports["worksheet1-a4"]))
    (shape,) = doc.inline_shapes
    alt = shape._inline.docPr.get("descr")
    assert alt.startswith("Stakeholder map of Cedar Valley HIV Resource Center")
    for quadrant in ("Manage closely", "Keep satisfied", "Keep informed", "Monitor"):
        assert f"{quadrant} (" in alt
    assert "Consumer Advisory Board" in alt
    assert etree.tostring(shape._inline).count(b"descr=") == 1


def test_the_handout_has_an_author_only_when_a_facilitator_is_known(plan, tmp_path):
    path = handout.write_handout(plan, tmp_path / "h.docx")
    assert problems(path) == ["core property dc:creator is not set"]


def test_the_checker_catches_each_fault(tmp_path):
    doc = kit.new_document(
        title="t", subject="s", header="h", confidential_for="c", author="a", language="en"
    )
    kit.heading(doc, "One", 1)
    kit.heading(doc, "Three", 3)  # skips level 2
    p = kit.para(doc, "")
    p.add_run("loud").bold = True
    p.add_run("small").font.size = Pt(7)
    doc.add_table(rows=1, cols=1).rows[0].cells[0].text = "splits"
    doc.add_picture(_png(), width=Pt(40))  # no text alternative
    doc.core_properties.author = ""
    path = tmp_path / "bad.docx"
    doc.save(str(path))
    found = problems(path)
    assert "heading level skips: Heading 3 'Three' after level 1" in found
    assert "run 'loud' has its own b" in found
    assert "run 'small' has its own sz" in found
    assert "text in Normal prints at 7 pt (under 9 pt)" in found
    assert "table 1 row 1 may split across pages" in found
    assert any(f.startswith("drawing 1") and "no text alternative" in f for f in found)
    assert "core property dc:creator is not set" in found
    assert len(found) == 7, found


def _png():
    import io

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return io.BytesIO(bytes(buffer.data()))
