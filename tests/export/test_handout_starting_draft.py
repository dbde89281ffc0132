"""The handout carries a starting draft: the core clauses in full, numbered by Word, with a
blank wherever the organization's name goes, so a group on paper starts from a draft."""

from __future__ import annotations

import pytest

from workshop_app import paths
from workshop_app.export import docx_kit as kit
from workshop_app.export import handout
from workshop_app.kinds.drafting.sections import BLANK
from workshop_app.plan import load_plan


@pytest.mark.parametrize("plan_id", ["social-media-confidentiality", "ai-tools-confidentiality"])
def test_the_core_clauses_in_full_with_blanks_for_the_name(tmp_path, plan_id, read_paragraphs):
    plan = load_plan(paths.plan_path(plan_id))
    drafting = plan.stage_of_kind("drafting")
    path = handout.write_handout(plan, tmp_path / "h.docx", "letter")
    paragraphs = read_paragraphs(path)
    start = paragraphs.index(("Heading 2", "A starting draft"))
    draft = paragraphs[start + 1 :]
    core = [c for c in drafting.clauses if c.core]
    assert len(core) >= 8
    for clause in core:
        at = draft.index((kit.CLAUSE_HEADING, clause.title))
        body = draft[at + 1][1]
        assert body == clause.body.replace("{org}", BLANK)
    assert BLANK in "".join(text for _, text in draft)
    texts = [text for _, text in paragraphs]
    assert not any("{org}" in t for t in texts)
    # the other clauses are in the checklist above, not written out
    for clause in drafting.clauses:
        if not clause.core:
            assert clause.body.replace("{org}", BLANK) not in texts
