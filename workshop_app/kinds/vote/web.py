"""The vote on the participant page: the ballot as a plain form (``resources/kinds/vote/
stage.html``), posted to ``/kind/vote`` and handled by `ballot_form`; the script
(``stage.js``) only adds − / + buttons and a live count of the dots left."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from workshop_app.kinds.vote import model
from workshop_app.plan import Stage
from workshop_app.store import EventStore, Saved

_NONCE = re.compile(r"^[A-Za-z0-9_.:-]{1,40}$")


def context(
    store: EventStore, group_id: int, stage: Stage, device: dict | None = None
) -> dict[str, Any]:
    voter = model.device_voter(device["id"]) if device else model.PAPER
    mine = model.ballot(store, group_id, stage.id, voter)
    dots = model.dots_per_voter(stage)
    on_ballot = model.items(store, stage)
    names = [g.name for g in store.groups(include_removed=True)]
    return {
        "question": model.question(stage),
        "dots": dots,
        "left": max(0, dots - sum(mine.values())),
        "items": [
            {
                "key": i.key,
                "text": model.redact(i.text, names),
                "mine": mine.get(i.key, 0),
                "own": i.group_id == group_id,
            }
            for i in on_ballot
        ],
        "saved": bool(mine),
    }


def ballot_form(
    store: EventStore, device: dict, stage: Stage, fields: dict[str, str]
) -> Callable[[EventStore], Saved]:
    """The device's dots from the form's ``k.dot.<item key>`` fields, checked here (text.
    InputError for too many dots or an item not on the ballot); returns the write to run on
    the server's writer."""
    raw = {k.removeprefix("dot."): v for k, v in fields.items() if k.startswith("dot.")}
    dots = model.validate(raw, model.items(store, stage), model.dots_per_voter(stage))
    nonce = fields.get("edit", "")
    edit_id = f"vote-{stage.id}-{nonce}" if _NONCE.match(nonce) else None
    group_id, voter = int(device["group_id"]), model.device_voter(device["id"])
    return lambda writer: model.cast(
        writer, group_id, stage, voter, dots, source="browser", edit_id=edit_id
    )
