"""Side-by-side panes that stack when the console's stage page is too narrow for them.

The stage page scrolls vertically; a horizontal splitter wider than the page made it scroll
sideways too, cutting off the prompts' help text and buttons at the right (1280 px window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def side_by_side_width(splitter: QSplitter) -> int:
    """The narrowest width at which the splitter's panes fit side by side."""
    count = splitter.count()
    panes = sum(_min_width(splitter.widget(i)) for i in range(count))
    return panes + splitter.handleWidth() * max(0, count - 1)


def _min_width(widget: QWidget) -> int:
    """As Qt's layouts see it: an explicit minimum wins over the hint."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()


def fit_splitter(splitter: QSplitter, width: int) -> None:
    """Panes side by side when `width` holds them all, stacked otherwise."""
    wanted = (
        Qt.Orientation.Horizontal
        if width >= side_by_side_width(splitter)
        else Qt.Orientation.Vertical
    )
    if splitter.orientation() != wanted:
        splitter.setOrientation(wanted)
