"""The demo event: the seeded workshop with three organizations' answers filled in.

The content lives in resources/demo/<plan id>.toml; each part of the workshop that keeps its
own data (stakeholder map, draft policy, action items) adds a `_fill_*` step here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from workshop_app import paths
from workshop_app.plan import load_plan
from workshop_app.store import EventStore


def demo_content(plan_id: str = paths.DEFAULT_PLAN_ID) -> dict:
    with paths.demo_data_path(plan_id).open("rb") as f:
        return tomllib.load(f)


def _fill_drafting(store: EventStore, group_id: int, org: dict) -> None:
    """The group's choices, then its proposed draft with a few clauses left out, edited or added."""
    from workshop_app.kinds.drafting import clauses

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


def _fill_stakeholders(store: EventStore, group_id: int, org: dict) -> None:
    """The group's stakeholder map and its approval chain, as the group left them."""
    from workshop_app.kinds.stakeholders import model as stakeholders

    if "stakeholders" in org:
        stakeholders.save(store, group_id, [stakeholders.validate(s) for s in org["stakeholders"]])
    if "approval_chain" in org:
        stakeholders.save_chain(store, group_id, org["approval_chain"])


def _fill_report_back(store: EventStore, group_id: int, org: dict) -> None:
    """The group's action items, due some days after the event's date."""
    from datetime import date, timedelta

    from workshop_app.kinds.report_back import model as actions

    if "actions" not in org:
        return
    day = date.fromisoformat(store.event().date)
    items = [
        {
            "what": a["what"],
            "owner": a.get("owner", ""),
            "due": (day + timedelta(days=a["due_in_days"])).isoformat()
            if "due_in_days" in a
            else "",
            "status": a.get("status", "planned"),
        }
        for a in org["actions"]
    ]
    actions.save(store, group_id, items)


def build_demo(path: str | Path, plan: str | Path | None = None) -> EventStore:
    """Create the demo event at `path` and return it open.

    `plan` is a shipped plan's id or a plan file (default: the seeded plan); the plan needs demo
    data of its own in resources/demo/<plan id>.toml.
    """
    plan = load_plan(paths.plan_path(plan))
    if not paths.demo_data_path(plan.id).is_file():
        raise FileNotFoundError(f"There is no demo for the plan {plan.id!r}.")
    content = demo_content(plan.id)
    head = content["event"]
    store = EventStore.create(
        path,
        plan,
        head["title"],
        location=head.get("location", ""),
        facilitator=head.get("facilitator", ""),
    )
    try:
        for org in content["organizations"]:
            group = store.add_group(org["name"], org.get("contact", ""), org.get("size"))
            for stage_id, answers in org.get("answers", {}).items():
                for prompt_id, value in answers.items():
                    store.save_answer(group.id, stage_id, prompt_id, value.strip())
            for stage_id, value in org.get("notes", {}).items():
                store.save_notes(group.id, stage_id, value.strip())
            _fill_stakeholders(store, group.id, org)
            _fill_drafting(store, group.id, org)
            _fill_report_back(store, group.id, org)
    except BaseException:
        store.close()
        raise
    return store
