"""Workshop plans: one self-contained TOML file per workshop (format: sessions/FORMAT.md).

`load_plan` reads and validates a file into frozen dataclasses. A bad plan is refused with a
`PlanError` listing every problem as ``file: key.path: what is wrong``. An event keeps the plan's
text in its own file, so `load_plan_text` rebuilds the plan from that copy years later.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_app import plan_i18n

STAGE_KINDS = ("objectives", "prompts", "stakeholders", "drafting", "report_back")
ANSWER_SIZES = ("short", "medium", "long")
_ID = re.compile(r"^[a-z0-9_]+$")
_PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_BRACES = re.compile(r"\{[^}]*\}|[{}]")


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str
    help: str = ""
    size: str = "medium"


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    examples: str = ""


@dataclass(frozen=True)
class Role:
    id: str
    label: str


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class ChoiceList:
    id: str
    label: str
    options: tuple[Option, ...]
    allow_other: bool = False


@dataclass(frozen=True)
class Clause:
    id: str
    title: str
    body: str
    roles: tuple[str, ...]
    tags: tuple[str, ...]
    why: str
    core: bool = False


@dataclass(frozen=True)
class Stage:
    id: str
    kind: str
    title: str
    minutes: int
    facilitator_notes: str = ""
    prompts: tuple[Prompt, ...] = ()
    objectives: tuple[str, ...] = ()
    categories: tuple[Category, ...] = ()
    approval_steps: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    choices: tuple[ChoiceList, ...] = ()
    clauses: tuple[Clause, ...] = ()
    action_prompt: str = ""

    def prompt(self, prompt_id: str) -> Prompt:
        for p in self.prompts:
            if p.id == prompt_id:
                return p
        raise KeyError(prompt_id)


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

    def translated(self, lang: str) -> WorkshopPlan:
        """This plan with its texts in `lang` (itself when `lang` is not one of its languages)."""
        if lang == self.language or lang not in self.languages:
            return self
        return dataclasses.replace(
            _translated(self.source_text, lang), language=lang, languages=self.languages
        )

    def stage(self, stage_id: str) -> Stage:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise KeyError(stage_id)

    def stage_of_kind(self, kind: str) -> Stage | None:
        return next((s for s in self.stages if s.kind == kind), None)

    def stage_index(self, stage_id: str) -> int:
        return next(i for i, s in enumerate(self.stages) if s.id == stage_id)

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


def load_plan(path: str | Path) -> WorkshopPlan:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PlanError(str(path), ["no such file"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError(str(path), [f"cannot be read ({exc})"]) from None
    return load_plan_text(text, source=str(path))


def load_plan_text(text: str, source: str = "<plan>") -> WorkshopPlan:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(source, [f"not valid TOML: {exc}"]) from None
    return _Validator(source).plan(data, text)


@functools.lru_cache(maxsize=16)
def _translated(text: str, lang: str) -> WorkshopPlan:
    """The plan of `text` built from its `lang` texts (checked when the plan was loaded)."""
    problems: list[str] = []
    data = plan_i18n.translate(tomllib.loads(text), lang, problems)
    return _Validator("<plan>").plan(data, text)


class _Validator:
    """Walks the parsed TOML, collecting every problem with its key path before giving up."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def table(self, data: Any, path: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.fail(path, "must be a table")
            return {}
        for key in data:
            if key not in allowed:
                self.fail(f"{path}.{key}" if path else key, "unknown key")
        return data

    def text(self, data: dict, key: str, path: str, required: bool = True) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            self.fail(f"{path}.{key}", "must be text")
            return ""
        if required and not value.strip():
            self.fail(f"{path}.{key}", "is missing or empty")
        return value.strip()

    def ident(self, data: dict, path: str, pattern: re.Pattern = _ID) -> str:
        value = self.text(data, "id", path)
        if value and not pattern.match(value):
            self.fail(f"{path}.id", f"{value!r} must use only lower-case letters, digits and _")
        return value

    def array(self, data: dict, key: str, path: str, required: bool = False) -> list:
        value = data.get(key, [])
        where = f"{path}.{key}" if path else key
        if not isinstance(value, list):
            self.fail(where, "must be a list")
            return []
        if required and not value:
            self.fail(where, "must have at least one entry")
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
                self.fail(f"{base}[{i}].id", f"duplicate id {item.id!r}")
            seen.add(item.id)
            built.append(item)
        return tuple(built)

    def strings(self, data: dict, key: str, path: str, required: bool = False) -> tuple[str, ...]:
        out = []
        for i, v in enumerate(self.array(data, key, path, required)):
            if not isinstance(v, str) or not v.strip():
                self.fail(f"{path}.{key}[{i}]", "must be non-empty text")
            else:
                out.append(v.strip())
        return tuple(out)

    # -- the plan's parts --------------------------------------------------------------------

    def plan(self, data: dict, text: str) -> WorkshopPlan:
        self.table(data, "", {"workshop", "stages", "translations"})
        if "workshop" not in data:
            self.fail("workshop", "the [workshop] table is missing")
            head: dict[str, Any] = {}
        else:
            head = self.table(
                data["workshop"],
                "workshop",
                {"id", "title", "language", "languages", "version", "summary"},
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
            self.fail("workshop.version", "must be a whole number of at least 1")
            version = 1
        stages = self.items(data, "stages", "", self.stage, required=True)
        kinds = [s.kind for s in stages]
        for kind in ("stakeholders", "drafting", "report_back", "objectives"):
            if kinds.count(kind) > 1:
                self.fail("stages", f"more than one stage of kind {kind!r}")
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
        )

    def stage(self, raw: Any, path: str) -> Stage | None:
        data = self.table(
            raw,
            path,
            {
                "id",
                "kind",
                "title",
                "minutes",
                "facilitator_notes",
                "prompts",
                "objectives",
                "categories",
                "approval_chain",
                "roles",
                "choices",
                "clauses",
                "action_prompt",
            },
        )
        if not isinstance(raw, dict):
            return None
        kind = self.text(data, "kind", path)
        if kind and kind not in STAGE_KINDS:
            self.fail(
                f"{path}.kind", f"unknown stage kind {kind!r} (known: {', '.join(STAGE_KINDS)})"
            )
        minutes = data.get("minutes")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= 600:
            self.fail(f"{path}.minutes", "must be a whole number of minutes from 1 to 600")
            minutes = 1
        only = {
            "objectives": "objectives",
            "categories": "stakeholders",
            "approval_chain": "stakeholders",
            "roles": "drafting",
            "choices": "drafting",
            "clauses": "drafting",
            "action_prompt": "report_back",
        }
        for key, owner in only.items():
            if key in data and kind != owner:
                self.fail(f"{path}.{key}", f"only a {owner} stage may have {key}")
        prompts = self.items(data, "prompts", path, self.prompt)
        stage = Stage(
            id=self.ident(data, path),
            kind=kind,
            title=self.text(data, "title", path),
            minutes=minutes,
            facilitator_notes=self.text(data, "facilitator_notes", path, required=False),
            prompts=prompts,
            objectives=self.strings(data, "objectives", path, required=kind == "objectives"),
            categories=self.items(
                data, "categories", path, self.category, required=kind == "stakeholders"
            ),
            approval_steps=self.approval(data, path),
            roles=self.items(data, "roles", path, self.role, required=kind == "drafting"),
            choices=self.items(data, "choices", path, self.choice_list),
            action_prompt=self.text(data, "action_prompt", path, required=False),
        )
        if stage.action_prompt and stage.action_prompt not in {p.id for p in prompts}:
            self.fail(
                f"{path}.action_prompt", f"names no prompt of this stage: {stage.action_prompt!r}"
            )
        if kind in ("prompts", "report_back") and not prompts:
            self.fail(f"{path}.prompts", "must have at least one entry")
        clauses = self.items(data, "clauses", path, self.clause)
        self.check_clauses(stage, clauses, path)
        return Stage(**{**stage.__dict__, "clauses": clauses})

    def prompt(self, raw: Any, path: str) -> Prompt | None:
        data = self.table(raw, path, {"id", "text", "help", "size"})
        size = data.get("size", "medium")
        if size not in ANSWER_SIZES:
            self.fail(f"{path}.size", f"must be one of {', '.join(ANSWER_SIZES)}")
        return Prompt(
            id=self.ident(data, path),
            text=self.text(data, "text", path),
            help=self.text(data, "help", path, required=False),
            size=size if size in ANSWER_SIZES else "medium",
        )

    def category(self, raw: Any, path: str) -> Category:
        data = self.table(raw, path, {"id", "label", "examples"})
        return Category(
            self.ident(data, path),
            self.text(data, "label", path),
            self.text(data, "examples", path, required=False),
        )

    def role(self, raw: Any, path: str) -> Role:
        data = self.table(raw, path, {"id", "label"})
        return Role(self.ident(data, path), self.text(data, "label", path))

    def option(self, raw: Any, path: str) -> Option:
        data = self.table(raw, path, {"id", "label"})
        return Option(self.ident(data, path), self.text(data, "label", path))

    def choice_list(self, raw: Any, path: str) -> ChoiceList:
        data = self.table(raw, path, {"id", "label", "options", "allow_other"})
        allow_other = data.get("allow_other", False)
        if not isinstance(allow_other, bool):
            self.fail(f"{path}.allow_other", "must be true or false")
        return ChoiceList(
            id=self.ident(data, path),
            label=self.text(data, "label", path),
            options=self.items(data, "options", path, self.option, required=True),
            allow_other=bool(allow_other),
        )

    def approval(self, data: dict, path: str) -> tuple[str, ...]:
        if "approval_chain" not in data:
            return ()
        chain = self.table(data["approval_chain"], f"{path}.approval_chain", {"steps"})
        return self.strings(chain, "steps", f"{path}.approval_chain", required=True)

    def clause(self, raw: Any, path: str) -> Clause:
        data = self.table(raw, path, {"id", "title", "body", "roles", "tags", "why", "core"})
        core = data.get("core", False)
        if not isinstance(core, bool):
            self.fail(f"{path}.core", "must be true or false")
        body = self.text(data, "body", path)
        for placeholder in _BRACES.findall(body):
            if placeholder != "{org}":
                self.fail(
                    f"{path}.body", f"unknown placeholder {placeholder!r}; only {{org}} is allowed"
                )
        return Clause(
            id=self.ident(data, path),
            title=self.text(data, "title", path),
            body=body,
            roles=self.strings(data, "roles", path, required=True),
            tags=self.strings(data, "tags", path),
            why=self.text(data, "why", path),
            core=bool(core),
        )

    def check_clauses(self, stage: Stage, clauses: tuple[Clause, ...], path: str) -> None:
        roles = {r.id for r in stage.roles}
        options: dict[str, str] = {}
        for i, choice in enumerate(stage.choices):
            for j, option in enumerate(choice.options):
                if option.id in options:
                    self.fail(
                        f"{path}.choices[{i}].options[{j}].id",
                        f"option id {option.id!r} is already used in choice list {options[option.id]!r}",
                    )
                options[option.id] = choice.id
        for i, clause in enumerate(clauses):
            for role in clause.roles:
                if role not in roles:
                    self.fail(
                        f"{path}.clauses[{i}].roles",
                        f"role {role!r} is not defined in {path}.roles",
                    )
            for tag in clause.tags:
                if tag not in options:
                    self.fail(
                        f"{path}.clauses[{i}].tags",
                        f"tag {tag!r} is not an option of any choice list",
                    )
            if not clause.core and not clause.tags:
                self.fail(
                    f"{path}.clauses[{i}].tags", "a clause that is not core needs at least one tag"
                )
