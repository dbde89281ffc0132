"""The few helpers every Word export shares (python-docx; import this module lazily).

- Word's built-in styles only (Title, Subtitle, Heading 1–3, List Number, List Bullet, Table
  Grid, Quote…), so a user restyles a whole document with one click in Word or LibreOffice.
- `setup` gives a document its paper size, a header (event and organization), a footer with
  "Page X of Y" fields and a confidentiality line, and its core properties.
- Every string goes through `text.clean` (`safe`), so no answer can break the file's XML.
- `table` builds row by row from plain lists: no `table.cell(r, c)` lookups, which python-docx
  makes quadratic in the table's size.

Sections contributed by other stage kinds (see worksheet.py, handout.py, summary.py) should use
these helpers so every export looks alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from docx import Document as _new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from workshop_app import text as _text

AUTHOR = "Workshop App"
NO_ANSWER = "No answer recorded"
PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
MARGIN = Cm(2.2)

__all__ = [
    "AUTHOR",
    "NO_ANSWER",
    "PAPER",
    "Document",
    "answer",
    "answer_box",
    "bullets",
    "checklist",
    "heading",
    "landscape_section",
    "new_document",
    "numbered",
    "para",
    "picture",
    "portrait_section",
    "safe",
    "styled",
    "table",
]


def safe(value: object) -> str:
    """Text XML can hold (control characters dropped, NFC); None becomes ''."""
    return "" if value is None else _text.clean(str(value))


# -- the document -----------------------------------------------------------------------------


def new_document(
    *,
    title: str,
    subject: str,
    header: str,
    confidential_for: str,
    paper: str = "a4",
    keywords: str = "",
    language: str = "",
) -> Document:
    """A new document with paper size, margins, header, footer and core properties set."""
    doc = _new_document()
    section = doc.sections[0]
    width, height = PAPER[paper]
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Cm(1.0)
    section.header.paragraphs[0].text = safe(header)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "1")
    footer.add_run(f"  ·  {safe(confidential_for)}")
    props = doc.core_properties
    props.title = safe(title)[:255]
    props.subject = safe(subject)[:255]
    props.author = props.last_modified_by = AUTHOR
    props.keywords = safe(keywords)[:255]
    props.comments = ""
    props.category = ""
    props.revision = 1
    stamp = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = stamp
    props.last_printed = stamp
    if language:
        props.language = language
    return doc


def confidential_line(organization: str) -> str:
    return f"Confidential — prepared for {safe(organization)}"


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""

    def char(kind: str):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def landscape_section(doc: Document) -> None:
    """Start a new page in landscape (for wide tables); header and footer carry on."""
    _turn(doc, WD_ORIENT.LANDSCAPE)


def portrait_section(doc: Document) -> None:
    _turn(doc, WD_ORIENT.PORTRAIT)


def _turn(doc: Document, orientation) -> None:
    previous = doc.sections[-1]
    short, long = sorted((previous.page_width, previous.page_height))
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = orientation
    if orientation == WD_ORIENT.LANDSCAPE:
        section.page_width, section.page_height = long, short
    else:
        section.page_width, section.page_height = short, long


def text_width(doc: Document):
    section = doc.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


# -- paragraphs -------------------------------------------------------------------------------


def styled(doc: Document, value: str = "", style: str | None = None) -> Paragraph:
    """`doc.add_paragraph(value, style)` without python-docx's slow per-call style lookup."""
    p = doc.add_paragraph(safe(value) if value else "")
    if style:
        p._p.style = style_id(doc, style)
    return p


def style_id(doc: Document, name: str) -> str:
    """The id of a built-in style, looked up once per document."""
    cache = doc.__dict__.setdefault("_workshop_style_ids", {})
    if name not in cache:
        cache[name] = doc.styles[name].style_id
    return cache[name]


def heading(doc: Document, value: str, level: int = 1) -> Paragraph:
    p = styled(doc, value, "Title" if level == 0 else f"Heading {level}")
    p.paragraph_format.keep_with_next = True
    return p


def para(
    doc: Document,
    value: str = "",
    style: str | None = None,
    *,
    italic: bool = False,
    bold_label: str = "",
) -> Paragraph:
    """A paragraph; newlines in `value` become line breaks, tabs stay tabs."""
    p = styled(doc, "", style)
    if bold_label:
        p.add_run(safe(bold_label)).bold = True
    if value:
        run = p.add_run(safe(value))
        if italic:
            run.italic = True
    return p


def answer(doc: Document, value: str, empty: str = NO_ANSWER) -> Paragraph:
    """A group's answer, or a visible italic `empty` line when there is none."""
    value = safe(value).strip()
    if not value:
        return para(doc, empty, italic=True)
    return para(doc, value)


def bullets(doc: Document, items: Iterable[str], style: str = "List Bullet") -> None:
    for item in items:
        styled(doc, item, style)


def numbered(doc: Document, items: Iterable[str]) -> list[Paragraph]:
    """A 'List Number' list that starts again at 1 (Word would otherwise continue the last one)."""
    paragraphs = [styled(doc, item, "List Number") for item in items]
    if paragraphs:
        restart_numbering(doc, paragraphs)
    return paragraphs


def restart_numbering(doc: Document, paragraphs: Sequence[Paragraph]) -> None:
    """Give these 'List Number' paragraphs their own numbering instance starting at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for p in paragraphs:
        num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num.numId


# -- tables -----------------------------------------------------------------------------------


def table(
    doc: Document,
    headers: Sequence[str] | None,
    rows: Iterable[Sequence[object]],
    *,
    widths: Sequence[float] | None = None,
    style: str = "Table Grid",
    labels: bool = False,
    min_height_cm: float | None = None,
) -> Table:
    """A table built row by row; the header row repeats on every page. `widths` in cm;
    `labels`: the first column is bold (a form of label/value rows); `min_height_cm`: room to
    write by hand in each body row."""
    ncols = len(headers) if headers else None
    rows = iter(rows)
    first = None
    if ncols is None:
        first = next(rows, None)
        ncols = len(first) if first else 1
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    if headers:
        cells = t.add_row().cells
        for cell, value in zip(cells, headers, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(safe(value)).bold = True
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:tblHeader"))
    for values in rows if first is None else _chain(first, rows):
        row = t.add_row()
        _fill(row.cells, values, labels)
        if min_height_cm:
            row.height = Cm(min_height_cm)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    if widths:
        set_widths(t, widths)
    return t


def _chain(first, rest):
    yield first
    yield from rest


def _fill(cells, values: Sequence[object], labels: bool = False) -> None:
    for i, (cell, value) in enumerate(zip(cells, values, strict=True)):
        if labels and i == 0:
            cell.text = ""
            cell.paragraphs[0].add_run(safe(value)).bold = True
        else:
            cell.text = safe(value)


def set_widths(t: Table, widths_cm: Sequence[float]) -> None:
    """Column widths that both Word (cell widths) and LibreOffice (grid) honour."""
    t.autofit = False
    for column, w in zip(t.columns, widths_cm, strict=True):
        column.width = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(w)


def answer_box(doc: Document, height_cm: float, label: str = "") -> Table:
    """An empty bordered box of at least `height_cm` that never splits across pages (handouts)."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    row = t.rows[0]
    row.height = Cm(height_cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if label:
        run = row.cells[0].paragraphs[0].add_run(safe(label))
        run.italic = True
        run.font.size = Pt(9)
    return t


def checklist(doc: Document, items: Iterable[str], other: bool = False) -> list[Paragraph]:
    """Tick boxes to fill in by hand (handouts): "☐ item" lines; `other` adds a line to write on."""
    lines = [styled(doc, f"☐  {safe(item)}", "List Paragraph") for item in items]
    if other:
        lines.append(styled(doc, "☐  Other: " + "_" * 40, "List Paragraph"))
    return lines


def picture(doc: Document, png: bytes, width_cm: float | None = None, caption: str = "") -> None:
    """A picture (PNG bytes) at `width_cm` or the full text width, with an optional caption."""
    import io

    width = Cm(width_cm) if width_cm else text_width(doc)
    doc.add_picture(io.BytesIO(png), width=width)
    if caption:
        styled(doc, caption, "Caption")


def spacer(doc: Document, points: float = 6) -> Paragraph:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(points)
    return p
