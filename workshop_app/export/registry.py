"""Sections by stage kind: how other parts of the app add their content to an export.

Each export (worksheet, handout, summary) keeps a `SectionRegistry`. A section is a function,
or a ``"package.module:function"`` string resolved on first use (so registering imports nothing
and python-docx stays unloaded until an export runs). Several sections may be registered for one
kind; they run in registration order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from workshop_app.kinds import load, sections

if TYPE_CHECKING:
    from workshop_app.plan import Stage
    from workshop_app.store import EventStore

Section = Callable[..., None]


class SectionRegistry:
    def __init__(self, name: str):
        self.name = name
        self._entries: dict[str, list[Section | str]] = {}

    def register(self, kind: str, section: Section | str) -> None:
        entries = self._entries.setdefault(kind, [])
        if section not in entries:
            entries.append(section)

    def unregister(self, kind: str, section: Section | str) -> None:
        if section in self._entries.get(kind, []):
            self._entries[kind].remove(section)

    def kinds(self) -> set[str]:
        return {k for k, v in self._entries.items() if v}

    def sections(self, kind: str) -> list[Section]:
        resolved = [_resolve(s) for s in self._entries.get(kind, [])]
        self._entries[kind] = list(resolved) if resolved else []
        return resolved

    def run(self, kind: str, *args: Any) -> list[Any]:
        """Run `kind`'s sections in order; what each returned."""
        return [section(*args) for section in self.sections(kind)]

    @classmethod
    def of_kinds(cls, export: str) -> SectionRegistry:
        """The registry of `export` ("worksheet", "handout", "summary"…) with every section the
        stage kinds declare for it."""
        registry = cls(export)
        for kind, ref in sections(export):
            registry.register(kind, ref)
        return registry

    def __contains__(self, kind: str) -> bool:
        return bool(self._entries.get(kind))


def stage_shown(store: EventStore, stage: Stage, group_ids: Iterable[int]) -> bool:
    """Whether an export has `stage`: every stage of the workshop; an optional one (``optional =
    true``, the follow-up vote "if there is time") only once it was run: the stage log has it,
    or one of `group_ids` recorded something in it (an answer or note, or a record of that
    stage, named ``<record>.<stage id>…``: a paper ballot)."""
    if not stage.optional:
        return True
    if any(entry.stage_id == stage.id for entry in store.stage_log()):
        return True
    wanted = set(group_ids)
    if any(a.text.strip() for g in wanted for a in store.answers(group_id=g, stage_id=stage.id)):
        return True
    return any(
        record.data and record.kind.split(".")[1:2] == [stage.id]
        for record in store.records(wanted)
    )


def _resolve(section: Section | str) -> Section:
    if callable(section):
        return section
    return load(section)
