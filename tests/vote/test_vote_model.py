"""The vote's plan keys, ballot, dots and tally, on a real event file."""

from __future__ import annotations

import pytest
from vote_plan import PLAN, STAGE

from workshop_app.kinds.vote import model
from workshop_app.plan import PlanError, load_plan_text
from workshop_app.store import EventStore
from workshop_app.text import InputError


def test_the_plan_keys_have_defaults_and_are_checked():
    plan = load_plan_text(PLAN.replace("dots = 3\n", ""))
    assert plan.stage(STAGE).settings["dots"] == 3  # the default
    bad = PLAN.replace("dots = 3", "dots = 0").replace(
        'from_prompt = "hardest"', 'from_prompt = "x"'
    )
    with pytest.raises(PlanError) as caught:
        load_plan_text(bad)
    problems = "\n".join(caught.value.problems)
    assert "stages[1].dots: must be a whole number of dots from 1 to 20" in problems
    assert "stages[1].from_prompt: names no prompt of stage 'report_back': 'x'" in problems
    items = PLAN.split("vote_on")[0] + 'vote_on = "items"\n'
    with pytest.raises(PlanError, match=r"stages\[1\]\.items: must have at least one entry"):
        load_plan_text(items)
    ok = load_plan_text(items + 'items = ["Retention", "Breach drills"]\n')
    assert [i.text for i in model.items(None, ok.stage(STAGE))] == ["Retention", "Breach drills"]


def test_the_ballot_is_every_organizations_named_hard_part(vote_store):
    stage = vote_store.plan.stage(STAGE)
    items = model.items(vote_store, stage)
    assert [i.text for i in items] == [
        "Staff text clients from own phones",
        "Northside Youth Centre has no policy owner",
    ]
    assert [i.group_id for i in items] == [g.id for g in vote_store.groups()]


def test_dots_are_kept_per_device_and_organization_with_history(vote_store, vote_groups):
    stage = vote_store.plan.stage(STAGE)
    a, b = vote_groups
    first, second = (i.key for i in model.items(vote_store, stage))
    model.cast(vote_store, a.id, stage, "d1", {first: 2, second: 1}, source="browser")
    model.cast(vote_store, a.id, stage, "d1", {second: 3}, source="browser")  # changed its mind
    model.cast(vote_store, a.id, stage, "d2", {first: 1}, source="browser")
    model.cast(vote_store, b.id, stage, model.PAPER, {first: 3})
    assert model.voters(vote_store, a.id, STAGE) == ["d1", "d2"]
    assert [r.data["dots"] for r in model.history(vote_store, a.id, STAGE, "d1")] == [
        {second: 3},
        {first: 2, second: 1},
    ]
    results = model.tally(vote_store, stage)
    assert [(r.item.key, r.dots, r.by_group) for r in results] == [
        (first, 4, {a.id: 1, b.id: 3}),
        (second, 3, {a.id: 3}),
    ]
    assert model.group_dots(vote_store, a.id, stage) == {first: 1, second: 3}
    # the dots stay in the event file
    path = vote_store.path
    vote_store.close()
    with EventStore.open(path) as again:
        assert [r.dots for r in model.tally(again, again.plan.stage(STAGE))] == [4, 3]


def test_too_many_dots_or_an_unknown_item_are_refused(vote_store):
    stage = vote_store.plan.stage(STAGE)
    items = model.items(vote_store, stage)
    with pytest.raises(InputError, match=r"That is 4 dots; each device has 3\. Take 1 off"):
        model.validate({items[0].key: "3", items[1].key: "1"}, items, 3)
    with pytest.raises(InputError, match="no longer on the ballot"):
        model.validate({"g-999": "1"}, items, 3)
    with pytest.raises(InputError, match="whole number"):
        model.validate({items[0].key: "two"}, items, 3)
    assert model.validate({items[0].key: "0", items[1].key: " 2 "}, items, 3) == {items[1].key: 2}


@pytest.mark.parametrize(
    "plan_id, top",
    [
        ("social-media-confidentiality", "Blue Heron Harm Reduction Project"),
        ("ai-tools-confidentiality", "Harbor Street Family Counselling"),
    ],
)
def test_the_shipped_plans_end_with_an_optional_follow_up_vote_the_demo_filled_in(
    tmp_path, plan_id, top
):
    from workshop_app.demo import build_demo

    with build_demo(tmp_path / "demo.workshop", plan_id) as store:
        plan = store.plan
        vote = plan.stages[-1]
        assert (vote.kind, plan.stages[-2].kind) == ("vote", "report_back")
        assert model.question(vote) == "Which hard part should a follow-up session take on?"
        assert vote.optional and not any(s.optional for s in plan.stages[:-1])
        # the workshop's planned length leaves the optional vote out
        assert plan.planned_minutes == 90 and plan.optional_minutes == 5
        results = model.tally(store, vote)
        names = {g.id: g.name for g in store.groups()}
        assert names[results[0].item.group_id] == top
        # each organization's paper ballot: three dots, the room's whole hard parts on the ballot
        assert sum(r.dots for r in results) == 3 * len(names)
        for group_id in names:
            assert model.voters(store, group_id, vote.id) == [model.PAPER]


def test_the_projector_names_an_item_by_its_first_sentence():
    assert (
        model.headline("Photos. Youth want to be seen at Pride, but a tagged photo…") == "Photos."
    )
    assert model.headline("Nobody owns the policy") == "Nobody owns the policy"
    long = "Whether an automated reply at night helps people or puts them off " * 3
    cut = model.headline(long)
    assert cut.endswith("…") and len(cut) <= 90 and long.startswith(cut[:-1])
