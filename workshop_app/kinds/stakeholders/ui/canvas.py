"""The power × interest canvas: one marker per stakeholder, dragged or moved with the arrow keys.

The scene is 1000 × 1000 units (interest left → right, influence bottom → top, 10 units per
point), scaled to fit the view. Colour and shape show the category (the same as the printed
map); labels are placed where they overlap nothing, and a crowded map shows numbers instead of
names (the numbers of the list beside it). The canvas only shows and reports: `moved` and
`selected` tell the page, which saves and calls `set_items` again.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyle,
    QWidget,
)

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.plan import Category
from workshop_app.kinds.stakeholders.ui.label_layout import place_labels
from workshop_app.kinds.stakeholders.ui.map_accessible import (
    MAP_NAME,
    MapAccessible,
    MarkerAccessible,
)
from workshop_app.kinds.stakeholders.ui.map_image import (
    NAMED_MAX,
    QUADRANT_TINT,
    marker_path,
    style_for,
)
from workshop_app.ui import accessible
from workshop_app.ui.i18n import core_text

SCENE = 1000.0
RADIUS = 16.0
STEP = 5.0  # points per arrow key press; Shift+arrow moves by 1
NEW_STEP, NEW_REACH = 8.0, 32.0  # new markers: points apart, and how far from the centre


def to_scene(influence: float, interest: float) -> QPointF:
    return QPointF(interest * SCENE / 100, (100 - influence) * SCENE / 100)


def _marker_rect(p: QPointF) -> QRectF:
    return QRectF(p.x() - RADIUS, p.y() - RADIUS, 2 * RADIUS, 2 * RADIUS)


def _near_the_centre() -> list[tuple[float, float]]:
    """Places for new markers, nearest the centre first: a grid NEW_STEP points apart that
    straddles the quadrant lines (half a step off each), so each place is in one quadrant."""
    half = NEW_STEP / 2
    reach = int(NEW_REACH // NEW_STEP)
    spots = [
        (sh.BOUNDARY + half + i * NEW_STEP, sh.BOUNDARY + half + j * NEW_STEP)
        for i in range(-reach, reach)
        for j in range(-reach, reach)
    ]

    def order(spot: tuple[float, float]) -> tuple[float, float]:
        up, right = spot[0] - sh.BOUNDARY, spot[1] - sh.BOUNDARY
        # nearest first; at one distance, clockwise from "manage closely" (above, right)
        return round(math.hypot(up, right), 3), (math.pi / 4 - math.atan2(up, right)) % math.tau

    return sorted(spots, key=order)


def from_scene(p: QPointF) -> tuple[float, float]:
    """(influence, interest) of a scene point, clamped to 0–100."""
    return sh.clamp(100 - p.y() * 100 / SCENE), sh.clamp(p.x() * 100 / SCENE)


RING = 1.9  # the selection ring's radius, in marker radii


class MarkerItem(QGraphicsPathItem):
    def __init__(
        self, canvas: StakeholderCanvas, stakeholder: sh.Stakeholder, colour: str, shape: str
    ):
        super().__init__(marker_path(shape, QPointF(0, 0), RADIUS))
        self.canvas = canvas
        self.stakeholder_id = stakeholder.id
        self.setBrush(QBrush(QColor(colour)))
        self.setPen(QPen(QColor("#1A1A1A"), 2))
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(f"{stakeholder.name} — {core_text(stakeholder.quadrant_label)}")
        self.setPos(to_scene(stakeholder.influence, stakeholder.interest))
        self.setZValue(2)
        self._pressed_at: QPointF | None = None

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            p = QPointF(value)
            return QPointF(min(max(p.x(), 0.0), SCENE), min(max(p.y(), 0.0), SCENE))
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged and value:
            self.canvas.selected.emit(self.stakeholder_id)
        return super().itemChange(change, value)

    def ring_rect(self) -> QRectF:
        """Where the selection ring is drawn (dashed circle, 3 px pen), in item coordinates."""
        r = RING * RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def boundingRect(self) -> QRectF:
        # the ring is wider than the marker: Qt repaints only this rectangle when the marker
        # moves or is deselected, so a smaller one left trails of rings on the map
        return super().boundingRect().united(self.ring_rect())

    def paint(self, painter, option, widget=None):
        if self.isSelected():
            painter.setPen(QPen(QColor("#000000"), 3, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), RADIUS * RING, RADIUS * RING)
        option.state &= ~QStyle.StateFlag.State_Selected  # our own ring, not Qt's dotted box
        super().paint(painter, option, widget)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_at = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._pressed_at is not None and self.pos() != self._pressed_at:
            self.canvas.report_move(self)
        self._pressed_at = None


class StakeholderCanvas(QGraphicsView):
    moved = Signal(str, float, float)  # id, influence, interest
    selected = Signal(str)  # id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(-40, -40, SCENE + 80, SCENE + 80, self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 320)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(QCoreApplication.translate("StakeholderMap", MAP_NAME))
        self.setToolTip("")
        self.markers: dict[str, MarkerItem] = {}
        self._marker_interfaces: dict[str, MarkerAccessible] = {}
        self.labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._items: list[sh.Stakeholder] = []
        self._cats: tuple[Category, ...] = ()
        self.quadrant_labels: list[QRectF] = []
        self.leaders: list[QGraphicsItem] = []
        self._draw_background()

    # -- showing -----------------------------------------------------------------------------

    def _draw_background(self) -> None:
        scene = self.scene()
        half = SCENE / 2
        quads = (
            ("keep_satisfied", 0, 0),
            ("manage_closely", half, 0),
            ("monitor", 0, half),
            ("keep_informed", half, half),
        )
        font = QFont()
        font.setPixelSize(36)
        font.setBold(True)
        for key, x, y in quads:
            scene.addRect(
                QRectF(x, y, half, half),
                QPen(Qt.PenStyle.NoPen),
                QBrush(QColor(QUADRANT_TINT[key])),
            )
            label = scene.addSimpleText(core_text(sh.QUADRANT_LABELS[key]), font)
            label.setBrush(QColor("#555555"))
            w = label.boundingRect().width()
            label.setPos(x + (half - w) / 2, y + (8 if y == 0 else half - 46))
            self.quadrant_labels.append(label.sceneBoundingRect())
        scene.addRect(QRectF(0, 0, SCENE, SCENE), QPen(QColor("#333333"), 3))
        dash = QPen(QColor("#333333"), 2, Qt.PenStyle.DashLine)
        scene.addLine(half, 0, half, SCENE, dash)
        scene.addLine(0, half, SCENE, half, dash)
        axis = QFont()
        axis.setPixelSize(30)
        x_label = scene.addSimpleText(
            QCoreApplication.translate("StakeholderMap", "Interest →"), axis
        )
        x_label.setPos(half - x_label.boundingRect().width() / 2, SCENE + 2)
        y_label = scene.addSimpleText(
            QCoreApplication.translate("StakeholderMap", "Influence (power) →"), axis
        )
        y_label.setRotation(-90)
        y_label.setPos(-40, half + y_label.boundingRect().width() / 2)

    def set_items(self, items: Sequence[sh.Stakeholder], cats: Sequence[Category]) -> None:
        """Show exactly `items` (keeping the selection when the same stakeholder is still there)."""
        current = self.current_id()
        self._items, self._cats = list(items), tuple(cats)
        for item in list(self.markers.values()) + list(self.labels.values()):
            self.scene().removeItem(item)
        self.markers.clear()
        self.labels.clear()
        for s in self._items:
            colour, shape = style_for(self._cats, s.category)
            marker = MarkerItem(self, s, colour, shape)
            self.scene().addItem(marker)
            self.markers[s.id] = marker
        self.relabel()
        if current in self.markers:
            self.select(current)

    def _labels_for(
        self, names: Sequence[str], anchors: Sequence[QPointF]
    ) -> tuple[list[QGraphicsSimpleTextItem], list[QRectF], int]:
        """The labels of markers at `anchors`, where they go, and how many found no free place."""
        named = len(names) <= NAMED_MAX
        font = QFont()
        font.setPixelSize(28 if named else 24)
        font.setBold(True)
        texts = list(names) if named else [str(i) for i in range(1, len(names) + 1)]
        probes = [QGraphicsSimpleTextItem(t) for t in texts]
        for probe in probes:
            probe.setFont(font)
        sizes = [(p.boundingRect().width() + 6, p.boundingRect().height()) for p in probes]
        obstacles = [_marker_rect(a) for a in anchors] + self.quadrant_labels
        gap = RADIUS * 2 if named else RADIUS + 2  # names clear the selection ring
        rects, crowded = place_labels(anchors, sizes, QRectF(0, 0, SCENE, SCENE), gap, obstacles)
        return probes, rects, crowded

    def open_spot(self, name: str) -> tuple[float, float]:
        """Where a new stakeholder starts, as (influence, interest): near the centre, so it
        reads as not yet placed, but off the quadrant lines and where neither its marker nor
        any name on the map overlaps another; the nearest such place, in rings outwards."""
        names = [s.name for s in self._items] + [name]
        anchors = [self.markers[s.id].pos() for s in self._items]
        fallback, fewest = (sh.BOUNDARY, sh.BOUNDARY), math.inf
        for influence, interest in _near_the_centre():
            spot = to_scene(influence, interest)
            if any(QLineF(spot, a).length() < 2 * RING * RADIUS for a in anchors):
                continue  # the selection rings would touch
            _, _, crowded = self._labels_for(names, [*anchors, spot])
            if crowded == 0:
                return influence, interest
            if crowded < fewest:
                fallback, fewest = (influence, interest), crowded
        return fallback

    def relabel(self) -> None:
        for item in [*self.labels.values(), *self.leaders]:
            self.scene().removeItem(item)
        self.labels.clear()
        self.leaders.clear()
        anchors = [self.markers[s.id].pos() for s in self._items]
        probes, rects, _ = self._labels_for([s.name for s in self._items], anchors)
        for s, probe, rect, a in zip(self._items, probes, rects, anchors, strict=True):
            near = QPointF(
                min(max(a.x(), rect.left()), rect.right()),
                min(max(a.y(), rect.top()), rect.bottom()),
            )
            if QLineF(a, near).length() > RADIUS * 2.6:  # a label set apart gets a leader line
                self.leaders.append(
                    self.scene().addLine(QLineF(a, near), QPen(QColor("#666666"), 2))
                )
            probe.setPos(rect.topLeft() + QPointF(3, 0))
            probe.setZValue(1)
            probe.setBrush(QColor("#111111"))
            self.scene().addItem(probe)
            self.labels[s.id] = probe

    def label_rects(self) -> list[QRectF]:
        return [label.sceneBoundingRect() for label in self.labels.values()]

    def select(self, stakeholder_id: str | None) -> None:
        self.scene().blockSignals(True)
        for sid, marker in self.markers.items():
            marker.setSelected(sid == stakeholder_id)
        self.scene().blockSignals(False)
        if stakeholder_id in self.markers:
            self.markers[stakeholder_id].setFocus()
            if self.hasFocus():
                self._focus_marker()

    # -- what a screen reader reads (map_accessible.py) --------------------------------------

    def stakeholders(self) -> list[sh.Stakeholder]:
        return self._items

    def category_label(self, category: str) -> str:
        return sh.category_label(self._cats, category)

    def accessible_interface(self) -> MapAccessible:
        return MapAccessible(self)

    def marker_interface(self, stakeholder_id: str) -> MarkerAccessible:
        """One interface per stakeholder for the canvas's life (Qt's cache keeps them)."""
        found = self._marker_interfaces.get(stakeholder_id)
        if found is None:
            found = accessible.hand_to_qt(MarkerAccessible(self, stakeholder_id))
            self._marker_interfaces[stakeholder_id] = found
        return found

    def _focus_marker(self) -> None:
        ids = [s.id for s in self._items]
        sid = self.current_id()
        if sid in ids:
            accessible.focus_child(self, ids.index(sid))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self._focus_marker)  # after Qt's own focus event for the canvas

    def current_id(self) -> str | None:
        chosen = [sid for sid, m in self.markers.items() if m.isSelected()]
        return chosen[0] if chosen else None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # -- moving ------------------------------------------------------------------------------

    def report_move(self, marker: MarkerItem) -> None:
        influence, interest = from_scene(marker.pos())
        self.moved.emit(marker.stakeholder_id, influence, interest)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
        }
        sid = self.current_id()
        arrow = event.key() in steps and not event.modifiers() & Qt.KeyboardModifier.AltModifier
        if arrow and sid is None:  # nothing chosen yet: an arrow picks the first stakeholder
            if self._items:
                self.selected.emit(self._items[0].id)
            event.accept()
            return
        if arrow:
            d_inf, d_int = steps[event.key()]
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
            s = next(s for s in self._items if s.id == sid)
            self.moved.emit(
                sid, sh.clamp(s.influence + d_inf * step), sh.clamp(s.interest + d_int * step)
            )
            self._announce_move(s)
            event.accept()
            return
        super().keyPressEvent(event)

    def _announce_move(self, before: sh.Stakeholder) -> None:
        """Say where the marker is now (the page saved it and redrew the map), or that it is
        already at the edge."""
        after = next((s for s in self._items if s.id == before.id), None)
        if after is None:
            return
        if (after.influence, after.interest) == (before.influence, before.interest):
            accessible.announce(
                self, self.tr("{name} is at the edge of the map").format(name=after.name)
            )
            return
        where = QCoreApplication.translate(
            "StakeholderMap", "influence {influence}, interest {interest}"
        ).format(influence=sh.shown(after.influence), interest=sh.shown(after.interest))
        if after.quadrant_label != before.quadrant_label:
            where += QCoreApplication.translate("StakeholderMap", ", now {quadrant}").format(
                quadrant=core_text(after.quadrant_label)
            )
        accessible.announce(self, f"{after.name}: {where}")
