"""The few helpers every Word export shares (python-docx; import this module lazily).

- Word's built-in styles (Title, Subtitle, Heading 1–4, List Number, List Bullet, Table Grid,
  Strong…) and a few project styles built on them for every repeated look (`STYLES`: table
  header, help text, "why" notes, map labels…), so a user restyles a whole document with one
  click in Word or LibreOffice. No run carries its own bold, italic or size.
- Numbers that belong to the document's structure (stages, clauses) are Word numbering linked
  to a style (`NUMBERED_STYLES`), so they renumber when a clause is moved in Word.
- Every table row is kept on one page (`cantSplit`); header rows repeat on every page.
- `new_document` gives a document its paper size, a header (event and organization), a footer
  with "Page X of Y" fields and a confidentiality line, its project styles and its core
  properties (author, title, subject, language).
- Every string goes through `text.clean` (`safe`), so no answer can break the file's XML.
- `table` builds row by row from plain lists: no `table.cell(r, c)` lookups, which python-docx
  makes quadratic in the table's size.

Sections contributed by other stage kinds (see worksheet.py, handout.py, summary.py) should use
these helpers so every export looks alike.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime

from docx import Document as _new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from workshop_app import text as _text
from workshop_app.i18n import N_, _

NO_ANSWER = N_("No answer recorded")
PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
MARGIN = Cm(2.2)
MIN_PT = 9  # nothing prints smaller
BODY_PT = 11  # body text

# the project's styles: name -> (built-in style it is based on, look). A user who restyles the
# built-in one (say Normal's font) restyles these with it.
TABLE_HEADER = "Table Header"
TABLE_LABEL = "Table Label"
HELP_TEXT = "Help Text"
EMPTY_ANSWER = "Empty Answer"
WHY_NOTE = "Why Note"
MAP_LABEL = "Map Label"
MAP_AXIS = "Map Axis"
STAGE_HEADING = "Stage Heading"
CLAUSE_HEADING = "Clause Heading"


@dataclass(frozen=True)
class Look:
    base: str
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    colour: str | None = None
    space_after: float | None = None
    keep_with_next: bool | None = None
    keep_together: bool | None = None


STYLES: dict[str, Look] = {
    TABLE_HEADER: Look("Normal", bold=True, size=10, space_after=2, keep_together=True),
    TABLE_LABEL: Look("Normal", bold=True),
    HELP_TEXT: Look("Normal", italic=True, colour="404040"),
    EMPTY_ANSWER: Look("Normal", italic=True, colour="404040"),
    WHY_NOTE: Look("Body Text 3", italic=True, size=MIN_PT, colour="404040"),
    MAP_LABEL: Look("Normal", italic=True, size=MIN_PT, space_after=0),
    MAP_AXIS: Look("Normal", bold=True, space_after=2),
    STAGE_HEADING: Look("Heading 1"),
    CLAUSE_HEADING: Look("Heading 3"),
}
NUMBERED_STYLES = (STAGE_HEADING, CLAUSE_HEADING)  # "1. " from Word numbering, not typed

__all__ = [
    "CLAUSE_HEADING",
    "EMPTY_ANSWER",
    "HELP_TEXT",
    "MAP_AXIS",
    "MAP_LABEL",
    "NO_ANSWER",
    "PAPER",
    "STAGE_HEADING",
    "STYLES",
    "TABLE_HEADER",
    "TABLE_LABEL",
    "WHY_NOTE",
    "Document",
    "answer",
    "answer_box",
    "bullets",
    "checklist",
    "heading",
    "help_text",
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
    author: str,
    paper: str = "a4",
    keywords: str = "",
    language: str = "",
) -> Document:
    """A new document with paper size, margins, header, footer, styles and core properties."""
    doc = _new_document()
    _add_styles(doc)
    section = doc.sections[0]
    width, height = PAPER[paper]
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.header_distance = section.footer_distance = Cm(1.0)
    section.header.paragraphs[0].text = safe(header)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # "Page 1 of 3" in the document's language, the numbers as Word fields
    for part in re.split(r"(%\(pages?\)s)", _("Page %(page)s of %(pages)s")):
        if part == "%(page)s":
            _field(footer, "PAGE", "1")
        elif part == "%(pages)s":
            _field(footer, "NUMPAGES", "1")
        elif part:
            footer.add_run(part)
    footer.add_run(f"  ·  {safe(confidential_for)}")
    props = doc.core_properties
    props.title = safe(title)[:255]
    props.subject = safe(subject)[:255]
    props.author = props.last_modified_by = safe(author)[:255]
    props.keywords = safe(keywords)[:255]
    props.comments = ""
    props.category = ""
    props.revision = 1
    stamp = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = props.modified = stamp
    props.last_printed = stamp
    if language:
        props.language = language
        _set_language(doc, language)
    return doc


def _set_language(doc: Document, language: str) -> None:
    """The document's default language (spelling, hyphenation, screen readers' voice)."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)


def _add_styles(doc: Document) -> None:
    styles = doc.styles
    # Word's built-in small styles are raised to the smallest size that prints readably
    for name in ("Body Text 3", "Caption"):
        styles[name].font.size = Pt(MIN_PT)
    styles["Caption"].font.color.rgb = RGBColor.from_string("1F497D")  # accent1 is too light
    for name, look in STYLES.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[look.base]
        style.quick_style = True
        font = style.font
        if look.bold is not None:
            font.bold = look.bold
        if look.italic is not None:
            font.italic = look.italic
        if look.size is not None:
            font.size = Pt(look.size)
        if look.colour is not None:
            font.color.rgb = RGBColor.from_string(look.colour)
        fmt = style.paragraph_format
        if look.space_after is not None:
            fmt.space_after = Pt(look.space_after)
        if look.keep_with_next is not None:
            fmt.keep_with_next = look.keep_with_next
        if look.keep_together is not None:
            fmt.keep_together = look.keep_together
    for name in NUMBERED_STYLES:
        _number_style(doc, styles[name])


def _number_style(doc: Document, style) -> None:
    """Word numbering linked to a paragraph style: every paragraph in the style is "N. ",
    counted by Word, so moving one renumbers the rest."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(ids, default=-1) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "singleLevel")
    abstract.append(multi)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", "decimal"),
        ("w:pStyle", style.style_id),
        ("w:suff", "space"),
        ("w:lvlText", "%1."),
        ("w:lvlJc", "left"),
    ):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        lvl.append(el)
    p_pr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "0")
    p_pr.append(ind)
    lvl.append(p_pr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum comes before the first num
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    num_pr = style.element.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num.numId


def confidential_line(organization: str) -> str:
    return _("Confidential — prepared for %(org)s") % {"org": safe(organization)}


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


def page_break_before(paragraph: Paragraph) -> Paragraph:
    """Start `paragraph` on a new page (a property of the paragraph, so no empty paragraph
    is left behind to make a blank page when the page before is already full)."""
    paragraph.paragraph_format.page_break_before = True
    return paragraph


# -- paragraphs -------------------------------------------------------------------------------


def styled(doc: Document, value: str = "", style: str | None = None) -> Paragraph:
    """`doc.add_paragraph(value, style)` without python-docx's slow per-call style lookup."""
    p = doc.add_paragraph(safe(value) if value else "")
    if style:
        p._p.style = style_id(doc, style)
    return p


def style_id(doc: Document, name: str) -> str:
    """The id of a style, looked up once per document."""
    cache = doc.__dict__.setdefault("_workshop_style_ids", {})
    if name not in cache:
        cache[name] = doc.styles[name].style_id
    return cache[name]


def heading(doc: Document, value: str, level: int = 1, style: str | None = None) -> Paragraph:
    """A heading; `style` a project heading style of that level (STAGE_HEADING for level 1,
    CLAUSE_HEADING for level 3), whose number Word counts."""
    name = style or ("Title" if level == 0 else f"Heading {level}")
    p = styled(doc, value, name)
    p.paragraph_format.keep_with_next = True
    return p


def para(
    doc: Document,
    value: str = "",
    style: str | None = None,
    *,
    bold_label: str = "",
) -> Paragraph:
    """A paragraph; newlines in `value` become line breaks, tabs stay tabs. `bold_label` runs
    in before the text in Word's "Strong" character style."""
    p = styled(doc, "", style)
    if bold_label:
        run = p.add_run(safe(bold_label))
        run._r.get_or_add_rPr().style = style_id(doc, "Strong")
    if value:
        p.add_run(safe(value))
    return p


def help_text(doc: Document, value: str, keep_with_next: bool = True) -> Paragraph:
    """Guidance for the reader (what a prompt asks for, how to fill a table in)."""
    p = para(doc, value, HELP_TEXT)
    if keep_with_next:
        p.paragraph_format.keep_with_next = True
    return p


def answer(doc: Document, value: str, empty: str = NO_ANSWER) -> Paragraph:
    """A group's answer, or a visible `empty` line (in "Empty Answer") when there is none."""
    value = safe(value).strip()
    if not value:
        return para(doc, _(empty), EMPTY_ANSWER)
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
    """A table built row by row: the header row (in "Table Header") repeats on every page and
    no row splits across pages; a short one (up to KEPT_TOGETHER rows) is not split at all, so
    no page ends on a header and one row. `widths` in cm (a column too narrow for the longest
    word of its header is widened from the widest column); `labels`: the first column is a
    label (in "Table Label", a form of label/value rows); `min_height_cm`: room to write by
    hand."""
    ncols = len(headers) if headers else None
    rows = iter(rows)
    first = None
    if ncols is None:
        first = next(rows, None)
        ncols = len(first) if first else 1
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    header_id = style_id(doc, TABLE_HEADER)
    label_id = style_id(doc, TABLE_LABEL) if labels else None
    if widths and headers:
        widths = fit_headers(headers, widths)
    if widths:
        t.autofit = False
        for column, w in zip(t.columns, widths, strict=True):
            column.width = Cm(w)
    if headers:
        row = t.add_row()
        for cell, value in zip(row.cells, headers, strict=True):
            cell.text = safe(value)
            cell.paragraphs[0]._p.style = header_id
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        tr_pr.append(OxmlElement("w:tblHeader"))
        if widths:
            for cell, w in zip(row.cells, widths, strict=True):
                cell.width = Cm(w)
    # body rows are copies of one blank row (widths, cantSplit, height, label style set once),
    # filled through lxml: python-docx's add_row and cell.text cost ~10x more per cell
    template = t.add_row()
    template._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if min_height_cm:
        template.height = Cm(min_height_cm)
        template.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    cells = template.cells
    if widths:
        for cell, w in zip(cells, widths, strict=True):
            cell.width = Cm(w)
    if label_id:
        cells[0].paragraphs[0]._p.style = label_id
    blank = template._tr
    tbl = t._tbl
    tbl.remove(blank)
    for values in rows if first is None else _chain(first, rows):
        tr = deepcopy(blank)
        for tc, value in zip(tr.iterchildren(_TC), values, strict=True):
            _put_text(tc.find(_P), safe(value))
        tbl.append(tr)
    if len(t.rows) <= KEPT_TOGETHER + bool(headers):
        keep_together(t)
    return t


KEPT_TOGETHER = 12  # body rows of a table that `table` keeps on one page


def keep_together(t: Table) -> Table:
    """`t` stays on one page, as Word and LibreOffice do it: every row but the last keeps
    with the next (the heading before it keeps with the table already)."""
    for row in t.rows[:-1]:
        for cell in row.cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    return t


_TC, _P, _R, _T = qn("w:tc"), qn("w:p"), qn("w:r"), qn("w:t")
_SPACE = qn("xml:space")


def _put_text(p, value: str) -> None:
    """A cell paragraph's text as one run; tabs and line breaks as Word's own elements."""
    if not value:
        return
    r = OxmlElement("w:r")
    if "\t" not in value and "\n" not in value:
        t = OxmlElement("w:t")
        t.text = value
        if value != value.strip():
            t.set(_SPACE, "preserve")
        r.append(t)
    else:
        for i, line in enumerate(value.split("\n")):
            if i:
                r.append(OxmlElement("w:br"))
            for j, piece in enumerate(line.split("\t")):
                if j:
                    r.append(OxmlElement("w:tab"))
                if piece:
                    t = OxmlElement("w:t")
                    t.text = piece
                    t.set(_SPACE, "preserve")
                    r.append(t)
    p.append(r)


def _chain(first, rest):
    yield first
    yield from rest


# a generous average advance of a bold character, in ems (wide fonts such as Noto Serif Bold
# included), and the cell's left and right margins (Word's default 0.19 cm each)
_EM_PER_CHAR = 0.62
_CELL_MARGINS_CM = 0.45


def word_cm(word: str, points: float) -> float:
    """About how wide `word` prints in bold at `points` (cm), cell margins included."""
    em_cm = points * 2.54 / 72
    return len(word) * _EM_PER_CHAR * em_cm + _CELL_MARGINS_CM


def fit_headers(
    headers: Sequence[str], widths: Sequence[float], points: float | None = None
) -> list[float]:
    """Widths where every header's longest word fits on one line (no "Influe/nce"): a column
    that is too narrow takes what it needs from the columns with room to spare."""
    points = points or STYLES[TABLE_HEADER].size or BODY_PT
    widths = list(widths)
    need = [max((word_cm(w, points) for w in safe(h).split()), default=0) for h in headers]
    for i, wanted in enumerate(need):
        short = wanted - widths[i]
        while short > 0.01:
            # the column with the most room above its own need gives some
            donors = [(widths[j] - need[j], j) for j in range(len(widths)) if j != i]
            room, j = max(donors, default=(0, -1))
            if room <= 0.01:
                break
            give = min(room, short)
            widths[j] -= give
            widths[i] += give
            short -= give
    return widths


def set_widths(t: Table, widths_cm: Sequence[float]) -> None:
    """Column widths that both Word (cell widths) and LibreOffice (grid) honour."""
    t.autofit = False
    for column, w in zip(t.columns, widths_cm, strict=True):
        column.width = Cm(w)
    for row in t.rows:
        for cell, w in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(w)


def keep_rows(t: Table) -> Table:
    """Every row of `t` stays on one page (tables not built by `table`)."""
    for row in t.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.append(OxmlElement("w:cantSplit"))
    return t


def answer_box(doc: Document, height_cm: float, label: str = "") -> Table:
    """An empty bordered box of at least `height_cm` that never splits across pages (handouts)."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    row = t.rows[0]
    row.height = Cm(height_cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    if label:
        p = row.cells[0].paragraphs[0]
        p._p.style = style_id(doc, MAP_LABEL)
        p.add_run(safe(label))
    return t


def checklist(doc: Document, items: Iterable[str], other: bool = False) -> list[Paragraph]:
    """Tick boxes to fill in by hand (handouts): "☐ item" lines; `other` adds a line to write on."""
    lines = [styled(doc, f"☐  {safe(item)}", "List Paragraph") for item in items]
    if other:
        lines.append(styled(doc, "☐  Other: " + "_" * 40, "List Paragraph"))
    return lines


def picture(
    doc: Document, png: bytes, *, alt: str, width_cm: float | None = None, caption: str = ""
) -> None:
    """A picture (PNG bytes) at `width_cm` or the full text width, with its text alternative
    `alt` (what a screen reader says instead: what the picture shows, in words) and an optional
    caption."""
    if not safe(alt).strip():
        raise ValueError("a picture needs a text alternative")
    width = Cm(width_cm) if width_cm else text_width(doc)
    shape = doc.add_picture(io.BytesIO(png), width=width)
    doc_pr = shape._inline.docPr
    doc_pr.set("descr", safe(alt))
    doc.paragraphs[-1].paragraph_format.keep_with_next = bool(caption)
    if caption:
        styled(doc, caption, "Caption")


def spacer(doc: Document, points: float = 6) -> Paragraph:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(points)
    return p
