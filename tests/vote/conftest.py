"""The vote tests' event: the shared `store` made from the vote plan (report back, then a dot vote
on its hardest parts), its two organizations (`groups`) having named theirs, and a participant
server over it."""

from __future__ import annotations

import pytest
from kit import Client, serving
from vote_plan import PLAN, STAGE

from workshop_app.plan import load_plan_text


@pytest.fixture
def plan():
    """The vote plan instead of the seeded one: the shared `store` fixture is made from it."""
    return load_plan_text(PLAN)


@pytest.fixture
def vote_plan(plan):
    return plan


@pytest.fixture
def vote_store(store, groups):
    harbour, north = groups
    store.save_answer(harbour.id, "report_back", "hardest", "Staff text clients from own phones")
    store.save_answer(
        north.id, "report_back", "hardest", "Northside Youth Centre has no policy owner"
    )
    return store


@pytest.fixture
def vote_groups(vote_store):
    return vote_store.groups()


@pytest.fixture
def vote_entry(vote_store):
    vote_store.set_current_stage(STAGE)
    with serving(vote_store) as running:
        yield running


@pytest.fixture
def phone(vote_entry):
    def make() -> Client:
        return Client(vote_entry[1].port)

    return make
