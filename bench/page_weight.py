"""Bytes on the wire for the participant page, in Debian's Chromium over loopback: one page load
(cold, then warm from the browser's cache) and one autosave, on every stage kind of the plan.

    .venv/bin/python bench/page_weight.py [--width 390]

An autosave is counted from the keystroke to a second after "Saved": every request and reply
(headers and bodies, as Chromium counts them on the wire) plus what arrives on the page's open
event stream in that time. Besides an answer, each kind's own save is measured: a drafting
clause left out (the whole draft is sent), a stakeholder placed on a map of eight, an action's
owner changed in a plan of five, a device's dots saved. Prints one line per stage; nothing is
asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.kit import CHROMIUM_ARGS  # the suite's flags: a closed network, no background traffic
from workshop_app import paths
from workshop_app.lan.server import EntryServer
from workshop_app.plan import load_plan
from workshop_app.store import NOTES, EventStore


class Wire:
    """Bytes sent and received, as Chromium's DevTools protocol reports them."""

    def __init__(self, cdp) -> None:
        self.sent = self.received = 0
        self.requests: list[str] = []
        self.streams: set[str] = set()
        cdp.on("Network.requestWillBeSentExtraInfo", self._headers_out)
        cdp.on("Network.requestWillBeSent", self._request)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.dataReceived", self._data)
        cdp.on("Network.responseReceived", self._response)

    def reset(self) -> None:
        self.sent = self.received = 0
        self.requests = []

    def _headers_out(self, ev) -> None:
        self.sent += sum(len(k) + len(str(v)) + 4 for k, v in ev["headers"].items()) + 40

    def _request(self, ev) -> None:
        req = ev["request"]
        self.requests.append(f"{req['method']} {req['url'].split('/', 3)[-1]}")
        for entry in req.get("postDataEntries", []) or []:
            self.sent += len(entry.get("bytes", "")) * 3 // 4  # base64
        if "postData" in req and not req.get("postDataEntries"):
            self.sent += len(req["postData"].encode())

    def _response(self, ev) -> None:
        if ev["response"].get("mimeType") == "text/event-stream":
            self.streams.add(ev["requestId"])
            self.received += ev["response"].get("encodedDataLength", 0)

    def _data(self, ev) -> None:
        if ev["requestId"] in self.streams:
            self.received += ev.get("encodedDataLength", 0)

    def _finished(self, ev) -> None:
        if ev["requestId"] not in self.streams:
            self.received += ev.get("encodedDataLength", 0)


def measure(browser, url: str, code: str, group, stage, width: int) -> str:
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    wire = Wire(cdp)
    page.goto(f"{url}?code={code}")
    page.get_by_role("radio", name=group.name, exact=True).check()
    page.get_by_role("button", name="Join").click()
    page.locator("#stage").wait_for()
    page.wait_for_load_state("networkidle")
    wire.reset()
    page.reload()
    page.wait_for_load_state("networkidle")
    warm = wire.received + wire.sent
    cdp.send("Network.clearBrowserCache")
    wire.reset()
    page.reload()
    page.wait_for_load_state("networkidle")
    cold = wire.received + wire.sent
    height = page.evaluate("document.documentElement.scrollHeight")
    page.wait_for_timeout(500)
    prompt = stage.prompts[0].id if stage.prompts else NOTES
    field = page.locator(f"#a-{prompt}")
    wire.reset()
    field.fill("Our first answer, typed on a phone in the room.")
    page.locator(f"#status-{prompt}", has_text="Saved").wait_for()
    page.wait_for_timeout(1000)
    autosave = wire.received + wire.sent
    updown = f"↑{wire.sent} ↓{wire.received}"
    what = ", ".join(wire.requests)
    record = ""
    own = OWN_SAVES.get(stage.kind)
    if own is not None:
        label, prepare, act, done = own
        prepare(page)
        page.wait_for_timeout(300)
        wire.reset()
        act(page)
        page.locator(done[0], has_text=done[1]).wait_for()
        page.wait_for_timeout(1000)
        record = (
            f" · {label} {wire.received + wire.sent} B"
            f" (↑{wire.sent} ↓{wire.received}: {', '.join(wire.requests)})"
        )
    context.close()
    return (
        f"{stage.kind:12} load {cold / 1024:5.1f} KB cold, {warm / 1024:4.1f} KB warm · "
        f"answer autosave {autosave:4d} B ({updown}: {what}){record} · page height {height} px"
    )


def _open_first_clause(page) -> None:
    page.locator("li.clause summary").first.click()


def _choose_stakeholder(page) -> None:
    page.locator("#sh-list .sh-place").nth(3).click()


def _tap_map(page) -> None:
    box = page.locator("#sh-grid").bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.8, box["y"] + box["height"] * 0.3)


# stage kind: (what, before it, the save, what the page says once saved)
OWN_SAVES = {
    "drafting": (
        "draft autosave",
        _open_first_clause,
        lambda page: page.locator("li.clause input.include").first.uncheck(),
        ("#status-draft", "Saved"),
    ),
    "stakeholders": (
        "map autosave",
        _choose_stakeholder,
        _tap_map,
        ("#status-stakeholders", "Saved"),
    ),
    "report_back": (
        "action plan autosave",
        lambda page: None,
        lambda page: page.locator("#action-list .owner").nth(2).fill("Programme lead"),
        ("#status-actions", "Saved"),
    ),
    "vote": (
        "dots saved",
        lambda page: page.locator("#vote input[type=number]").first.fill("2"),
        lambda page: page.get_by_role("button", name="Save my dots").click(),
        ("#status-vote", "Saved"),
    ),
}


def seed(store, group, others) -> None:
    """What a group has by the later stages: a map of eight, a plan of five actions, and the
    other groups' hardest parts to vote on."""
    from workshop_app.kinds.report_back import model as actions
    from workshop_app.kinds.stakeholders import model as sh

    cats = [c.id for c in sh.categories(store.plan)]
    sh.save(
        store,
        group.id,
        [
            sh.Stakeholder(f"Stakeholder {n + 1}", cats[n % len(cats)], 20 + n * 8, 70 - n * 6)
            for n in range(8)
        ],
    )
    actions.save(
        store,
        group.id,
        [
            actions.ActionItem(f"Action {n + 1}: ask the board to approve the draft")
            for n in range(5)
        ],
    )
    for n, other in enumerate(others):
        store.save_answer(other.id, "report_back", "hardest", f"Hardest part number {n + 1}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--width", type=int, default=390)
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        raise SystemExit("chromium is not installed (apt install chromium)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(Path(tmp) / "data"))
        plan = load_plan(paths.default_plan_path())
        store = EventStore.create(Path(tmp) / "Weight.workshop", plan, "Weight")
        print(f"participant page at {args.width} px, Chromium over loopback")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            others = [store.add_group(f"Other organization {n + 1}") for n in range(3)]
            for n, stage in enumerate(plan.stages):
                group = store.add_group(f"Organization {n + 1}")
                seed(store, group, others)
                store.set_current_stage(stage.id)
                server = EntryServer(store.path)
                info = server.start("127.0.0.1", 0)
                try:
                    print(measure(browser, info.url, info.code, group, stage, args.width))
                finally:
                    server.stop()
            browser.close()
        store.close()


if __name__ == "__main__":
    main()
