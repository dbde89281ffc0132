"""The vote's show-to-room button is worded as every other: "Show tally on projector"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from vote_plan import STAGE

from workshop_app.kinds.vote.ui.page import VotePage


@pytest.fixture
def ctx(make_context, vote_store):
    return make_context(vote_store)


def test_the_tally_button_says_on_projector(qtbot, ctx, vote_store):
    page = VotePage(ctx, vote_store.plan.stage(STAGE))
    qtbot.addWidget(page)
    page.show()
    texts = [b.text() for b in page.findChildren(QPushButton) if b.text().startswith("Show")]
    assert texts == ["Show tally on projector"]
