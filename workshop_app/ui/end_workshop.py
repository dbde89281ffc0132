"""End the workshop: the last thing the facilitator does before people leave.

`end_workshop(ctx)` asks once, then records the end time, closes participant entry (every code
and device link stops working: `EventStore.end_workshop` revokes the devices and closes the entry
log, and a running LAN server is stopped), offers the exports (a worksheet per organization and
the session summary) and offers to remove the participant device records from the file. Answers
always stay. Every question goes through `ctx.interaction`, so tests never meet a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Ended:
    ended_at: str
    exported: list[Path] = field(default_factory=list)
    devices_removed: bool = False


def summary_file_name(title: str) -> str:
    from workshop_app.export.filenames import safe_stem

    return safe_stem(f"{title} - session summary") + ".docx"


def end_workshop(ctx: Any, flush: Callable[[], object] | None = None) -> Ended | None:
    """Returns what was done, or None when the facilitator cancelled (nothing changed)."""
    store, ask = ctx.store, ctx.interaction
    if store is None:
        return None
    already = store.event().ended_at
    if not already and not ask.confirm(
        "End the workshop?",
        "This records the end time and closes participant entry: the event code and every "
        "device's link stop working. All answers stay in the event file.",
        yes="End workshop",
        no="Cancel",
    ):
        return None
    if flush is not None:
        flush()
    lan = getattr(ctx, "lan", None)
    if lan is not None:
        lan.stop(ended=True)  # open pages say "The workshop has ended", not "Offline"
        ctx.lan = None
    if not already:
        store.end_workshop()
    ctx.room.set_entry(None)
    result = Ended(store.event().ended_at or "")
    result.exported = _offer_exports(ctx)
    if store.devices(include_revoked=True) and ask.confirm(
        "Remove the device records?",
        "The event file still lists which phones and laptops joined (a name like "
        "“Android phone” and when it was last seen). Remove that list? Answers stay.",
        yes="Remove device records",
        no="Keep them",
    ):
        store.delete_device_records()
        result.devices_removed = True
    return result


def _offer_exports(ctx: Any) -> list[Path]:
    store, ask = ctx.store, ctx.interaction
    groups = store.groups()
    if not groups:
        return []
    if not ask.confirm(
        "Export the worksheets?",
        f"Write a Word worksheet for each of the {len(groups)} organizations and the session "
        "summary for you, into a folder you choose.",
        yes="Export…",
        no="Not now",
    ):
        return []
    folder = ask.choose_folder("Folder for the worksheets and the summary", store.path.parent)
    if folder is None:
        return []
    from workshop_app.export.atomic import ExportError
    from workshop_app.export.summary import write_summary
    from workshop_app.export.worksheet import export_worksheets

    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = export_worksheets(store, folder)
        written.append(write_summary(store, folder / summary_file_name(store.event().title)))
    except (ExportError, OSError) as exc:
        ask.warn("The export did not finish", str(exc))
        return []
    ask.inform(
        "Exported",
        f"{len(written) - 1} worksheet(s) and the session summary are in {folder}.",
    )
    return written
