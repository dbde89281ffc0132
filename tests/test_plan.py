"""Workshop plans: the seeded plan is complete, and broken plans are refused with a key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import folders, paths
from workshop_app.plan import PlanError, load_plan, load_plan_text

# A small plan that is valid; every broken plan below is this text with one mistake.
MINI = """
[workshop]
id = "mini"
title = "Mini workshop"
version = 1

[[stages]]
id = "objectives"
kind = "objectives"
title = "Objectives"
minutes = 5
objectives = ["Learn something"]

[[stages]]
id = "talk"
kind = "prompts"
title = "Talk"
minutes = 10

[[stages.prompts]]
id = "who"
text = "Who are you?"

[[stages.prompts]]
id = "what"
text = "What do you do?"

[[stages]]
id = "drafting"
kind = "drafting"
title = "Drafting"
minutes = 20

[[stages.roles]]
id = "all"
label = "Everyone"

[[stages.choices]]
id = "platforms"
label = "Platforms"

[[stages.choices.options]]
id = "facebook"
label = "Facebook"

[[stages.choices]]
id = "regimes"
label = "Laws"

[[stages.choices.options]]
id = "hipaa"
label = "HIPAA"

[[stages.clauses]]
id = "scope"
title = "Scope"
body = "This applies to {org}."
roles = ["all"]
core = true
why = "Because."

[[stages.clauses]]
id = "fb"
title = "Facebook"
body = "Staff of {org} do not friend clients."
roles = ["all"]
tags = ["facebook"]
why = "Boundaries."
"""


def refused(text: str) -> list[str]:
    with pytest.raises(PlanError) as caught:
        load_plan_text(text, source="broken.toml")
    message = str(caught.value)
    assert all(line.startswith("broken.toml: ") for line in message.splitlines()), message
    return caught.value.problems


def test_mini_plan_is_valid():
    plan = load_plan_text(MINI)
    assert plan.describe() == "Mini workshop, 3 stages, 2 prompts, 2 clauses"


def test_seeded_plan_validates_with_the_whole_workshop():
    plan = load_plan(paths.default_plan_path())
    assert [s.kind for s in plan.stages] == [
        "objectives",
        "stakeholders",
        "drafting",
        "report_back",
        "vote",  # optional: the follow-up vote on the hardest parts
    ]
    assert len(plan.stages) == 5
    assert plan.prompt_count == 11
    assert len(plan.clauses) == 24
    assert all(p.text and p.help for s in plan.stages for p in s.prompts)
    assert all(s.facilitator_notes and 1 <= s.minutes <= 600 for s in plan.stages)
    assert all(c.why and c.body and c.roles for c in plan.clauses)
    assert len(plan.stage("objectives").objectives) >= 1
    assert plan.stage("stakeholders").categories and plan.stage("stakeholders").approval_steps
    assert plan.stage("report_back").action_prompt == "first_step"
    assert {c.id for c in plan.stage("drafting").choices} >= {"platforms", "regimes"}
    assert plan.describe().startswith(f"{plan.title}, 5 stages, 11 prompts, 24 clauses")


def test_every_plan_in_sessions_validates():
    assert paths.plan_files(), "no plan in sessions/"
    for path in paths.plan_files():
        load_plan(path)


@pytest.mark.parametrize(
    ("old", "new", "key_path", "words"),
    [
        pytest.param(
            'id = "talk"', 'id = "objectives"', "stages[1].id", "duplicate id", id="dup-stage"
        ),
        pytest.param(
            'id = "what"', 'id = "who"', "stages[1].prompts[1].id", "duplicate id", id="dup-prompt"
        ),
        pytest.param(
            'kind = "prompts"', 'kind = "quiz"', "stages[1].kind", "unknown stage kind", id="kind"
        ),
        pytest.param(
            'text = "What do you do?"',
            'help = "no text here"',
            "stages[1].prompts[1].text",
            "missing",
            id="missing-text",
        ),
        pytest.param(
            'tags = ["facebook"]',
            'tags = ["myspace"]',
            "stages[2].clauses[1].tags",
            "'myspace' is not an option",
            id="unknown-tag",
        ),
        pytest.param(
            'roles = ["all"]\ntags',
            'roles = ["ghosts"]\ntags',
            "stages[2].clauses[1].roles",
            "'ghosts' is not defined",
            id="unknown-role",
        ),
        pytest.param(
            "minutes = 5\nobjectives",
            "minutes = 5\nlength = 3\nobjectives",
            "stages[0].length",
            "unknown key",
            id="unknown-key",
        ),
        pytest.param(
            'title = "Mini workshop"',
            'title = "Mini"\nauthor = "x"',
            "workshop.author",
            "unknown key",
            id="unknown-workshop-key",
        ),
        pytest.param("minutes = 10", "minutes = 0", "stages[1].minutes", "1 to 600", id="zero-min"),
        pytest.param(
            "minutes = 10", 'minutes = "ten"', "stages[1].minutes", "whole number", id="text-min"
        ),
        pytest.param(
            "minutes = 10", "minutes = 601", "stages[1].minutes", "1 to 600", id="long-min"
        ),
        pytest.param(
            "This applies to {org}.",
            "This applies to {organisation}.",
            "stages[2].clauses[0].body",
            "unknown placeholder '{organisation}'",
            id="placeholder",
        ),
        pytest.param(
            'tags = ["facebook"]\nwhy = "Boundaries."',
            'why = "Boundaries."',
            "stages[2].clauses[1].tags",
            "not core needs at least one tag",
            id="untagged",
        ),
        pytest.param(
            'id = "hipaa"',
            'id = "facebook"',
            "stages[2].choices[1].options[0].id",
            "already used in choice list 'platforms'",
            id="option-reused",
        ),
        pytest.param(
            'id = "mini"', 'id = "Mini Plan"', "workshop.id", "lower-case", id="bad-plan-id"
        ),
        pytest.param(
            'id = "who"',
            'id = "who"\nsize = "huge"',
            "stages[1].prompts[0].size",
            "short, medium, long",
            id="bad-size",
        ),
        pytest.param(
            'id = "objectives"\nkind = "objectives"\ntitle = "Objectives"\nminutes = 5\n'
            'objectives = ["Learn something"]',
            'id = "objectives"\nkind = "objectives"\ntitle = "Objectives"\nminutes = 5\n'
            "objectives = []",
            "stages[0].objectives",
            "at least one",
            id="no-objectives",
        ),
        pytest.param(
            'label = "Everyone"',
            'label = "Everyone"\nfoo = 1',
            "stages[2].roles[0].foo",
            "unknown key",
            id="unknown-role-key",
        ),
        pytest.param("version = 1", "version = 0", "workshop.version", "at least 1", id="version"),
        pytest.param(
            'title = "Mini workshop"', 'title = ""', "workshop.title", "missing", id="no-title"
        ),
        pytest.param(
            '[[stages]]\nid = "talk"',
            '[[stages]]\n\n[[stages]]\nid = "talk"',
            "stages[1].id",
            "missing",
            id="empty-stage",
        ),
    ],
)
def test_broken_plan_is_refused_with_its_key_path(old, new, key_path, words):
    assert old in MINI
    problems = refused(MINI.replace(old, new, 1))
    matching = [p for p in problems if p.startswith(f"{key_path}: ")]
    assert matching, problems
    assert any(words in p for p in matching), problems


def test_invalid_toml_names_the_line():
    broken = MINI.replace('title = "Talk"', 'title = "Talk', 1)
    line = broken.splitlines().index('title = "Talk') + 1
    (problem,) = refused(broken)
    assert "not valid TOML" in problem
    assert f"line {line}" in problem


def test_missing_workshop_table():
    problems = refused(MINI.replace("[workshop]", "[meta]", 1).replace("[meta]\n", "", 1))
    assert any(p.startswith("workshop: ") for p in problems), problems


def test_every_problem_is_reported_at_once():
    broken = MINI.replace("minutes = 10", "minutes = 0").replace('kind = "prompts"', 'kind = "x"')
    problems = refused(broken)
    assert {p.split(":")[0] for p in problems} >= {"stages[1].minutes", "stages[1].kind"}


def test_missing_and_unreadable_files(tmp_path: Path):
    with pytest.raises(PlanError, match="no such file"):
        load_plan(tmp_path / "absent.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes("title = 'caf\xe9'".encode("latin-1"))
    with pytest.raises(PlanError, match="cannot be read"):
        load_plan(bad)


def test_plan_text_round_trips_from_the_event_copy():
    plan = load_plan(paths.default_plan_path())
    again = load_plan_text(plan.source_text)
    assert again == plan


def test_a_plan_opened_again_is_read_from_its_kept_copy_and_a_damaged_copy_is_parsed_again():
    first = load_plan_text(MINI)
    kept = list((folders.user_data_dir() / "cache" / "plans").iterdir())
    assert len(kept) == 1
    assert load_plan_text(MINI) == first  # from the kept copy
    kept[0].write_bytes(b"\x00 not a parsed plan")
    assert load_plan_text(MINI) == first  # parsed again
    changed = load_plan_text(MINI.replace("Mini workshop", "Another workshop"))
    assert changed.title == "Another workshop"  # a copy is kept for its own text only
    with pytest.raises(PlanError, match="not valid TOML"):
        load_plan_text(MINI + "\n[broken")


def test_an_optional_stage_is_left_out_of_the_planned_length():
    text = paths.default_plan_path().read_text(encoding="utf-8")
    plan = load_plan_text(text)
    assert [s.id for s in plan.stages if s.optional] == ["follow_up_vote"]
    assert plan.planned_minutes == sum(s.minutes for s in plan.stages) - 5
    with pytest.raises(PlanError, match=r"stages\[4\]\.optional: must be true or false"):
        load_plan_text(text.replace("optional = true", 'optional = "yes"'))
