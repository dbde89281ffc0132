"""Dot votes: what is on the ballot, each voter's dots, and the room's tally.

A voter is one participant device of an organization ("d12") or the facilitator's paper
ballot for it ("paper"). Each voter's dots are the record ``vote.<stage id>.<voter>`` of its
organization, so every change keeps its history like an answer; an organization's voters are
the voters of those records.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from workshop_app.i18n import _
from workshop_app.plan import Stage
from workshop_app.store import EventStore, Saved
from workshop_app.text import InputError

PAPER = "paper"


@dataclass(frozen=True)
class Item:
    key: str  # stable: "g-<group id>" for an organization's answer, "c-<clause id>", "i-<hash>"
    text: str
    group_id: int | None = None  # whose answer it is (vote on answers)


def dots_per_voter(stage: Stage) -> int:
    return int(stage.settings["dots"])


def question(stage: Stage) -> str:
    return stage.settings["question"] or stage.title


def items(store: EventStore, stage: Stage) -> list[Item]:
    """What is voted on, in the order the room sees it."""
    settings = stage.settings
    vote_on = settings["vote_on"]
    if vote_on == "items":
        return [Item(_item_key(text), text) for text in settings["items"]]
    try:
        source = store.plan.stage(settings["from_stage"])
    except KeyError:
        return []
    if vote_on == "clauses":
        return [Item(f"c-{c.id}", c.title) for c in source.clauses]
    found = []
    for group in store.groups():
        text = store.answer_text(group.id, source.id, settings["from_prompt"]).strip()
        if text:
            found.append(Item(f"g-{group.id}", text, group.id))
    return found


def headline(text: str, limit: int = 90) -> str:
    """An item as the room reads it beside its bar: its first sentence ("Photos."), or its first
    words up to `limit` characters and "…"; a hard part is often a paragraph."""
    import re

    line = " ".join(text.split())
    first = re.match(r"(.+?[.!?])(\s|$)", line)
    if first and len(first.group(1)) <= limit:
        return first.group(1)
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def redact(text: str, names: list[str], instead: str = "an organization") -> str:
    """`text` with every organization's name (of three letters or more) replaced: the phones
    show the room's words, not who is who."""
    import re

    names = sorted((n for n in names if len(n.strip()) >= 3), key=len, reverse=True)
    if not names:
        return text
    pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
    return pattern.sub(instead, text)


def _item_key(text: str) -> str:
    return "i-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def ballot_kind(stage_id: str, voter: str) -> str:
    return f"vote.{stage_id}.{voter}"


def voters_kind(stage_id: str) -> str:
    """The start of every ballot record of the stage (``vote.<stage id>.``)."""
    return f"vote.{stage_id}."


def device_voter(device_id: int) -> str:
    return f"d{int(device_id)}"


def ballots(
    store: EventStore, stage_id: str, group_ids: list[int] | None = None
) -> dict[int, dict[str, dict[str, int]]]:
    """Every voter's dots of the stage: organization -> voter -> {item key: count}."""
    start = voters_kind(stage_id)
    out: dict[int, dict[str, dict[str, int]]] = {}
    for record in store.records(group_ids):
        if record.kind.startswith(start) and isinstance(record.data, dict):
            dots = record.data.get("dots", {})
            out.setdefault(record.group_id, {})[record.kind[len(start) :]] = dict(dots)
    return out


def voters(store: EventStore, group_id: int, stage_id: str) -> list[str]:
    return list(ballots(store, stage_id, [group_id]).get(group_id, {}))


def ballot(store: EventStore, group_id: int, stage_id: str, voter: str) -> dict[str, int]:
    record = store.record(group_id, ballot_kind(stage_id, voter))
    return dict(record.data.get("dots", {})) if record else {}


def validate(raw: Any, on_ballot: list[Item], dots: int) -> dict[str, int]:
    """A voter's dots as sent ({item key: count}); counts of 0 are dropped. Refuses an item
    that is not on the ballot, a count that is not a whole number, and more than `dots`."""
    if not isinstance(raw, dict):
        raise InputError(_("These dots could not be read."))
    keys = {item.key for item in on_ballot}
    clean: dict[str, int] = {}
    for key, value in raw.items():
        if key not in keys:
            raise InputError(_("One of these items is no longer on the ballot; reload the page."))
        try:
            count = int(str(value).strip() or 0)
        except ValueError:
            raise InputError(_("Give each item a whole number of dots (0 or more).")) from None
        if count < 0:
            raise InputError(_("Give each item a whole number of dots (0 or more)."))
        if count:
            clean[key] = count
    given = sum(clean.values())
    if given > dots:
        raise InputError(
            _("That is %(given)s dots; each device has %(dots)s. Take %(off)s off and save again.")
            % {"given": given, "dots": dots, "off": given - dots}
        )
    return clean


def cast(
    store: EventStore,
    group_id: int,
    stage: Stage,
    voter: str,
    dots: dict[str, int],
    source: str = "console",
    edit_id: str | None = None,
) -> Saved:
    """Save a voter's (already validated) dots."""
    return store.save_record(
        group_id,
        ballot_kind(stage.id, voter),
        {"dots": dict(sorted(dots.items()))},
        source=source,
        edit_id=edit_id,
    )


@dataclass(frozen=True)
class Result:
    item: Item
    dots: int
    by_group: dict[int, int]  # organization -> its dots for this item


def tally(store: EventStore, stage: Stage) -> list[Result]:
    """Every item with its dots, most first (ties keep the ballot's order). Dots for an item no
    longer on the ballot are not counted."""
    on_ballot = items(store, stage)
    totals: dict[str, dict[int, int]] = {item.key: {} for item in on_ballot}
    known = {g.id for g in store.groups()}
    for group_id, by_voter in ballots(store, stage.id).items():
        if group_id not in known:
            continue
        for dots in by_voter.values():
            for key, count in dots.items():
                if key in totals:
                    per = totals[key]
                    per[group_id] = per.get(group_id, 0) + int(count)
    results = [Result(item, sum(totals[item.key].values()), totals[item.key]) for item in on_ballot]
    order = {item.key: i for i, item in enumerate(on_ballot)}
    return sorted(results, key=lambda r: (-r.dots, order[r.item.key]))


def group_dots(store: EventStore, group_id: int, stage: Stage) -> dict[str, int]:
    """All of an organization's dots (its devices and its paper ballot), by item."""
    out: dict[str, int] = {}
    for dots in ballots(store, stage.id, [group_id]).get(group_id, {}).values():
        for key, count in dots.items():
            out[key] = out.get(key, 0) + int(count)
    return out


def history(store: EventStore, group_id: int, stage_id: str, voter: str) -> list[Any]:
    """Every saved version of one voter's dots, newest first (store Records)."""
    return store.record_history(group_id, ballot_kind(stage_id, voter))
