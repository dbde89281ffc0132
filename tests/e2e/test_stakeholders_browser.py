"""A group maps its stakeholders on a phone in Debian's Chromium; the console shows the change
within a second.

Set WORKSHOP_SCREENSHOTS=docs/screenshots to keep the phone screenshot."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.lan.server import EntryServer
from workshop_app.ui.context import AppContext
from workshop_app.ui.interaction import Interaction
from workshop_app.ui.settings import Settings

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
STAGE = "stakeholders"


def test_a_phone_places_stakeholders_and_the_console_follows(browser, store, qtbot, tmp_path):
    from workshop_app.kinds.stakeholders.ui.page import StakeholderEditor

    group = store.add_group("Harbour Legal Aid")
    sh.save(store, group.id, [sh.Stakeholder("Board of directors", "approvers", 80, 40)])
    store.set_current_stage(STAGE)

    ctx = AppContext.create(Settings.throwaway(tmp_path / "s.ini"), Interaction(None))
    ctx.attach(store)
    host = QWidget()
    qtbot.addWidget(host)
    editor = StakeholderEditor(ctx, store.plan.stage(STAGE), host)
    editor.set_group(group.id)
    assert editor.list.count() == 1

    server = EntryServer(store.path, on_change=ctx.changes.report)
    info = server.start("127.0.0.1", 0)
    try:
        page = browser.new_context(viewport=PHONE, has_touch=True).new_page()
        page.goto(info.url)
        page.get_by_label("Code shown on the projector").fill(info.code)
        page.get_by_role("button", name="Next").click()
        page.get_by_role("radio", name=group.name, exact=True).check()
        page.get_by_role("button", name="Join").click()
        page.get_by_role("heading", name="Our stakeholder map").wait_for()
        page.locator(".sh-marker").first.wait_for()  # drawn by the page's script
        assert page.locator(".sh-marker").count() == 1

        page.get_by_role("button", name="Add a stakeholder").click()
        row = page.locator("#sh-list li").nth(1)
        row.locator(".sh-name").fill("Peer navigators")
        row.locator(".sh-category").select_option(label="Front-line users of social media")
        page.locator("#sh-grid").scroll_into_view_if_needed()
        box = page.locator("#sh-grid").bounding_box()
        # tap low and to the right: little influence, much interest -> "keep informed"
        page.touchscreen.tap(box["x"] + box["width"] * 0.8, box["y"] + box["height"] * 0.75)
        page.locator("#status-stakeholders", has_text="Saved").wait_for(timeout=5000)
        # the console shows it within a second of the phone's "Saved"
        started = time.monotonic()
        qtbot.waitUntil(
            lambda: editor.list.count() == 2 and "Keep informed" in editor.list.item(1).text(),
            timeout=1000,
        )
        assert time.monotonic() - started < 1.0
        kept = sh.load(store, group.id)
        assert [s.name for s in kept] == ["Board of directors", "Peer navigators"]
        assert kept[1].quadrant == "keep_informed" and kept[1].category == "frontline"
        assert abs(kept[1].interest - 80) <= 2 and abs(kept[1].influence - 25) <= 2
        assert store.record(group.id, sh.KIND).source == "browser"

        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "the phone page scrolls sideways"
        folder = os.environ.get("WORKSHOP_SCREENSHOTS")
        if folder:
            page.locator("#stakeholder-map").scroll_into_view_if_needed()
            page.locator("#stakeholder-map").screenshot(
                path=str(Path(folder) / "participant-stakeholder-map-phone.png")
            )
        page.context.close()
    finally:
        server.stop()
        editor.set_group(None)
