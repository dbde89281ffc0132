"""What a screen reader hears: announcements, and names Qt's own accessibility gets wrong.

- `announce(widget, text)` speaks a line without moving the focus (a save, a failure, a marker
  moved): Qt's QAccessibleAnnouncementEvent where the installed Qt has it (6.8 and later),
  otherwise a name change on the widget, which screen readers follow on a status object.
- `install()` adds an accessibility factory: on Linux Qt names every combo box after its current
  value ("Planned", "Funders"), never after what it is; ours keep the name the code gives
  (`setAccessibleName`) and expose the value as the value.
- `for_organization(widget, org)` puts the organization in a field's name, keeping the base name
  it was given, so every answer field says whose answer it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: name changes instead
    QAccessibleAnnouncementEvent = None

BASE_NAME = "a11y_base_name"  # dynamic property: a field's name without its organization

_installed = False


def announce(widget: QObject, text: str, assertive: bool = False) -> None:
    """Have a screen reader say `text` (polite: after what it is saying; assertive: now)."""
    if not text or not QAccessible.isActive():
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        return
    if isinstance(widget, QWidget):  # pragma: no cover - older Qt
        widget.setAccessibleName(text)


def focus_child(widget: QObject, child: int) -> None:
    """Tell screen readers that item `child` of `widget` has the focus (a map's marker)."""
    if not QAccessible.isActive():
        return
    event = QAccessibleEvent(widget, QAccessible.Event.Focus)
    event.setChild(child)
    QAccessible.updateAccessibility(event)


def for_organization(widget: QWidget, org: str | None) -> None:
    """Name a field after its question and the organization whose answer it holds."""
    base = widget.property(BASE_NAME)
    if base is None:
        base = widget.accessibleName()
        widget.setProperty(BASE_NAME, base)
    name = f"{base} — {org}" if org else base
    if widget.accessibleName() != name:
        widget.setAccessibleName(name)


class ComboBoxAccessible(QAccessibleWidget):
    """A combo box named after what it is; its chosen item is its value and its list child."""

    def __init__(self, box: QComboBox):
        super().__init__(box, QAccessible.Role.ComboBox)

    def box(self) -> QComboBox:
        return self.widget()

    def text(self, kind: QAccessible.Text) -> str:
        box = self.box()
        if kind == QAccessible.Text.Name:
            return box.accessibleName() or box.currentText()
        if kind == QAccessible.Text.Value:
            return box.currentText()
        return super().text(kind)

    def childCount(self) -> int:
        return 1

    def child(self, index: int):
        if index != 0:
            return None
        return QAccessible.queryAccessibleInterface(self.box().view())

    def indexOfChild(self, child) -> int:
        if child is not None and child.object() is self.box().view():
            return 0
        return -1

    def actionNames(self) -> list[str]:
        return [QAccessibleWidget.showMenuAction(), QAccessibleWidget.pressAction()]

    def doAction(self, name: str) -> None:
        if name in (QAccessibleWidget.showMenuAction(), QAccessibleWidget.pressAction()):
            self.box().showPopup()


class LeafAccessible(QAccessibleInterface):
    """An item without children of a widget that draws its items itself (a line of the room's
    preview, a marker of the stakeholder map): no QObject of its own, its window and parent
    are its owner's. A subclass says what it is: `isValid`, `text`, `rect`, `role`, `state`."""

    def __init__(self, owner: QWidget):
        super().__init__()
        self.owner = owner

    def object(self):
        return None

    def window(self):
        return self.owner.window().windowHandle()

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.owner)

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def setText(self, kind, text) -> None:
        pass  # read-only

    def state(self) -> QAccessible.State:
        return QAccessible.State()


class LineAccessible(LeafAccessible):
    """One line of text of a widget that draws its text itself (the room's preview)."""

    def __init__(self, owner: QWidget, index: int):
        super().__init__(owner)
        self.index = index

    def _line(self) -> str | None:
        try:
            lines = self.owner.accessible_lines()
        except RuntimeError:  # the owner is gone
            return None
        return lines[self.index] if self.index < len(lines) else None

    def isValid(self) -> bool:
        return self._line() is not None

    def text(self, kind: QAccessible.Text) -> str:
        return (self._line() or "") if kind == QAccessible.Text.Name else ""

    def rect(self):
        return QAccessible.queryAccessibleInterface(self.owner).rect()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.StaticText


class LinesAccessible(QAccessibleWidget):
    """A widget whose items are lines of text (`owner.accessible_lines()`)."""

    def __init__(self, owner: QWidget, role: QAccessible.Role = QAccessible.Role.Pane):
        super().__init__(owner, role)
        self.owner = owner
        self._lines: list[LineAccessible] = []

    def childCount(self) -> int:
        return len(self.owner.accessible_lines())

    def child(self, index: int):
        if not 0 <= index < self.childCount():
            return None
        while len(self._lines) <= index:
            self._lines.append(hand_to_qt(LineAccessible(self.owner, len(self._lines))))
        return self._lines[index]

    def indexOfChild(self, child) -> int:
        return getattr(child, "index", -1) if child in self._lines else -1


def _factory(class_name: str, obj: QObject):
    if class_name == "QComboBox" and isinstance(obj, QComboBox) and not obj.isEditable():
        return hand_to_qt(ComboBoxAccessible(obj))
    maker = getattr(obj, "accessible_interface", None)  # a widget that describes itself
    if maker is not None and class_name == type(obj).__name__:
        made = maker()
        return hand_to_qt(made) if made is not None else None
    return None


def hand_to_qt(interface: QAccessibleInterface) -> QAccessibleInterface:
    """Hand the interface to Qt: its cache owns it and deletes it with its object, so Python
    must never free it (not when this function returns, not at exit). One reference more,
    never given back, does that; what stays is a wrapper of a few bytes per deleted object."""
    import ctypes  # off start-up: only a screen reader asks for these interfaces

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(interface))
    return interface


def install() -> None:
    """Once per process, before any window is shown."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
