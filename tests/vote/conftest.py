"""A small plan with a report-back stage and a dot vote on its hardest parts, two
organizations that named theirs, and a participant server over it."""

from __future__ import annotations

import pytest
from vote_plan import PLAN, STAGE, sibling

from workshop_app.lan.server import EntryServer
from workshop_app.plan import load_plan_text
from workshop_app.store import EventStore

Client = sibling("lan").Client  # one participant device that keeps its cookies
CHROMIUM_ARGS = sibling("e2e").CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser(chromium):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def vote_plan():
    return load_plan_text(PLAN)


@pytest.fixture
def vote_store(tmp_path, vote_plan):
    store = EventStore.create(tmp_path / "vote.workshop", vote_plan, "Vote test")
    harbour = store.add_group("Harbour Legal Aid")
    north = store.add_group("Northside Youth Centre")
    store.save_answer(harbour.id, "report_back", "hardest", "Staff text clients from own phones")
    store.save_answer(
        north.id, "report_back", "hardest", "Northside Youth Centre has no policy owner"
    )
    yield store
    store.close()


@pytest.fixture
def vote_groups(vote_store):
    return vote_store.groups()


@pytest.fixture
def vote_entry(vote_store):
    vote_store.set_current_stage(STAGE)
    server = EntryServer(vote_store.path)
    info = server.start("127.0.0.1", 0)
    yield server, info
    server.stop()


@pytest.fixture
def phone(vote_entry):
    def make() -> Client:
        return Client(vote_entry[1].port)

    return make
