"""The drafting stage's demo data: a group's choices, then its proposed draft with a few clauses
left out, edited or added."""

from __future__ import annotations

from workshop_app.kinds.drafting import clauses
from workshop_app.store import EventStore


def fill(store: EventStore, group_id: int, org: dict) -> None:
    stage = store.plan.stage_of_kind("drafting")
    if stage is None or "choices" not in org:
        return
    picked = org["choices"]
    choices = clauses.Choices(
        {k: tuple(v) for k, v in picked.items() if k != "other"}, picked.get("other", {})
    )
    draft = clauses.apply_choices(store, group_id, stage, choices)
    spec = org.get("draft", {})
    for key in spec.get("exclude", []):
        draft = draft.set_included(key, False)
    for key, body in spec.get("edits", {}).items():
        draft = draft.edit(key, body=body.strip())
    for own in spec.get("own", []):
        draft, _ = draft.add_own(own["title"], own["body"].strip(), after=own.get("after"))
    clauses.save_draft(store, group_id, draft)
