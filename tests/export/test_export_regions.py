"""A worksheet's "Why" notes cite the laws and guidance of the event's region: a US clinic's
never name the GMC, LMC or NMC, a UK one's do."""

from __future__ import annotations

import re

import pytest

from workshop_app.demo import build_demo
from workshop_app.export import worksheet

UK_BODIES = re.compile(r"\b(GMC|LMC|NMC)\b")


def why_notes(path, read_paragraphs) -> list[str]:
    return [text for _, text in read_paragraphs(path) if text.startswith("Why: ")]


@pytest.mark.parametrize("plan_id", ["social-media-confidentiality", "ai-tools-confidentiality"])
def test_each_region_s_worksheet_cites_its_own_sources(
    tmp_path, plan_id, read_paragraphs, read_all_text
):
    seen = {}
    for region in ("us", "uk"):
        with build_demo(tmp_path / f"{region}.workshop", plan_id, region=region) as store:
            assert store.region == region
            group = store.groups()[0]
            path = worksheet.write_worksheet(store, group, tmp_path / f"{region}.docx")
        seen[region] = (why_notes(path, read_paragraphs), read_all_text(path))
    us_notes, us_text = seen["us"]
    uk_notes, uk_text = seen["uk"]
    assert len(us_notes) == len(uk_notes) >= 5
    assert not UK_BODIES.search(us_text), UK_BODIES.findall(us_text)
    assert any("UK GDPR" in n for n in uk_notes)
    if plan_id == "social-media-confidentiality":
        assert UK_BODIES.search(" ".join(uk_notes))
        assert any("NASW" in n or "NCSBN" in n for n in us_notes)
    assert set(us_notes).isdisjoint(uk_notes)
    # the notes' introduction names the region they are for
    assert "They cite the laws and guidance of one region: United States." in us_text
    assert "They cite the laws and guidance of one region: United Kingdom." in uk_text
