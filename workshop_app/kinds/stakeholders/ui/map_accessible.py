"""The stakeholder map as a screen reader reads it: a list of its markers.

Each marker is an item named with what a sighted facilitator sees on the canvas: the
stakeholder's name, category, quadrant and position ("Regional health authority, Regulators,
Manage closely, influence 80, interest 70"), selected and focused as the canvas's selection is.
The canvas (stakeholder_canvas.py) says which item has the focus and announces moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.ui.accessible import LeafAccessible
from workshop_app.ui.i18n import core_text

if TYPE_CHECKING:
    from workshop_app.kinds.stakeholders.ui.canvas import StakeholderCanvas

MAP_NAME = QT_TRANSLATE_NOOP("StakeholderMap", "Power and interest map")


def describe(s: sh.Stakeholder, category: str) -> str:
    where = QCoreApplication.translate(
        "StakeholderMap", "influence {influence}, interest {interest}"
    ).format(influence=sh.shown(s.influence), interest=sh.shown(s.interest))
    return f"{s.name}, {category}, {core_text(s.quadrant_label)}, {where}"


class MarkerAccessible(LeafAccessible):
    """One marker of the map, found by its stakeholder's id (markers are redrawn on a save)."""

    def __init__(self, canvas: StakeholderCanvas, stakeholder_id: str):
        super().__init__(canvas)
        self.canvas = canvas
        self.stakeholder_id = stakeholder_id

    def _stakeholder(self) -> sh.Stakeholder | None:
        return next((s for s in self.canvas.stakeholders() if s.id == self.stakeholder_id), None)

    def isValid(self) -> bool:
        try:
            return self._stakeholder() is not None
        except RuntimeError:  # the canvas is gone
            return False

    def text(self, kind: QAccessible.Text) -> str:
        s = self._stakeholder()
        if s is None:
            return ""
        if kind == QAccessible.Text.Name:
            return describe(s, self.canvas.category_label(s.category))
        if kind == QAccessible.Text.Description:
            return s.note
        return ""

    def rect(self) -> QRect:
        marker = self.canvas.markers.get(self.stakeholder_id)
        if marker is None:
            return QRect()
        box = self.canvas.mapFromScene(marker.sceneBoundingRect()).boundingRect()
        viewport = self.canvas.viewport()
        return QRect(viewport.mapToGlobal(box.topLeft()), box.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        chosen = self.canvas.current_id() == self.stakeholder_id
        state.selected = chosen
        state.focused = chosen and self.canvas.hasFocus()
        return state


class MapAccessible(QAccessibleWidget):
    """The canvas: a list whose items are its markers (not the view's scroll bars)."""

    def __init__(self, canvas: StakeholderCanvas):
        super().__init__(canvas, QAccessible.Role.List)
        self.canvas = canvas

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.canvas.accessibleName() or QCoreApplication.translate(
                "StakeholderMap", MAP_NAME
            )
        if kind == QAccessible.Text.Description:
            count = len(self.canvas.stakeholders())
            if count == 1:
                placed = QCoreApplication.translate(
                    "StakeholderMap", "1 stakeholder by influence and interest."
                )
            else:
                placed = QCoreApplication.translate(
                    "StakeholderMap", "{count} stakeholders by influence and interest."
                )
            keys = QCoreApplication.translate(
                "StakeholderMap", "The arrow keys move the selected one (with Shift by 1)."
            )
            return placed.format(count=count) + " " + keys
        return super().text(kind)

    def childCount(self) -> int:
        return len(self.canvas.stakeholders())

    def child(self, index: int):
        items = self.canvas.stakeholders()
        if not 0 <= index < len(items):
            return None
        return self.canvas.marker_interface(items[index].id)

    def indexOfChild(self, child) -> int:
        sid = getattr(child, "stakeholder_id", None)
        ids = [s.id for s in self.canvas.stakeholders()]
        return ids.index(sid) if sid in ids else -1

    def focusChild(self):
        sid = self.canvas.current_id()
        if sid is None or not self.canvas.hasFocus():
            return None
        return self.canvas.marker_interface(sid)

    def childAt(self, x: int, y: int):
        for s in self.canvas.stakeholders():
            child = self.canvas.marker_interface(s.id)
            if child.rect().contains(x, y):
                return child
        return None
