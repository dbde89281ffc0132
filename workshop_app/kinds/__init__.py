"""Stage kinds: one folder per kind, holding everything that kind keeps and shows.

``kinds/<kind>/`` has the kind's declaration (``__init__.py``: a `StageKind`), its plan schema
(``plan.py``), its model and store records, its participant-page context and form handling
(``web.py``), its export sections (``sections.py``), its demo data (``demo.py``) and, under
``ui/``, its Qt parts (console page, widgets, projector renderers, map drawing). Its templates,
scripts and demo data are under ``resources/kinds/<kind>/``.

`KINDS` is the one list of kinds: the console, projector, participant server, exports, demo,
plan validator and entry panel build their registries from it and name no kind themselves.
"""

from __future__ import annotations

from typing import Any

from workshop_app.kinds import drafting, objectives, prompts, report_back, stakeholders, vote
from workshop_app.kinds.base import (
    EXPORTS,
    CalendarItem,
    Private,
    RecordKind,
    Ref,
    StageKind,
    load,
)

KINDS: tuple[StageKind, ...] = (
    objectives.KIND,
    prompts.KIND,
    stakeholders.KIND,
    drafting.KIND,
    report_back.KIND,
    vote.KIND,
)

BY_NAME: dict[str, StageKind] = {k.name: k for k in KINDS}
NAMES: tuple[str, ...] = tuple(BY_NAME)


def kind(name: str) -> StageKind | None:
    return BY_NAME.get(name)


def record_kinds() -> dict[str, RecordKind]:
    """Every record kind of every stage kind, by its name."""
    return {r.name: r for k in KINDS for r in k.records}


def record_kind_of(key: str) -> RecordKind | None:
    """The record kind an organization's record belongs to: its name, or its name and a dot
    (a kind that keeps several records, like ``vote.<stage>.<voter>``)."""
    found = record_kinds()
    return found.get(key) or found.get(key.partition(".")[0])


def calendar_items(store: Any, group_id: int) -> list[CalendarItem]:
    """What an organization will do, from every kind of the event's plan that keeps such
    things (report back's action items), for its calendar of first steps."""
    found: list[CalendarItem] = []
    for k in KINDS:
        if k.calendar and store.plan.stage_of_kind(k.name) is not None:
            found += load(k.calendar)(store, group_id)
    return found


def spotlights() -> dict[str, Ref]:
    return {name: ref for k in KINDS for name, ref in k.spotlights.items()}


def private_spotlights() -> dict[str, Private]:
    return {name: p for k in KINDS for name, p in k.asks_consent.items()}


def sections(export: str) -> list[tuple[str, Ref]]:
    """(kind, reference) of every section the kinds add to `export`, in the list's order."""
    return [(k.name, ref) for k in KINDS for ref in k.sections.get(export, ())]


__all__ = [
    "BY_NAME",
    "EXPORTS",
    "KINDS",
    "NAMES",
    "CalendarItem",
    "Private",
    "RecordKind",
    "Ref",
    "StageKind",
    "calendar_items",
    "kind",
    "load",
    "record_kind_of",
    "record_kinds",
    "sections",
    "spotlights",
]
