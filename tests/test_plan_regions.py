"""Sources per region: a plan's clause notes cite the laws and guidance of where the organization
works (`[[regions]]`, a clause's `[[stages.clauses.regions]]`); an event keeps its region."""

from __future__ import annotations

import re

import pytest

from workshop_app import paths
from workshop_app.plan import PlanError, load_plan, load_plan_text
from workshop_app.store import EventStore
from workshop_app.text import InputError

UK_BODIES = re.compile(
    r"\b(GMC|LMC|NMC|ICO|NHS|UK|HCPC|Caldicott|PECR|CAP|Samaritans|England|Act 1998)\b"
)
UK_ONLY = re.compile(r"\b(GMC|LMC|NMC|ICO|NHS|HCPC|Caldicott)\b")  # GDPR may bind a US agency
SHIPPED = ["social-media-confidentiality", "ai-tools-confidentiality"]


def notes(plan) -> list[str]:
    return [c.why for c in plan.stage_of_kind("drafting").clauses]


def option_labels(plan) -> list[str]:
    return [o.label for c in plan.stage_of_kind("drafting").choices for o in c.options]


@pytest.mark.parametrize("plan_id", SHIPPED)
def test_a_shipped_plan_has_us_and_uk_sources_for_every_clause(plan_id):
    plan = load_plan(paths.plan_path(plan_id))
    assert [(r.id, r.label) for r in plan.regions] == [
        ("us", "United States"),
        ("uk", "United Kingdom"),
    ]
    assert plan.region == "us" and plan.warnings == ()
    uk = plan.for_region("uk")
    assert uk.region == "uk" and uk.for_region("uk") is uk and plan.for_region("fr") is plan
    us_notes, uk_notes = notes(plan), notes(uk)
    # a US organization's notes never cite UK bodies; a UK one's cite them, clause by clause
    assert [n for n in us_notes + option_labels(plan) if UK_ONLY.search(n)] == []
    assert all(UK_BODIES.search(n) for n in uk_notes), [
        n for n in uk_notes if not UK_BODIES.search(n)
    ]
    assert all(a != b for a, b in zip(us_notes, uk_notes, strict=True))
    # only texts differ: ids and tags are the plan's; a UK body, where it has one, keeps {org}
    for a, b in zip(
        plan.stage_of_kind("drafting").clauses, uk.stage_of_kind("drafting").clauses, strict=True
    ):
        assert (a.id, a.tags, a.core, a.roles) == (b.id, b.tags, b.core, b.roles)
        assert "{org}" in b.body


def test_spanish_has_the_uk_notes_too_citing_the_same_guidance():
    plan = load_plan(paths.default_plan_path())
    uk, es_uk = plan.for_region("uk"), plan.for_region("uk").translated("es")
    assert es_uk.region == "uk" and plan.translated("es").for_region("uk") == es_uk
    assert [r.label for r in es_uk.regions] == ["Estados Unidos", "Reino Unido"]
    for en, es in zip(notes(uk), notes(es_uk), strict=True):
        assert en != es
        assert set(re.findall(r"\d+", en)) <= set(re.findall(r"\d+", es)), es
        assert set(UK_BODIES.findall(en)) - {"UK", "England"} <= set(UK_BODIES.findall(es)), es
    assert not [n for n in notes(plan.translated("es")) if UK_ONLY.search(n)]


def test_a_missing_spanish_uk_note_is_a_warning_and_falls_back():
    seeded = load_plan(paths.default_plan_path())
    text = re.sub(
        r"(\[translations\.es\.stages\.drafting\.clauses\.minors\.regions\.uk\]\n"
        r"(?:title = \".*?\"\n)?(?:body = \"\"\".*?\"\"\"\n)?)why = \"\"\".*?\"\"\"\n",
        r"\1",
        seeded.source_text,
        flags=re.S,
    )
    assert text != seeded.source_text
    plan = load_plan_text(text)
    assert plan.warnings == (
        "translations.es.stages.drafting.clauses.minors.regions.uk.why: no es text yet (shown in en)",
    )
    minors = plan.for_region("uk").translated("es").stage("drafting").clauses
    assert next(c.why for c in minors if c.id == "minors").startswith("The ICO's Children's code")


PLAN = """
[workshop]
id = "t"
title = "T"
{head}

{regions}

[[stages]]
id = "drafting"
kind = "drafting"
title = "Drafting"
minutes = 10

[[stages.roles]]
id = "all"
label = "Everyone"

[[stages.clauses]]
id = "scope"
title = "Scope"
body = "For {{org}}."
roles = ["all"]
core = true
why = "General note."
{variant}
"""
REGIONS = '[[regions]]\nid = "us"\nlabel = "United States"\n\n[[regions]]\nid = "uk"\nlabel = "United Kingdom"'
UK_NOTE = '[[stages.clauses.regions]]\nid = "uk"\nwhy = "UK note."'


def test_the_first_region_is_the_default_and_a_region_without_its_own_note_gets_why():
    plan = load_plan_text(PLAN.format(head="", regions=REGIONS, variant=UK_NOTE))
    assert plan.region == "us"
    assert notes(plan) == ["General note."]
    assert notes(plan.for_region("uk")) == ["UK note."]
    assert notes(load_plan_text(plan.source_text, region="uk")) == ["UK note."]
    chosen = load_plan_text(PLAN.format(head='region = "uk"', regions=REGIONS, variant=UK_NOTE))
    assert chosen.region == "uk" and notes(chosen) == ["UK note."]
    plain = load_plan_text(PLAN.format(head="", regions="", variant=""))
    assert plain.regions == () and plain.region == "" and notes(plain) == ["General note."]


@pytest.mark.parametrize(
    "head, regions, variant, problem",
    [
        (
            'region = "fr"',
            REGIONS,
            "",
            "workshop.region: 'fr' is not one of the plan's [[regions]]",
        ),
        (
            "",
            REGIONS,
            UK_NOTE.replace('"uk"', '"ca"'),
            "stages[0].clauses[0].regions[0].id: 'ca' is not a region",
        ),
        (
            "",
            "",
            UK_NOTE,
            "stages[0].clauses[0].regions[0].id: 'uk' is not a region of [[regions]] (none)",
        ),
        (
            "",
            REGIONS,
            UK_NOTE.replace("why", "tags"),
            "stages[0].clauses[0].regions[0].tags: only a text",
        ),
        (
            "",
            REGIONS,
            UK_NOTE.replace('"UK note."', '"  "'),
            "stages[0].clauses[0].regions[0].why: must be non-empty text",
        ),
        (
            "",
            REGIONS,
            UK_NOTE + "\n" + UK_NOTE,
            "stages[0].clauses[0].regions[1].id: duplicate region 'uk'",
        ),
        (
            "",
            REGIONS.replace('label = "United Kingdom"', ""),
            "",
            "regions[1].label: is missing or empty",
        ),
    ],
)
def test_region_mistakes_are_refused_with_their_key_path(head, regions, variant, problem):
    with pytest.raises(PlanError) as err:
        load_plan_text(PLAN.format(head=head, regions=regions, variant=variant))
    assert any(p.startswith(problem) for p in err.value.problems), err.value.problems


def test_an_event_keeps_its_region_and_its_plan_has_that_regions_notes(tmp_path):
    plan = load_plan(paths.default_plan_path())
    with EventStore.create(tmp_path / "uk.workshop", plan, "Leeds", region="uk") as store:
        assert store.region == "uk" and store.plan.region == "uk"
    with EventStore.open(tmp_path / "uk.workshop", readonly=True) as store:
        assert notes(store.plan) == notes(plan.for_region("uk"))
    with EventStore.create(tmp_path / "us.workshop", plan, "Springfield") as store:
        assert store.plan.region == "us" and notes(store.plan) == notes(plan)
    with pytest.raises(InputError, match="'fr' is not one of this plan's: us"):
        EventStore.create(tmp_path / "fr.workshop", plan, "Paris", region="fr")
    assert not (tmp_path / "fr.workshop").exists()
