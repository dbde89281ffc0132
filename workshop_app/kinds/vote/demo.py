"""The vote's demo data: each organization's paper ballot, from its ``vote`` table in
resources/kinds/vote/demo.toml: the items it put dots on, by the organization whose answer it
was (a vote on answers) or by the item's text."""

from __future__ import annotations

import tomllib

from workshop_app import paths
from workshop_app.kinds.vote import model
from workshop_app.store import EventStore


def demo_votes() -> dict:
    with paths.resource("kinds", "vote", "demo.toml").open("rb") as f:
        return tomllib.load(f)


def fill(store: EventStore, group_id: int, org: dict) -> None:
    ballots = demo_votes().get("organizations", {})
    wanted = ballots.get(store.group(group_id).name)
    if not wanted:
        return
    by_name = {g.name: g.id for g in store.groups()}
    for stage in store.plan.stages:
        if stage.kind != "vote":
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
