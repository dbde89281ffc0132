"""An export checker that reads the OOXML itself (not through python-docx's objects).

`problems(path)` lists, one line each, what keeps a .docx from being accessible, restylable and
clean in print:

- a drawing without a text alternative (`wp:docPr/@descr` empty);
- a heading level that skips one (Heading 1 → Heading 3), or a document whose first heading is
  not level 1; levels come from the style chain's outline level, as Word and pandoc read them;
- a run with its own bold, italic or size (`w:b`, `w:i`, `w:sz` in `w:rPr`), where a style is
  meant;
- a table row that may split across pages (no `w:cantSplit`);
- text smaller than 9 pt anywhere, or body text ("Normal") under 11 pt;
- core properties missing: title, subject, author, language.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS = {
    "w": W,
    "wp": WP,
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}
RUN_LOOKS = ("b", "bCs", "i", "iCs", "sz", "szCs")
MIN_HALF_POINTS = 18
BODY_HALF_POINTS = 22


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


class Styles:
    """The document's styles with their inheritance resolved."""

    def __init__(self, root: etree._Element):
        self.by_id = {s.get(_w("styleId")): s for s in root.iter(_w("style"))}
        self.default_para = next(
            (
                s.get(_w("styleId"))
                for s in root.iter(_w("style"))
                if s.get(_w("type")) == "paragraph" and s.get(_w("default")) == "1"
            ),
            "Normal",
        )
        size = root.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS)
        self.default_size = int(size.get(_w("val"))) if size is not None else 20

    def chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            based = style.find("w:basedOn", NS)
            style_id = based.get(_w("val")) if based is not None else None

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id or "")
        found = style.find("w:name", NS) if style is not None else None
        name = found.get(_w("val")) if found is not None else str(style_id)
        return name[:1].upper() + name[1:]  # "heading 1" is shown as Word shows it

    def size(self, style_id: str | None) -> int:
        """Half-points of text in this style (through its basedOn chain, then the defaults)."""
        for style in self.chain(style_id):
            sz = style.find("w:rPr/w:sz", NS)
            if sz is not None:
                return int(sz.get(_w("val")))
        return self.default_size

    def outline_level(self, style_id: str | None) -> int | None:
        """1-based heading level of a paragraph style, None for body text."""
        for style in self.chain(style_id):
            level = style.find("w:pPr/w:outlineLvl", NS)
            if level is not None:
                value = int(level.get(_w("val")))
                return value + 1 if value < 9 else None
            name = (style.find("w:name", NS).get(_w("val")) or "").lower()
            if name.startswith("heading ") and name[8:].isdigit():
                return int(name[8:])
        return None


def _paragraph_style(p: etree._Element, styles: Styles) -> str:
    found = p.find("w:pPr/w:pStyle", NS)
    return found.get(_w("val")) if found is not None else styles.default_para


def problems(path: str | Path) -> list[str]:
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        document = etree.fromstring(z.read("word/document.xml"))
        styles = Styles(etree.fromstring(z.read("word/styles.xml")))
        core = etree.fromstring(z.read("docProps/core.xml"))
        parts = [document] + [
            etree.fromstring(z.read(n))
            for n in z.namelist()
            if n.startswith(("word/header", "word/footer")) and n.endswith(".xml")
        ]
    found: list[str] = []

    # text alternatives
    for i, doc_pr in enumerate(document.iter(f"{{{WP}}}docPr"), 1):
        if not (doc_pr.get("descr") or "").strip():
            found.append(f"drawing {i} ({doc_pr.get('name')}) has no text alternative")

    # heading levels, in reading order of the body (not inside tables)
    body = document.find("w:body", NS)
    previous = 0
    for p in body.iter(_w("p")):
        if any(a.tag == _w("tbl") for a in p.iterancestors()):
            continue
        style_id = _paragraph_style(p, styles)
        level = styles.outline_level(style_id)
        if level is None:
            continue
        text = "".join(t.text or "" for t in p.iter(_w("t")))[:50]
        if level > previous + 1:
            found.append(
                f"heading level skips: {styles.name(style_id)} {text!r} after level {previous}"
            )
        previous = level

    # run-level looks and sizes, in the body, headers and footers
    for part in parts:
        for run in part.iter(_w("r")):
            r_pr = run.find("w:rPr", NS)
            own = [c.tag.split("}")[1] for c in r_pr] if r_pr is not None else []
            looks = [t for t in own if t in RUN_LOOKS]
            if looks:
                text = "".join(t.text or "" for t in run.iter(_w("t")))[:40]
                found.append(f"run {text!r} has its own {', '.join(looks)}")
    for p in document.iter(_w("p")):
        style_id = _paragraph_style(p, styles)
        size = styles.size(style_id)
        for run in p.iter(_w("r")):
            r_style = run.find("w:rPr/w:rStyle", NS)
            own_size = run.find("w:rPr/w:sz", NS)
            run_size = size
            if own_size is not None:
                run_size = int(own_size.get(_w("val")))
            elif r_style is not None:
                for s in styles.chain(r_style.get(_w("val"))):
                    sz = s.find("w:rPr/w:sz", NS)
                    if sz is not None:
                        run_size = int(sz.get(_w("val")))
                        break
            if run_size < MIN_HALF_POINTS and "".join(t.text or "" for t in run.iter(_w("t"))):
                found.append(
                    f"text in {styles.name(style_id)} prints at {run_size / 2:g} pt (under 9 pt)"
                )
                break
    normal = styles.size(styles.default_para)
    if normal < BODY_HALF_POINTS:
        found.append(f"body text is {normal / 2:g} pt (under 11 pt)")

    # rows that may split across pages
    for t, tbl in enumerate(body.iter(_w("tbl")), 1):
        for r, tr in enumerate(tbl.findall("w:tr", NS), 1):
            if tr.find("w:trPr/w:cantSplit", NS) is None:
                found.append(f"table {t} row {r} may split across pages")

    # core properties
    for tag in ("dc:title", "dc:subject", "dc:creator", "dc:language"):
        el = core.find(tag, NS)
        if el is None or not (el.text or "").strip():
            found.append(f"core property {tag} is not set")
    return _unique(found)


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    for item in items:
        seen[item] = seen.get(item, 0) + 1
    return [f"{item} (×{n})" if n > 1 else item for item, n in seen.items()]
