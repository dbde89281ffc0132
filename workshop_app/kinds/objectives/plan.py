"""The objectives stage in a plan file: the workshop's objectives, read out at the start."""

from __future__ import annotations

from typing import Any


def parse(check: Any, data: dict, path: str, prompts: tuple) -> dict[str, Any]:
    return {"objectives": check.strings(data, "objectives", path, required=True)}
