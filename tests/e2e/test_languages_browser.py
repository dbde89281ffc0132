"""The participant page in other languages, in Chromium.

Layout: the pseudo-language (every text accented and about 40 % longer, bracketed) on a 390 px
phone, on the join page and every stage kind: nothing wider than the screen, no text clipped by
its box, no two texts overlapping (measured from the boxes Chromium laid out).

End to end in Spanish: a phone whose browser asks for Spanish joins, answers, and the
organization's worksheet is in Spanish, with Spanish headings and Word's language es.

WORKSHOP_SCREENSHOTS=docs/screenshots keeps the Spanish phone's picture (participant-phone-es.png);
WORKSHOP_PSEUDO_SCREENSHOTS=DIR a full-page picture of each page in the pseudo-language."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.kit import serving
from workshop_app import i18n
from workshop_app.export import worksheet

pytestmark = pytest.mark.browser
ORG = "Harbour Legal Aid"

# Every problem a person would see: a box sticking out of the screen, text cut off by a box
# that hides its overflow, two texts drawn over each other. Inputs and textareas hold what is
# typed, not our texts; visually hidden texts (.sr-only, clip-path) are for screen readers.
LAYOUT = """
() => {
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
  }
  const shown = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === "none" || cs.visibility === "hidden" || e.hidden) return false;
      if (cs.clipPath && cs.clipPath !== "none") return false;
      if (e.tagName === "DETAILS" && !e.open && e !== el && !el.closest("summary")) return false;
    }
    return true;
  };
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.className || ""} "${(el.textContent || "").trim().slice(0, 40)}"`;
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || el.closest("textarea, script, template, noscript, option, select")) continue;
    if (!shown(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      texts.push({ el, node, r });
      if (r.right > width + 1 || r.left < -1) problems.push(`off the screen: ${name(el)}`);
    }
  }
  for (const el of document.querySelectorAll("body *")) {
    if (el.matches("textarea, input, select, option, script, template, noscript") || !shown(el)) continue;
    const cs = getComputedStyle(el);
    const hides = (v) => v !== "visible";
    if (hides(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) {
      problems.push(`clipped across (${el.scrollWidth} > ${el.clientWidth}): ${name(el)}`);
    }
    if (hides(cs.overflowY) && el.scrollHeight > el.clientHeight + 1 && el.textContent.trim()) {
      problems.push(`clipped down (${el.scrollHeight} > ${el.clientHeight}): ${name(el)}`);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (texts[i].node === texts[j].node) continue;  // one text's own lines
      const a = texts[i].r, b = texts[j].r;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 2 && y > 2) problems.push(`overlap: ${name(texts[i].el)} / ${name(texts[j].el)}`);
    }
  }
  return [...new Set(problems)];
}
"""


def shot(page, name: str, variable: str = "WORKSHOP_PSEUDO_SCREENSHOTS") -> None:
    folder = os.environ.get(variable)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        full = variable == "WORKSHOP_PSEUDO_SCREENSHOTS"
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=full)


def laid_out(page, what: str) -> None:
    assert page.evaluate(LAYOUT) == [], what


@pytest.fixture
def room(store):
    group = store.add_group(ORG)
    store.add_group("Northside Youth Centre")
    with serving(store) as (_server, info):
        yield store, info, group


def test_the_pseudo_language_fits_a_phone_on_every_page(browser, room):
    store, info, _ = room
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{info.url.rstrip('/')}/language/{i18n.PSEUDO}")
    assert page.locator("html").get_attribute("lang") == i18n.PSEUDO
    assert "⟦" in page.locator("h1").inner_text()  # the pseudo-language is on
    laid_out(page, "join page, code step")
    shot(page, "pseudo-join-code-390")
    page.locator("#code").fill("ZZZZZZ")
    page.locator("button.primary").click()
    page.locator("#join-error").wait_for()
    laid_out(page, "join page, wrong code")
    page.locator("#code").fill(info.code)
    page.locator("button.primary").click()
    page.locator("input[name=group_id]").first.check()
    laid_out(page, "join page, organizations")
    shot(page, "pseudo-join-organization-390")
    page.locator("button.primary").click()
    plan = i18n.plan_in(store.plan, i18n.PSEUDO)
    for stage in plan.stages:
        store.set_current_stage(stage.id)
        page.locator("h1", has_text=stage.title).wait_for(timeout=8000)
        page.wait_for_load_state("networkidle")
        for details in page.locator("details").all():  # what a person opens is laid out too
            details.evaluate("d => { d.open = true; }")
        laid_out(page, f"{stage.kind} stage")
        shot(page, f"pseudo-{stage.kind}-{stage.id}-390")
    context.close()


def test_a_spanish_phone_joins_answers_and_the_worksheet_is_spanish(browser, room, tmp_path):
    store, info, group = room
    store.set_event_language("es")  # a Spanish-speaking room: its worksheets in Spanish
    plan = store.plan.translated("es")
    stage = next(s for s in plan.stages if s.prompts)
    store.set_current_stage(stage.id)
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="es-MX")
    page = context.new_page()
    page.goto(info.url)
    assert page.locator("html").get_attribute("lang") == "es"
    page.get_by_label("Código que aparece en la pantalla").fill(info.code)
    page.get_by_role("button", name="Siguiente").click()
    page.get_by_role("radio", name=ORG, exact=True).check()
    page.get_by_role("button", name="Entrar").click()
    page.get_by_role("heading", name=stage.title, exact=True).wait_for()
    shot(page, "participant-phone-es", "WORKSHOP_SCREENSHOTS")
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    assert found.violations_count == 0, found.generate_report()  # lang attributes valid, too
    prompt = stage.prompts[0]
    typed = "Personas con VIH y sus familias; jóvenes LGBTQ+ del barrio"
    field = page.get_by_label(prompt.text, exact=True)
    field.fill(typed)
    page.locator(f"#status-{prompt.id}").get_by_text("Guardado").wait_for(timeout=8000)
    assert store.answer(group.id, stage.id, prompt.id).text == typed  # kept as typed
    context.close()

    path = worksheet.write_worksheet(store, store.group(group.id), tmp_path / "hoja.docx")
    doc = docx.Document(str(path))
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "es" and doc.core_properties.language == "es"
    found = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert stage.title in found and prompt.text in found
    assert "Mapa de actores clave" in found and "Nuestro plan de acción" in found
    answer = found.index(prompt.text)
    after = [p.text for p in doc.paragraphs]
    assert typed in after[after.index(prompt.text, answer) :][:3]


def test_the_drafting_script_counts_ticks_in_spanish(browser, room):
    store, info, _group = room
    stage = store.plan.stage_of_kind("drafting")
    store.set_current_stage(stage.id)
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="es-ES")
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")
    page.get_by_role("radio", name=ORG, exact=True).check()
    page.get_by_role("button", name="Entrar").click()
    first = page.locator("details.choice-list").first
    first.locator("summary").click()
    count = first.locator(".count")
    assert count.inner_text() == "0 marcadas"
    first.locator("input[data-option]").first.check()
    page.wait_for_function("el => el.textContent === '1 marcada'", arg=count.element_handle())
    first.locator("input[data-option]:not([data-alone])").nth(1).check()
    page.wait_for_function("el => el.textContent === '2 marcadas'", arg=count.element_handle())
    context.close()
