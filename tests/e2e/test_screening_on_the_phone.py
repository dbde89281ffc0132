"""Screening on the participant page, in Debian's Chromium at phone and laptop widths: the calm
note under the field appears while typing, the answer is saved as typed, the note goes when the
identifier does; the plain form without JavaScript shows it too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
STAGE = "stakeholders"


@pytest.fixture
def room(store):
    harbour = store.add_group("Harbour Legal Aid")
    store.set_current_stage(STAGE)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield info, harbour
    server.stop()


def shot(page, name: str) -> None:
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name))


def join(browser, info, group, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(info.url)
    page.get_by_label("Code shown on the projector").fill(info.code.lower())
    page.get_by_role("button", name="Next").click()
    page.get_by_role("radio", name=group.name, exact=True).check()
    page.get_by_role("button", name="Join").click()
    return context, page


NOTE = "This looks like a phone number. Workshop answers should not identify clients."


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["390px", "1280px"])
def test_typing_a_phone_number_shows_the_note_and_saves(browser, room, store, viewport):
    info, harbour = room
    context, page = join(browser, info, harbour, viewport)
    answer = page.get_by_label("Whom does your organization serve?")
    note = page.locator("#screen-served")
    assert note.is_hidden()
    answer.press_sequentially("Tenants; one caller left her cell, (313) 555-0182", delay=5)
    note.wait_for(state="visible", timeout=10000)
    assert note.inner_text() == NOTE
    page.locator("#status-served", has_text="Saved").wait_for(timeout=10000)
    assert store.answer_text(harbour.id, STAGE, "served").endswith("(313) 555-0182")
    described = answer.get_attribute("aria-describedby")
    assert "screen-served" in described.split()
    box, field = note.bounding_box(), answer.bounding_box()
    assert box["y"] >= field["y"] + field["height"] - 1  # under the field
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    if viewport == PHONE:
        shot(page, "participant-screening-note-phone.png")
    answer.fill("Tenants facing eviction")
    note.wait_for(state="hidden", timeout=10000)
    context.close()


def test_a_flagged_answer_is_marked_when_the_page_opens_and_without_javascript(
    browser, room, store
):
    info, harbour = room
    store.save_answer(harbour.id, STAGE, "served", "Write to rosa.l@gmail.com about the flat")
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")
    page.get_by_role("radio", name=harbour.name, exact=True).check()
    page.get_by_role("button", name="Join").click()
    assert page.locator("#screen-served").inner_text() == (
        "This looks like an e-mail address. Workshop answers should not identify clients."
    )
    page.get_by_label("Who is using, or could use, social media").fill(
        "Our outreach worker, DOB 03/14/1987"
    )
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Saved", exact=True).wait_for()
    assert "date of birth" in page.locator("#screen-reach").inner_text()
    context.close()
