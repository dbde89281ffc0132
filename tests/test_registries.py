"""Registries and docs agree: every declared stage kind plugs into the console, the participant
page, each export, the demo and the plan validator through its declaration; every reference
resolves; the generic front ends build their registries from the list of kinds and name no kind;
every command is documented."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from workshop_app import cli, kinds, paths
from workshop_app.export import handout, summary, worksheet
from workshop_app.lan import extensions
from workshop_app.plan import COMMON_STAGE_KEYS, STAGE_KINDS, PlanError, Validator, load_plan_text
from workshop_app.ui import spotlight
from workshop_app.ui.pages import STAGE_EXTRAS

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "workshop_app"
NAMES = [k.name for k in kinds.KINDS]


def by_name(name: str) -> kinds.StageKind:
    return kinds.BY_NAME[name]


def test_the_list_of_kinds_is_the_plans_list_and_each_kind_has_its_folder():
    assert tuple(NAMES) == STAGE_KINDS
    assert len(set(NAMES)) == len(NAMES)
    for name in NAMES:
        assert (PACKAGE / "kinds" / name / "__init__.py").is_file(), name


@pytest.mark.parametrize("name", NAMES)
def test_each_kind_has_a_console_page_or_says_none(name):
    kind = by_name(name)
    if kind.console_page is None:
        assert name not in STAGE_EXTRAS
        return
    assert STAGE_EXTRAS[name] == kind.console_page
    page = kinds.load(kind.console_page)
    assert inspect.isclass(page)
    assert callable(page.set_group) and callable(page.flush)


@pytest.mark.parametrize("name", NAMES)
def test_each_kind_has_a_participant_page_or_says_none(name):
    kind = by_name(name)
    if kind.web_context is None:
        assert name not in extensions.STAGE_CONTEXT
        assert not paths.resource("kinds", name, "stage.js").exists()
        return
    assert extensions.STAGE_CONTEXT[name] == kind.web_context
    assert callable(kinds.load(kind.web_context))
    assert paths.resource("kinds", name, "stage.html").is_file()
    assert paths.resource("kinds", name, "stage.js").is_file()


@pytest.mark.parametrize("name", NAMES)
def test_each_kind_says_what_it_adds_to_each_export(name):
    kind = by_name(name)
    for export, registry in (
        ("worksheet", worksheet.SECTIONS),
        ("handout", handout.SECTIONS),
        ("summary", summary.SECTIONS),
    ):
        assert export in kind.sections, f"{name} does not say what it adds to the {export}"
        assert [kinds.load(ref) for ref in kind.sections[export]] == (
            registry.sections(name) if kind.sections[export] else []
        )
    assert set(kind.sections) <= {*kinds.EXPORTS, "summary_overview"}


@pytest.mark.parametrize("name", NAMES)
def test_each_kinds_records_spotlights_and_demo_resolve(name):
    kind = by_name(name)
    for record in kind.records:
        assert record.label
        if record.clean is not None:
            assert extensions.RECORD_KINDS[record.name] == record.clean
            assert callable(kinds.load(record.clean))
    for spot, ref in kind.spotlights.items():
        assert spotlight.SPOTLIGHT_RENDERERS[spot] == ref
        assert callable(kinds.load(ref))
    assert set(kind.asks_consent) <= set(kind.spotlights)
    assert set(kind.asks_consent) <= spotlight.ASKS_CONSENT
    if kind.demo is not None:
        assert callable(kinds.load(kind.demo))
    if kind.form_records is not None:
        assert extensions.FORM_RECORDS[name] == kind.form_records
        assert callable(kinds.load(kind.form_records))
    if kind.web_form is not None:
        assert kind.web_context is not None, "a form of its own needs a participant page"
        assert callable(kinds.load(kind.web_form))
    if kind.plan.check_plan is not None:
        assert callable(kinds.load(kind.plan.check_plan))
    if kind.calendar is not None:
        assert callable(kinds.load(kind.calendar))


def test_record_and_spotlight_names_are_unique_across_kinds():
    records = [r.name for k in kinds.KINDS for r in k.records]
    spots = [s for k in kinds.KINDS for s in k.spotlights]
    assert len(records) == len(set(records))
    assert len(spots) == len(set(spots)) and "answer" not in spots


def _stage_toml(kind: kinds.StageKind, extra: str = "") -> str:
    return (
        '[workshop]\nid = "t"\ntitle = "T"\n\n'
        f'[[stages]]\nid = "s"\nkind = "{kind.name}"\ntitle = "S"\nminutes = 5\n{extra}'
        '[[stages.prompts]]\nid = "p"\ntext = "P?"\n'
    )


@pytest.mark.parametrize("name", NAMES)
def test_the_validator_uses_each_kinds_plan_schema(name):
    kind = by_name(name)
    if kind.plan.parse:
        assert callable(kinds.load(kind.plan.parse))
    # a key of another kind is refused, naming its owner
    for other in kinds.KINDS:
        for key in set(other.plan.keys) - set(kind.plan.keys):
            with pytest.raises(PlanError) as caught:
                load_plan_text(_stage_toml(kind, f"{key} = 1\n"))
            assert f"stages[0].{key}: only a {other.name} stage may have {key}" in str(caught.value)
    # its own keys are allowed: a plan without the required ones says which, not "unknown"
    try:
        plan = load_plan_text(_stage_toml(kind))
    except PlanError as exc:
        assert all("unknown key" not in p for p in exc.problems)
        assert kind.plan.keys, exc.problems  # only a kind with keys of its own can miss one
    else:
        assert set(plan.stages[0].settings) == set(kind.plan.keys)
    assert callable(Validator("x").items)


def test_no_generic_module_names_a_kind():
    """The front ends (and the plan, store, demo, command line) take every kind from the list;
    none names one, nor imports a kind's modules. A few words that are both a kind's name and
    something else are listed with the reason."""
    # "prompts" and "objectives" are also plan keys (every stage's prompts, the objectives
    # stage's list), which the stage page, projector, exports and designer show as such
    keys = set(COMMON_STAGE_KEYS) | {key for k in kinds.KINDS for key in k.plan.keys}
    allowed = {
        # the types of the built-in kinds' settings, for type checkers only (TYPE_CHECKING)
        ("workshop_app/plan.py", "workshop_app.kinds.drafting.plan"),
        ("workshop_app/plan.py", "workshop_app.kinds.stakeholders.plan"),
    }
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("workshop_app/kinds/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value in NAMES and node.value not in keys:
                    offenders.append(f"{rel}:{node.lineno} names {node.value!r}")
                for name in NAMES:
                    if re.search(rf"workshop_app\.kinds\.{name}\b", node.value):
                        offenders.append(f"{rel}:{node.lineno} refers to kinds.{name}")
            elif isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                inside = parts[:2] == ["workshop_app", "kinds"] and len(parts) > 2
                if inside and parts[2] != "base" and (rel, node.module) not in allowed:
                    offenders.append(f"{rel}:{node.lineno} imports {node.module}")
    assert offenders == []


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.COMMANDS:
        assert f"workshop-app {name}" in readme, f"README does not document `workshop-app {name}`"


@pytest.mark.parametrize("name", NAMES)
def test_a_new_stage_of_each_kind_in_the_designer_passes_the_plan_check(name):
    from workshop_app.plan_doc import PlanDocument

    doc = PlanDocument('[workshop]\nid = "t"\ntitle = "T"\n')
    doc.add_stage(name, "s", "S")
    plan, problems = doc.check()
    assert problems == [] and plan is not None and plan.stages[0].kind == name
