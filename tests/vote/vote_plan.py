"""The plan the vote tests run on (report back, then a dot vote on its hardest parts), and the
helpers the vote tests share with tests/lan, tests/e2e and tests/ui."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

PLAN = """
[workshop]
id = "vote-test"
title = "Vote test"

[[stages]]
id = "report_back"
kind = "report_back"
title = "Report back"
minutes = 10
[[stages.prompts]]
id = "hardest"
text = "What is the hardest part?"

[[stages]]
id = "follow_up"
kind = "vote"
title = "Follow-up vote"
minutes = 5
question = "Which hard part should a follow-up session take on?"
vote_on = "answers"
from_stage = "report_back"
from_prompt = "hardest"
dots = 3
"""
STAGE = "follow_up"


def sibling(folder: str):
    """The conftest of tests/<folder>, to share its helpers (not its fixtures)."""
    path = Path(__file__).resolve().parents[1] / folder / "conftest.py"
    spec = importlib.util.spec_from_file_location(f"{folder}_helpers_for_votes", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module
