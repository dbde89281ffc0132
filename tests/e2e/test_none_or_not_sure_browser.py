""" "None or not sure" goes alone on a phone, in Debian's Chromium: with the page's script a tick
clears what does not go with it at once; without the script a post with both keeps one
consistent set and the page says what was unticked."""

from __future__ import annotations

import pytest

from workshop_app.kinds.drafting import clauses
from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
NOT_SURE, HIPAA = "None or not sure", "HIPAA"


def saved_regimes(store, group_id):
    rec = clauses.load_choices(store, group_id)
    return rec.selected.get("regimes", ())


def join(browser, info, group, script: bool):
    context = browser.new_context(viewport=PHONE, java_script_enabled=script)
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")
    page.get_by_role("radio", name=group.name, exact=True).check()
    page.get_by_role("button", name="Join").click()
    page.get_by_role("heading", name="Your draft policy").wait_for()
    page.locator('details[data-list="regimes"] summary').click()
    return context, page


@pytest.fixture
def room(store):
    group = store.add_group("Northside Clinic")
    store.set_current_stage("drafting")
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield info, group
    server.stop()


def test_with_the_script_a_tick_clears_what_does_not_go_with_it(browser, room, store):
    info, group = room
    context, page = join(browser, info, group, script=True)
    try:
        page.get_by_label(HIPAA, exact=True).check()
        _until(lambda: saved_regimes(store, group.id) == ("hipaa",))
        page.get_by_label(NOT_SURE, exact=True).check()
        _until(lambda: saved_regimes(store, group.id) == ("not_sure",))
        page.locator('details[data-list="regimes"] summary').wait_for()
        # the choices reload the page: after it, only "None or not sure" is ticked
        page.locator('details[data-list="regimes"]').evaluate("d => d.open = true")
        assert page.get_by_label(NOT_SURE, exact=True).is_checked()
        assert not page.get_by_label(HIPAA, exact=True).is_checked()
        page.get_by_label("FERPA (student records)", exact=True).check()
        assert not page.get_by_label(NOT_SURE, exact=True).is_checked()
        _until(lambda: saved_regimes(store, group.id) == ("ferpa",))
    finally:
        context.close()


def test_the_line_under_the_list_says_what_a_tick_unticked(browser, room, store):
    info, group = room
    clauses.apply_choices(
        store,
        group.id,
        store.plan.stage_of_kind("drafting"),
        clauses.Choices({"regimes": ("hipaa",)}),
    )
    context, page = join(browser, info, group, script=True)
    try:
        page.route("**/api/record/choices", lambda route: None)  # hold the save: no reload
        page.get_by_label(NOT_SURE, exact=True).check()
        note = page.locator('details[data-list="regimes"] .cleared')
        assert note.is_visible()
        assert (
            note.text_content()
            == "Unticked: \u201cHIPAA\u201d (it does not go with \u201cNone or not sure\u201d)."
        )
        assert not page.get_by_label(HIPAA, exact=True).is_checked()
    finally:
        context.close()


def test_without_the_script_a_post_with_both_keeps_one_set_and_says_so(browser, room, store):
    info, group = room
    context, page = join(browser, info, group, script=False)
    try:
        page.get_by_label(HIPAA, exact=True).check()
        page.get_by_label(NOT_SURE, exact=True).check()  # no script: both stay ticked
        assert page.get_by_label(HIPAA, exact=True).is_checked()
        page.get_by_role("button", name="Save", exact=True).click()
        notice = page.locator("p.notice")
        notice.wait_for()
        assert (
            '"None or not sure" was unticked: it does not go with "HIPAA".' in notice.inner_text()
        )
        assert saved_regimes(store, group.id) == ("hipaa",)
        page.locator('details[data-list="regimes"] summary').click()
        assert not page.get_by_label(NOT_SURE, exact=True).is_checked()
        # HIPAA is saved; ticking "None or not sure" beside it now means it was ticked last
        page.get_by_label(NOT_SURE, exact=True).check()
        page.get_by_role("button", name="Save", exact=True).click()
        page.locator("p.notice", has_text="goes alone").wait_for()
        assert saved_regimes(store, group.id) == ("not_sure",)
        page.locator('details[data-list="regimes"] summary').click()
        assert page.get_by_label(NOT_SURE, exact=True).is_checked()
        assert not page.get_by_label(HIPAA, exact=True).is_checked()
    finally:
        context.close()


def _until(condition, timeout: float = 5.0):
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    raise AssertionError("not saved in time")
