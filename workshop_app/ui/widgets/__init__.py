"""Small console widgets and layout helpers."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from workshop_app.text import day_before_month, region_day_first

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the name (and description) a screen reader announces."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def load_line(line: QLineEdit, text: str) -> None:
    """Show stored text in a one-line field from its start: Qt leaves the cursor at the end,
    so a long text showed only its last words ("…and client advisory members"). A field being
    typed in that already holds the text (Enter pressed, the save came back) is left as it is."""
    if line.hasFocus() and line.text() == text:
        return
    line.setText(text)
    line.setCursorPosition(0)


def local_time(stamp: str, with_date: bool = False) -> str:
    """A stored UTC ISO time as the facilitator's local clock time."""
    moment = datetime.fromisoformat(stamp).astimezone()
    if not with_date:
        return moment.strftime("%H:%M:%S")
    # the month's name in the console's language (QLocale's default, set with the language)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown, "dd MMM HH:mm:ss")


def day_first(region: str = "") -> bool | None:
    """Whether a typed date that reads as a day both ways round (1/10) puts the day first: in
    the order of the system's short date (10/1 = 10 January); on a system with no such
    preference (the C or POSIX locale, whose "d/M/yy" says nothing about its user) in the
    order of the event's `region` (text.region_day_first: United States month first, United
    Kingdom day first); None when neither says, and such a date is asked about, never guessed."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C:
        order = day_before_month(system.dateFormat(QLocale.FormatType.ShortFormat))
        if order is not None:
            return order
    return region_day_first(region)


def shown_date(iso: str) -> str:
    """A stored ISO date ("2027-01-10") as the console shows it, in its language ("10 Jan
    2027", "10 ene 2027"); anything that is not an ISO date as it is. Read back by
    text.parse_date, like every other typed form."""
    from PySide6.QtCore import QDate

    day = QDate.fromString(iso or "", "yyyy-MM-dd")
    if not day.isValid():
        return iso or ""
    return QLocale().toString(day, "d MMM yyyy")
