"""The second seeded workshop on the participant page: every stage with its own prompts."""

from __future__ import annotations

import html
import time

from workshop_app.demo import build_demo
from workshop_app.lan.server import EntryServer


def _wait_for_stage(phone, title: str) -> str:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        page = html.unescape(phone.get("/").body)
        if title in page:
            return page
        time.sleep(0.05)
    raise AssertionError(f"the page never showed {title!r}")


def test_the_ai_workshop_demo_on_a_phone(tmp_path, client_for):
    store = build_demo(tmp_path / "ai.workshop", "ai-tools-confidentiality")
    try:
        group = store.groups()[0]
        server = EntryServer(store.path)
        info = server.start("127.0.0.1", 0)
        try:
            phone = client_for(info.port)
            assert phone.join(info.code, group.id).status == 303
            for stage in store.plan.stages:
                store.set_current_stage(stage.id)
                page = _wait_for_stage(phone, stage.title)
                for prompt in stage.prompts:
                    assert prompt.text in page, prompt.id
            store.set_current_stage("drafting")
            page = _wait_for_stage(phone, "Policy drafting")
            assert "No client information in public chatbots" in page
            assert "Which AI tools and features does the policy cover?" in page
        finally:
            server.stop()
    finally:
        store.close()
