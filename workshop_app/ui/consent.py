"""Asking before an organization's private work goes on the projector (privacy mode).

A stakeholder map or a draft policy (a kind's `asks_consent`, gathered in `spotlight.ASKS_CONSENT`) belongs to one
organization. While names are hidden, the console asks once per organization and kind —
"Show the stakeholder map of Harbor Clinic to the room?" — through the interaction seam, and
remembers a yes for the rest of the event's session (until the event is closed). With names
on, the facilitator has already chosen to show the room who is who, so nothing is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.kinds import private_spotlights
from workshop_app.ui.i18n import core_text
from workshop_app.ui.spotlight import ASKS_CONSENT

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext

_PRIVATE = private_spotlights()
_KEY = "spotlight_consent"


def may_spotlight(ctx: AppContext, kind: str, group_id: int | None, org: str) -> bool:
    """True when `kind` of this organization may go on the projector now (asking if needed)."""
    if group_id is not None and not _flagged_record_ok(ctx, kind, group_id, org):
        return False
    if kind not in ASKS_CONSENT or group_id is None or ctx.room.names_visible:
        return True
    agreed = _agreed(ctx)
    if (group_id, kind) in agreed:
        return True
    private = _PRIVATE.get(kind)
    what = _kind_word(private.what) if private else kind.replace("_", " ")
    if not ctx.interaction.confirm(
        _kind_word(private.title)
        if private
        else QCoreApplication.translate("Consent", "Show {what}").format(what=what),
        QCoreApplication.translate(
            "Consent",
            "Show the {what} of {org} to the room? It is shown under its group letter, not its name.",
        ).format(org=org, what=what),
        yes=QCoreApplication.translate("Consent", "Show"),
        default="no",  # Enter keeps the organization's work off the projector
    ):
        return False
    agreed.add((group_id, kind))
    return True


def may_show_flagged(ctx: AppContext, texts: list[str], what: str) -> bool:
    """Before something that looks like it identifies a client goes on the projector, ask,
    showing what was flagged. True when nothing was flagged or the facilitator chose Show."""
    from workshop_app.screening import KINDS, REMINDER, kinds_found, screen_cached

    findings = [f for text in texts for f in screen_cached(text)]
    if not findings:
        return True
    labels = [core_text(KINDS[k]) for k in kinds_found(findings)]
    if len(labels) == 1:
        said = labels[0]
    else:
        said = QCoreApplication.translate("Consent", "{list} and {last}").format(
            list=", ".join(labels[:-1]), last=labels[-1]
        )
    seen = ", ".join(dict.fromkeys(f"“{f.text}”" for f in findings))
    return ctx.interaction.confirm(
        QCoreApplication.translate("Consent", "Show it on the projector?"),
        QCoreApplication.translate(
            "Consent",
            "{what} looks like it holds {found}: {seen}. {reminder} Show it to the room anyway, "
            "or edit it first?",
        ).format(what=what, found=said, seen=seen, reminder=core_text(REMINDER)),
        yes=QCoreApplication.translate("Consent", "Show anyway"),
        no=QCoreApplication.translate("Consent", "Do not show"),
        default="no",  # Enter keeps it off the projector, as Esc does
    )


def _flagged_record_ok(ctx: AppContext, kind: str, group_id: int, org: str) -> bool:
    """A map or a draft goes up only after asking when the group's records hold something
    flagged (all of the group's records are screened: a kind's record names stay in its kind)."""
    from workshop_app.screening import record_text

    texts = [record_text(r.data) for r in ctx.store.records([group_id])]
    private = _PRIVATE.get(kind)
    what = _kind_word(private.what) if private else kind.replace("_", " ")
    whose = QCoreApplication.translate("Consent", "The {what} of {org}").format(org=org, what=what)
    return may_show_flagged(ctx, texts, whose)


def _kind_word(text: str) -> str:
    return QCoreApplication.translate("Kinds", text)  # ui/kind_words.py


def forget(ctx: AppContext) -> None:
    """The event was closed: the next session asks again."""
    ctx.extras.pop(_KEY, None)


def _agreed(ctx: AppContext) -> set:
    """The yeses given for the open event."""
    memory = ctx.extras.get(_KEY)
    if memory is None or memory[0] is not ctx.store:  # another event was opened meanwhile
        memory = ctx.extras[_KEY] = (ctx.store, set())
    return memory[1]
