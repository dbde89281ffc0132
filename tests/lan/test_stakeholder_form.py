"""The participant page's stakeholder map: what a browser may save, cleaned like the console."""

from __future__ import annotations

import pytest

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.web import clean_stakeholders, context
from workshop_app.lan import extensions
from workshop_app.text import InputError


def test_the_stage_and_record_kind_are_registered():
    assert extensions.load(extensions.STAGE_CONTEXT["stakeholders"]) is context
    assert extensions.load(extensions.RECORD_KINDS["stakeholders"]) is clean_stakeholders


def test_a_browser_list_is_cleaned_with_the_console_rules(plan):
    sent = [
        {
            "id": "a1",
            "name": " Board\x07 of directors ",
            "category": "approvers",
            "influence": 80,
            "interest": 140,
        },
        {
            "id": "a2",
            "name": "   ",
            "category": "funders",
            "influence": 10,
            "interest": 10,
        },  # empty row
        {
            "id": "a3",
            "name": "<b>Police</b>",
            "category": "made_up",
            "influence": "70",
            "interest": 5,
        },
    ]
    kept = clean_stakeholders(sent, plan)
    assert [(k["name"], k["category"], k["influence"], k["interest"]) for k in kept] == [
        ("Board of directors", "approvers", 80.0, 100.0),
        ("<b>Police</b>", "other", 70.0, 5.0),
    ]
    with pytest.raises(InputError, match="limit is 200"):
        clean_stakeholders([{"name": "x" * 201}], plan)
    with pytest.raises(InputError):
        clean_stakeholders({"name": "not a list"}, plan)
    with pytest.raises(InputError):
        clean_stakeholders([{"name": "A", "influence": "high"}], plan)


def test_the_page_context_holds_only_this_groups_map(store):
    own, other = store.add_group("Harbour"), store.add_group("Northside")
    sh.save(store, own.id, [sh.Stakeholder("Board", "approvers", 80, 40)])
    sh.save(store, other.id, [sh.Stakeholder("Other group's secret", "funders", 10, 10)])
    extra = context(store, own.id, store.plan.stage("stakeholders"))
    assert [s["name"] for s in extra["stakeholders"]] == ["Board"]
    assert extra["categories"][-1][0] == "other"
