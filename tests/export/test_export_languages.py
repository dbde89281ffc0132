"""Exports in each organization's language: the worksheet's headings, fixed texts and the plan's
texts, Word's document language; the handout and the summary with --lang; answers as typed."""

from __future__ import annotations

import sqlite3

import docx
import pytest
from docx.oxml.ns import qn

from workshop_app import cli
from workshop_app.export import worksheet
from workshop_app.store import EventStore
from workshop_app.text import InputError


def word_language(path) -> tuple[str, str]:
    """(core properties' language, the styles' default w:lang) of a .docx."""
    doc = docx.Document(str(path))
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    return doc.core_properties.language, lang.get(qn("w:val"))


def headings(path) -> list[str]:
    doc = docx.Document(str(path))
    return [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Subtitle"))]


def test_an_organization_in_spanish_gets_a_spanish_worksheet(demo_store, tmp_path, read_all_text):
    group = demo_store.groups()[0]
    demo_store.update_group(group.id, language="es")
    group = demo_store.group(group.id)
    assert group.language == "es" and demo_store.group_language(group) == "es"
    path = worksheet.write_worksheet(demo_store, group, tmp_path / "es.docx")
    assert word_language(path) == ("es", "es")
    spanish = demo_store.plan.translated("es")
    found = headings(path)
    assert f"Hoja de trabajo de {group.name}" in found
    for stage in spanish.stages:
        assert stage.title in found  # the plan's own Spanish
        for prompt in stage.prompts:
            assert prompt.text in found
    assert "Mapa de actores clave" in found and "Cadena de aprobación" in found
    assert "Nuestro plan de acción" in found
    text = read_all_text(path)
    block = {
        row.cells[0].text: row.cells[1].text for row in docx.Document(str(path)).tables[0].rows
    }
    assert block["Organización"] == group.name and block["Facilitación"]
    footer = docx.Document(str(path)).sections[0].footer.paragraphs[0].text
    assert f"Confidencial — preparado para {group.name}" in footer and "Página" in footer
    for english in ("Worksheet for", "Stakeholder map", "Our action plan", "Approval chain"):
        assert english not in text
    # the answers as typed (the demo's are English)
    for answer in demo_store.answers(group.id):
        if answer.text.strip():
            assert answer.text.splitlines()[0] in text


def test_export_of_an_event_writes_each_organization_in_its_own_language(
    demo_store, tmp_path, capsys
):
    first, second, *_ = demo_store.groups()
    demo_store.update_group(first.id, language="es")
    path = demo_store.path
    demo_store.close()
    assert cli.main(["export", str(path), "--out", str(tmp_path / "out")]) == 0
    files = {p.name: p for p in (tmp_path / "out").glob("*.docx")}
    mine = next(p for n, p in files.items() if first.name in n)
    theirs = next(p for n, p in files.items() if second.name in n)
    assert word_language(mine) == ("es", "es") and "Mapa de actores clave" in headings(mine)
    assert word_language(theirs) == ("en", "en") and "Stakeholder map" in headings(theirs)
    # --lang: all of them in one language
    assert cli.main(["export", str(path), "--out", str(tmp_path / "en"), "--lang", "en"]) == 0
    assert all(word_language(p)[0] == "en" for p in (tmp_path / "en").glob("*.docx"))


def test_the_event_language_is_the_default_of_its_organizations(tmp_path, capsys):
    path = tmp_path / "e.workshop"
    code = cli.main(["new", str(path), "--org", "Casa Ruby", "--lang", "es"])
    assert code == 0
    with EventStore.open(path) as store:
        group = store.groups()[0]
        assert group.language == "" and store.group_language(group) == "es"
        with pytest.raises(InputError, match="no 'fr' language"):
            store.update_group(group.id, language="fr")
        store.update_group(group.id, language="en")
        assert store.group_language(store.group(group.id)) == "en"


def test_handout_and_summary_in_spanish(demo_store, tmp_path, capsys, read_all_text):
    path = demo_store.path
    demo_store.close()
    handout = tmp_path / "hoja.docx"
    assert cli.main(["handout", str(handout), "--lang", "es"]) == 0
    assert word_language(handout) == ("es", "es")
    found = headings(handout)
    assert "Cuadernillo" in found and "Notas" in found
    with EventStore.open(path) as store:
        spanish = store.plan.translated("es")
    assert all(stage.title in read_all_text(handout) for stage in spanish.stages)
    summary = tmp_path / "resumen.docx"
    assert cli.main(["summary", str(path), str(summary), "--lang", "es"]) == 0
    assert word_language(summary) == ("es", "es")
    assert "Resumen de la sesión" in headings(summary)
    assert "Tiempo previsto y real" in headings(summary)
    english = tmp_path / "summary.docx"
    assert cli.main(["summary", str(path), str(english)]) == 0
    assert "Session summary" in headings(english)


def test_an_older_event_file_gains_the_language_column(store):
    path = store.path
    store.add_group("Harbour Legal Aid")
    store.close()
    conn = sqlite3.connect(path)  # as a file made before organizations had a language
    conn.execute("ALTER TABLE groups DROP COLUMN language")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with EventStore.open(path) as again:
        (group,) = again.groups()
        assert group.language == "" and again.group_language(group) == again.plan.language
        again.update_group(group.id, language="es")
        assert again.group(group.id).language == "es"


def test_the_calendar_of_first_steps_speaks_the_organization_language(demo_store, tmp_path):
    from workshop_app.export.ics import export_calendars

    group = demo_store.groups()[0]
    demo_store.update_group(group.id, language="es")
    written, _without = export_calendars(demo_store, tmp_path, only=group.name)
    text = written[0].read_text(encoding="utf-8").replace("\r\n ", "")
    assert f"{group.name}: primeros pasos" in text and "Responsable:" in text
    assert "Owner:" not in text


def test_info_names_the_worksheets_languages(demo_store, capsys):
    import json

    group = demo_store.groups()[0]
    demo_store.update_group(group.id, language="es")
    path = demo_store.path
    demo_store.close()
    assert cli.main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["language"] == "en"
    assert [o["language"] for o in info["organizations"]] == ["es", "en", "en"]
    assert cli.main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "worksheets in: English" in out and f"  {group.name} (Español)\n" in out


def test_the_plans_approval_chain_is_listed_in_the_worksheets_language(
    demo_store, tmp_path, read_all_text
):
    group = demo_store.add_group("Casa Ruby")  # no chain of its own: the plan's template
    demo_store.update_group(group.id, language="es")
    path = worksheet.write_worksheet(demo_store, demo_store.group(group.id), tmp_path / "es.docx")
    text = read_all_text(path)
    spanish = demo_store.plan.translated("es").stage_of_kind("stakeholders").approval_steps
    english = demo_store.plan.stage_of_kind("stakeholders").approval_steps
    assert all(step in text for step in spanish)
    assert not any(step in text for step in english if step not in spanish)
