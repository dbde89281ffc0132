"""Registries and docs agree: every stage kind that keeps its own data plugs into the console,
the participant page and the exports; every command is documented; every registered name
resolves to a real function or class."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from workshop_app import cli, paths
from workshop_app.export import handout, summary, worksheet
from workshop_app.lan import extensions
from workshop_app.plan import STAGE_KINDS
from workshop_app.ui import spotlight
from workshop_app.ui.pages import STAGE_EXTRAS

ROOT = Path(__file__).resolve().parents[1]
# Kinds that keep more than prompts and notes (objectives and prompts need nothing extra).
DATA_KINDS = ("stakeholders", "drafting", "report_back")


def resolve(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def test_the_data_kinds_are_stage_kinds():
    assert set(DATA_KINDS) <= set(STAGE_KINDS)


@pytest.mark.parametrize("kind", DATA_KINDS)
def test_each_data_kind_has_a_console_page_a_participant_page_and_export_sections(kind):
    assert kind in STAGE_EXTRAS, f"no console page for {kind}"
    assert kind in extensions.STAGE_CONTEXT, f"no participant page context for {kind}"
    assert paths.resource("kinds", kind, "stage.html").is_file()
    assert paths.resource("kinds", kind, "stage.js").is_file()
    assert kind in worksheet.SECTIONS, f"the worksheet has no {kind} section"
    assert kind in handout.SECTIONS, f"the blank handout has no {kind} section"


def test_every_registered_name_resolves():
    specs = [
        *STAGE_EXTRAS.values(),
        *extensions.STAGE_CONTEXT.values(),
        *extensions.RECORD_KINDS.values(),
        *spotlight.SPOTLIGHT_RENDERERS.values(),
    ]
    for spec in specs:
        assert callable(resolve(spec)), spec
    for registry in (worksheet.SECTIONS, handout.SECTIONS, summary.SECTIONS):
        for kind in registry.kinds():
            assert kind in STAGE_KINDS, f"{registry.name} has a section for unknown kind {kind}"
            assert all(callable(s) for s in registry.sections(kind))


def test_the_room_can_be_shown_what_each_data_kind_produces():
    # a map, a draft and report-back cards can each be spotlighted on the projector
    assert {"stakeholder_map", "draft", "report_card", "hardest_parts"} <= set(
        spotlight.SPOTLIGHT_RENDERERS
    )


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.COMMANDS:
        assert f"workshop-app {name}" in readme, f"README does not document `workshop-app {name}`"
