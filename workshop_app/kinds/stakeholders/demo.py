"""The stakeholders stage's demo data: a group's map and approval chain, as the group left them."""

from __future__ import annotations

from workshop_app.kinds.stakeholders import model as stakeholders
from workshop_app.store import EventStore


def fill(store: EventStore, group_id: int, org: dict) -> None:
    if "stakeholders" in org:
        stakeholders.save(store, group_id, [stakeholders.validate(s) for s in org["stakeholders"]])
    if "approval_chain" in org:
        stakeholders.save_chain(store, group_id, org["approval_chain"])
