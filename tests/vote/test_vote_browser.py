"""The dot vote on a phone in Debian's Chromium at 390 px: with the script (− / +, dots left,
no saving over the limit) and without JavaScript (the plain form).

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep the phone screenshot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from vote_plan import STAGE

from workshop_app.kinds.vote import model

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _join(page, info, name):
    page.goto(info.url)
    page.get_by_label("Code shown on the projector").fill(info.code)
    page.get_by_role("button", name="Next").click()
    page.get_by_role("radio", name=name, exact=True).check()
    page.get_by_role("button", name="Join").click()
    page.get_by_role(
        "heading", name="Which hard part should a follow-up session take on?"
    ).wait_for()


def test_a_phone_spreads_its_dots_with_the_buttons(browser, vote_entry, vote_store, vote_groups):
    a = vote_groups[0]
    page = browser.new_context(viewport=PHONE).new_page()
    _join(page, vote_entry[1], a.name)
    left = page.locator("#vote-left")
    assert left.inner_text() == "Dots left: 3 of 3"
    page.get_by_role("button", name="One dot more for: an organization has no policy owner").click()
    page.get_by_role("button", name="One dot more for: an organization has no policy owner").click()
    assert left.inner_text() == "Dots left: 1 of 3"
    more_first = page.get_by_role(
        "button", name="One dot more for: Staff text clients from own phones"
    )
    more_first.click()
    assert left.inner_text() == "Dots left: 0 of 3"
    assert more_first.is_disabled()  # no fourth dot
    # typing past the limit says so and the form cannot be sent
    page.get_by_role("spinbutton", name="Staff text clients from own phones").fill("3")
    assert "too many" in left.inner_text()
    assert page.get_by_role("button", name="Save my dots").is_disabled()
    page.get_by_role("spinbutton", name="Staff text clients from own phones").fill("1")
    with page.expect_response(lambda r: r.url.endswith("/kind/vote")) as sent:
        page.get_by_role("button", name="Save my dots").click()
    # one small reply, the page is not loaded again
    assert sent.value.headers["content-type"].startswith("application/json")
    page.locator("#status-vote", has_text="Saved").wait_for()
    assert page.get_by_text("Dots left: 0 of 3").is_visible()
    stage = vote_store.plan.stage(STAGE)
    assert sorted(model.group_dots(vote_store, a.id, stage).values()) == [1, 2]
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "the phone page scrolls sideways"
    for button in page.locator(".vote-item button").all():
        box = button.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44  # a finger can hit it
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / "participant-vote-phone.png"), full_page=True)


def test_without_javascript_the_ballot_is_a_plain_form(
    browser, vote_entry, vote_store, vote_groups
):
    b = vote_groups[1]
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    _join(page, vote_entry[1], b.name)
    assert page.locator(".vote-item button").count() == 0  # no − / + without the script
    page.get_by_role("spinbutton", name="Staff text clients from own phones").fill("2")
    page.get_by_role("spinbutton", name="an organization has no policy owner").fill("2")
    page.get_by_role("button", name="Save my dots").click()
    error = page.get_by_role("alert")
    assert "That is 4 dots; each device has 3. Take 1 off and save again." in error.inner_text()
    page.get_by_role("spinbutton", name="Staff text clients from own phones").fill("3")
    page.get_by_role("spinbutton", name="an organization has no policy owner").fill("0")
    page.get_by_role("button", name="Save my dots").click()
    page.get_by_text("Dots left: 0 of 3").wait_for()
    stage = vote_store.plan.stage(STAGE)
    items = model.items(vote_store, stage)
    assert model.group_dots(vote_store, b.id, stage) == {items[0].key: 3}
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]
    context.close()
