"""A prompt's help is read on a phone, in the console and on the paper handout alike: it may
not point at something only one of them shows ("the approval chain below" is below in the
console, absent on a phone) or ask for a pen ("circle")."""

from __future__ import annotations

import re

import pytest

from workshop_app.paths import sessions_dir
from workshop_app.plan import load_plan

PLANS = sorted(sessions_dir().glob("*.toml"))
ONE_MEDIUM = re.compile(r"\b(below|above|circle|tick the box)\b", re.IGNORECASE)


@pytest.mark.parametrize("plan_file", PLANS, ids=lambda p: p.stem)
def test_prompt_help_reads_the_same_on_every_medium(plan_file):
    plan = load_plan(plan_file)
    found = [
        f"{stage.id}.{prompt.id}: {match.group(0)!r}"
        for stage in plan.stages
        for prompt in stage.prompts
        if (match := ONE_MEDIUM.search(prompt.help))
    ]
    assert not found
