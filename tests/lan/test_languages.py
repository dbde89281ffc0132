"""The participant page in the language each person chooses: the browser's Accept-Language
first, then the switch on every page (plain links, remembered on the device)."""

from __future__ import annotations

import json
import re

from tests.lan.test_joining import wait_for
from workshop_app import i18n

ES = {"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"}


def html_lang(body: str) -> str:
    return re.search(r'<html lang="([^"]+)"', body).group(1)


def script_strings(body: str) -> dict:
    found = re.search(r'<script type="application/json" id="wa-strings">(.*?)</script>', body, re.S)
    return json.loads(found.group(1)) if found else {}


def test_a_spanish_browser_gets_the_join_page_in_spanish(device):
    phone = device()
    page = phone.get("/", **ES)
    assert page.status == 200 and html_lang(page.body) == "es"
    assert "Entrar al taller" in page.body and "Código que aparece en la pantalla" in page.body
    assert "Join the workshop" not in page.body
    # the switch offers English, named in English, as a plain link
    assert '<a href="/language/en" lang="en" hreflang="en">English</a>' in page.body
    assert '<span aria-current="true" lang="es">Español</span>' in page.body
    wrong = phone.post_form("/join", {"code": "ZZZZZZ", "step": "code"}, headers=ES)
    assert wrong.status == 403
    assert "Ese código no es correcto: revise el código de la pantalla." in wrong.body


def test_without_a_language_the_page_is_english_and_carries_no_translations(entry, device):
    page = device().get("/")
    assert html_lang(page.body) == "en" and "Join the workshop" in page.body
    assert 'id="wa-strings"' not in page.body
    other = device().get("/", **{"Accept-Language": "de-DE,fr;q=0.8"})  # none of ours: English
    assert html_lang(other.body) == "en"


def test_the_switch_is_remembered_on_the_device_over_the_browser_language(entry, device):
    phone = device()
    assert html_lang(phone.get("/", **ES).body) == "es"
    switched = phone.get("/language/en", **ES)
    assert switched.status == 303 and switched.headers["location"] == "/"
    assert "Max-Age=31536000" in switched.set_cookies[0]
    again = phone.get("/", **ES)
    assert html_lang(again.body) == "en" and "Join the workshop" in again.body
    phone.get("/language/es")
    assert "Entrar al taller" in phone.get("/").body  # no Accept-Language at all now
    assert html_lang(phone.get("/").body) == "es"


def test_the_stage_page_shows_the_plan_in_spanish_and_keeps_answers_as_typed(
    entry, device, store, groups
):
    _, info = entry
    plan_es = store.plan.translated("es")
    stage = plan_es.stage_of_kind("stakeholders")
    assert stage.title != store.plan.stage(stage.id).title  # the plan has its Spanish
    store.set_current_stage(stage.id)
    phone = device()
    phone.get("/language/es")
    assert phone.join(info.code, groups[0].id).status == 303
    page = wait_for(lambda: (p := phone.get("/")) and f"<h1>{stage.title}</h1>" in p.body and p)
    assert html_lang(page.body) == "es"
    number = plan_es.stage_index(stage.id) + 1
    assert f"La sala va por la etapa {number} de" in page.body
    assert "Notas de su grupo" in page.body and "Nuestro mapa de actores clave" in page.body
    for prompt in stage.prompts:
        assert prompt.text in page.body
    # the page's script gets its texts in Spanish, and only its own
    strings = script_strings(page.body)
    assert strings["Saved"] == "Guardado"
    assert strings["Offline — your text is kept on this device"].startswith("Sin conexión")
    assert "Join the workshop" not in strings
    assert strings["First choose a stakeholder: “Place on the map” under its name."].startswith(
        "Primero elija un actor"
    )  # from the stakeholder map's own script
    assert "Poner en el mapa" in page.body
    prompt = stage.prompts[0].id
    typed = "We serve people living with HIV — en inglés y español"
    saved = phone.save(groups[0].id, stage.id, prompt, typed)
    assert saved.status == 200
    assert store.answer(groups[0].id, stage.id, prompt).text == typed
    assert typed in phone.get("/").body


def test_a_refused_answer_is_explained_in_the_page_language(entry, device, store, groups):
    _, info = entry
    phone = device()
    phone.get("/language/es")
    phone.join(info.code, groups[0].id)
    stage = store.plan.translated("es").stage_of_kind("stakeholders")
    store.set_current_stage(stage.id)
    wait_for(lambda: "<h1>" + stage.title in phone.get("/").body)
    refused = phone.save(groups[0].id, stage.id, stage.prompts[0].id, "x" * 20_001)
    assert refused.status == 400
    assert refused.json()["error"].startswith(
        "Esta respuesta tiene 20.001 caracteres; el límite es 20.000"
    )
    note = phone.save(groups[0].id, stage.id, stage.prompts[0].id, "Call 415-555-0134")
    assert note.json()["screening"].startswith("Esto parece un número de teléfono.")


def test_negotiation_reads_qualities_and_regions():
    assert i18n.negotiate("en;q=0.4, es-419;q=0.9") == "es"
    assert i18n.negotiate("es;q=0, en") == "en"
    assert i18n.negotiate("fr, *;q=0.1") == "en"
    assert i18n.negotiate("") == "en"
    assert i18n.known("es_ES") == "es" and i18n.known("pt") == "en"


def test_a_spanish_plain_form_keeps_the_library_clauses_unedited(entry, device, store, groups):
    """Without JavaScript the form sends every clause's text back as shown: in Spanish. A text
    left as the library's (in the page's language) stays the library's, not an edit."""
    import html

    from workshop_app.kinds.drafting import clauses

    stage = store.plan.translated("es").stage_of_kind("drafting")
    store.set_current_stage(stage.id)
    phone = device()
    phone.get("/language/es")
    phone.join(entry[1].code, groups[0].id)
    page = wait_for(lambda: (p := phone.get("/").body) and 'name="drafting"' in p and p)
    keys = page.split('name="clause_keys" value="', 1)[1].split('"', 1)[0].split(",")
    fields = {"group_id": groups[0].id, "stage_id": stage.id, "edit": "nojs-es", "drafting": "1"}
    fields["clause_keys"] = ",".join(keys)
    for key in keys:
        body = page.split(f'name="clause.{key}.body"', 1)[1].split(">", 1)[1]
        fields[f"clause.{key}.body"] = html.unescape(body.split("</textarea>", 1)[0])
        fields[f"clause.{key}.in"] = "1"
    assert phone.post_form("/save", fields).status == 303
    draft = clauses.draft_for(store, groups[0].id, stage)
    assert [c.key for c in draft.clauses if c.edited] == []


def test_why_a_clause_is_proposed_is_said_in_the_page_language(entry, device, store, groups):
    from workshop_app.kinds.drafting import clauses

    stage = store.plan.stage_of_kind("drafting")
    option = next(o for c in stage.choices for o in c.options if o.id == "dating_apps")
    store.save_record(
        groups[0].id, clauses.CHOICES, {"selected": {"platforms": ["dating_apps"]}, "other": {}}
    )
    es = store.plan.translated("es").stage_of_kind("drafting")
    label_es = next(o.label for c in es.choices for o in c.options if o.id == option.id)
    store.set_current_stage(stage.id)
    phone = device()
    phone.get("/language/es")
    phone.join(entry[1].code, groups[0].id)
    page = wait_for(lambda: (p := phone.get("/").body) and 'name="drafting"' in p and p)
    shown = " ".join(re.findall(r'<p class="reason">(.*?)</p>', page, re.S))
    assert f"porque marcaron {label_es}" in shown and "cláusula básica" in shown
    assert "because you chose" not in shown and "core clause" not in shown
