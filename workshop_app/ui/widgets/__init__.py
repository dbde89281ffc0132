"""Small console widgets and layout helpers."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the name (and description) a screen reader announces."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def local_time(stamp: str, with_date: bool = False) -> str:
    """A stored UTC ISO time as the facilitator's local clock time."""
    moment = datetime.fromisoformat(stamp).astimezone()
    if not with_date:
        return moment.strftime("%H:%M:%S")
    # the month's name in the console's language (QLocale's default, set with the language)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown, "dd MMM HH:mm:ss")


def day_first() -> bool:
    """Whether the system's short date puts the day before the month (10/1 = 10 January)."""
    fmt = QLocale.system().dateFormat(QLocale.FormatType.ShortFormat).lower()
    return "d" in fmt and "m" in fmt and fmt.index("d") < fmt.index("m")
