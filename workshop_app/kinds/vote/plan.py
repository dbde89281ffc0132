"""The vote stage in a plan file.

question = "Which hard part should a follow-up session take on?"
dots = 3                      # per device, 1 to 20
vote_on = "answers"           # "answers", "clauses" or "items"
from_stage = "report_back"    # answers: the stage and prompt whose answers are voted on;
from_prompt = "hardest"       # clauses: the drafting stage whose clause topics are
items = ["…", "…"]            # items: what is voted on, as typed
"""

from __future__ import annotations

from typing import Any

from workshop_app.i18n import _

VOTE_ON = ("answers", "clauses", "items")
MAX_DOTS = 20


def parse(check: Any, data: dict, path: str, prompts: tuple) -> dict[str, Any]:
    dots = data.get("dots", 3)
    if not isinstance(dots, int) or isinstance(dots, bool) or not 1 <= dots <= MAX_DOTS:
        check.fail(
            f"{path}.dots",
            _("must be a whole number of dots from 1 to %(most)s") % {"most": MAX_DOTS},
        )
        dots = 3
    vote_on = data.get("vote_on", "items")
    if vote_on not in VOTE_ON:
        check.fail(f"{path}.vote_on", _("must be one of %(known)s") % {"known": ", ".join(VOTE_ON)})
        vote_on = "items"
    items = check.strings(data, "items", path, required=vote_on == "items")
    if len(set(items)) != len(items):
        check.fail(f"{path}.items", _("lists the same item twice"))
    from_stage = check.text(data, "from_stage", path, required=vote_on != "items")
    from_prompt = check.text(data, "from_prompt", path, required=vote_on == "answers")
    if vote_on == "items" and (from_stage or from_prompt):
        check.fail(f"{path}.from_stage", _("only a vote on answers or clauses names a stage"))
    return {
        "question": check.text(data, "question", path),
        "dots": dots,
        "vote_on": vote_on,
        "items": items,
        "from_stage": from_stage,
        "from_prompt": from_prompt,
    }


def check_plan(check: Any, stages: tuple, stage: Any, path: str) -> None:
    """What a vote names elsewhere in the plan is there: the stage, its prompt or its clauses."""
    settings = stage.settings
    if settings["vote_on"] == "items":
        return
    source = next((s for s in stages if s.id == settings["from_stage"]), None)
    if source is None or source.id == stage.id:
        check.fail(
            f"{path}.from_stage",
            _("names no other stage: %(stage)r") % {"stage": settings["from_stage"]},
        )
    elif settings["vote_on"] == "answers":
        if settings["from_prompt"] not in {p.id for p in source.prompts}:
            check.fail(
                f"{path}.from_prompt",
                _("names no prompt of stage %(stage)r: %(prompt)r")
                % {"stage": source.id, "prompt": settings["from_prompt"]},
            )
    elif not source.clauses:
        check.fail(
            f"{path}.from_stage",
            _("stage %(stage)r has no clauses to vote on") % {"stage": source.id},
        )
