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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.retention import WORKSHEET_IS_THEIRS
from workshop_app.store import StoreError

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext


@dataclass
class Ended:
    ended_at: str
    exported: list[Path] = field(default_factory=list)
    export_started: bool = False  # handed to the console's export runner, which reports itself
    devices_removed: bool = False


def summary_file_name(title: str) -> str:
    from workshop_app.export.filenames import safe_stem

    return safe_stem(f"{title} - session summary") + ".docx"


def end_workshop(
    ctx: AppContext,
    flush: Callable[[], object] | None = None,
    export: Callable[[Path, Callable[[], None]], None] | None = None,
) -> Ended | None:
    """Returns what was done, or None when the facilitator cancelled (nothing changed).

    `export(folder, then)`, when given (the console's export runner), writes the worksheets and
    the summary off the GUI thread and calls `then` when done; without it they are written here,
    before this returns."""
    store, ask = ctx.store, ctx.interaction
    if store is None:
        return None
    already = store.event().ended_at
    if not already and not ask.confirm(
        QCoreApplication.translate("EndWorkshop", "End the workshop?"),
        QCoreApplication.translate(
            "EndWorkshop",
            "This records the end time and closes participant entry: the event code and every "
            "device's link stop working. All answers stay in the event file.",
        ),
        yes=QCoreApplication.translate("EndWorkshop", "End workshop"),
        no=QCoreApplication.translate("EndWorkshop", "Cancel"),
        default="no",
    ):
        return None
    if flush is not None:
        flush()
    if ctx.lan is not None:
        ctx.lan.stop(ended=True)  # open pages say "The workshop has ended", not "Offline"
        ctx.lan = None
    if not already:
        store.end_workshop()
    ctx.room.set_entry(None)
    result = Ended(store.event().ended_at or "")
    folder = _ask_export_folder(ctx)
    if folder is not None and export is not None:
        # the summary lists the devices that joined: offer to forget them once it is written
        export(folder, lambda: _offer_to_forget_devices(ctx, result))
        result.export_started = True
        return result
    if folder is not None:
        result.exported = _export_now(ctx, folder)
    _offer_to_forget_devices(ctx, result)
    return result


def _offer_to_forget_devices(ctx: AppContext, result: Ended) -> None:
    store = ctx.store
    devices = store.devices(include_revoked=True) if store is not None else []
    if not devices:
        return
    # entry has closed and the rows left the entry panel: the question says what it erases
    names = {g.id: g.name for g in store.groups(include_removed=True)}
    groups = list(dict.fromkeys(names.get(d["group_id"], "") for d in devices))
    listed = ", ".join(g for g in groups if g)
    if len(devices) == 1:
        which = QCoreApplication.translate(
            "EndWorkshop", "The event file still lists 1 device that joined ({groups})."
        )
    else:
        which = QCoreApplication.translate(
            "EndWorkshop", "The event file still lists {count} devices that joined ({groups})."
        )
    if ctx.interaction.confirm(
        QCoreApplication.translate("EndWorkshop", "Remove the device records?"),
        which.format(count=len(devices), groups=listed)
        + " "
        + QCoreApplication.translate(
            "EndWorkshop",
            "Each record is a name like “Android phone” and when it was last seen. Erase them "
            "from the file and its backup copies? Answers stay.",
        ),
        yes=QCoreApplication.translate("EndWorkshop", "Remove device records"),
        no=QCoreApplication.translate("EndWorkshop", "Keep them"),
        default="no",
    ):
        from workshop_app.store.erase import forget_devices

        try:
            forget_devices(store)  # erased for good, from the file and its backup copies
        except StoreError as exc:
            ctx.interaction.warn(
                QCoreApplication.translate("EndWorkshop", "The device records were not removed"),
                str(exc),
            )
            return
        result.devices_removed = True


def _ask_export_folder(ctx: AppContext) -> Path | None:
    store, ask = ctx.store, ctx.interaction
    groups = store.groups()
    if not groups:
        return None
    if not ask.confirm(
        QCoreApplication.translate("EndWorkshop", "Export the worksheets?"),
        QCoreApplication.translate(
            "EndWorkshop",
            "Write a Word worksheet for each of the {count} organizations and the session summary "
            "for you, into a folder you choose.",
        ).format(count=len(groups)),
        yes=QCoreApplication.translate("EndWorkshop", "Export…"),
        no=QCoreApplication.translate("EndWorkshop", "Not now"),
    ):
        return None
    from workshop_app.ui.flagged_review import check_before_export

    if not check_before_export(ctx, None):
        return None  # reviewing first: End workshop's export can be run again from Export
    return ask.choose_folder(
        QCoreApplication.translate("EndWorkshop", "Folder for the worksheets and the summary"),
        store.path.parent,
    )


def _export_now(ctx: AppContext, folder: Path) -> list[Path]:
    store, ask = ctx.store, ctx.interaction
    from workshop_app.export.atomic import ExportError
    from workshop_app.export.summary import write_summary
    from workshop_app.export.worksheet import export_worksheets
    from workshop_app.ui.export_actions import facilitator_language

    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = export_worksheets(store, folder)
        written.append(
            write_summary(
                store,
                folder / summary_file_name(store.event().title),
                lang=facilitator_language(),
            )
        )
    except (ExportError, OSError) as exc:
        ask.warn(QCoreApplication.translate("EndWorkshop", "The export did not finish"), str(exc))
        return []
    ask.inform(
        QCoreApplication.translate("EndWorkshop", "Exported"),
        QCoreApplication.translate(
            "EndWorkshop", "{count} worksheets and the session summary are in {folder}. "
        ).format(count=len(written) - 1, folder=folder)
        + QCoreApplication.translate("ExportActions", WORKSHEET_IS_THEIRS),
    )
    return written
