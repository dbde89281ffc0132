"""A UK event's printed draft policy is written for UK law: the clause texts the plan gives, not
only their "Why" notes, name no US law, agency or crisis number. (A group's own edits stay as
the group wrote them: the demo's organizations are American and wrote about their own law.)"""

from __future__ import annotations

import re

import pytest

from workshop_app.demo import build_demo, demo_content
from workshop_app.export import worksheet

US_ONLY = re.compile(
    r"HIPAA|42 CFR|HOPWA|FERPA|COPPA|\b988\b|federal|State HIV|business associate|NASW",
    re.IGNORECASE,
)


def draft_section(texts: list[str]) -> list[str]:
    start = texts.index("Our draft policy") + 1
    end = texts.index("Report back", start)
    return texts[start:end]


@pytest.mark.parametrize("plan_id", ["social-media-confidentiality", "ai-tools-confidentiality"])
def test_a_uk_worksheet_s_draft_policy_names_no_us_law(tmp_path, plan_id, read_paragraphs):
    with build_demo(tmp_path / "uk.workshop", plan_id, region="uk") as store:
        group = store.groups()[0]
        path = worksheet.write_worksheet(store, group, tmp_path / "uk.docx")
        name = group.name
    org = demo_content(plan_id)["organizations"][0]
    assert org["name"] == name
    draft = org.get("draft", {})
    own = {t.strip() for t in draft.get("edits", {}).values()}
    own |= {o["body"].strip() for o in draft.get("own", [])}
    texts = [text for _, text in read_paragraphs(path)]
    policy = [t for t in draft_section(texts) if t not in own and not t.startswith("Why: ")]
    assert len(policy) >= 10
    found = [t for t in policy if US_ONLY.search(t)]
    assert not found, found
