"""The plan the vote tests run on: report back, then a dot vote on its hardest parts."""

from __future__ import annotations

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
