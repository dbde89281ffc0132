"""What the projector shows for report back: one group's card, or every group's hardest part.

Registered in `workshop_app.ui.spotlight.SPOTLIGHT_RENDERERS` as "report_card" and
"hardest_parts". Plain text only; the projector puts the group's label ("Group B" in privacy
mode) above the card and replaces any organization's name inside the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workshop_app.kinds.report_back import model as actions
from workshop_app.plan import Stage
from workshop_app.ui.i18n import Words
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import RoomNames, SpotlightContent, room_words

# the short labels of the shipped plans' report-back questions, for the catalogue
SHORT_LABELS = (
    QT_TRANSLATE_NOOP("Projector", "Easiest"),
    QT_TRANSLATE_NOOP("Projector", "Hardest"),
    QT_TRANSLATE_NOOP("Projector", "First step"),
)


def short_label(prompt_id: str, words: Words | None = None) -> str:
    """ "first_step" → "First step": a card's answers are read side by side, so labels stay
    short; in `words`' language when its catalogue has the label."""
    said = prompt_id.replace("_", " ").strip()
    said = said[:1].upper() + said[1:]
    return words.translate("Projector", said) if words is not None else said


def _stage(ctx: Any, item: Spotlight) -> Stage:
    plan = ctx.store.plan
    if item.stage_id:
        return plan.stage(item.stage_id)
    stage = plan.stage_of_kind("report_back")
    if stage is None:
        raise LookupError("this plan has no report-back stage")
    return stage


def report_card_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    store, stage = ctx.store, _stage(ctx, item)
    store.group(item.group_id)  # KeyError when the organization was removed
    parts = []
    for prompt in stage.prompts:
        value = store.answer_text(item.group_id, stage.id, prompt.id).strip() or "—"
        parts.append(f"{short_label(prompt.id, room_words(ctx))}: {value}")
    empty = room_words(ctx).translate("Projector", "No answers yet.")
    return SpotlightContent(stage.title, "\n\n".join(parts) or empty)


def hardest_parts_content(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    store, stage = ctx.store, _stage(ctx, item)
    names = RoomNames(store, bool(getattr(ctx.room, "names_visible", False)))
    found = actions.hardest_parts(store, stage.id)
    words = room_words(ctx)
    if not found:
        return SpotlightContent(
            words.translate("Projector", "Hardest parts"),
            words.translate("Projector", "No group has named its hardest part yet."),
        )
    text = "\n\n".join(f"{names.label(group_id)}: {value}" for group_id, value in found)
    return SpotlightContent(
        words.translate("Projector", "Hardest parts: what the room found hard"), text
    )
