"""The report-back stage in a plan file: which prompt's answer starts each action plan."""

from __future__ import annotations

from typing import Any

from workshop_app.i18n import _


def parse(check: Any, data: dict, path: str, prompts: tuple) -> dict[str, Any]:
    action_prompt = check.text(data, "action_prompt", path, required=False)
    if action_prompt and action_prompt not in {p.id for p in prompts}:
        check.fail(
            f"{path}.action_prompt",
            _("names no prompt of this stage: %(prompt)r") % {"prompt": action_prompt},
        )
    return {"action_prompt": action_prompt}
