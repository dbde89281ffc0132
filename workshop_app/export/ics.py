"""A calendar of first steps: one iCalendar (.ics) file per organization, from its action items.

Each action item becomes one entry: an all-day event on its due date (what every calendar app
shows), or a to-do without a date when none was set. The entry's title is what will be done;
its description says who owns it, its status and which workshop it came from. UIDs are stable
(the item's id, the organization's and the event's), so importing a newer export updates the
entries instead of doubling them. Written with the `icalendar` library, atomically.
Organizations without action items get no file. No Qt, no python-docx.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from workshop_app import APP_NAME, i18n
from workshop_app.export.atomic import atomic_write
from workshop_app.export.filenames import unique, worksheet_name
from workshop_app.i18n import _
from workshop_app.kinds import CalendarItem, calendar_items
from workshop_app.store import EventStore, Group

SUFFIX = " - first steps.ics"
TODO_STATUS = {"planned": "NEEDS-ACTION", "started": "IN-PROCESS", "done": "COMPLETED"}
SUMMARY_MAX = 200  # characters in an entry's title; the whole text is in its description


def calendar_names(event_title: str, organizations: list[str]) -> list[str]:
    return unique(worksheet_name(event_title, org, SUFFIX) for org in organizations)


def build_calendar(
    store: EventStore, group: Group, items: list[CalendarItem], lang: str | None = None
) -> bytes:
    """In `lang`, else the organization's language (as its worksheet)."""
    with i18n.using(lang or store.group_language(group)):
        return _build_calendar(store, group, items)


def _build_calendar(store: EventStore, group: Group, items: list[CalendarItem]) -> bytes:
    from icalendar import Calendar, Event, Todo

    event = store.event()
    cal = Calendar()
    cal.add("prodid", f"-//{APP_NAME}//First steps//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _("%(org)s: first steps") % {"org": group.name})
    stamp = datetime.now(UTC).replace(microsecond=0)
    origin = _("From the workshop “%(event)s”") % {"event": event.title} + (
        f", {i18n.long_date(event.date, store.plan.region)}" if event.date else ""
    )
    namespace = hashlib.sha256(f"{event.created_at}|{group.id}".encode()).hexdigest()[:16]
    for item in items:
        lines = [
            item.what,
            "",
            _("Owner: %(owner)s") % {"owner": item.owner or _("not named yet")},
            _("Status: %(status)s") % {"status": _(item.status_label)},
            f"{origin}.",
        ]
        due = date.fromisoformat(item.due) if item.due else None
        entry = Event() if due else Todo()
        entry.add("uid", f"{item.id}-{namespace}@workshop-app")
        entry.add("dtstamp", stamp)
        entry.add("summary", _title(item.what))
        entry.add("description", "\n".join(lines))
        if due:
            entry.add("dtstart", due)  # a date: an all-day entry
            entry.add("dtend", due + timedelta(days=1))
            entry.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        else:
            entry.add("status", TODO_STATUS[item.status])
        if item.owner:
            entry.add("categories", [item.owner])
        cal.add_component(entry)
    return cal.to_ical()


def _title(what: str) -> str:
    line = " ".join(what.split())
    return line if len(line) <= SUMMARY_MAX else line[: SUMMARY_MAX - 1].rstrip() + "…"


def export_calendars(
    store: EventStore,
    folder: str | Path,
    only: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[Path], list[str]]:
    """One .ics per organization that has action items, in `folder`; (files written, names of
    the organizations left out because they have none)."""
    folder = Path(folder)
    groups = store.groups()
    names = calendar_names(store.event().title, [g.name for g in groups])
    pairs = list(zip(groups, names, strict=True))
    if only is not None:
        wanted = only.strip().casefold()
        pairs = [(g, n) for g, n in pairs if g.name.casefold() == wanted]
    written, without = [], []
    for i, (group, name) in enumerate(pairs, 1):
        if cancelled and cancelled():
            break
        items = calendar_items(store, group.id)
        if not items:
            without.append(group.name)
            continue
        data = build_calendar(store, group, items)
        written.append(atomic_write(folder / name, lambda f, data=data: f.write(data)))
        if progress:
            progress(i, len(pairs), name)
    return written, without
