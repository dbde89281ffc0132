"""The drafting stage in Debian's Chromium: tick choices, see the proposed clauses, leave one
out, edit one, move one, add the group's own; everything lands in the store as the console
reads it. Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep a screenshot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.kinds.drafting import clauses
from workshop_app.lan.server import EntryServer

pytestmark = pytest.mark.browser
LAPTOP = {"width": 1280, "height": 900}
ORG = "{0} & <Co> 🌈 مركز"


def open_clause(page, key: str) -> None:
    """Tap a clause's title to open it (clauses are a list of titles until opened)."""
    details = page.locator(f'li[data-key="{key}"] details')
    if not details.evaluate("d => d.open"):
        details.locator("summary").click()


def test_group_drafts_its_policy_from_a_laptop(browser, store):
    group = store.add_group(ORG)
    store.set_current_stage("drafting")
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    stage = store.plan.stage_of_kind("drafting")
    context = browser.new_context(viewport=LAPTOP)
    try:
        page = context.new_page()
        page.goto(info.url)
        page.get_by_label("Code shown on the projector").fill(info.code)
        page.get_by_role("button", name="Next").click()
        page.get_by_role("radio", name=ORG, exact=True).check()
        page.get_by_role("button", name="Join").click()
        page.get_by_role("heading", name="Your draft policy").wait_for()
        assert page.locator("li.clause").count() == 10  # core clauses only
        # ticking a choice saves it and shows the clauses it proposes
        page.locator('details[data-list="platforms"] summary').click()
        page.get_by_label("Dating and hookup apps used for outreach").check()
        page.locator('li[data-key="dating_app_outreach"]').wait_for(timeout=5000)
        assert page.get_by_label("Dating and hookup apps used for outreach").is_checked()
        assert (
            "because you chose Dating and hookup apps used for outreach"
            in page.locator('li[data-key="dating_app_outreach"] .reason').text_content()
        )
        # leave one out, edit one, move one
        for key in ("location_data", "scope", "employee_rights"):
            open_clause(page, key)
        page.locator('li[data-key="location_data"] input.include').uncheck()
        scope = page.locator('li[data-key="scope"] textarea')
        assert f"works or volunteers for {ORG} whenever" in scope.input_value()
        scope.fill("Everyone at {org} & <partners> 🌈 שלום.")
        page.locator('li[data-key="employee_rights"] button.up').click()
        page.locator("#status-draft", has_text="Saved").wait_for(timeout=5000)
        draft = clauses.draft_for(store, group.id, stage)
        assert draft.get("scope").body == "Everyone at {org} & <partners> 🌈 שלום."
        assert not draft.get("location_data").included
        keys = [c.key for c in draft.clauses]
        assert keys.index("employee_rights") == keys.index("incident_response") - 1
        assert store.record(group.id, clauses.DRAFT).source == "browser"
        # the group's own clause
        page.get_by_role("button", name="Add our own clause").click()
        page.locator('li[data-key="own-1"] input.title-input').wait_for(timeout=5000)  # opened
        page.locator('li[data-key="own-1"] input.title-input').fill("Pets & <animals>")
        page.locator('li[data-key="own-1"] textarea').fill("No photos of clients' pets {ever}.")
        page.locator("#status-draft", has_text="Saved").wait_for(timeout=5000)
        printed = clauses.draft_for(store, group.id, stage).as_text(stage, ORG)
        assert "Pets & <animals>\nNo photos of clients' pets {ever}." in printed
        assert "1. Scope and definitions\nEveryone at {org} & <partners> 🌈 שלום." in printed
        # the console edits the same draft: the idle page picks it up by itself
        page.locator("h1").click()  # nobody is typing in the page
        console = clauses.draft_for(store, group.id, stage).edit(
            "training_review", body="Yearly, with peers."
        )
        open_clause(page, "training_review")
        page.locator("h1").click()
        clauses.save_draft(store, group.id, console)
        page.locator('li[data-key="training_review"] textarea').filter(
            has_text="Yearly, with peers."
        ).wait_for(timeout=8000)
        assert (
            page.locator('li[data-key="own-1"] input.title-input').input_value()
            == "Pets & <animals>"
        )
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= LAPTOP["width"]
        # unticking withdraws clauses: keep one, remove another (after the browser's question)
        page.get_by_label("Dating and hookup apps used for outreach").uncheck()
        page.locator('li.status-withdrawn[data-key="dating_app_outreach"]').wait_for(timeout=5000)
        open_clause(page, "dating_app_outreach")
        page.locator('li[data-key="dating_app_outreach"] button.keep').click()
        open_clause(page, "peer_personal_accounts")
        page.once("dialog", lambda dialog: dialog.accept())
        page.locator('li[data-key="peer_personal_accounts"] button.remove').click()
        page.locator("#status-draft", has_text="Saved").wait_for(timeout=5000)
        after = clauses.draft_for(store, group.id, stage)
        assert after.get("dating_app_outreach").status == clauses.KEPT
        assert "peer_personal_accounts" not in [c.key for c in after.clauses]
        assert after.get("location_data").status == clauses.WITHDRAWN
        assert after.get("scope").body == "Everyone at {org} & <partners> 🌈 שלום."
        # a phone of the same group (with the group's PIN) sees the same draft, without sideways scrolling
        phone_context = browser.new_context(viewport={"width": 390, "height": 844})
        phone = phone_context.new_page()
        phone.goto(info.url)
        phone.get_by_label("Code shown on the projector").fill(info.code)
        phone.get_by_role("button", name="Next").click()
        phone.get_by_role("radio", name=ORG, exact=True).check()
        phone.get_by_label("Group PIN").fill(store.group(group.id).pin)
        phone.get_by_role("button", name="Join").click()
        phone.get_by_role("heading", name="Your draft policy").wait_for()
        assert (
            phone.locator('li[data-key="own-1"] input.title-input').input_value()
            == "Pets & <animals>"
        )
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        phone_context.close()
        folder = os.environ.get("WORKSHOP_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            page.locator('li[data-key="scope"]').scroll_into_view_if_needed()
            page.screenshot(path=str(Path(folder) / "participant-drafting-laptop.png"))
    finally:
        context.close()
        server.stop()
