"""The power × interest map of one organization's stakeholders as a PNG (QtGui only, offscreen).

Used by the projector's spotlight and the worksheet export. The image always has the same size
(`SIZE`, landscape, about A4's proportions) so it prints at full text width and fills a
projector. Colour AND shape show the category (it reads in grey-scale too), with a legend.
Up to `NAMED_MAX` stakeholders are labelled by name next to their marker when every label finds
a free place; otherwise every marker carries its number and a key lists the names (the numbers
are the order of the group's list, the same as in the worksheet table).

On the projector (a picture wider than 2:1, lettering three times larger) the grid takes the
card's width beside a legend of the categories on the map, named in full; markers grow with the
lettering.
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from workshop_app.i18n import _
from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.plan import Category
from workshop_app.kinds.stakeholders.ui.label_layout import place_labels

SIZE = (2400, 1700)
NAMED_MAX = 14
# Okabe–Ito colours (safe for colour-blind readers), one shape each, in category order.
COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
SHAPES = ("circle", "square", "triangle", "diamond", "down", "pentagon", "hexagon", "star")
QUADRANT_TINT = {
    "manage_closely": "#FBE3D6",
    "keep_satisfied": "#E4EEF8",
    "keep_informed": "#E6F4EA",
    "monitor": "#F2F2F2",
}
_app = None


def ensure_gui() -> None:
    """QtGui painting needs a QGuiApplication; make an offscreen one when none exists."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "workshop-app"])


def style_for(categories: Sequence[Category], category_id: str) -> tuple[str, str]:
    """(colour, shape) of a category: by its position in the plan, "other" last and grey."""
    ids = [c.id for c in categories]
    if category_id == sh.OTHER_CATEGORY.id or category_id not in ids:
        return COLOURS[-1], SHAPES[-1]
    i = ids.index(category_id) % (len(COLOURS) - 1)
    return COLOURS[i], SHAPES[i]


def marker_path(shape: str, centre: QPointF, r: float) -> QPainterPath:
    """A filled marker of radius about `r`; every shape has about the same visual weight."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if shape == "circle":
        path.addEllipse(centre, r, r)
        return path
    if shape == "square":
        s = r * 0.88
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
        return path
    corners = {"triangle": 3, "down": 3, "diamond": 4, "pentagon": 5, "hexagon": 6, "star": 10}[
        shape
    ]
    start = {"triangle": -90, "down": 90, "diamond": -90, "pentagon": -90, "hexagon": 0}.get(
        shape, -90
    )
    scale = {"triangle": 1.2, "down": 1.2, "diamond": 1.15, "star": 1.25}.get(shape, 1.05)
    points = []
    for k in range(corners):
        radius = r * scale * (0.45 if shape == "star" and k % 2 else 1.0)
        a = math.radians(start + 360 * k / corners)
        points.append(QPointF(x + radius * math.cos(a), y + radius * math.sin(a)))
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def _font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Sans Serif"])
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def render_stakeholder_map(
    source,
    group_id: int | None = None,
    *,
    categories: Sequence[Category] | None = None,
    title: str | None = None,
    size: tuple[int, int] = SIZE,
    text_scale: float = 1.0,
) -> bytes:
    """PNG bytes of a group's map. `source`: an EventStore (with `group_id`) or a list of
    Stakeholder; `categories` default to the store's plan (or the stakeholders' own ids)."""
    ensure_gui()
    if isinstance(source, (list, tuple)):
        items = list(source)
        cats = tuple(categories) if categories is not None else _guess_categories(items)
    else:
        items = sh.load(source, group_id)
        cats = tuple(categories) if categories is not None else sh.categories(source.plan)
        if title is None:
            title = _("Stakeholder map: %(org)s") % {"org": source.group(group_id).name}
    if title is None:
        title = _("Stakeholder map")
    return render_map(items, cats, title, size, text_scale)[0]


def render_map(
    items: Sequence[sh.Stakeholder],
    cats: Sequence[Category],
    title: str,
    size: tuple[int, int] = SIZE,
    text_scale: float = 1.0,
) -> tuple[bytes, str]:
    """PNG bytes and how the markers are labelled: "names", or "numbers" with a key."""
    painter = _MapPainter(list(items), tuple(cats), title, size, text_scale)
    png = painter.png()
    return png, painter.mode


def _guess_categories(items: Sequence[sh.Stakeholder]) -> tuple[Category, ...]:
    seen: dict[str, Category] = {}
    for s in items:
        seen.setdefault(s.category, Category(s.category, s.category.replace("_", " ").capitalize()))
    return tuple(seen.values())


class _Marks:
    """Where the markers and their labels go on a grid (names, or numbers with a key)."""

    def __init__(self, named: bool, anchors, rects, texts, font: QFont):
        self.named, self.anchors, self.rects, self.texts, self.font = (
            named,
            anchors,
            rects,
            texts,
            font,
        )


class _MapPainter:
    def __init__(self, items, cats, title: str, size: tuple[int, int], text_scale: float = 1.0):
        self.items, self.cats, self.title = items, cats, title
        self.w, self.h = size
        self.u = self.h / 1700  # one design unit; every length below is in units of SIZE's height
        # lettering (and the room it takes) in its own unit: larger on the projector, where the
        # picture is seen from the back of the room
        self.t = self.u * text_scale
        # markers grow with the lettering: seen from the back of the room on the projector
        self.r = max(20 * self.u, 18 * self.t)
        self.mode = "names"  # or "numbers" (with a key) once the map is crowded
        self.rects: list[QRectF] = []  # where the labels went, for tests
        self.plot = QRectF()  # the grid
        self.legend: list[tuple[Category, QRectF]] = []  # each category's line(s) in the legend
        self.legend_texts: dict[str, str] = {}  # what each category's line says
        self.legend_px = 38 * self.t  # the legend's lettering
        self.label_px = 40 * self.t  # the markers' names (numbers: 34 units)

    def png(self) -> bytes:
        ensure_gui()
        image = QImage(self.w, self.h, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        p = QPainter(image)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.paint(p)
        finally:
            p.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    def paint(self, p: QPainter) -> None:
        u = self.u
        margin = 40 * u
        p.setPen(QColor("#111111"))
        t = self.t
        if self.title:
            p.setFont(_font(54 * t, bold=True))
            head = QRectF(margin, margin * 0.6, self.w - 2 * margin, 76 * t)
            elided = QFontMetricsF(p.font()).elidedText(
                self.title, Qt.TextElideMode.ElideRight, head.width()
            )
            p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
            top = head.bottom() + 30 * u
        else:  # on the projector the card's heading names the map
            top = margin
        side = self.h - top - 50 * u - 60 * t  # room for "Interest →" under the grid
        left = margin + 30 * u + 60 * t  # and for "Influence (power) →" beside it
        if self.w > 2 * self.h:  # the projector's wide card
            self.paint_wide(p, QRectF(left, top, self.w - margin - left, side))
            return
        plot = QRectF(left, top, min(side, 1300 * self.w / 2400), side)
        panel = QRectF(plot.right() + 60 * u, top, self.w - plot.right() - 60 * u - margin, side)
        self.paint_grid(p, plot)
        legend_bottom = self.paint_legend(p, panel, self.cats)
        key = QRectF(
            panel.left(),
            legend_bottom + 30 * u,
            panel.width(),
            panel.bottom() - legend_bottom - 30 * u,
        )
        self.paint_marks(p, self.place_marks(plot), key)

    def paint_wide(self, p: QPainter, area: QRectF) -> None:
        """The projector: the grid takes the card's width beside a legend of the categories
        on the map, each named in full (wrapped, never cut), as large as fits down to 34
        units (18 pt on a 1280×720 room view). When the names find no place beside their
        markers: numbers, and a key beside the legend."""
        u, t = self.u, self.t
        used = {style_for(self.cats, s.category) for s in self.items}
        cats = [c for c in self.cats if style_for(self.cats, c.id) in used] or list(self.cats)
        gap = 60 * u
        for share, px in ((0.32, 38), (0.32, 36), (0.32, 34), (0.4, 34)):
            self.legend_px = px * t
            side_w = self.legend_width(cats, area.width() * share)
            rows, bottom = self.legend_rows(cats, QRectF(0, area.top(), side_w, area.height()))
            if bottom <= area.bottom():
                break
        plot = QRectF(area.left(), area.top(), area.width() - side_w - gap, area.height())
        marks = self.place_marks(plot)
        key_w = 0.0
        if not marks.named:  # crowded: numbers, and a key beside the legend (grid 45 %)
            self.legend_px = 34 * t
            side_w = self.legend_width(cats, area.width() * 0.32)
            key_w = area.width() * 0.55 - side_w - gap
            plot.setWidth(area.width() - side_w - key_w - 2 * gap)
            marks = self.place_marks(plot)
        panel = QRectF(plot.right() + gap, area.top(), side_w, area.height())
        self.paint_grid(p, plot)
        rows, _bottom = self.legend_rows(cats, panel)
        self.draw_legend(p, rows, wrap=True)
        key = QRectF(panel.right() + gap, area.top(), key_w, area.height())
        self.paint_marks(p, marks, key)

    def legend_width(self, cats: Sequence[Category], most: float) -> float:
        """The legend's width: its longest name on one line, or `most` (longer ones wrap)."""
        metrics = QFontMetricsF(_font(self.legend_px))
        widest = max([metrics.horizontalAdvance(self.category_text(c)) for c in cats] or [0.0])
        return min(most, 56 * self.t + widest + 8 * self.u)

    def legend_rows(
        self, cats: Sequence[Category], panel: QRectF
    ) -> tuple[list[tuple[Category, QRectF]], float]:
        """Each category's text rectangle in a legend without a heading (its names wrap), and
        the legend's bottom."""
        t = self.t
        metrics = QFontMetricsF(_font(self.legend_px))
        text_w = panel.width() - 56 * t
        rows, y = [], panel.top()
        for cat in cats:
            height = metrics.boundingRect(
                QRectF(0, 0, text_w, 10 * self.h), Qt.TextFlag.TextWordWrap, self.category_text(cat)
            ).height()
            rect = QRectF(panel.left() + 56 * t, y, text_w, height + metrics.lineSpacing() * 0.25)
            rows.append((cat, rect))
            y = rect.bottom()
        return rows, y

    def category_text(self, cat: Category) -> str:
        """A category's name as the legend says it ("Other" in the map's language)."""
        return _(cat.label) if cat.id == sh.OTHER_CATEGORY.id else cat.label

    def quadrant_font(self, plot: QRectF) -> QFont:
        """The quarters' names, as large as fits inside each quarter."""
        u, t = self.u, self.t
        widest = max((_(label) for label in sh.QUADRANT_LABELS.values()), key=len)
        px = 44 * t
        while (
            px > 20 * u
            and QFontMetricsF(_font(px, bold=True)).horizontalAdvance(widest)
            > plot.width() / 2 - 24 * u
        ):
            px *= 0.92  # each quarter's name fits inside it
        return _font(px, bold=True)

    def quadrants(self, plot: QRectF) -> list[tuple[str, QRectF, Qt.AlignmentFlag]]:
        """Each quarter: its key, its rectangle, where its name sits in it."""
        half_w, half_h = plot.width() / 2, plot.height() / 2
        quads = {
            "keep_satisfied": QRectF(plot.left(), plot.top(), half_w, half_h),
            "manage_closely": QRectF(plot.left() + half_w, plot.top(), half_w, half_h),
            "monitor": QRectF(plot.left(), plot.top() + half_h, half_w, half_h),
            "keep_informed": QRectF(plot.left() + half_w, plot.top() + half_h, half_w, half_h),
        }
        top, bottom = Qt.AlignmentFlag.AlignTop, Qt.AlignmentFlag.AlignBottom
        return [
            (
                key,
                rect,
                Qt.AlignmentFlag.AlignHCenter | (top if rect.top() == plot.top() else bottom),
            )
            for key, rect in quads.items()
        ]

    def quadrant_label_rects(self, plot: QRectF) -> list[QRectF]:
        """Where the quarters' names are drawn: markers' labels keep clear of them."""
        metrics = QFontMetricsF(self.quadrant_font(plot))
        u = self.u
        return [
            metrics.boundingRect(
                rect.adjusted(12 * u, 14 * u, -12 * u, -14 * u),
                align,
                _(sh.QUADRANT_LABELS[key]),
            )
            for key, rect, align in self.quadrants(plot)
        ]

    def paint_grid(self, p: QPainter, plot: QRectF) -> None:
        u = self.u
        self.plot = plot
        t = self.t
        p.setFont(self.quadrant_font(plot))
        for key, rect, align in self.quadrants(plot):
            p.fillRect(rect, QColor(QUADRANT_TINT[key]))
            p.setPen(QColor("#555555"))
            box = rect.adjusted(12 * u, 14 * u, -12 * u, -14 * u)
            p.drawText(box, align, _(sh.QUADRANT_LABELS[key]))
        p.setPen(QPen(QColor("#333333"), 4 * u))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(plot)
        p.setPen(QPen(QColor("#333333"), 3 * u, Qt.PenStyle.DashLine))
        p.drawLine(
            QPointF(plot.center().x(), plot.top()), QPointF(plot.center().x(), plot.bottom())
        )
        p.drawLine(
            QPointF(plot.left(), plot.center().y()), QPointF(plot.right(), plot.center().y())
        )
        p.setPen(QColor("#111111"))
        p.setFont(_font(40 * t, bold=True))
        p.drawText(
            QRectF(plot.left(), plot.bottom() + 16 * u, plot.width(), 60 * t),
            Qt.AlignmentFlag.AlignCenter,
            _("Interest  →"),
        )
        p.save()
        p.translate(plot.left() - 24 * u, plot.center().y())
        p.rotate(-90)
        p.drawText(
            QRectF(-plot.height() / 2, -60 * t, plot.height(), 56 * t),
            Qt.AlignmentFlag.AlignCenter,
            _("Influence (power)  →"),
        )
        p.restore()

    def paint_section_title(self, p: QPainter, area: QRectF, title: str) -> None:
        """A heading ("Categories", "Key") in the top 50 units of `area`."""
        p.setPen(QColor("#111111"))
        p.setFont(_font(38 * self.t, bold=True))
        p.drawText(
            QRectF(area.left(), area.top(), area.width(), 50 * self.t),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )

    def paint_legend(self, p: QPainter, panel: QRectF, cats: Sequence[Category]) -> float:
        """The printed legend: "Categories", then one line per category (a long name ends in
        "…"). Returns its bottom."""
        self.paint_section_title(p, panel, _("Categories"))
        t = self.t
        line = 56 * t
        top = panel.top() + 64 * t
        rows = [
            (cat, QRectF(panel.left() + 56 * t, top + i * line, panel.width() - 56 * t, line))
            for i, cat in enumerate(cats)
        ]
        self.draw_legend(p, rows, wrap=False)
        return top + len(cats) * line

    def draw_legend(self, p: QPainter, rows: Sequence[tuple[Category, QRectF]], wrap: bool) -> None:
        """Each category's marker and name in its row; `wrap`: names wrap instead of "…"."""
        t = self.t
        p.setFont(_font(self.legend_px))
        metrics = QFontMetricsF(p.font())
        first_line = metrics.lineSpacing() * 1.25 if wrap else 56 * t
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for cat, rect in rows:
            colour, shape = style_for(self.cats, cat.id)
            centre = QPointF(rect.left() - 34 * t, rect.top() + first_line / 2)
            self.draw_marker(p, shape, colour, centre, 17 * t)
            full = self.category_text(cat)
            if wrap:
                text, flags = full, int(align) | int(Qt.TextFlag.TextWordWrap)
            else:
                text = metrics.elidedText(full, Qt.TextElideMode.ElideRight, rect.width() - 4 * t)
                flags = int(align)
            p.setPen(QColor("#111111"))
            p.drawText(rect, flags, text)
            self.legend.append((cat, rect))
            self.legend_texts[cat.id] = text

    def draw_marker(self, p: QPainter, shape: str, colour: str, c: QPointF, r: float) -> None:
        p.setPen(QPen(QColor("#1A1A1A"), max(1.5, 3 * self.u)))
        p.setBrush(QBrush(QColor(colour)))
        p.drawPath(marker_path(shape, c, r))

    def place_marks(self, plot: QRectF) -> _Marks:
        """Where each marker and its label go: names when every one finds a free place."""
        u, r = self.u, self.r
        pad = r * 1.6
        inner = plot.adjusted(pad, pad, -pad, -pad)
        anchors = [
            QPointF(
                inner.left() + inner.width() * s.interest / 100,
                inner.bottom() - inner.height() * s.influence / 100,
            )
            for s in self.items
        ]
        obstacles = [QRectF(a.x() - r, a.y() - r, 2 * r, 2 * r) for a in anchors]
        obstacles += self.quadrant_label_rects(plot)
        if self.items and len(self.items) <= NAMED_MAX:
            font = _font(40 * self.t, bold=True)
            metrics = QFontMetricsF(font)
            texts = [
                metrics.elidedText(s.name, Qt.TextElideMode.ElideRight, 600 * self.t)
                for s in self.items
            ]
            sizes = [
                (metrics.horizontalAdvance(t) + 14 * u, metrics.height() + 4 * u) for t in texts
            ]
            rects, overlaps = place_labels(anchors, sizes, plot, r + 6 * u, obstacles)
            if overlaps == 0:
                return _Marks(True, anchors, rects, texts, font)
        font = _font(34 * self.t, bold=True)
        metrics = QFontMetricsF(font)
        texts = [str(i) for i in range(1, len(self.items) + 1)]
        sizes = [(metrics.horizontalAdvance(t) + 10 * u, metrics.height()) for t in texts]
        rects, _moved = place_labels(anchors, sizes, plot, r + 4 * u, obstacles)
        return _Marks(not self.items, anchors, rects, texts, font)

    def paint_marks(self, p: QPainter, marks: _Marks, key_area: QRectF) -> None:
        u, r = self.u, self.r
        if not self.items:
            p.setPen(QColor("#555555"))
            p.setFont(_font(40 * u))
            p.drawText(self.plot, Qt.AlignmentFlag.AlignCenter, _("No stakeholders placed yet"))
            return
        for s, a in zip(self.items, marks.anchors, strict=True):
            colour, shape = style_for(self.cats, s.category)
            self.draw_marker(p, shape, colour, a, r)
        p.setFont(marks.font)
        self.label_px = marks.font.pixelSize()
        for rect, t, a in zip(marks.rects, marks.texts, marks.anchors, strict=True):
            near = QPointF(
                min(max(a.x(), rect.left()), rect.right()),
                min(max(a.y(), rect.top()), rect.bottom()),
            )
            if math.dist((near.x(), near.y()), (a.x(), a.y())) > r * 1.9:
                p.setPen(QPen(QColor("#666666"), 2 * u))
                p.drawLine(a, near)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(255, 255, 255, 215))
            p.drawRoundedRect(rect, 6 * u, 6 * u)
            p.setPen(QColor("#111111"))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, t)
        self.mode, self.rects = ("names" if marks.named else "numbers"), marks.rects
        if not marks.named:
            self.paint_key(p, key_area)

    def paint_key(self, p: QPainter, area: QRectF) -> None:
        """Numbered names in as many columns as needed, with the largest font that fits."""
        u = self.u
        n = len(self.items)
        self.paint_section_title(p, area, _("Key"))
        body = area.adjusted(0, 60 * self.t, 0, 0)
        for columns in range(1, 5):
            rows = math.ceil(n / columns)
            line = body.height() / max(rows, 1)
            if line >= 26 * self.t or columns == 4:
                break
        px = min(36 * self.t, line * 0.78)
        font = _font(px)
        p.setFont(font)
        metrics = QFontMetricsF(font)
        col_w = body.width() / columns
        for i, s in enumerate(self.items):
            col, row = divmod(i, rows)
            rect = QRectF(body.left() + col * col_w, body.top() + row * line, col_w - 12 * u, line)
            t = metrics.elidedText(f"{i + 1}  {s.name}", Qt.TextElideMode.ElideRight, rect.width())
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, t)
