"""The stakeholders stage in a plan file: its categories and its approval chain."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    examples: str = ""


def parse(check: Any, data: dict, path: str, prompts: tuple) -> dict[str, Any]:
    """``categories`` (at least one) and ``approval_chain.steps`` (optional)."""
    return {
        "categories": check.items(
            data, "categories", path, partial(_category, check), required=True
        ),
        "approval_chain": _approval(check, data, path),
    }


def _category(check: Any, raw: Any, path: str) -> Category:
    data = check.table(raw, path, {"id", "label", "examples"})
    return Category(
        check.ident(data, path),
        check.text(data, "label", path),
        check.text(data, "examples", path, required=False),
    )


def _approval(check: Any, data: dict, path: str) -> tuple[str, ...]:
    if "approval_chain" not in data:
        return ()
    chain = check.table(data["approval_chain"], f"{path}.approval_chain", {"steps"})
    return check.strings(chain, "steps", f"{path}.approval_chain", required=True)
