"""The join page in Chromium at phone size: the code first, errors announced and focused, and
whole organization names (findings 1 and 8 of the participant page's second pass)."""

from __future__ import annotations

import pytest

from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
LONG = "Coalition of Harbour-District Community Health, Harm-Reduction and Legal Aid Services"


@pytest.fixture
def room(store):
    store.add_group(LONG)
    store.add_group("Northside Youth Centre")
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield info
    server.stop()


def test_code_first_then_whole_names_and_errors_focused(browser, room):
    info = room
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(info.url)
    assert "Northside" not in page.content() and "Harbour" not in page.content()
    code = page.get_by_label("Code shown on the projector")
    code.fill("ZZZZZZ")
    page.get_by_role("button", name="Next").click()
    error = page.get_by_role("alert")
    error.wait_for()
    assert "That code is not right" in error.inner_text()
    assert page.evaluate("document.activeElement.id") == "code"
    assert code.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.getElementById('code').getAttribute('aria-describedby')") == (
        "join-error"
    )
    assert page.evaluate(
        "document.getElementById('join-error').compareDocumentPosition("
        "document.querySelector('h1')) & Node.DOCUMENT_POSITION_PRECEDING"
    )
    assert "Northside" not in page.content()
    code.fill(info.code.lower())
    page.get_by_role("button", name="Next").click()
    choice = page.get_by_role("radio", name=LONG, exact=True)
    choice.check()
    label = page.locator("label.org", has_text="Coalition")
    box = label.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert label.evaluate("el => el.scrollWidth <= el.clientWidth")
    assert LONG in label.inner_text()  # the whole name, wrapped, not cut off
    page.get_by_role("button", name="Join").click()
    page.get_by_role("heading", name="Objectives").wait_for()
    context.close()
