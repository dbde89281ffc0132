"""The demo event carries choices and a lightly edited draft for every organization."""

from __future__ import annotations

from workshop_app.kinds.drafting import clauses


def test_every_demo_organization_has_choices_and_an_edited_draft(demo_store):
    stage = demo_store.plan.stage_of_kind("drafting")
    groups = demo_store.groups()
    assert len(groups) == 3
    for group in groups:
        choices = clauses.load_choices(demo_store, group.id)
        assert choices.chosen(), group.name
        draft = clauses.load_draft(demo_store, group.id)
        assert any(c.edited for c in draft.clauses), group.name
        printed = draft.as_text(stage, group.name)
        assert printed.startswith("1. Scope and definitions\n")
        assert group.name in printed
    cedar, casa, heron = groups
    assert "dating_app_outreach" in [
        n.key for n in clauses.load_draft(demo_store, cedar.id).clauses
    ]
    assert "2. Client confidentiality online" in clauses.load_draft(demo_store, heron.id).as_text(
        stage, heron.name
    )
    heron_titles = [
        n.title for n in clauses.load_draft(demo_store, heron.id).numbered(stage, heron.name)
    ]
    assert "Testimonials and client stories" not in heron_titles
    assert "Spanish-language version" in clauses.load_draft(demo_store, cedar.id).as_text(
        stage, cedar.name
    )
    assert clauses.load_choices(demo_store, casa.id).other == {"platforms": "Linktree"}
