"""What a stage kind declares: one `StageKind` value per kind, in ``kinds/<kind>/__init__.py``.

Everything a front end needs from a kind is named here as a lazy ``"package.module:attr"``
reference, resolved by `load` when first used, so declaring a kind imports nothing of it (no Qt,
no python-docx, no aiohttp). ``None`` says "this kind has none" explicitly; the registry test
checks that every reference resolves.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Ref = str  # "package.module:attr"

EXPORTS = ("worksheet", "handout", "summary")


def load(ref: Ref) -> Any:
    """The object a ``"package.module:attr"`` reference names (the one loader of the app)."""
    module, sep, attr = ref.partition(":")
    if not sep or not module or not attr:
        raise ValueError(f"not a 'module:attr' reference: {ref!r}")
    return getattr(importlib.import_module(module), attr)


@dataclass(frozen=True)
class RecordKind:
    """A per-organization record the kind keeps through `EventStore.save_record`.

    `label` is what the facilitator reads ("stakeholder map"). `clean` is the function a
    browser's ``POST /api/record/<name>`` goes through, ``(data, plan) -> cleaned data`` raising
    text.InputError; ``None`` when only the console saves it.
    """

    name: str
    label: str
    clean: Ref | None = None


@dataclass(frozen=True)
class CalendarItem:
    """One thing an organization will do, for its calendar of first steps (.ics): `due` is an
    ISO date or empty (then it is a to-do without a date); `status` is planned, started or done;
    `id` is stable, so a newer export updates the entry instead of doubling it."""

    id: str
    what: str
    owner: str = ""
    due: str = ""
    status: str = "planned"
    status_label: str = "Planned"


@dataclass(frozen=True)
class Private:
    """A spotlight that shows one organization's own work: while names are hidden the console
    asks first, "Show <org>'s <what> to the room?", in a dialog titled `title`."""

    what: str
    title: str


@dataclass(frozen=True)
class PlanSchema:
    """The keys a stage of this kind may have in a plan file beyond the common ones.

    `keys` maps each key to its default (used when the plan leaves it out). `parse` is called as
    ``parse(check, data, path) -> dict`` with the plan's `StageCheck` (which collects problems
    with their key paths) and the stage's table; it returns the stage's settings, one value per
    key. `needs_prompts`: a stage of this kind must have at least one prompt. `once`: at most
    one stage of this kind per plan.
    """

    keys: Mapping[str, Any] = field(default_factory=dict)
    parse: Ref | None = None
    check_plan: Ref | None = None  # (check, stages, stage, path): what it names elsewhere
    needs_prompts: bool = False
    once: bool = True
    # which of its keys people read: translated in a plan's [translations.<lang>] tables
    texts: tuple[str, ...] = ()
    # keys whose value is one of a few words: the designer offers them in a list box
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # what a new stage of this kind starts with in the designer: just enough to pass check-plan
    new_stage: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StageKind:
    """One stage kind and where each front end finds its parts.

    - `console_page`: a QWidget class built as ``Page(ctx, stage)`` shown under the stage's
      prompts, with ``set_group(group_id)`` and ``flush() -> bool`` (see ui/pages/prompts.py);
    - `spotlights`: what the projector can show of it, spotlight kind -> ``render(ctx, item,
      group_label) -> SpotlightContent``; `asks_consent`: those of them that belong to one
      organization (the console asks before showing them while names are hidden);
      `spotlights` and `asks_consent` are keyed by spotlight kind, unique across kinds;
    - `web_context`: ``context(store, group_id, stage, device) -> dict`` for its part of the
      participant page (``resources/kinds/<kind>/stage.html``, ``stage.js``, ``stage.css``);
    - `web_form`: ``form(store, device, stage, fields) -> write`` for its own plain form, posted
      to ``/kind/<kind>`` with fields ``k.<name>``: it checks them (text.InputError) and returns
      ``write(store)``, which the server runs on its writer; ``None`` when it has no form;
    - `sections`: per export (worksheet, handout, summary) the functions that add its content,
      in order; an empty tuple when it adds nothing there. ``summary_overview`` (optional) adds
      to the summary before its answers per stage, returning True when it wrote something;
    - `demo`: ``fill(store, group_id, org) -> None`` that puts one demo organization's data in;
    - `calendar`: ``items(store, group_id) -> [CalendarItem]``, what the organization will do
      as the kind keeps it, for its calendar of first steps; ``None`` when it keeps no such thing.
    """

    name: str
    label: str
    plan: PlanSchema
    records: tuple[RecordKind, ...]
    console_page: Ref | None
    spotlights: Mapping[str, Ref]
    web_context: Ref | None
    sections: Mapping[str, tuple[Ref, ...]]
    demo: Ref | None
    asks_consent: Mapping[str, Private] = field(default_factory=dict)
    # ``from_form(form, store, group_id, stage) -> [(record kind, data)]``: its records from the
    # stage page's plain form (POST /save, no JavaScript), each then cleaned as its RecordKind
    form_records: Ref | None = None
    web_form: Ref | None = None
    calendar: Ref | None = None

    def record(self, name: str) -> RecordKind | None:
        return next((r for r in self.records if r.name == name), None)
