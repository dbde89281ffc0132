"""What the store hands out: errors, value types and the change notice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

NOTES = "_notes"  # the prompt id under which a group's free notes for a stage are kept


class StoreError(Exception):
    """Something the facilitator must be told, in one line."""


class EventFileRefused(StoreError):
    """The file was not opened, and was left exactly as it was."""


class SaveError(StoreError):
    """A write failed; nothing of it was committed, and earlier saves are intact."""


def _system_clock() -> datetime:
    return datetime.now(UTC)


CLOCK: Callable[[], datetime] = _system_clock  # what "now" is for the store; tests replace it


def current_time() -> datetime:
    return CLOCK()


def now() -> str:
    return current_time().isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class EventInfo:
    title: str
    date: str
    location: str
    facilitator: str
    plan_id: str
    created_at: str
    current_stage_id: str
    ended_at: str | None


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    contact: str
    size: int | None
    position: int
    pin: str
    language: str = ""  # its worksheet's language ("es"); empty: the event's (store.group_language)


@dataclass(frozen=True)
class Answer:
    group_id: int
    stage_id: str
    prompt_id: str
    text: str
    revision: int
    saved_at: str
    source: str
    based_on: int | None = None  # the revision its author had seen (None: not said)


@dataclass(frozen=True)
class Saved:
    """What a save returns once committed. `duplicate`: the edit id was already stored.

    `conflict`: the save was based on an older revision than the one it replaced, i.e. someone
    else saved in between, unseen by this save's author. The save is kept (it is the current
    version now) and so is theirs, in the history; `conflict` is their version (an Answer or a
    Record), for the author to be shown both texts."""

    revision: int
    saved_at: str
    duplicate: bool = False
    unchanged: bool = False
    conflict: Answer | Record | None = None


@dataclass(frozen=True)
class Record:
    group_id: int
    kind: str
    data: Any
    revision: int
    saved_at: str
    source: str
    based_on: int | None = None


@dataclass(frozen=True)
class StageLogEntry:
    stage_id: str
    started_at: str
    ended_at: str | None


@dataclass(frozen=True)
class Change:
    """Told to listeners after a commit. `what`: answer, record, group, stage, event, device."""

    what: str
    group_id: int | None = None
    stage_id: str | None = None
    key: str | None = None
    revision: int | None = None
    source: str = "console"
    replaced: int | None = None  # a save that replaced this revision unseen (see Saved.conflict)
