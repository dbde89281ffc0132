"""axe-core (shipped inside axe-playwright-python) over the participant page in Chromium: every
stage kind of the plan, the join page and its error state, at 390 and 1280 px, against the
WCAG 2.2 A and AA rules. Zero violations; under CI=true this runs (Chromium is required).

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep a full-page picture of every stage at both
widths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
WIDTHS = (390, 1280)
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
ORG = "Harbour Legal Aid"


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe  # a test dependency: never skipped

    return Axe()


def check(axe, page, what: str) -> None:
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": TAGS}})
    assert results.violations_count == 0, f"{what}:\n{results.generate_report()}"


@pytest.fixture
def room(store):
    group = store.add_group(ORG)
    store.add_group("Northside Youth Centre")
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield store, info, group
    server.stop()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_join_page_and_its_errors(browser, axe, room, width):
    _, info, _ = room
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(info.url)
    check(axe, page, "join page, code step")
    page.get_by_label("Code shown on the projector").fill("ZZZZZZ")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("alert").wait_for()
    check(axe, page, "join page, wrong code")
    page.get_by_label("Code shown on the projector").fill(info.code)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("radio", name=ORG, exact=True).wait_for()
    check(axe, page, "join page, organizations")
    page.get_by_role("button", name="Join").click()  # no organization chosen: the error
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_every_stage_kind(browser, axe, room, width):
    store, info, _ = room
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")
    page.get_by_role("radio", name=ORG, exact=True).check()
    page.get_by_role("button", name="Join").click()
    kinds = []
    for stage in store.plan.stages:
        store.set_current_stage(stage.id)
        page.get_by_role("heading", name=stage.title, exact=True).wait_for(timeout=8000)
        page.wait_for_load_state("networkidle")
        check(axe, page, f"{stage.kind} stage at {width} px")
        folder = os.environ.get("WORKSHOP_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            name = f"participant-{stage.kind.replace('_', '-')}-{width}.png"
            page.screenshot(path=str(Path(folder) / name), full_page=True)
        for details in page.locator("details").all()[:3]:  # what opens on a tap, too
            details.locator("summary").click()
        check(axe, page, f"{stage.kind} stage at {width} px, opened")
        kinds.append(stage.kind)
    assert {"objectives", "stakeholders", "drafting", "report_back"} <= set(kinds)
    context.close()
