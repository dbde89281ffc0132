"""The marks the input guard (input_guard.py) reads on controls, set while pages are built.

Kept apart from the guard itself: every page marks its buttons before the console first paints,
while the guard, and the Qt classes it tells apart, are needed only once keys can arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

ROOM_VISIBLE = "roomVisible"  # dynamic property of a button whose press changes the projector
CLICKER_PLACE = "clickerPlace"  # dynamic property of a control where Space/B/. are clicker keys


def room_button(button: QAbstractButton) -> QAbstractButton:
    """Mark a button whose press changes what the room sees: click or Enter, never typing."""
    button.setProperty(ROOM_VISIBLE, True)
    tip = button.toolTip()
    note = QCoreApplication.translate(
        "InputGuard", "Click or press Enter; typing never presses it."
    )
    button.setToolTip(f"{tip}\n{note}" if tip else note)
    return button


def clicker_place(widget: QWidget) -> QWidget:
    """Mark a control (the stage list) where a clicker's Space, B and "." act."""
    widget.setProperty(CLICKER_PLACE, True)
    return widget
