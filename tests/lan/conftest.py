"""A running participant server over the test event (its two organizations, `groups`), and a
raw HTTP client that keeps cookies (kit.Client)."""

from __future__ import annotations

import pytest
from kit import Client, serving


@pytest.fixture
def entry(store, groups):
    with serving(store) as running:
        yield running


@pytest.fixture
def device(entry):
    def make() -> Client:
        return Client(entry[1].port)

    return make


@pytest.fixture
def client_for():
    return Client
