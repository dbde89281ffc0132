"""The demo event: the seeded workshop with three organizations' answers filled in.

The content lives in resources/demo/<plan id>.toml; each stage kind that keeps its own data
(stakeholder map, draft policy, action items) puts it in through its declaration's `demo`,
``fill(store, group_id, org)``, given the organization's table of that file.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from workshop_app import kinds, paths
from workshop_app.plan import load_plan
from workshop_app.store import EventStore


def demo_content(plan_id: str = paths.DEFAULT_PLAN_ID) -> dict:
    with paths.demo_data_path(plan_id).open("rb") as f:
        return tomllib.load(f)


def build_demo(path: str | Path, plan: str | Path | None = None, region: str = "") -> EventStore:
    """Create the demo event at `path` and return it open.

    `plan` is a shipped plan's id or a plan file (default: the seeded plan); the plan needs demo
    data of its own in resources/demo/<plan id>.toml; `region` ("": the demo's own) picks the
    laws and guidance its clause notes cite.
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
        region=region or head.get("region", ""),
    )
    try:
        groups = []
        for org in content["organizations"]:
            group = store.add_group(org["name"], org.get("contact", ""), org.get("size"))
            groups.append((group, org))
            for stage_id, answers in org.get("answers", {}).items():
                for prompt_id, value in answers.items():
                    store.save_answer(group.id, stage_id, prompt_id, value.strip())
            for stage_id, value in org.get("notes", {}).items():
                store.save_notes(group.id, stage_id, value.strip())
        # then each kind puts in its own data (kinds/<kind>/demo.py), every answer being there
        for kind in kinds.KINDS:
            if kind.demo and store.plan.stage_of_kind(kind.name) is not None:
                for group, org in groups:
                    kinds.load(kind.demo)(store, group.id, org)
    except BaseException:
        store.close()
        raise
    return store
