"""An organization's name is never made possessive in what the console says: "St. Mary's Family
Services's stakeholder map" read badly (and "Show Cedar Clinic's draft" does not carry into
Spanish). The name comes after its thing: "the stakeholder map of St. Mary's Family Services"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from tools import translations

ST_MARYS = "St. Mary's Family Services"


@pytest.fixture
def console(window, interaction, new_event):
    new_event("Wording")
    interaction.text_answers.append(ST_MARYS)
    window.console.groups.add()
    window.console.groups.select(window.ctx.store.groups()[0].id)
    return window


def asked(interaction) -> list[str]:
    return [message for kind, _title, message in interaction.messages if kind == "confirm"]


def test_the_consent_question_names_the_thing_then_the_organization(console, interaction):
    from workshop_app.kinds.drafting.ui.page import DraftEditor
    from workshop_app.kinds.stakeholders.ui.page import StakeholderEditor

    for stage, kind in (("stakeholders", StakeholderEditor), ("drafting", DraftEditor)):
        console.console.go_to(stage)
        (page,) = console.console.page.findChildren(kind)
        page.show_button.click()
    assert asked(interaction) == [
        f"Show the stakeholder map of {ST_MARYS} to the room? "
        "It is shown under its group letter, not its name.",
        f"Show the draft policy of {ST_MARYS} to the room? "
        "It is shown under its group letter, not its name.",
    ]


def test_a_flagged_map_is_named_the_same_way(console, interaction):
    from workshop_app.kinds.stakeholders import model as sh
    from workshop_app.ui.consent import may_spotlight

    store = console.ctx.store
    group = store.groups()[0].id
    sh.save(store, group, [sh.Stakeholder("Caseworker, cell 617-253-1000", "approvers")])
    assert not may_spotlight(console.ctx, "stakeholder_map", group, ST_MARYS)
    (message,) = asked(interaction)
    assert message.startswith(f"The stakeholder map of {ST_MARYS} looks like it holds")


@pytest.mark.parametrize("count", [1, 2])
def test_the_flag_in_the_list_names_the_organization_after_its_answers(qtbot, console, count):
    store = console.ctx.store
    group = store.groups()[0].id
    for prompt_id in ("easiest", "hardest")[:count]:
        store.save_answer(group, "report_back", prompt_id, "Call her on 617-253-1000")
    console.console.groups.refresh()
    qtbot.waitUntil(
        lambda: "identif" in console.console.groups.list.item(0).toolTip(), timeout=3000
    )
    tip = console.console.groups.list.item(0).toolTip()
    if count == 1:
        assert f"1 answer or record of {ST_MARYS} looks like it identifies a client" in tip
    else:
        assert f"2 answers or records of {ST_MARYS} look like they identify a client" in tip


def _sources() -> list[tuple[str, str, str]]:
    root = ET.parse(translations.ts_path("es")).getroot()
    return [
        (
            ctx.findtext("name") or "",
            msg.findtext("source") or "",
            msg.findtext("translation") or "",
        )
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_no_console_text_puts_a_possessive_after_a_name():
    """A placeholder followed by 's is a name made possessive ({org}'s, {name}'s)."""
    assert [source for _ctx, source, _es in _sources() if re.search(r"\}'s\b", source)] == []


def test_the_spanish_console_says_it_the_same_way():
    qm = QTranslator()
    assert qm.load(str(translations.qm_path("es")))
    said = qm.translate(
        "Consent",
        "Show the {what} of {org} to the room? It is shown under its group letter, not its name.",
    )
    assert said.startswith("¿Mostrar a la sala") and "{what} de {org}" in said
