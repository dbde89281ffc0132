"""The participant page is light (finding 3 of the participant page's second pass): an autosave
is one small request and one small reply, with no re-fetch of the page, on every stage kind;
pages and scripts travel compressed; scripts and styles are cached under versioned names."""

from __future__ import annotations

import pytest

from workshop_app.lan.server import EntryServer
from workshop_app.store import NOTES

pytestmark = pytest.mark.browser
ORG = "Harbour Legal Aid"


def test_an_autosave_is_one_small_request_on_every_stage_kind(browser, store):
    group = store.add_group(ORG)
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{info.url}?code={info.code}")
        page.get_by_role("radio", name=ORG, exact=True).check()
        page.get_by_role("button", name="Join").click()
        for stage in store.plan.stages:
            store.set_current_stage(stage.id)
            page.get_by_role("heading", name=stage.title, exact=True).wait_for(timeout=8000)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)  # the event stream opens and confirms the page
            seen = []

            def note(request, seen=seen):
                seen.append(request)

            page.on("requestfinished", note)
            prompt = stage.prompts[0].id if stage.prompts else NOTES
            page.locator(f"#a-{prompt}").fill(f"Our answer for {stage.title}.")
            page.locator(f"#status-{prompt}", has_text="Saved").wait_for()
            page.wait_for_timeout(700)  # the stream's word about our own save comes and goes
            page.remove_listener("requestfinished", note)
            what = [f"{r.method} {r.url.split('/', 3)[3]}" for r in seen]
            assert what == ["POST api/answer"], (stage.kind, what)
            sizes = seen[0].sizes()
            total = sum(sizes.values())
            assert total <= 2048, (stage.kind, sizes)
            assert store.answer_text(group.id, stage.id, prompt) == f"Our answer for {stage.title}."
            if stage.kind == "drafting":  # designed for a phone: at most four screens at first
                assert page.evaluate("document.documentElement.scrollHeight") <= 4 * 844
    finally:
        context.close()
        server.stop()


def test_pages_are_compressed_and_files_cached_under_versioned_names(browser, store):
    store.add_group(ORG)
    store.set_current_stage("drafting")
    server = EntryServer(store.path)
    info = server.start("127.0.0.1", 0)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{info.url}?code={info.code}")
        page.get_by_role("radio", name=ORG, exact=True).check()
        with page.expect_response(lambda r: r.url == info.url) as first:
            page.get_by_role("button", name="Join").click()
        assert first.value.headers.get("content-encoding") == "gzip"
        page.wait_for_load_state("networkidle")
        files = []
        page.on("response", lambda r: "/assets/" in r.url and files.append(r))
        page.reload()
        page.wait_for_load_state("networkidle")
        assert files and all(r.from_service_worker is False for r in files)
        names = sorted(r.url.split("/assets/", 1)[1] for r in files)
        assert any(n.endswith("/app.js") for n in names) and any(
            n.endswith("/app.css") for n in names
        )
        for r in files:
            assert "immutable" in r.headers["cache-control"]
            assert r.headers.get("content-encoding") == "gzip"
        # the reload took them from the browser's cache: no request for them reached the server
        assert all(r.request.timing["responseEnd"] >= 0 for r in files)
    finally:
        context.close()
        server.stop()
