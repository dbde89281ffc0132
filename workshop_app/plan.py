"""Workshop plans: one self-contained TOML file per workshop (format: sessions/FORMAT.md).

`load_plan` reads and validates a file into frozen dataclasses. A bad plan is refused with a
`PlanError` listing every problem as ``file: key.path: what is wrong``. An event keeps the plan's
text in its own file, so `load_plan_text` rebuilds the plan from that copy years later.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop_app import kinds, plan_i18n
from workshop_app.i18n import _

if TYPE_CHECKING:
    from workshop_app.kinds.drafting.plan import ChoiceList, Clause, Role
    from workshop_app.kinds.stakeholders.plan import Category

STAGE_KINDS = kinds.NAMES
COMMON_STAGE_KEYS = frozenset(
    {"id", "kind", "title", "minutes", "optional", "facilitator_notes", "prompts"}
)
ANSWER_SIZES = ("short", "medium", "long")
_ID = re.compile(r"^[a-z0-9_]+$")
_PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    help: str = ""
    size: str = "medium"


class Settings(Mapping[str, Any]):
    """A stage's kind-specific plan keys, parsed by its kind (read-only, hashable)."""

    def __init__(self, values: Mapping[str, Any] | None = None):
        self._values = dict(values or {})

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __repr__(self) -> str:
        return f"Settings({self._values!r})"


@dataclass(frozen=True)
class Stage:
    id: str
    kind: str
    title: str
    minutes: int
    facilitator_notes: str = ""
    prompts: tuple[Prompt, ...] = ()
    settings: Settings = field(default_factory=lambda: Settings())  # the kind's own plan keys
    # run only when there is time: its minutes are not in the workshop's planned total
    optional: bool = False

    def prompt(self, prompt_id: str) -> Prompt:
        for p in self.prompts:
            if p.id == prompt_id:
                return p
        raise KeyError(prompt_id)

    # the built-in kinds' settings under the names the app has always used for them; a new
    # kind reads its own from `settings` (stage.settings["dots"])
    @property
    def objectives(self) -> tuple[str, ...]:
        return self.settings.get("objectives", ())

    @property
    def categories(self) -> tuple[Category, ...]:
        return self.settings.get("categories", ())

    @property
    def approval_steps(self) -> tuple[str, ...]:
        return self.settings.get("approval_chain", ())

    @property
    def roles(self) -> tuple[Role, ...]:
        return self.settings.get("roles", ())

    @property
    def choices(self) -> tuple[ChoiceList, ...]:
        return self.settings.get("choices", ())

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return self.settings.get("clauses", ())

    @property
    def action_prompt(self) -> str:
        return self.settings.get("action_prompt", "")


@dataclass(frozen=True)
class Region:
    """Where an organization works (``[[regions]]``): the laws and guidance its notes cite."""

    id: str
    label: str


@dataclass(frozen=True)
class WorkshopPlan:
    id: str
    title: str
    language: str
    version: int
    summary: str
    stages: tuple[Stage, ...]
    source_text: str = field(default="", repr=False, compare=False)
    languages: tuple[str, ...] = ()  # the plan's own language first, then its translations
    warnings: tuple[str, ...] = field(default=(), compare=False)  # e.g. untranslated texts
    regions: tuple[Region, ...] = ()  # where the plan's notes have their own sources
    region: str = ""  # the region its texts are for ("": the plan has no regions)

    def translated(self, lang: str) -> WorkshopPlan:
        """This plan with its texts in `lang` (itself when `lang` is not one of its languages),
        for the same region."""
        if lang == self.language or lang not in self.languages:
            return self
        return self._variant(lang, self.region)

    def for_region(self, region: str) -> WorkshopPlan:
        """This plan with the texts of `region` (``[[stages.clauses.regions]]``), in the same
        language; itself when the plan has no such region."""
        if region == self.region or region not in self.region_ids:
            return self
        return self._variant(self.language, region)

    def unknown_region(self, region: str) -> str:
        """What is wrong with choosing `region` for this plan ("" when nothing is)."""
        if not region or not self.regions or region.lower() in self.region_ids:
            return ""
        known = ", ".join(f"{r.id} ({r.label})" for r in self.regions)
        return f"{region!r}: this plan's regions are {known}."

    @property
    def region_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.regions)

    def region_label(self, region: str | None = None) -> str:
        region = self.region if region is None else region
        return next((r.label for r in self.regions if r.id == region), region)

    def _variant(self, lang: str, region: str) -> WorkshopPlan:
        own = self.languages[0] if self.languages else self.language
        plan = _variant(self.source_text, "" if lang == own else lang, region)
        return dataclasses.replace(plan, language=lang, languages=self.languages)

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)

    def stage_of_kind(self, kind: str) -> Stage | None:
        return next((s for s in self.stages if s.kind == kind), None)

    @property
    def planned_minutes(self) -> int:
        """The workshop's planned length: every stage's minutes but the optional ones'."""
        return sum(s.minutes for s in self.stages if not s.optional)

    @property
    def optional_minutes(self) -> int:
        return sum(s.minutes for s in self.stages if s.optional)

    def stage_index(self, stage_id: str) -> int:
        return next(i for i, s in enumerate(self.stages) if s.id == stage_id)

    def room_place(self, stage_id: str) -> tuple[int, int] | None:
        """Where the room is, as the projector and the participants' pages both say it: stage
        `n` of the workshop's `count` stages, the optional ones not counted; None for an
        optional stage (an extra, never "5 of 4")."""
        counted = [s.id for s in self.stages if not s.optional]
        if stage_id not in counted:
            return None
        return counted.index(stage_id) + 1, len(counted)

    @property
    def prompt_count(self) -> int:
        return sum(len(s.prompts) for s in self.stages)

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return tuple(c for s in self.stages for c in s.clauses)

    def describe(self) -> str:
        return (
            f"{self.title}, {len(self.stages)} stages, {self.prompt_count} prompts, "
            f"{len(self.clauses)} clauses"
        )


class PlanError(ValueError):
    """A plan file that cannot be used; `problems` holds one line per problem."""

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


def load_plan(path: str | Path, region: str = "") -> WorkshopPlan:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(str(path), [_("no such file")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError(str(path), [_("cannot be read (%(why)s)") % {"why": exc}]) from None
    return load_plan_text(text, source=str(path), region=region)


def load_plan_text(text: str, source: str = "<plan>", region: str = "") -> WorkshopPlan:
    """The plan of `text`, with the texts of `region` ("" or a region it lacks: its own
    ``workshop.region``)."""
    try:
        data = parse_toml(text)
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise PlanError(source, [_("not valid TOML: %(why)s") % {"why": exc}]) from None
    return Validator(source, region).plan(data, text)


def parse_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, kept for next time in the app's data folder: an event's plan is
    parsed every time it opens (about 30 ms for a long plan, on the way to the first paint),
    a kept copy is read in well under 1 ms. The copy is named by the text's hash; one that
    cannot be read is parsed again."""
    import hashlib
    import marshal

    from workshop_app import folders

    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    kept = folders.user_data_dir() / "cache" / "plans" / f"{key}-{marshal.version}.marshal"
    try:
        data = marshal.loads(kept.read_bytes())
        if isinstance(data, dict):
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    import tomllib

    data = tomllib.loads(text)
    try:
        blob = marshal.dumps(data)  # ValueError: a TOML date or time (plans have none)
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(blob)
        os.replace(partial, kept)
    except (OSError, ValueError):
        pass
    return data


@functools.lru_cache(maxsize=32)
def _variant(text: str, lang: str, region: str) -> WorkshopPlan:
    """The plan of `text` built from its `lang` texts ("": its own) for `region` (checked when
    the plan was loaded)."""
    data = parse_toml(text)
    if lang:
        data = plan_i18n.translate(data, lang, [])
    return Validator("<plan>", region).plan(data, text)


def _regional(node: Any, region: str, known: set[str], path: str, problems: list[str]) -> Any:
    """`node` (part of a stage) with every ``regions`` list resolved: the entry for `region`
    replaces the texts it names, the other entries are checked and dropped."""
    if isinstance(node, list):
        return [_regional(v, region, known, f"{path}[{i}]", problems) for i, v in enumerate(node)]
    if not isinstance(node, dict):
        return node
    out = {
        key: _regional(value, region, known, f"{path}.{key}", problems)
        for key, value in node.items()
        if key != "regions"
    }
    if "regions" not in node:
        return out
    variants, where = node["regions"], f"{path}.regions"
    if not isinstance(variants, list) or not all(isinstance(v, dict) for v in variants):
        problems.append(f"{where}: " + _("must be a list of tables, one per region"))
        return out
    seen: set[str] = set()
    for i, variant in enumerate(variants):
        at = f"{where}[{i}]"
        code = variant.get("id")
        if not isinstance(code, str) or code not in known:
            listed = ", ".join(sorted(known)) or _("none")
            problems.append(
                f"{at}.id: "
                + _("%(code)r is not a region of [[regions]] (%(known)s)")
                % {"code": code, "known": listed}
            )
            continue
        if code in seen:
            problems.append(f"{at}.id: " + _("duplicate region %(code)r") % {"code": code})
        seen.add(code)
        texts = {}
        for key, value in variant.items():
            if key == "id":
                continue
            if key not in plan_i18n.TEXT_KEYS or not isinstance(node.get(key), str):
                problems.append(
                    f"{at}.{key}: " + _("only a text this entry has can differ by region")
                )
            elif not isinstance(value, str) or not value.strip():
                problems.append(f"{at}.{key}: " + _("must be non-empty text"))
            else:
                texts[key] = value
        if len(texts) == 0 and not any(f"{at}." in p for p in problems):
            problems.append(f"{at}: " + _("names no text for region %(code)r") % {"code": code})
        if code == region:
            out.update(texts)
    return out


class Validator:
    """Walks the parsed TOML, collecting every problem with its key path before giving up.

    A stage kind's plan schema (`kinds.base.PlanSchema.parse`) gets it as `check` and uses
    `fail`, `table`, `text`, `ident`, `array`, `items` and `strings` on its own keys. The
    messages (not the key paths) are in the language of the moment (i18n): the designer shows
    them in the console's."""

    def __init__(self, source: str, region: str = ""):
        self.source = source
        self.region = region  # the region whose texts the plan is built with ("": its own)
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def table(self, data: Any, path: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.fail(path, _("must be a table"))
            return {}
        for key in data:
            if key not in allowed:
                self.fail(f"{path}.{key}" if path else key, _("unknown key"))
        return data

    def text(self, data: dict, key: str, path: str, required: bool = True) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", _("must be text"))
            return ""
        if required and not value.strip():
            self.fail(f"{path}.{key}", _("is missing or empty"))
        return value.strip()

    def ident(self, data: dict, path: str, pattern: re.Pattern = _ID) -> str:
        value = self.text(data, "id", path)
        if value and not pattern.match(value):
            self.fail(
                f"{path}.id",
                _("%(id)r must use only lower-case letters, digits and _") % {"id": value},
            )
        return value

    def array(self, data: dict, key: str, path: str, required: bool = False) -> list:
        value = data.get(key, [])
        where = f"{path}.{key}" if path else key
        if not isinstance(value, list):
            self.fail(where, _("must be a list"))
            return []
        if required and not value:
            self.fail(where, _("must have at least one entry"))
        return value

    def items(self, data: dict, key: str, path: str, build: Callable, required: bool = False):
        """Build each entry of an array of tables, refusing duplicate ids."""
        built, seen = [], set()
        base = f"{path}.{key}" if path else key
        for i, raw in enumerate(self.array(data, key, path, required)):
            item = build(raw, f"{base}[{i}]")
            if item is None:
                continue
            if item.id and item.id in seen:
                self.fail(f"{base}[{i}].id", _("duplicate id %(id)r") % {"id": item.id})
            seen.add(item.id)
            built.append(item)
        return tuple(built)

    def strings(self, data: dict, key: str, path: str, required: bool = False) -> tuple[str, ...]:
        out = []
        for i, v in enumerate(self.array(data, key, path, required)):
            if not isinstance(v, str) or not v.strip():
                self.fail(f"{path}.{key}[{i}]", _("must be non-empty text"))
            else:
                out.append(v.strip())
        return tuple(out)

    # -- the plan's parts --------------------------------------------------------------------

    def plan(self, data: dict, text: str) -> WorkshopPlan:
        self.table(data, "", {"workshop", "stages", "translations", "regions"})
        if "workshop" not in data:
            self.fail("workshop", _("the [workshop] table is missing"))
            head: dict[str, Any] = {}
        else:
            head = self.table(
                data["workshop"],
                "workshop",
                {"id", "title", "language", "languages", "version", "summary", "region"},
            )
        plan_id = self.ident(head, "workshop", _PLAN_ID) if head else ""
        title = self.text(head, "title", "workshop") if head else ""
        language = self.text(head, "language", "workshop", required=False) or "en"
        languages = [language] + [
            lang for lang in self.strings(head, "languages", "workshop") if lang != language
        ]
        summary = self.text(head, "summary", "workshop", required=False)
        version = head.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail("workshop.version", _("must be a whole number of at least 1"))
            version = 1
        regions = self.items(data, "regions", "", self.region_entry)
        ids = [r.id for r in regions]
        default = self.text(head, "region", "workshop", required=False) if head else ""
        if default and default not in ids:
            self.fail(
                "workshop.region",
                _("%(region)r is not one of the plan's [[regions]] (%(known)s)")
                % {"region": default, "known": ", ".join(ids) or _("none")},
            )
        default = default if default in ids else (ids[0] if ids else "")
        region = self.region if self.region in ids else default
        resolved = data
        if isinstance(data.get("stages"), list):
            resolved = {
                **data,
                "stages": _regional(data["stages"], region, set(ids), "stages", self.problems),
            }
        stages = self.items(resolved, "stages", "", self.stage, required=True)
        for i, stage in enumerate(stages):  # what a stage names elsewhere in the plan
            kind = kinds.kind(stage.kind)
            if kind is not None and kind.plan.check_plan:
                kinds.load(kind.plan.check_plan)(self, stages, stage, f"stages[{i}]")
        used = [s.kind for s in stages]
        for kind in kinds.KINDS:
            if kind.plan.once and used.count(kind.name) > 1:
                self.fail("stages", _("more than one stage of kind %(kind)r") % {"kind": kind.name})
        if not self.problems:
            plan_i18n.check(data, languages, self.problems, self.warnings)
        if self.problems:
            raise PlanError(self.source, self.problems)
        return WorkshopPlan(
            id=plan_id,
            title=title,
            language=language,
            version=version,
            summary=summary,
            stages=stages,
            source_text=text,
            languages=tuple(languages),
            warnings=tuple(self.warnings),
            regions=regions,
            region=region,
        )

    def region_entry(self, raw: Any, path: str) -> Region:
        data = self.table(raw, path, {"id", "label"})
        return Region(self.ident(data, path), self.text(data, "label", path))

    def stage(self, raw: Any, path: str) -> Stage | None:
        owners = {key: k.name for k in kinds.KINDS for key in k.plan.keys}
        data = self.table(raw, path, COMMON_STAGE_KEYS | set(owners))
        if not isinstance(raw, dict):
            return None
        kind_name = self.text(data, "kind", path)
        kind = kinds.kind(kind_name)
        if kind_name and kind is None:
            self.fail(
                f"{path}.kind",
                _("unknown stage kind %(kind)r (known: %(known)s)")
                % {"kind": kind_name, "known": ", ".join(STAGE_KINDS)},
            )
        minutes = data.get("minutes")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 600:
            self.fail(f"{path}.minutes", _("must be a whole number of minutes from 1 to 600"))
            minutes = 1
        optional = data.get("optional", False)
        if not isinstance(optional, bool):
            self.fail(f"{path}.optional", _("must be true or false"))
            optional = False
        own = kind.plan.keys if kind else {}
        for key, owner in owners.items():
            if key in data and key not in own:
                self.fail(
                    f"{path}.{key}",
                    _("only a %(kind)s stage may have %(key)s") % {"kind": owner, "key": key},
                )
        prompts = self.items(data, "prompts", path, self.prompt)
        settings: dict[str, Any] = dict(own)  # the defaults, then what the plan says
        if kind is not None:
            if kind.plan.parse:
                settings.update(kinds.load(kind.plan.parse)(self, data, path, prompts))
            if kind.plan.needs_prompts and not prompts:
                self.fail(f"{path}.prompts", _("must have at least one entry"))
        return Stage(
            id=self.ident(data, path),
            kind=kind_name,
            title=self.text(data, "title", path),
            minutes=minutes,
            optional=optional,
            facilitator_notes=self.text(data, "facilitator_notes", path, required=False),
            prompts=prompts,
            settings=Settings(settings),
        )

    def prompt(self, raw: Any, path: str) -> Prompt | None:
        data = self.table(raw, path, {"id", "text", "help", "size"})
        size = data.get("size", "medium")
        if size not in ANSWER_SIZES:
            self.fail(
                f"{path}.size", _("must be one of %(known)s") % {"known": ", ".join(ANSWER_SIZES)}
            )
        return Prompt(
            id=self.ident(data, path),
            text=self.text(data, "text", path),
            help=self.text(data, "help", path, required=False),
            size=size if size in ANSWER_SIZES else "medium",
        )
