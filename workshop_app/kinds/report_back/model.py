"""Action items and report-back status: the plan each organization leaves the room with.

A group's action items are one store record (kind ``"actions"``), so every edit is kept with
history like an answer. Items are created from the group's first-step answer (the report-back
stage's ``action_prompt``) and then edited: what, owner role, due date, status.

The report-back status of a stage (the speaking order of the groups and who has already
reported) is an event option, ``report_order:<stage id>``, holding JSON.

No Qt here: the console page, the browser form and the exports all use these functions.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from workshop_app import text
from workshop_app.i18n import N_, _
from workshop_app.kinds.base import CalendarItem
from workshop_app.plan import Stage
from workshop_app.store import EventStore, Saved

KIND = "actions"
STATUSES = ("planned", "started", "done")
STATUS_LABELS = {"planned": N_("Planned"), "started": N_("Started"), "done": N_("Done")}
WHAT_MAX = 2000
OWNER_MAX = 200
MAX_ITEMS = 50

# A role named at the start of a first step ("Privacy officer sets up…"). Good enough to fill
# the owner column for the facilitator to correct; never required.
_ROLE_WORDS = (
    "officer|director|coordinator|manager|chair|chairs|lead|leads|president|committee|team|"
    "board|staff|secretary|administrator|supervisor|navigator|navigators|council|treasurer|"
    "adviser|advisor|counsel|lawyer|therapist|therapists|nurse|worker|workers|volunteer|"
    "volunteers|founder|head|ceo|cfo|coo|owner|editor|specialist|assistant"
)
_OWNER = re.compile(
    rf"^(?:the\s+|our\s+)?(?P<owner>(?:[\w'’+-]+\s+){{0,3}}?(?:[\w'’+]+-)?(?:{_ROLE_WORDS})\b"
    r"(?:\s*\([^()]{1,40}\))?)(?=\s+\w)",
    re.IGNORECASE,
)
# Not an owner: a step that starts with what to do ("Ask the board…", "Send staff a reminder")
# names its role after a verb, a determiner or a preposition, and no verb of its own follows.
_NOT_IN_AN_OWNER = re.compile(
    r"a|an|the|to|of|for|with|on|in|at|by|about|into|from|and|or|all|every|each|any|some|no|"
    r"our|their|its|his|her|my|your|this|that|these|those"
)
_DOING_WORDS = re.compile(
    r"ask|send|train|tell|get|write|brief|book|meet|call|e-?mail|draft|review|set|make|hold|"
    r"share|invite|check|update|add|name|appoint|schedule|plan|talk|contact|inform|remind|give|"
    r"bring|have|let|help|hire|find|form|create|start|run|put|pick|choose|agree|approve|"
    r"present|propose|collect|gather|list|map|turn|switch|stop|keep|move|print|post|read|sign|"
    r"take|use|work|join"
)
# A due date named in a step: "by Jan 10", "before 10 January", "on 2027-01-10", "by 1/20",
# "no later than…", "antes del 10 de enero", "para el 10 de enero", "hasta el…"
_DUE_WORDS = re.compile(
    r"\b(?:by|before|on|until|till|due|no\s+later\s+than|antes\s+del?|para\s+el|hasta\s+el)\s+",
    re.IGNORECASE,
)
_DECIMAL = re.compile(r"^\d{1,2}\.\d{1,2}$")  # "by 2.5 hours": a number, not the 2nd of May
_BULLET = re.compile(r"^\s*(?:[-*•–—·]|\d{1,2}[.)]|[a-z][.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")


@dataclass(frozen=True)
class ActionItem:
    what: str
    owner: str = ""
    due: str = ""  # ISO date (YYYY-MM-DD) or empty
    status: str = "planned"
    id: str = field(default_factory=lambda: secrets.token_hex(4))

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def check_due(value: str, day_first: bool | None = None, today: date | None = None) -> str:
    """A due date as ISO (YYYY-MM-DD), or empty, from what people type (text.parse_date)."""
    return text.parse_date(value, N_("The due date"), day_first, today)


def check_status(value: str) -> str:
    value = (value or "planned").strip().casefold()
    if value not in STATUSES:
        raise text.InputError(f"The status must be one of {', '.join(STATUSES)}, not {value!r}.")
    return value


def validate(data: dict[str, Any] | ActionItem) -> ActionItem:
    """An action item whose every field passed the input rules; InputError otherwise."""
    if isinstance(data, ActionItem):
        data = data.to_dict()
    if not isinstance(data, dict):
        raise text.InputError(_("An action item must be a set of fields."))
    what = text.short_text(str(data.get("what", "")), N_("The action"), WHAT_MAX)
    if not what:
        raise text.InputError(_("The action is empty: say what will be done."))
    item_id = str(data.get("id") or "") or secrets.token_hex(4)
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", item_id):
        raise text.InputError(_("The action's id is not valid."))
    return ActionItem(
        what=what,
        owner=text.short_text(str(data.get("owner", "") or ""), N_("The owner"), OWNER_MAX),
        due=check_due(str(data.get("due", "") or "")),
        status=check_status(str(data.get("status", "") or "")),
        id=item_id,
    )


def _guess_owner(sentence: str) -> str:
    """The role a step starts with ("Privacy officer sets up…" → "Privacy officer"), or ""
    when it starts with what to do ("Ask the board to…", "Train all staff on…")."""
    match = _OWNER.match(sentence)
    if not match:
        return ""
    owner = match.group("owner").strip()
    words = [w.casefold() for w in re.findall(r"[\w'’+-]+", owner.partition("(")[0])]
    following = sentence[match.end() :].split(maxsplit=1)
    after = following[0].casefold().strip(",;:") if following else ""
    if (
        not words
        or _DOING_WORDS.fullmatch(words[0])
        or any(_NOT_IN_AN_OWNER.fullmatch(w) for w in [*words, after])
    ):
        return ""
    return owner[:1].upper() + owner[1:]


def due_in_step(
    step: str, day_first: bool | None = None, today: date | None = None, longest: int = 5
) -> str:
    """The due date a step names ("… by Jan 10", "before 10 January", "on 2027-01-10",
    "by 1/20", "antes del 10 de enero") as ISO, read as a typed due date is (check_due: "1/10"
    in the order `day_first` gives); "" when it names none."""
    for found in _DUE_WORDS.finditer(step):
        words = step[found.end() :].split()[:longest]
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            for candidate in dict.fromkeys((phrase, phrase.rstrip(".,;:!?)"))):
                if not candidate or _DECIMAL.match(candidate):
                    continue
                try:
                    return check_due(candidate, day_first, today)
                except text.InputError:
                    continue
    return ""


def _pieces(first_step: str) -> list[str]:
    lines = [line.strip() for line in text.clean(first_step).split("\n") if line.strip()]
    bulleted = [line for line in lines if _BULLET.match(line)]
    if len(lines) > 1 and len(bulleted) >= len(lines) - 1:
        # a list (perhaps under a lead-in line): one action per bullet
        return [_BULLET.sub("", line).strip() for line in bulleted]
    if len(lines) > 1:
        return [p for line in lines for p in _pieces(line)]
    whole = " ".join(lines)
    parts = [p.strip() for p in re.split(r";\s+", whole) if p.strip()]
    if len(parts) == 1:
        parts = [p.strip() for p in _SENTENCE_END.split(whole) if p.strip()]
    return parts


def actions_from_first_step(
    first_step: str, day_first: bool | None = None, today: date | None = None
) -> list[ActionItem]:
    """One or more planned action items from a first-step answer.

    Bullet or numbered lines give one item each; otherwise one item per clause separated by a
    semicolon, or else per sentence. An owner role named at the start ("Privacy officer …") fills
    the owner column, a date the step names ("by Jan 10": `due_in_step`) the due date. Nothing
    is cut: an over-long piece is refused like any other input.
    """
    items = []
    for piece in _pieces(first_step or ""):
        piece = piece.rstrip(" ;,")
        if not piece:
            continue
        piece = piece[:1].upper() + piece[1:]
        due = due_in_step(piece, day_first, today)
        items.append(validate({"what": piece, "owner": _guess_owner(piece), "due": due}))
    return items[:MAX_ITEMS]


# -- stored per group -------------------------------------------------------------------------


def load(store: EventStore, group_id: int) -> list[ActionItem]:
    record = store.record(group_id, KIND)
    if record is None or not isinstance(record.data, list):
        return []
    items = []
    for raw in record.data:
        try:
            items.append(validate(raw))
        except text.InputError:
            continue  # a damaged item never hides the others
    return items


def save(
    store: EventStore,
    group_id: int,
    items: list[ActionItem | dict[str, Any]],
    *,
    source: str = "console",
    edit_id: str | None = None,
    based_on: int | None = None,
) -> Saved:
    """Replace the group's action items (validated; ids unique); kept with history.
    `based_on`: the revision the editor showed (see EventStore.save_record)."""
    checked = [validate(i) for i in items]
    if len(checked) > MAX_ITEMS:
        raise text.InputError(
            _("A group can keep at most %(most)s action items.") % {"most": MAX_ITEMS}
        )
    seen: set[str] = set()
    unique = []
    for item in checked:
        if item.id in seen:
            item = replace(item, id=secrets.token_hex(4))
        seen.add(item.id)
        unique.append(item)
    return store.save_record(
        group_id,
        KIND,
        [i.to_dict() for i in unique],
        source=source,
        edit_id=edit_id,
        based_on=based_on,
    )


def add(
    store: EventStore, group_id: int, item: ActionItem | dict[str, Any], **kw: Any
) -> ActionItem:
    item = validate(item)
    save(store, group_id, [*load(store, group_id), item], **kw)
    return item


def update(
    store: EventStore, group_id: int, item_id: str, *, based_on: int | None = None, **fields: str
) -> ActionItem:
    """Change some fields of one item (what, owner, due, status), in the items as stored now;
    `based_on`: the revision of the items the editor showed."""
    unknown = set(fields) - {"what", "owner", "due", "status"}
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    items = load(store, group_id)
    for i, item in enumerate(items):
        if item.id == item_id:
            items[i] = validate({**item.to_dict(), **fields})
            save(store, group_id, items, based_on=based_on)
            return items[i]
    raise KeyError(f"no action {item_id!r} for this group")


def remove(store: EventStore, group_id: int, item_id: str, *, based_on: int | None = None) -> Saved:
    items = load(store, group_id)
    kept = [i for i in items if i.id != item_id]
    if len(kept) == len(items):
        raise KeyError(f"no action {item_id!r} for this group")
    return save(store, group_id, kept, based_on=based_on)


def action_prompt_id(stage: Stage) -> str:
    """The prompt whose answer becomes action items: the plan's action_prompt, else the last."""
    return stage.action_prompt or (stage.prompts[-1].id if stage.prompts else "")


def hardest_prompt_id(stage: Stage) -> str:
    """The prompt that asks for the hardest part ("hardest parts" view), or "" when none does."""
    for prompt in stage.prompts:
        if prompt.id == "hardest":
            return prompt.id
    for prompt in stage.prompts:
        if "hard" in prompt.id or "hardest" in prompt.text.casefold():
            return prompt.id
    return ""


def first_step_text(store: EventStore, group_id: int, stage_id: str) -> str:
    prompt_id = action_prompt_id(store.plan.stage(stage_id))
    return store.answer_text(group_id, stage_id, prompt_id) if prompt_id else ""


def hardest_parts(store: EventStore, stage_id: str) -> list[tuple[int, str]]:
    """Every group's non-blank hardest part, in speaking order: (group id, text)."""
    prompt_id = hardest_prompt_id(store.plan.stage(stage_id))
    if not prompt_id:
        return []
    found = []
    for group_id in report_status(store, stage_id).order:
        value = store.answer_text(group_id, stage_id, prompt_id).strip()
        if value:
            found.append((group_id, value))
    return found


def create_from_first_step(
    store: EventStore,
    group_id: int,
    stage_id: str,
    *,
    based_on: int | None = None,
    day_first: bool | None = None,
    today: date | None = None,
) -> list[ActionItem]:
    """Add items made from the group's first-step answer; ones already there are not repeated.
    A date the step names is read in the order `day_first` gives (the console's: its system's),
    else in the event's region's (text.region_day_first).

    Returns the items added (empty when there is no first step or all are already there).
    """
    if day_first is None:
        day_first = text.region_day_first(store.plan.region)
    existing = load(store, group_id)
    known = {i.what.casefold() for i in existing}
    steps = actions_from_first_step(first_step_text(store, group_id, stage_id), day_first, today)
    new = [i for i in steps if i.what.casefold() not in known]
    if new:
        save(store, group_id, [*existing, *new], based_on=based_on)
    return new


# -- report-back status per stage: speaking order and who has reported -------------------------


@dataclass(frozen=True)
class ReportStatus:
    order: tuple[int, ...]  # every present group, in speaking order
    reported: frozenset[int]

    def position(self, group_id: int) -> int:
        return self.order.index(group_id)


def _option_key(stage_id: str) -> str:
    return f"report_order:{stage_id}"


def report_status(store: EventStore, stage_id: str) -> ReportStatus:
    """The speaking order (groups added later go last, removed ones drop out) and who reported."""
    present = [g.id for g in store.groups()]
    try:
        raw = json.loads(store.option(_option_key(stage_id), "{}"))
    except ValueError:
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    stored = [g for g in raw.get("order", []) if isinstance(g, int) and g in present]
    stored = list(dict.fromkeys(stored))
    order = stored + [g for g in present if g not in stored]
    reported = frozenset(g for g in raw.get("reported", []) if g in present)
    return ReportStatus(tuple(order), reported)


def _save_status(store: EventStore, stage_id: str, status: ReportStatus) -> ReportStatus:
    store.plan.stage(stage_id)  # KeyError for an unknown stage
    payload = {"order": list(status.order), "reported": sorted(status.reported)}
    store.set_option(_option_key(stage_id), json.dumps(payload))
    return status


def set_report_order(store: EventStore, stage_id: str, order: list[int]) -> ReportStatus:
    current = report_status(store, stage_id)
    if sorted(order) != sorted(current.order):
        raise ValueError("the speaking order needs every organization of the event exactly once")
    return _save_status(store, stage_id, ReportStatus(tuple(order), current.reported))


def move_in_order(store: EventStore, stage_id: str, group_id: int, delta: int) -> ReportStatus:
    """Move one group earlier (delta < 0) or later in the speaking order."""
    order = list(report_status(store, stage_id).order)
    i = order.index(group_id)
    j = max(0, min(len(order) - 1, i + delta))
    order.insert(j, order.pop(i))
    return set_report_order(store, stage_id, order)


def set_reported(store: EventStore, stage_id: str, group_id: int, reported: bool) -> ReportStatus:
    current = report_status(store, stage_id)
    if group_id not in current.order:
        raise KeyError(f"no organization with id {group_id}")
    done = set(current.reported)
    if reported:
        done.add(group_id)
    else:
        done.discard(group_id)
    return _save_status(store, stage_id, ReportStatus(current.order, frozenset(done)))


def calendar_items(store: EventStore, group_id: int) -> list[CalendarItem]:
    """The organization's action items, for its calendar of first steps (.ics)."""
    return [
        CalendarItem(a.id, a.what, a.owner, a.due, a.status, STATUS_LABELS[a.status])
        for a in load(store, group_id)
    ]
