"""The vote's demo data: each organization's paper ballot per vote stage, from its
``[organizations.votes.<stage id>]`` table in resources/demo/<plan id>.toml: the items it put
dots on, by the organization whose answer it was (a vote on answers) or by the item's text."""

from __future__ import annotations

from workshop_app.kinds.vote import model
from workshop_app.store import EventStore


def fill(store: EventStore, group_id: int, org: dict) -> None:
    by_stage = org.get("votes", {})
    by_name = {g.name: g.id for g in store.groups()}
    for stage in store.plan.stages:
        wanted = by_stage.get(stage.id) if stage.kind == "vote" else None
        if not wanted:
            continue
        on_ballot = model.items(store, stage)
        dots = {}
        for target, count in wanted.items():
            for item in on_ballot:
                if item.text == target or (
                    item.group_id is not None and item.group_id == by_name.get(target)
                ):
                    dots[item.key] = int(count)
        if dots:
            model.cast(
                store,
                group_id,
                stage,
                model.PAPER,
                model.validate(dots, on_ballot, model.dots_per_voter(stage)),
            )
