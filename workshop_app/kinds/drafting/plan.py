"""The drafting stage in a plan file: roles, choice lists and the clause library."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import Any

from workshop_app.i18n import _

_BRACES = re.compile(r"\{[^}]*\}|[{}]")


@dataclass(frozen=True)
class Role:
    id: str
    label: str


@dataclass(frozen=True)
class Option:
    id: str
    label: str
    exclusive: bool = False  # "None or not sure": ticking it clears its list's other ticks


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


def parse(check: Any, data: dict, path: str, prompts: tuple) -> dict[str, Any]:
    """``roles`` (at least one), ``choices`` and ``clauses``, each clause's roles and tags
    checked against them."""
    roles = check.items(data, "roles", path, partial(_role, check), required=True)
    choices = check.items(data, "choices", path, partial(_choice_list, check))
    clauses = check.items(data, "clauses", path, partial(_clause, check))
    _check_clauses(check, roles, choices, clauses, path)
    return {"roles": roles, "choices": choices, "clauses": clauses}


def _role(check: Any, raw: Any, path: str) -> Role:
    data = check.table(raw, path, {"id", "label"})
    return Role(check.ident(data, path), check.text(data, "label", path))


def _option(check: Any, raw: Any, path: str) -> Option:
    data = check.table(raw, path, {"id", "label", "exclusive"})
    exclusive = data.get("exclusive", False)
    if not isinstance(exclusive, bool):
        check.fail(f"{path}.exclusive", _("must be true or false"))
    return Option(check.ident(data, path), check.text(data, "label", path), bool(exclusive))


def _choice_list(check: Any, raw: Any, path: str) -> ChoiceList:
    data = check.table(raw, path, {"id", "label", "options", "allow_other"})
    allow_other = data.get("allow_other", False)
    if not isinstance(allow_other, bool):
        check.fail(f"{path}.allow_other", _("must be true or false"))
    return ChoiceList(
        id=check.ident(data, path),
        label=check.text(data, "label", path),
        options=check.items(data, "options", path, partial(_option, check), required=True),
        allow_other=bool(allow_other),
    )


def _clause(check: Any, raw: Any, path: str) -> Clause:
    data = check.table(raw, path, {"id", "title", "body", "roles", "tags", "why", "core"})
    core = data.get("core", False)
    if not isinstance(core, bool):
        check.fail(f"{path}.core", _("must be true or false"))
    body = check.text(data, "body", path)
    for placeholder in _BRACES.findall(body):
        if placeholder != "{org}":
            check.fail(
                f"{path}.body",
                _("unknown placeholder %(found)r; only {org} is allowed") % {"found": placeholder},
            )
    return Clause(
        id=check.ident(data, path),
        title=check.text(data, "title", path),
        body=body,
        roles=check.strings(data, "roles", path, required=True),
        tags=check.strings(data, "tags", path),
        why=check.text(data, "why", path),
        core=bool(core),
    )


def _check_clauses(
    check: Any,
    roles: tuple[Role, ...],
    choices: tuple[ChoiceList, ...],
    clauses: tuple[Clause, ...],
    path: str,
) -> None:
    role_ids = {r.id for r in roles}
    options: dict[str, str] = {}
    for i, choice in enumerate(choices):
        for j, option in enumerate(choice.options):
            if option.id in options:
                check.fail(
                    f"{path}.choices[{i}].options[{j}].id",
                    _("option id %(id)r is already used in choice list %(list)r")
                    % {"id": option.id, "list": options[option.id]},
                )
            options[option.id] = choice.id
    for i, clause in enumerate(clauses):
        for role in clause.roles:
            if role not in role_ids:
                check.fail(
                    f"{path}.clauses[{i}].roles",
                    _("role %(role)r is not defined in %(where)s")
                    % {"role": role, "where": f"{path}.roles"},
                )
        for tag in clause.tags:
            if tag not in options:
                check.fail(
                    f"{path}.clauses[{i}].tags",
                    _("tag %(tag)r is not an option of any choice list") % {"tag": tag},
                )
        if not clause.core and not clause.tags:
            check.fail(
                f"{path}.clauses[{i}].tags", _("a clause that is not core needs at least one tag")
            )
