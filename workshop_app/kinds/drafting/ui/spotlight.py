"""A group's draft policy on the projector: its included clauses, numbered, with the room's
label for the organization ("Group B" in privacy mode) where the library names it. Each clause
is a part the projector keeps whole: a long draft is shown in pages of whole clauses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workshop_app.kinds.drafting import clauses
from workshop_app.ui.room import Spotlight
from workshop_app.ui.spotlight import RoomNames, SpotlightContent, room_words

# clauses.NO_DRAFT, as the projector says it
NO_DRAFT = QT_TRANSLATE_NOOP("Projector", "No draft policy was made in the workshop.")


def draft_spotlight(ctx: Any, item: Spotlight, group_label: str) -> SpotlightContent:
    store = ctx.store
    stage = (
        store.plan.stage(item.stage_id) if item.stage_id else store.plan.stage_of_kind("drafting")
    )
    store.group(item.group_id)  # KeyError when the organization was removed
    words = room_words(ctx)
    heading = words.translate("Projector", "Draft policy")
    if not clauses.has_draft(store, item.group_id):
        return SpotlightContent(heading, words.translate("Projector", NO_DRAFT))
    draft = clauses.draft_for(store, item.group_id, stage)
    # the group's own words may name it (or another organization): the room's labels instead
    names = RoomNames(store, bool(getattr(ctx.room, "names_visible", False)))
    parts = tuple(
        names.redact(f"{n.number}. {n.title}\n{n.body}") for n in draft.numbered(stage, group_label)
    )
    if not parts:
        return SpotlightContent(
            heading, words.translate("Projector", "No clauses are included yet.")
        )
    # a clause at a time if need be: the projector pages through whole clauses
    return SpotlightContent(heading, "\n\n".join(parts), parts=parts)
