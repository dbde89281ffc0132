"""A plan's texts in a second language: the seeded plan in Spanish, complete, kept by id."""

from __future__ import annotations

import re

import pytest

from workshop_app import paths
from workshop_app.plan import PlanError, load_plan, load_plan_text


@pytest.fixture(scope="module")
def seeded():
    return load_plan(paths.default_plan_path())


def texts(plan) -> list[str]:
    out = [plan.title, plan.summary]
    for s in plan.stages:
        out += [s.title, s.facilitator_notes, *s.objectives, *s.approval_steps]
        out += [s.settings.get("question", "")]  # a vote's question
        out += [t for p in s.prompts for t in (p.text, p.help)]
        out += [t for c in s.categories for t in (c.label, c.examples)]
        out += [r.label for r in s.roles]
        out += [t for c in s.choices for t in (c.label, *(o.label for o in c.options))]
        out += [t for c in s.clauses for t in (c.title, c.body, c.why)]
    return [t for t in out if t]


def test_the_seeded_plan_declares_spanish_and_has_every_text(seeded):
    assert seeded.languages == ("en", "es")
    es = seeded.translated("es")
    assert es.language == "es"
    english, spanish = texts(seeded), texts(es)
    assert len(english) == len(spanish)
    # every text a person reads is different in Spanish, except names that stay names
    same = [e for e, s in zip(english, spanish, strict=True) if e == s]
    assert set(same) <= {
        "Instagram",
        "Threads",
        "TikTok",
        "YouTube",
        "LinkedIn",
        "Reddit",
        "Discord",
        "Snapchat",
        "WhatsApp",
        "Signal",
        "Telegram",
        "HIPAA",
    }
    assert "¿A quién atiende su organización?" in spanish


def test_translation_keeps_the_structure(seeded):
    es = seeded.translated("es")
    for a, b in zip(seeded.stages, es.stages, strict=True):
        assert (a.id, a.kind, a.minutes, a.action_prompt) == (
            b.id,
            b.kind,
            b.minutes,
            b.action_prompt,
        )
        assert [p.id for p in a.prompts] == [p.id for p in b.prompts]
        assert [(c.id, c.tags, c.roles, c.core) for c in a.clauses] == [
            (c.id, c.tags, c.roles, c.core) for c in b.clauses
        ]
    english = seeded.stage_of_kind("drafting").clauses
    for en, clause in zip(english, es.stage_of_kind("drafting").clauses, strict=True):
        assert "{org}" in clause.body, clause.id
        # the "why" cites the same guidance: every number of the English note is in the Spanish
        assert set(re.findall(r"\d+", en.why)) <= set(re.findall(r"\d+", clause.why)), clause.id


def test_an_unknown_language_or_the_plans_own_is_the_plan_itself(seeded):
    assert seeded.translated("en") is seeded
    assert seeded.translated("fr") is seeded


def test_a_missing_text_is_a_warning_naming_its_key_path_and_falls_back(seeded):
    text = seeded.source_text.replace(
        '[translations.es.stages.drafting.clauses.minors]\ntitle = "Menores y programas para jóvenes"\n',
        "[translations.es.stages.drafting.clauses.minors]\n",
    )
    plan = load_plan_text(text)
    assert plan.warnings == (
        "translations.es.stages.drafting.clauses.minors.title: no es text yet (shown in en)",
    )
    minors = plan.translated("es").stage("drafting").clauses
    assert [c.title for c in minors if c.id == "minors"] == ["Minors and youth programs"]
    assert seeded.warnings == ()


def test_a_translation_of_something_the_plan_lost_is_a_warning_and_left_out(seeded):
    text = seeded.source_text.replace(
        'instagram = { label = "Instagram" }\n',
        'instagram = { label = "Instagram" }\nmyspace = { label = "MySpace" }\n',
    )
    plan = load_plan_text(text)
    assert plan.warnings == (
        "translations.es.stages.drafting.choices.platforms.options.myspace: "
        "there is no options with this id",
    )
    labels = [o.label for c in plan.translated("es").stage("drafting").choices for o in c.options]
    assert "MySpace" not in labels


def test_a_declared_language_without_any_texts_is_a_warning(seeded):
    plan = load_plan_text(
        seeded.source_text.replace('languages = ["en", "es"]', 'languages = ["en", "es", "fr"]')
    )
    assert plan.warnings == ("translations.fr: no fr texts yet (workshop.languages lists 'fr')",)
    assert plan.translated("fr").title == seeded.title


@pytest.mark.parametrize(
    "old, new, problem",
    [
        (
            '[translations.es.stages.objectives]\ntitle = "Objetivos"\n',
            '[translations.es.stages.objectives]\ntitle = "Objetivos"\nminutes = 5\n',
            "translations.es.stages.objectives.minutes: 'minutes' is not a text that can be translated",
        ),
        (
            '    "Planear el primer paso para que la política se apruebe",\n',
            "",
            "translations.es.stages.objectives.objectives: has 3 entries, the plan has 4",
        ),
        (
            'languages = ["en", "es"]',
            'languages = ["en"]',
            "translations.es: the plan does not list 'es'",
        ),
    ],
)
def test_translation_mistakes_are_refused(seeded, old, new, problem):
    assert old in seeded.source_text
    with pytest.raises(PlanError) as err:
        load_plan_text(seeded.source_text.replace(old, new, 1))
    assert any(p.startswith(problem) for p in err.value.problems), err.value.problems


def test_a_kinds_own_texts_are_translated_where_its_schema_names_them():
    from workshop_app import kinds

    es = load_plan(paths.default_plan_path()).translated("es")
    vote = es.stage("follow_up_vote")
    assert vote.settings["question"] == "¿Qué dificultad debería abordar una sesión de seguimiento?"
    assert kinds.kind("vote").plan.texts == ("question", "items")
