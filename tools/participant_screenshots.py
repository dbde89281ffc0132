"""The participant page of the demo event in Debian's Chromium, every stage at 390 and 1280 px,
as a group that has been working sees it (the demo's answers, map, draft and action plan).

    python -m tools.participant_screenshots docs/screenshots

Writes participant-<stage kind>-390.png (the whole page, as tall as it is) and
participant-<stage kind>-1280.png (the whole page at a laptop's width), and
participant-two-devices-phone.png: the choice offered when another device changed the same
answer (keep mine, take theirs, merge by hand).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from tests.kit import CHROMIUM_ARGS  # the suite's flags: a closed network, no background traffic

WIDTHS = (390, 1280)


def _join(browser, info, group, width: int, pin: str = ""):
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(f"{info.url}?code={info.code}")
    page.get_by_role("radio", name=group.name, exact=True).check()
    if pin:
        page.get_by_label("Group PIN").fill(pin)
    page.get_by_role("button", name="Join").click()
    page.locator("#stage").wait_for()
    return page


def _stages(browser, store, info, group, out: Path) -> None:
    pages = {
        w: _join(browser, info, group, w, pin=group.pin if w != WIDTHS[0] else "") for w in WIDTHS
    }
    for stage in store.plan.stages:
        store.set_current_stage(stage.id)
        for width, page in pages.items():
            page.get_by_role("heading", name=stage.title, exact=True).wait_for(timeout=10000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)  # the map's markers are laid out
            name = f"participant-{stage.kind.replace('_', '-')}-{width}.png"
            page.screenshot(path=str(out / name), full_page=True)
            print(name, page.evaluate("document.documentElement.scrollHeight"), "px tall")
    for page in pages.values():
        page.context.close()


def _two_devices(browser, store, info, group, out: Path) -> None:
    stage = store.plan.stage_of_kind("stakeholders")
    store.set_current_stage(stage.id)
    prompt = stage.prompts[0]
    one = _join(browser, info, group, 390, pin=group.pin)
    two = _join(browser, info, group, 1280, pin=group.pin)
    for page in (one, two):
        page.get_by_role("heading", name=stage.title, exact=True).wait_for(timeout=10000)
        page.wait_for_timeout(400)
    one.context.set_offline(True)
    one.locator(f"#a-{prompt.id}").fill("Protect clients' privacy on every platform we use.")
    two.locator(f"#a-{prompt.id}").fill("Agree what staff may post, and who approves it.")
    two.locator(f"#status-{prompt.id}", has_text="Saved").wait_for(timeout=10000)
    one.context.set_offline(False)
    box = one.locator(f"#conflict-{prompt.id}")
    box.wait_for(timeout=10000)
    one.locator(f"#a-{prompt.id}").scroll_into_view_if_needed()
    one.screenshot(path=str(out / "participant-two-devices-phone.png"))
    print("participant-two-devices-phone.png")
    one.context.close()
    two.context.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium")
    if not chromium:
        raise SystemExit("chromium is not installed (apt install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(Path(tmp) / "data"))
        from workshop_app.demo import build_demo
        from workshop_app.lan.server import EntryServer

        store = build_demo(Path(tmp) / "Demo.workshop")
        group = store.groups()[0]
        server = EntryServer(store.path)
        info = server.start("127.0.0.1", 0)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                _stages(browser, store, info, group, out)
                _two_devices(browser, store, info, group, out)
                browser.close()
        finally:
            server.stop()
            store.close()


if __name__ == "__main__":
    main()
