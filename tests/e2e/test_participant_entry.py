"""The participant page in Debian's Chromium: join, type, see "Saved", second device, offline,
following the stage, an edit from another device. One browser for the module.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep phone and laptop screenshots."""

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
    store.add_group("Northside Youth Centre")
    store.set_current_stage(STAGE)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield info, harbour
    server.stop()


def shot(page, name: str, full_page: bool = False) -> None:
    folder = os.environ.get("WORKSHOP_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name), full_page=full_page)


def join(browser, info, group, viewport, pin: str = ""):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(info.url)
    if viewport == PHONE:
        shot(page, "participant-join-phone.png")
    page.get_by_label("Code shown on the projector").fill(info.code.lower())
    page.get_by_role("button", name="Next").click()
    page.get_by_role("radio", name=group.name, exact=True).check()
    if pin:
        page.get_by_label("Group PIN").fill(pin)
    page.get_by_role("button", name="Join").click()
    return context, page


def status(page, prompt_id: str):
    return page.locator(f"#status-{prompt_id}")


def test_join_type_and_see_saved_on_a_phone(browser, room, store):
    info, harbour = room
    context, page = join(browser, info, harbour, PHONE)
    answer = page.get_by_label("Whom does your organization serve?")
    answer.fill("Tenants facing eviction <b>and</b> their families")
    page.locator("#status-served", has_text="Saved").wait_for(timeout=10000)
    saved = store.answer(harbour.id, STAGE, "served")
    assert saved.text == "Tenants facing eviction <b>and</b> their families"
    assert saved.source == "browser"
    assert page.locator("html").get_attribute("lang") == "en"
    for narrow in (PHONE["width"], 360):
        page.set_viewport_size({"width": narrow, "height": PHONE["height"]})
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= narrow, f"the page scrolls sideways at {narrow} px"
    tap = page.get_by_role("button", name="Save", exact=True).bounding_box()
    assert tap["height"] >= 44  # a thumb-sized target
    page.set_viewport_size(PHONE)
    shot(page, "participant-phone.png")
    context.close()


def test_a_second_device_needs_the_groups_pin(browser, room, store):
    info, harbour = room
    first, _ = join(browser, info, harbour, PHONE)
    second, page = join(browser, info, harbour, LAPTOP)
    assert "Type the 4-digit PIN" in page.locator(".error").inner_text()
    page.get_by_label("Group PIN").fill(harbour.pin)
    page.get_by_role("button", name="Join").click()
    page.get_by_role("heading", name="Stakeholders").wait_for()
    assert len(store.devices()) == 2
    first.close()
    second.close()


def test_text_typed_offline_is_kept_and_saved_once_back_online(browser, room, store):
    info, harbour = room
    context, page = join(browser, info, harbour, LAPTOP)
    page.get_by_role("heading", name="Stakeholders").wait_for()
    context.set_offline(True)
    page.get_by_label("Who is using, or could use").fill("Volunteers on their own phones")
    page.get_by_text("Offline — your text is kept on this device").wait_for(timeout=10000)
    assert store.answer(harbour.id, STAGE, "reach") is None
    shot(page, "participant-offline-laptop.png")
    context.set_offline(False)
    status(page, "reach").filter(has_text="Saved").wait_for(timeout=10000)
    assert store.answer_text(harbour.id, STAGE, "reach") == "Volunteers on their own phones"
    assert len(store.answer_history(harbour.id, STAGE, "reach")) == 1
    assert page.locator("#banner").is_hidden()
    context.close()


def test_the_page_follows_the_facilitators_stage(browser, room, store):
    info, harbour = room
    context, page = join(browser, info, harbour, LAPTOP)
    page.get_by_role("heading", name="Stakeholders").wait_for()
    shot(page, "participant-laptop.png")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # at the last prompt
    assert page.evaluate("window.scrollY") > 0
    store.set_current_stage("report_back")
    page.get_by_role("heading", name="Report back").wait_for(timeout=10000)
    assert page.evaluate("window.scrollY") == 0, "the new stage opens where the old one was"
    assert page.get_by_label("Which part came most easily?").is_visible()
    context.close()


def test_an_edit_from_another_device_is_shown(browser, room, store):
    info, harbour = room
    context, page = join(browser, info, harbour, PHONE)
    page.get_by_label("Whom does your organization serve?").fill("first words")
    status(page, "served").filter(has_text="Saved").wait_for(timeout=10000)
    store.save_answer(harbour.id, STAGE, "served", "the facilitator's correction")
    status(page, "served").filter(has_text="Updated on another device").wait_for(timeout=10000)
    assert page.get_by_label("Whom does your organization serve?").input_value() == (
        "the facilitator's correction"
    )
    history = store.answer_history(harbour.id, STAGE, "served")
    assert [a.text for a in history] == ["the facilitator's correction", "first words"]
    context.close()


def test_without_javascript_the_plain_form_saves(browser, room, store):
    info, harbour = room
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")  # what the QR code holds: straight to the list
    page.get_by_role("radio", name=harbour.name, exact=True).check()
    page.get_by_role("button", name="Join").click()
    page.get_by_label("Whom does your organization serve?").fill("People in the harbour flats")
    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Saved", exact=True).wait_for()
    shot(page, "participant-nojs-phone-full.png", full_page=True)
    assert store.answer_text(harbour.id, STAGE, "served") == "People in the harbour flats"
    context.close()


def test_leaving_on_this_device_asks_first(browser, room, store):
    info, harbour = room
    context, page = join(browser, info, harbour, PHONE)
    page.get_by_role("heading", name="Stakeholders").wait_for()
    asked = []

    def answer(dialog, accept: bool) -> None:
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.once("dialog", lambda d: answer(d, False))
    page.get_by_role("button", name="Leave on this device").click()
    page.wait_for_timeout(300)  # a negative check: no navigation may follow a "Cancel"
    assert asked and "Leave the workshop on this device?" in asked[0]
    assert page.get_by_role("heading", name="Stakeholders").is_visible()  # still in
    assert len(store.devices()) == 1
    page.once("dialog", lambda d: answer(d, True))
    page.get_by_role("button", name="Leave on this device").click()
    page.get_by_role("heading", name="Join the workshop").wait_for()
    assert store.devices() == []
    context.close()


def test_closing_entry_tells_the_open_pages_and_they_carry_on_when_it_opens(browser, store):
    """Closing entry stops the server: a phone says entry is closed for now instead of showing
    "Offline — kept on this device" for ever; it stays joined, and what was typed meanwhile
    is sent once entry opens again (same code, same address)."""
    harbour = store.add_group("Harbour Legal Aid")
    store.set_current_stage(STAGE)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    try:
        context, page = join(browser, info, harbour, PHONE)
        page.get_by_role("heading", name="Stakeholders").wait_for()
        # the event stream answered: the server is listening for this page
        with page.expect_response(lambda r: r.url.endswith("/events")):
            page.reload()
    finally:
        server.stop()
    page.get_by_text("Participant entry is closed for now.").wait_for(timeout=10000)
    page.get_by_label("Whom does your organization serve?").fill("typed after closing")
    assert status(page, "served").inner_text() == "Not sent yet — kept on this device"
    again = server.start("127.0.0.1", info.port)
    try:
        assert again.code == info.code
        page.locator("#status-served", has_text="Saved").wait_for(timeout=15000)
        assert store.answer_text(harbour.id, STAGE, "served") == "typed after closing"
        assert not page.get_by_text("Participant entry is closed").is_visible()
    finally:
        server.stop()
    context.close()


def test_ending_the_workshop_tells_the_open_pages(browser, store):
    """Ending the workshop: the phone says so and stops retrying, instead of "Offline" for
    ever once the server has gone."""
    harbour = store.add_group("Harbour Legal Aid")
    store.set_current_stage(STAGE)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    try:
        context, page = join(browser, info, harbour, PHONE)
        page.get_by_role("heading", name="Stakeholders").wait_for()
        with page.expect_response(lambda r: r.url.endswith("/events")):
            page.reload()
    finally:
        server.stop(ended=True)
    store.end_workshop()
    banner = page.locator("#banner")
    ended = "The workshop has ended — thank you. Your organization's answers are saved."
    page.get_by_text(ended).wait_for(timeout=10000)
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.get_by_label("Whom does your organization serve?").fill("typed after the end")
    page.wait_for_timeout(4500)  # past the 2 s retry and the 4 s poll: still the last word
    assert banner.inner_text() == ended and "Offline" not in banner.inner_text()
    assert requests == []
    shot(page, "participant-ended-phone.png")
    context.close()


def test_two_devices_typing_one_answer_are_both_shown_both_texts(browser, room, store):
    info, harbour = room
    first, one = join(browser, info, harbour, PHONE)
    one.get_by_role("heading", name="Stakeholders").wait_for()
    second, two = join(browser, info, harbour, LAPTOP, pin=harbour.pin)
    two.get_by_role("heading", name="Stakeholders").wait_for()
    two.context.set_offline(True)  # the second device types without hearing of the first's save
    one.get_by_label("Whom does your organization serve?").fill("Tenants facing eviction")
    status(one, "served").filter(has_text="Saved").wait_for(timeout=10000)
    two.get_by_label("Whom does your organization serve?").fill("Families in shelters")
    two.context.set_offline(False)
    status(two, "served").filter(has_text="Saved").wait_for(timeout=10000)
    told = two.locator("#conflict-served")
    told.wait_for(timeout=10000)
    assert "Another device saved a different text" in told.inner_text()
    assert "Tenants facing eviction" in told.inner_text()
    mine = one.locator("#conflict-served")
    mine.wait_for(timeout=10000)
    assert "saved a different text over yours" in mine.inner_text()
    assert "Tenants facing eviction" in mine.inner_text()
    assert one.get_by_label("Whom does your organization serve?").input_value() == (
        "Families in shelters"
    )
    shot(one, "participant-conflict-phone.png")
    one.get_by_role("button", name="Keep mine").click()
    status(one, "served").filter(has_text="Saved").wait_for(timeout=10000)
    assert store.answer_text(harbour.id, STAGE, "served") == "Tenants facing eviction"
    texts = [a.text for a in store.answer_history(harbour.id, STAGE, "served")]
    assert texts == ["Tenants facing eviction", "Families in shelters", "Tenants facing eviction"]
    first.close()
    second.close()
