"""The plan library: the plans the app ships (read-only) and the facilitator's own plans.

The facilitator's plans live in a folder of their documents (``Documents/Workshops/Plans``), one
TOML file each, so they can be backed up, shared and edited by hand like any document. A shipped
plan is never changed: the facilitator duplicates it and edits the copy.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop_app import folders, paths
from workshop_app.i18n import _
from workshop_app.plan import PlanError, load_plan_text
from workshop_app.plan_doc import PlanDocument


class LibraryError(Exception):
    """A library action that cannot be done, in words for the facilitator."""


@dataclass(frozen=True)
class PlanEntry:
    path: Path
    id: str
    title: str
    stages: int
    minutes: int
    changed: datetime
    shipped: bool
    problems: int  # 0 when the plan passes check-plan; a plan with problems is a draft
    regions: tuple[tuple[str, str], ...] = ()  # (id, label) where its notes have own sources
    region: str = ""  # the region a new event starts with

    @property
    def usable(self) -> bool:
        return self.problems == 0


def user_plans_dir() -> Path:
    return folders.default_events_dir() / "Plans"


def entry(path: Path, shipped: bool) -> PlanEntry:
    """What the library shows of a plan file (read with tomllib: listing is not editing)."""
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    try:
        plan = load_plan_text(text, source=str(path))
        problems = 0
    except PlanError as exc:
        plan, problems = None, len(exc.problems)
    head = data.get("workshop", {}) if isinstance(data.get("workshop"), dict) else {}
    stages = [s for s in data.get("stages", []) if isinstance(s, dict)]
    minutes = sum(
        s["minutes"]
        for s in stages
        if isinstance(s.get("minutes"), int) and s.get("optional") is not True
    )
    return PlanEntry(
        path=path,
        id=str(head.get("id", path.stem)),
        title=plan.title if plan else str(head.get("title", path.stem)),
        stages=len(stages),
        minutes=minutes,
        changed=datetime.fromtimestamp(path.stat().st_mtime),
        shipped=shipped,
        problems=problems,
        regions=tuple((r.id, r.label) for r in plan.regions) if plan else (),
        region=plan.region if plan else "",
    )


def entries() -> list[PlanEntry]:
    """Shipped plans first, then the facilitator's own, each by title."""
    shipped = [entry(p, True) for p in paths.plan_files()]
    folder = user_plans_dir()
    own = []
    for p in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            own.append(entry(p, False))
        except Exception:  # a file that is not TOML at all still shows, as a broken draft
            own.append(
                PlanEntry(
                    p, p.stem, p.stem, 0, 0, datetime.fromtimestamp(p.stat().st_mtime), False, 1
                )
            )
    return sorted(shipped, key=lambda e: e.title) + sorted(own, key=lambda e: e.title.casefold())


def _free_path(plan_id: str) -> Path:
    folder = user_plans_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{plan_id}.toml"
    n = 2
    while target.exists():
        target = folder / f"{plan_id}-{n}.toml"
        n += 1
    return target


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug or "plan"


def duplicate(source: PlanEntry, title: str | None = None) -> Path:
    """A copy of a plan among the facilitator's own, with a new id and title; its path."""
    doc = PlanDocument.open(source.path)
    new_title = title or f"{source.title} (copy)"
    target = _free_path(_slug(new_title))
    doc.set("workshop.id", target.stem)
    doc.set("workshop.title", new_title)
    doc.save(target)
    return target


def import_plan(path: str | Path) -> Path:
    """Copy a plan file into the library (a plan with problems comes in as a draft)."""
    path = Path(path)
    try:
        doc = PlanDocument.open(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise LibraryError(
            _("%(file)s cannot be read (%(why)s).") % {"file": path.name, "why": exc}
        ) from None
    except Exception:
        raise LibraryError(
            _("%(file)s is not a workshop plan (it is not valid TOML).") % {"file": path.name}
        ) from None
    plan_id = str(doc.get("workshop.id", path.stem) or path.stem)
    target = _free_path(_slug(plan_id))
    shutil.copyfile(path, target)
    return target


def export_plan(source: PlanEntry, target: str | Path) -> Path:
    target = Path(target)
    if target.suffix != ".toml":
        target = target.with_suffix(".toml")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source.path, target)
    return target


def delete(source: PlanEntry) -> None:
    if source.shipped:
        raise LibraryError(
            _("“%(plan)s” ships with the app and cannot be deleted.") % {"plan": source.title}
        )
    source.path.unlink(missing_ok=True)
