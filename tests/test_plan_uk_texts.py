"""A UK event's plan is written for UK law all through: clause titles and bodies and the choice
lists name no US law, agency or crisis number (not only the "Why" notes), and UK spelling."""

from __future__ import annotations

import re

import pytest

from workshop_app import paths
from workshop_app.plan import load_plan

US_ONLY = re.compile(
    r"HIPAA|42 CFR|HOPWA|FERPA|COPPA|\b988\b|federal|State HIV|business associate|NASW",
    re.IGNORECASE,
)
US_SPELLING = re.compile(r"\b\w*(colored|neighborhood|organiz|authoriz|criticiz)\w*\b", re.I)
SHIPPED = ["social-media-confidentiality", "ai-tools-confidentiality"]


def drafting(plan):
    return plan.stage_of_kind("drafting")


def clause(stage, clause_id):
    return next(c for c in stage.clauses if c.id == clause_id)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("plan_id", SHIPPED)
def test_a_uk_plan_s_clauses_and_choices_name_no_us_law(plan_id, lang):
    plan = load_plan(paths.plan_path(plan_id))
    assert plan.warnings == ()
    uk = drafting(plan.translated(lang).for_region("uk"))
    texts = [t for c in uk.clauses for t in (c.title, c.body)]
    texts += [t for c in uk.choices for t in (c.label, *(o.label for o in c.options))]
    found = [t for t in texts if US_ONLY.search(t)]
    assert not found, found
    assert all("{org}" in c.body for c in uk.clauses)
    if lang == "en":
        assert not [t for t in texts if US_SPELLING.search(t)], US_SPELLING.findall(" ".join(texts))


def test_the_uk_crisis_clause_names_uk_crisis_lines():
    plan = load_plan(paths.plan_path("social-media-confidentiality"))
    for lang in ("en", "es"):
        crisis = clause(drafting(plan.translated(lang).for_region("uk")), "crisis_content")
        assert "Samaritans" in crisis.body and "116 123" in crisis.body and "999" in crisis.body
    us = clause(drafting(plan), "crisis_content")
    assert "988" in us.body  # the US text is unchanged


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_uk_law_choices_propose_what_the_us_ones_do(plan_id):
    plan = load_plan(paths.plan_path(plan_id))
    us, uk = drafting(plan), drafting(plan.for_region("uk"))
    labels = {o.label: o.id for c in uk.choices for o in c.options}
    assert labels["UK GDPR and the Data Protection Act 2018"] == "hipaa"
    assert labels["Common law duty of confidentiality"] == "part2"
    assert "Caldicott principles" in labels and "None or not sure" in labels
    assert [(c.id, c.tags, c.core) for c in us.clauses] == [
        (c.id, c.tags, c.core) for c in uk.clauses
    ]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("plan_id", SHIPPED)
def test_a_uk_plan_s_stakeholder_examples_and_questions_name_no_us_bodies(plan_id, lang):
    uk = load_plan(paths.plan_path(plan_id)).translated(lang).for_region("uk")
    texts = [t for s in uk.stages for p in s.prompts for t in (p.text, p.help)]
    texts += [t for s in uk.stages for c in s.categories for t in (c.label, c.examples)]
    us_bodies = re.compile(r"federal|HHS|HRSA|HOPWA|SAMHSA|county|condado|business associate")
    found = [t for t in texts if US_ONLY.search(t) or us_bodies.search(t)]
    assert not found, found
