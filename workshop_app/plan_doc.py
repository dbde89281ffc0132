"""A plan file being edited: the TOML document itself, kept with its comments and order.

The designer edits plans people still read and edit by hand, so it never rebuilds the file from
the dataclasses: it changes the parsed document in place (tomlkit keeps comments, blank lines,
quoting and order), and a plan opened and saved without a change is byte-identical. Places in the
plan are the validator's key paths (``stages[2].prompts[1].text``), so every problem
`check()` reports can be shown beside the field it is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from workshop_app import kinds
from workshop_app.plan import PlanError, WorkshopPlan, load_plan_text

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")
_PROBLEM = re.compile(r"^(?P<path>[A-Za-z0-9_.\[\]]+): (?P<message>.*)$")

# What a new stage of each kind starts with: just enough to pass check-plan, for the facilitator
# to fill in (each kind's `PlanSchema.new_stage`).
NEW_STAGE: dict[str, dict[str, Any]] = {k.name: dict(k.plan.new_stage) for k in kinds.KINDS}


@dataclass(frozen=True)
class Problem:
    path: str  # the validator's key path, "" for the whole plan
    message: str


def parse_path(path: str) -> list[str | int]:
    """``stages[2].prompts[1].text`` → ["stages", 2, "prompts", 1, "text"]."""
    steps: list[str | int] = []
    for part in path.split("."):
        m = _STEP.fullmatch(part)
        if not m:
            raise KeyError(path)
        steps.append(m.group(1))
        if m.group(2) is not None:
            steps.append(int(m.group(2)))
    return steps


class PlanDocument:
    """One plan file's document: read, change by key path, check, save."""

    def __init__(self, text: str, path: Path | None = None):
        self.original = text
        self.doc = tomlkit.parse(text)
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> PlanDocument:
        path = Path(path)
        return cls(path.read_text(encoding="utf-8"), path)

    # -- reading and writing values ------------------------------------------------------------

    def text(self) -> str:
        return tomlkit.dumps(self.doc)

    @property
    def changed(self) -> bool:
        return self.text() != self.original

    def get(self, path: str, default: Any = None) -> Any:
        node: Any = self.doc
        for step in parse_path(path):
            try:
                node = node[step]
            except (KeyError, IndexError, TypeError):
                return default
        return node.unwrap() if hasattr(node, "unwrap") else node

    def set(self, path: str, value: Any) -> None:
        """Set one value in place (an emptied text stays, empty, where it was in the file)."""
        *parents, last = parse_path(path)
        node: Any = self.doc
        for step in parents:
            node = node[step]
        if isinstance(last, str) and last in node and node[last] == value:
            return  # unchanged: keep the file's own quoting and layout
        if isinstance(value, str) and "\n" in value:
            value = tomlkit.string(value, multiline=True)
        node[last] = value

    def stages(self) -> AoT:
        return self.doc["stages"]

    def items(self, path: str) -> AoT:
        """The array of tables at `path` (``stages[1].prompts``), made if it is not there."""
        *parents, last = parse_path(path)
        node: Any = self.doc
        for step in parents:
            node = node[step]
        if last not in node:
            node[last] = tomlkit.aot()
        return node[last]

    # -- lists: add, remove, move ---------------------------------------------------------------

    def add(self, path: str, values: dict[str, Any], index: int | None = None) -> int:
        """Add a table to the array at `path` (at the end, or before `index`); its index."""
        aot = self.items(path)
        table = tomlkit.table()
        for key, value in values.items():
            table[key] = value
        if index is None or index >= len(aot):
            aot.append(table)
            return len(aot) - 1
        aot.insert(index, table)
        return index

    def remove(self, path: str, index: int) -> None:
        aot = self.items(path)
        del aot[index]

    def move(self, path: str, index: int, to: int) -> None:
        aot = self.items(path)
        if not (0 <= index < len(aot) and 0 <= to < len(aot)) or index == to:
            return
        table = aot[index]
        del aot[index]
        aot.insert(to, table)

    def add_stage(self, kind: str, stage_id: str, title: str, index: int | None = None) -> int:
        values: dict[str, Any] = {"id": stage_id, "kind": kind, "title": title, "minutes": 10}
        extra = NEW_STAGE.get(kind, {})
        plain = {k: v for k, v in extra.items() if not _is_tables(v) and not isinstance(v, dict)}
        values.update(plain)
        at = self.add("stages", values, index)
        for key, value in extra.items():
            if _is_tables(value):
                for entry in value:
                    self.add(f"stages[{at}].{key}", entry)
            elif isinstance(value, dict):
                table = tomlkit.table()
                table.update(value)
                self.doc["stages"][at][key] = table
        return at

    def unique_id(self, path: str, base: str) -> str:
        taken = {str(t.get("id")) for t in self.items(path)}
        if base not in taken:
            return base
        n = 2
        while f"{base}_{n}" in taken:
            n += 1
        return f"{base}_{n}"

    # -- checking and saving --------------------------------------------------------------------

    def check(self) -> tuple[WorkshopPlan | None, list[Problem]]:
        """The plan as check-plan sees it, and every problem with its key path."""
        try:
            return load_plan_text(self.text(), source=str(self.path or "<plan>")), []
        except PlanError as exc:
            return None, [_problem(p) for p in exc.problems]

    def save(self, path: str | Path | None = None) -> Path:
        """Write the file (even with problems: a draft); atomically, beside the old one."""
        target = Path(path or self.path)
        if target is None:
            raise ValueError("no file to save to")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.saving")
        tmp.write_text(self.text(), encoding="utf-8")
        tmp.replace(target)
        self.path = target
        self.original = self.text()
        return target


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _problem(line: str) -> Problem:
    m = _PROBLEM.match(line)
    if not m or not _STEP.match(m.group("path")):
        return Problem("", line)
    return Problem(m.group("path"), m.group("message"))


def is_table(node: Any) -> bool:
    return isinstance(node, Table | dict)
