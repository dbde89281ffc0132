"""The participant's action plan in Debian's Chromium: first step → actions → a date → saved.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep the phone screenshot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.kinds.report_back import model as actions
from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
STAGE = "report_back"


def test_a_phone_turns_its_first_step_into_dated_actions(browser, store):
    harbour = store.add_group("Harbour Legal Aid")
    store.add_group("Northside Youth Centre")
    store.set_current_stage(STAGE)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    try:
        page = browser.new_context(viewport=PHONE).new_page()
        page.goto(info.url)
        page.get_by_label("Code shown on the projector").fill(info.code)
        page.get_by_role("button", name="Next").click()
        page.get_by_role("radio", name=harbour.name, exact=True).check()
        page.get_by_role("button", name="Join").click()
        page.get_by_role("heading", name="Our action plan").wait_for()
        page.get_by_label("What first step will get the process started").fill(
            "Director books the board meeting; paralegal collects every login."
        )
        page.get_by_role("button", name="Make actions from our first step").click()
        whats = page.locator("#action-list .what")
        assert whats.count() == 2
        assert whats.nth(1).input_value() == "Paralegal collects every login."
        page.locator("#action-list .owner").first.fill("Director")
        page.locator("#action-list .due").first.fill("2026-12-15")
        page.locator("#action-list .status-select").nth(1).select_option("started")
        page.locator("#status-actions", has_text="Saved").wait_for(timeout=5000)
        kept = actions.load(store, harbour.id)
        assert [(i.what, i.owner, i.due, i.status) for i in kept] == [
            ("Director books the board meeting", "Director", "2026-12-15", "planned"),
            ("Paralegal collects every login.", "", "", "started"),
        ]
        # the facilitator corrects a date in the console: the phone shows it
        page.evaluate("document.activeElement.blur()")
        actions.update(store, harbour.id, kept[1].id, due="2026-12-20", owner="Paralegal")
        page.locator("#status-actions", has_text="Updated by the facilitator").wait_for(
            timeout=8000
        )
        assert page.locator("#action-list .due").nth(1).input_value() == "2026-12-20"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "the phone page scrolls sideways"
        folder = os.environ.get("WORKSHOP_SCREENSHOTS")
        if folder:
            page.locator("#action-plan").scroll_into_view_if_needed()
            page.screenshot(path=str(Path(folder) / "participant-action-plan-phone.png"))
        page.context.close()
    finally:
        server.stop()
