"""What a console record editor says when its save replaced a version it had not seen.

Every record editor (action items, stakeholder map, approval chain, draft, choices) keeps the
revision it showed and saves with ``based_on=`` that revision, so the store records which
version the facilitator edited from. When a device had saved in between, the console's save is
kept as the current version, the device's stays in the history, and the editor says so with
the device's text beside the facilitator's (`theirs_text`).
"""

from __future__ import annotations

from workshop_app.store import Change, EventStore, Record
from workshop_app.text import record_words as theirs_text

__all__ = ["replaced_by_device", "revision_of", "saved_over", "theirs_text"]


def revision_of(store: EventStore, group_id: int, kind: str) -> int:
    """The revision of the group's record as stored now (0: none yet)."""
    rec = store.record(group_id, kind)
    return rec.revision if rec else 0


def saved_over(
    store: EventStore, group_id: int, kind: str, shown: int | None
) -> tuple[int, Record | None]:
    """After the console saved a record edited from revision `shown`: the revision stored now,
    and the version its save replaced unseen (someone else's, saved after `shown`), if any."""
    rec = store.record(group_id, kind)
    now = rec.revision if rec else 0
    if shown is None or rec is None or rec.source != "console" or now <= shown + 1:
        return now, None
    theirs = store.record_version(group_id, kind, now - 1)
    return now, theirs if theirs is not None and theirs.source != "console" else None


def replaced_by_device(
    store: EventStore, group_id: int, kind: str, change: Change
) -> Record | None:
    """The console's version a device's save (`change`) replaced without having seen it, if
    it did: it stays in the history, and the console says so with its words."""
    if change.replaced is None or change.source == "console":
        return None
    mine = store.record_version(group_id, kind, change.replaced)
    return mine if mine is not None and mine.source == "console" else None
