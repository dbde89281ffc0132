"""Where the room view's window opens when there is only one screen.

It is dragged to the projector from there, so it must not open over what the facilitator is
working in: the stages, the timer and the organizations, the stage page's answers, the
facilitator's notes, the room's page buttons, the status line ("Saved …", "Room view on"). It takes the largest 16:9 place, up to half the screen wide, that covers none
of them, lowest and rightmost first: beside the page, over the console's own small preview of
the room (which shows what the window shows). Pure geometry, in screen coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect

MARGIN = 12  # px between the window and what it keeps clear of, and the screen's edge
LEAST_WIDTH = 256  # px: narrower than this, the corner of old (it may cover something)
STEP = 8  # px: the widths tried, from the widest down


def room_window_rect(area: QRect, keep_clear: Sequence[QRect]) -> QRect:
    """The window's frame: in `area` (the screen's available part), covering no `keep_clear`."""
    clear = [r.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN) for r in keep_clear if not r.isEmpty()]
    inner = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    # the window's right and bottom edges go against the screen's edge or just before a part
    rights = [inner.right() + 1] + [r.left() for r in clear]
    bottoms = [inner.bottom() + 1] + [r.top() for r in clear]
    for width in range(area.width() // 2, LEAST_WIDTH - 1, -STEP):
        height = width * 9 // 16
        spots = [
            QRect(right - width, bottom - height, width, height)
            for right in rights
            for bottom in bottoms
        ]
        free = [s for s in spots if area.contains(s) and not any(s.intersects(r) for r in clear)]
        if free:
            return max(free, key=lambda s: (s.bottom(), s.right()))
    # nowhere clear (a console narrower than its page): the bottom-right corner, a third wide
    width = max(area.width() // 3, min(480, area.width() // 2))
    height = width * 9 // 16
    return QRect(area.right() - width - 24, area.bottom() - height - 80, width, height)
