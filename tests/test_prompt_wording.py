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


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


@pytest.mark.parametrize("plan_file", PLANS, ids=lambda p: p.stem)
def test_a_prompt_beside_a_tick_list_asks_what_the_ticks_cannot(plan_file):
    """A free-text prompt next to a choice list asking the same question ("Who should the
    policy cover?" beside "Who does the policy cover?") only makes groups answer twice."""
    plan = load_plan(plan_file)
    same = [
        f"{stage.id}.{prompt.id} repeats {choice.id!r}"
        for stage in plan.stages
        for prompt in stage.prompts
        for choice in stage.choices
        if _words(prompt.text)[0] == _words(choice.label)[0]
        and _words(prompt.text)[-3:] == _words(choice.label)[-3:]
    ]
    assert not same
