"""Retention: which events are past the facilitator's "remind me to delete events after N days".

An event's age counts from the day it took place (its date; the file's last change when the
date cannot be read as a date). Events the facilitator chose to keep are not named again until
another N days have passed. Files are only read (SQLite read-only), never changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

DEFAULT_DAYS = 90
# said wherever worksheets are written
WORKSHEET_IS_THEIRS = (
    "Each worksheet is its organization's to keep: hand it over, then delete your own copies "
    "once they have it."
)


@dataclass(frozen=True)
class DueEvent:
    path: Path
    title: str
    date: str
    organizations: int
    days: int  # since the event took place

    def describe(self) -> str:
        orgs = (
            "1 organization" if self.organizations == 1 else f"{self.organizations} organizations"
        )
        return f"{self.title} — {self.date}, {orgs}, {self.days} days ago"


def event_day(text: str, path: Path) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime).date()


def due_for_deletion(
    candidates: Iterable[Path],
    days: int,
    kept: dict[str, str] | None = None,
    today: date | None = None,
) -> list[DueEvent]:
    """The events among `candidates` older than `days`, oldest first. `kept`: resolved path →
    the ISO day the facilitator chose to keep it (not due again until `days` after that)."""
    from workshop_app.store import StoreError
    from workshop_app.store.erase import describe_event

    today = today or date.today()
    kept = kept or {}
    due, seen = [], set()
    for path in candidates:
        path = Path(path)
        key = str(path.resolve())
        if key in seen or not path.is_file():
            continue
        seen.add(key)
        try:
            title, when, count = describe_event(path)
        except (StoreError, OSError):
            continue  # not an event this app can read: nothing to remind about
        age = (today - event_day(when, path)).days
        if age < days:
            continue
        kept_on = kept.get(key)
        if kept_on:
            try:
                if (today - date.fromisoformat(kept_on)).days < days:
                    continue
            except ValueError:
                pass
        due.append(DueEvent(path, title, when, count, age))
    return sorted(due, key=lambda d: -d.days)


def known_events(folder: Path, recent: Iterable[Path]) -> list[Path]:
    """The events the app knows of: the recent ones and those in the events folder."""
    found = list(recent)
    if folder.is_dir():
        found += sorted(folder.glob("*.workshop"))
    return found
