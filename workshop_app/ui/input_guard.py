"""Where keys and the mouse wheel go, for the whole application (one event filter).

A facilitator types while the room watches, so nothing the room sees may change by accident:

- **Clicker keys** (shortcuts declared with clicker=True) act only where typing is impossible.
  PageDown/PageUp/arrows act unless the focused control needs the key itself (text fields take
  them all, lists of choices and tab bars take arrows). The printable ones (Space, B, ".") act
  only on the projector window, on the stage list, or where no control has the focus: anywhere
  else they are someone typing.
- **Room-visible buttons** (marked with `room_button`: show on projector, hardest parts, open
  participant entry…) are pressed by a click or Enter, never by Space or another typed key; a
  typed key on one says so in the status line instead of changing the projector.
- **The wheel** over a combo box, spin box, slider or tab bar that does not have the focus
  scrolls the page under it instead of changing the value; such controls never take the focus
  from the wheel (Qt's default WheelFocus would hand it to them first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from workshop_app.ui.input_marks import CLICKER_PLACE, ROOM_VISIBLE
from workshop_app.ui.shortcuts import SHORTCUTS

ARROWS = {"Left", "Right", "Up", "Down", "PgUp", "PgDown"}
WHEEL_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class InputGuard(QObject):
    """The application-wide filter. `key_windows()` are the windows whose keys it routes (the
    console and the projector); `trigger(name)` runs a declared shortcut; `tell(text)` shows a
    line in the status bar."""

    def __init__(
        self,
        parent: QObject,
        key_windows: Callable[[], tuple[QWidget, ...]],
        trigger: Callable[[str], None],
        tell: Callable[[str], None],
    ):
        super().__init__(parent)
        self.key_windows = key_windows
        self.trigger = trigger
        self.tell = tell
        self.keys = {
            QKeySequence(key).toString(): s.name for s in SHORTCUTS if s.clicker for key in s.keys
        }

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            return self._key(obj, event)
        if kind == QEvent.Type.Wheel:
            return self._wheel(obj, event)
        if kind == QEvent.Type.Polish and isinstance(obj, WHEEL_GUARDED):
            _no_wheel_focus(obj)
        return False

    def adopt(self, widget: QWidget) -> None:
        """Guard the controls of `widget`, built while this filter was not installed."""
        for kind in WHEEL_GUARDED:
            for control in widget.findChildren(kind):
                _no_wheel_focus(control)

    # keys

    def _key(self, obj: QObject, event) -> bool:
        if not isinstance(obj, QWidget):
            return False
        focus = QApplication.focusWidget()
        if obj is not focus and not (focus is None and obj.isWindow()):
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        if obj.window() not in self.key_windows():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (
            isinstance(obj, QAbstractButton)
            and obj.property(ROOM_VISIBLE)
            and self._room_button_key(obj, event, modifiers)
        ):
            return True  # Enter pressed it, or a typed key was refused; the clicker's keys act
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        key = QKeySequence(event.key()).toString()
        name = self.keys.get(key) if modifiers == Qt.KeyboardModifier.NoModifier else None
        if name is None or _needs_key(obj, key, focus):
            return False
        self.trigger(name)
        return True

    def _room_button_key(self, button: QAbstractButton, event, modifiers) -> bool:
        if event.key() in ENTER and modifiers == Qt.KeyboardModifier.NoModifier:
            if button.isEnabled():
                button.click()
            return True
        if event.text() and event.text().isprintable():
            self.tell(
                self.tr(
                    "“{text}” changes what the room sees: click it or press Enter. The key you typed was not used."
                ).format(text=button.text())
            )
            return True
        return False

    # the wheel

    def _wheel(self, obj: QObject, event: QWheelEvent) -> bool:
        if not isinstance(obj, WHEEL_GUARDED) or isinstance(obj, QScrollBar) or obj.hasFocus():
            return False
        area = _scrollable_ancestor(obj)
        if area is not None:
            viewport = area.viewport()
            position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            forwarded = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(viewport, forwarded)
        event.accept()
        return True  # the value under the pointer never changes by itself


def _no_wheel_focus(control: QWidget) -> None:
    if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _scrollable_ancestor(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest enclosing scroll area that can scroll (a page, a list), not a map view."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QGraphicsView):
            bar = parent.verticalScrollBar()
            if bar is not None and bar.maximum() > bar.minimum():
                return parent
        parent = parent.parentWidget()
    return None


def _needs_key(widget: QWidget, key: str, focus: QWidget | None) -> bool:
    """Whether the focused control keeps the key (so the clicker's meaning does not apply)."""
    printable = key in ("Space", "B", ".")
    if printable:  # only where typing is impossible
        return not (focus is None or widget.isWindow() or widget.property(CLICKER_PLACE))
    if isinstance(widget, (QLineEdit, QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, (QTableView, QTreeView)):  # arrows move between cells
        return key in ARROWS
    if isinstance(widget, QAbstractItemView):
        # a list keeps its arrows (moving in it, never the room); Page Up/Down are the clicker's.
        # The stage list lists the stages: Left/Right there are the room's.
        own = ("Up", "Down") if widget.property(CLICKER_PLACE) else ("Up", "Down", "Left", "Right")
        return key in own
    # the map (a graphics view) keeps its arrows: they move a marker, never the room
    return isinstance(widget, (QAbstractSlider, QTabBar, QGraphicsView)) and key in ARROWS
