"""Two devices of one organization, two real Chromium pages against a real server: a change
from the other device or the console reaches a part the participant is not editing in place
(no reload); when both changed the same text or record, the participant sees the other version
and chooses: keep mine, take theirs or merge by hand."""

from __future__ import annotations

import dataclasses
import time

import pytest

from workshop_app.kinds.report_back import model as actions
from workshop_app.kinds.stakeholders import model as sh
from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
ORG = "Harbour Legal Aid"
SERVED = "Whom does your organization serve?"


@pytest.fixture
def room(store):
    harbour = store.add_group(ORG)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    yield info, harbour
    server.stop()


def join(browser, info, group, viewport, pin: str = ""):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")
    page.get_by_role("radio", name=group.name, exact=True).check()
    if pin:
        page.get_by_label("Group PIN").fill(pin)
    page.get_by_role("button", name="Join").click()
    page.locator("#stage").wait_for()
    page.wait_for_load_state("networkidle")
    page.evaluate("window.sameDocument = true")  # gone if the page reloads
    return page


def two_devices(browser, info, group, stage_title):
    one = join(browser, info, group, PHONE)
    two = join(browser, info, group, LAPTOP, pin=group.pin)
    for page in (one, two):
        page.get_by_role("heading", name=stage_title, exact=True).wait_for()
        page.wait_for_timeout(400)  # the event stream is open
    return one, two


def until(page, script: str, arg=None, timeout: float = 8.0) -> None:
    """Waits until `script` is true in the page (wait_for_function needs eval, which the page's
    Content-Security-Policy forbids)."""
    end = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        assert time.monotonic() < end, f"not seen in {timeout} s: {script}"
        page.wait_for_timeout(100)


def in_place(page) -> bool:
    return page.evaluate("window.sameDocument === true")


def test_an_answer_follows_the_other_device_and_the_console_in_place(browser, room, store):
    info, harbour = room
    store.set_current_stage("stakeholders")
    one, two = two_devices(browser, info, harbour, "Stakeholders")
    try:
        two.get_by_label(SERVED).fill("Tenants facing eviction")
        two.locator("#status-served", has_text="Saved").wait_for(timeout=8000)
        field = one.get_by_label(SERVED)
        one.locator("#status-served", has_text="Updated on another device").wait_for(timeout=8000)
        assert field.input_value() == "Tenants facing eviction"
        # the console corrects it while this device has the field focused (nothing typed)
        field.focus()
        store.save_answer(harbour.id, "stakeholders", "served", "Tenants facing eviction, and")
        until(one, "() => document.getElementById('a-served').value.endsWith('and')")
        assert in_place(one) and in_place(two)
        assert one.evaluate("document.activeElement.id") == "a-served"
        assert one.locator("#conflict-served").count() == 0
    finally:
        one.context.close()
        two.context.close()


def both_type(one, two, mine: str, theirs: str):
    """`one` types offline while `two` saves; back online, `one`'s save meets `two`'s."""
    one.context.set_offline(True)
    one.get_by_label(SERVED).fill(mine)
    two.get_by_label(SERVED).fill(theirs)
    two.locator("#status-served", has_text="Saved").wait_for(timeout=8000)
    one.context.set_offline(False)
    box = one.locator("#conflict-served")
    box.wait_for(timeout=10000)
    assert theirs in box.inner_text()
    return box


@pytest.mark.parametrize(
    ("choice", "kept"),
    [
        ("Keep mine", "Families in shelters"),
        ("Take theirs", "Tenants facing eviction"),
        ("Merge by hand", "Families in shelters\n\nTenants facing eviction"),
    ],
)
def test_both_typing_one_answer_the_participant_chooses(browser, room, store, choice, kept):
    info, harbour = room
    store.set_current_stage("stakeholders")
    one, two = two_devices(browser, info, harbour, "Stakeholders")
    try:
        box = both_type(one, two, "Families in shelters", "Tenants facing eviction")
        assert [b.inner_text() for b in box.get_by_role("button").all()] == [
            "Keep mine",
            "Take theirs",
            "Merge by hand",
        ]
        if choice == "Keep mine":  # the choice passes axe-core's WCAG 2.2 A/AA rules too
            from axe_playwright_python.sync_playwright import Axe

            tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
            found = Axe().run(one, options={"runOnly": {"type": "tag", "values": tags}})
            assert found.violations_count == 0, found.generate_report()
            for button in box.get_by_role("button").all():
                assert button.bounding_box()["height"] >= 44  # a thumb can hit it
        box.get_by_role("button", name=choice).click()
        one.locator("#status-served", has_text="Saved").wait_for(timeout=8000)
        assert one.get_by_label(SERVED).input_value() == kept
        assert store.answer_text(harbour.id, "stakeholders", "served") == kept
        if choice == "Merge by hand":  # the caret waits between the two texts, to tidy up
            assert one.evaluate("document.activeElement.id") == "a-served"
            assert one.evaluate("document.activeElement.selectionStart") == len(
                "Families in shelters\n\n"
            )
        # the other device follows whatever was chosen, in place
        until(two, "text => document.getElementById('a-served').value === text", kept)
        assert in_place(one) and in_place(two)
    finally:
        one.context.close()
        two.context.close()


def names(page) -> list[str]:
    return page.locator("#sh-list .sh-name").evaluate_all("els => els.map(e => e.value)")


def test_the_map_follows_the_other_device_and_the_console_in_place(browser, room, store):
    info, harbour = room
    sh.save(store, harbour.id, [sh.Stakeholder("Board of directors", "approvers", 80, 40)])
    store.set_current_stage("stakeholders")
    one, two = two_devices(browser, info, harbour, "Stakeholders")
    try:
        two.get_by_role("button", name="Add a stakeholder").click()
        two.locator("#sh-list .sh-name").nth(1).fill("Peer workers")
        two.locator("#status-stakeholders", has_text="Saved").wait_for(timeout=8000)
        one.locator("#status-stakeholders", has_text="Updated on another device").wait_for(
            timeout=8000
        )
        assert names(one) == ["Board of directors", "Peer workers"]
        assert one.locator("#sh-grid .sh-marker").count() == 2
        # the facilitator renames one in the console
        board, peers = sh.load(store, harbour.id)
        sh.save(store, harbour.id, [board, dataclasses.replace(peers, name="Peer staff")])
        one.locator("#status-stakeholders", has_text="Updated by the facilitator").wait_for(
            timeout=8000
        )
        assert names(one) == ["Board of directors", "Peer staff"]
        assert in_place(one) and in_place(two)
    finally:
        one.context.close()
        two.context.close()


def test_both_changing_the_map_merge_by_hand_keeps_both(browser, room, store):
    info, harbour = room
    sh.save(store, harbour.id, [sh.Stakeholder("Board of directors", "approvers", 80, 40)])
    store.set_current_stage("stakeholders")
    one, two = two_devices(browser, info, harbour, "Stakeholders")
    try:
        one.context.set_offline(True)
        one.locator("#sh-list .sh-name").first.fill("Board")
        two.get_by_role("button", name="Add a stakeholder").click()
        two.locator("#sh-list .sh-name").nth(1).fill("Regulator")
        two.locator("#status-stakeholders", has_text="Saved").wait_for(timeout=8000)
        one.context.set_offline(False)
        box = one.locator("#conflict-stakeholders")
        box.wait_for(timeout=10000)
        assert "Another device changed your stakeholder map" in box.inner_text()
        box.get_by_role("button", name="Merge by hand").click()
        one.locator("#status-stakeholders", has_text="both are in").wait_for(timeout=8000)
        assert names(one) == ["Board", "Regulator"]
        assert [s.name for s in sh.load(store, harbour.id)] == ["Board", "Regulator"]
        # the other device may first show device one's own save (kept, then merged): wait for
        # the merge, not for its first name alone
        until(
            two,
            "() => [...document.querySelectorAll('#sh-list .sh-name')].map(e => e.value)"
            ".join('|') === 'Board|Regulator'",
        )
        assert names(two) == ["Board", "Regulator"]
        assert in_place(one) and in_place(two)
    finally:
        one.context.close()
        two.context.close()


def test_both_changing_the_action_plan_take_theirs(browser, room, store):
    info, harbour = room
    actions.save(store, harbour.id, [actions.ActionItem("Book the board meeting")])
    store.set_current_stage("report_back")
    title = store.plan.stage("report_back").title
    one, two = two_devices(browser, info, harbour, title)
    try:
        one.context.set_offline(True)
        one.locator("#action-list .what").first.fill("Book the board meeting for March")
        two.locator("#action-list .owner").first.fill("Director")
        two.locator("#status-actions", has_text="Saved").wait_for(timeout=8000)
        one.context.set_offline(False)
        box = one.locator("#conflict-actions")
        box.wait_for(timeout=10000)
        box.get_by_role("button", name="Take theirs").click()
        one.locator("#status-actions", has_text="theirs is back").wait_for(timeout=8000)
        assert one.locator("#action-list .what").first.input_value() == "Book the board meeting"
        assert one.locator("#action-list .owner").first.input_value() == "Director"
        kept = actions.load(store, harbour.id)
        assert [(a.what, a.owner) for a in kept] == [("Book the board meeting", "Director")]
        assert in_place(one)
    finally:
        one.context.close()
        two.context.close()


def test_the_draft_follows_the_other_device_in_place(browser, room, store):
    info, harbour = room
    store.set_current_stage("drafting")
    one, two = two_devices(browser, info, harbour, store.plan.stage("drafting").title)
    try:
        first = two.locator("li.clause").first
        first.locator("summary").click()
        first.locator("input.include").uncheck()
        two.locator("#status-draft", has_text="Saved").wait_for(timeout=8000)
        one.locator("#status-draft", has_text="Updated on another device").wait_for(timeout=8000)
        assert one.locator("li.clause").first.locator(".state").inner_text() == "Left out"
        assert in_place(one)
    finally:
        one.context.close()
        two.context.close()
