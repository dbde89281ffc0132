"""Drafting designed for a phone, also with a big plan: at 390 px, before anything is opened,
the drafting page of a plan with 40 clauses, every question answered at length, is at most four
screens tall (measured in Chromium)."""

from __future__ import annotations

import re

import pytest

from workshop_app import paths
from workshop_app.kinds.drafting import clauses
from workshop_app.lan.server import EntryServer
from workshop_app.plan import load_plan
from workshop_app.store import NOTES, EventStore

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
ORG = "Riverside Community Health and Harm Reduction Services"
LONG = (
    "Everyone who comes through our doors: people who use drugs, people living with HIV or "
    "hepatitis C, sex workers, young people leaving care and their families. "
) * 20  # about 3,000 characters


def forty_clause_plan(tmp_path):
    """The shipped plan with 16 more core clauses in its drafting stage: 40 in all."""
    text = paths.default_plan_path().read_text(encoding="utf-8")
    drafting = text.index('kind = "drafting"')
    after = text.index("[[stages]]", drafting)
    extra = "".join(
        f'[[stages.clauses]]\nid = "extra_{n}"\ntitle = "Extra clause {n}: how staff answer '
        f'a message about a client"\nbody = """A clause of the group\'s own library, number '
        f'{n}, long enough to wrap. {LONG[:600]}"""\nroles = ["all"]\nwhy = "Every agency needs one."\ncore = true\n\n'
        for n in range(1, 17)
    )
    path = tmp_path / "forty.toml"
    path.write_text(text[:after] + extra + text[after:], encoding="utf-8")
    plan = load_plan(path)
    stage = plan.stage_of_kind("drafting")
    assert len(stage.clauses) == 40
    return plan


def test_forty_clauses_and_long_answers_fit_four_phone_screens(browser, tmp_path):
    plan = forty_clause_plan(tmp_path)
    store = EventStore.create(tmp_path / "Big.workshop", plan, "Big plan")
    group = store.add_group(ORG)
    stage = plan.stage_of_kind("drafting")
    every = {c.id: [o.id for o in c.options] for c in stage.choices}
    store.save_record(group.id, clauses.CHOICES, {"selected": every, "other": {}})
    for p in stage.prompts:
        store.save_answer(group.id, stage.id, p.id, LONG)
    store.save_answer(group.id, stage.id, NOTES, LONG)
    store.set_current_stage(stage.id)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(f"{info.url}?code={info.code}")
        page.get_by_role("radio", name=ORG, exact=True).check()
        page.get_by_role("button", name="Join").click()
        page.locator("#clauses").wait_for()
        page.wait_for_load_state("networkidle")
        assert page.locator("li.clause").count() == 40
        height = page.evaluate("document.documentElement.scrollHeight")
        print(f"drafting page at 390 px: {height} px ({height / PHONE['height']:.2f} screens)")
        assert height <= 4 * PHONE["height"], f"{height} px: {height / PHONE['height']:.1f} screens"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        # every answer is there in full, and its field grows to show it once tapped
        field = page.locator(f"#a-{stage.prompts[0].id}")
        assert field.input_value() == LONG
        before = field.bounding_box()["height"]
        field.focus()
        assert field.bounding_box()["height"] > before
        # the first twelve titles show; the others are one tap away. Every title is a tap
        # target of at least 44 px and says whether it is in
        summaries = page.locator("li.clause summary")
        assert summaries.nth(11).is_visible() and not summaries.nth(12).is_visible()
        page.get_by_role("button", name="Show all 40 clauses").click()
        assert summaries.nth(12).evaluate("s => s === document.activeElement")
        for n in (0, 12, 39):
            assert summaries.nth(n).bounding_box()["height"] >= 44
            assert re.search(r"Included|Left out", summaries.nth(n).inner_text())
        # the list stays whole when the page reloads (after new ticks, say)
        page.reload()
        page.locator("#clauses").wait_for()
        assert summaries.nth(39).is_visible()
    finally:
        context.close()
        server.stop()
        store.close()
