"""Deleting for good from the console: "Delete this event…" (File) and "Remove this
organization for good…" (Organizations). One clear confirmation each, then a folder for the
receipt; the work is in `workshop_app.store.erase`. Every question goes through
`ctx.interaction`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop_app.store import StoreError

if TYPE_CHECKING:
    from workshop_app.ui.window_parts import WindowParts


def _confirm_delete(ask, title: str, date: str, groups: int, copies: int) -> bool:
    """The one clear confirmation before an event is deleted."""
    return ask.confirm(
        QCoreApplication.translate("EraseActions", "Delete this event for good?"),
        QCoreApplication.translate(
            "EraseActions",
            "“{title}” ({date}) and everything in it — the answers of {organizations}, "
            "their history, maps, drafts and notes — is removed from this laptop, with its "
            "{copies} backup copies. This cannot be undone. Exported worksheets are not touched. "
            "Next, choose a folder for the deletion receipt.",
        ).format(
            title=title,
            date=date,
            organizations=QCoreApplication.translate("EraseActions", "1 organization")
            if groups == 1
            else QCoreApplication.translate("EraseActions", "{count} organizations").format(
                count=groups
            ),
            copies=copies,
        ),
        yes=QCoreApplication.translate("EraseActions", "Delete for good"),
        no=QCoreApplication.translate("EraseActions", "Keep the event"),
        default="no",
    )


def delete_this_event(window: WindowParts) -> Path | None:
    """Close the open event and delete it with every backup copy; the receipt's path, or None
    when the facilitator cancelled or it could not be done (nothing deleted then)."""
    store = window.ctx.store
    if store is None:
        return None
    event = store.event()
    return _delete_for_good(
        window, store.path, event.title, event.date, len(store.groups()), window.close_event
    )


def delete_event_file(window: WindowParts, path: Path) -> Path | None:
    """Delete an event that is not open (from the welcome screen's reminder) for good."""
    from workshop_app.store.erase import describe_event

    try:
        title, date, groups = describe_event(path)
    except StoreError as exc:
        window.ctx.interaction.warn(
            QCoreApplication.translate("EraseActions", "The event was not deleted"), str(exc)
        )
        return None
    return _delete_for_good(window, path, title, date, groups, lambda: True)


def _delete_for_good(
    window: WindowParts, path: Path, title: str, date: str, groups: int, let_go: Callable
) -> Path | None:
    """Confirm, choose the receipt's folder, `let_go()` of the file (close it if open; False
    keeps everything), delete the event and its backups, write the receipt and say so."""
    from workshop_app.store import backup_copies
    from workshop_app.store.erase import delete_event

    ask = window.ctx.interaction
    if not _confirm_delete(ask, title, date, groups, len(backup_copies(path))):
        return None
    folder = ask.choose_folder(
        QCoreApplication.translate("EraseActions", "Folder for the deletion receipt"), path.parent
    )
    if folder is None or not let_go():
        return None
    try:
        receipt = delete_event(path)
        written = receipt.write(folder)
    except StoreError as exc:
        ask.warn(QCoreApplication.translate("EraseActions", "The event was not deleted"), str(exc))
        return None
    window.ctx.settings.forget_recent(path)
    window.show_welcome()
    ask.inform(
        QCoreApplication.translate("EraseActions", "Event deleted"),
        QCoreApplication.translate(
            "EraseActions", "“{title}” and {removed} files were deleted. The receipt is {written}."
        ).format(title=title, removed=len(receipt.removed), written=written),
    )
    return written


def remove_organization_for_good(window: WindowParts) -> Path | None:
    """Erase the selected organization from the event file and its backups (it withdrew its
    consent); the receipt's path, or None."""
    from workshop_app.store.erase import remove_organization

    ctx, ask, console = window.ctx, window.ctx.interaction, window.console
    store = ctx.store
    if store is None or console is None:
        return None
    group_id = console.groups.current_group()
    if group_id is None:
        ask.inform(
            QCoreApplication.translate("EraseActions", "No organization selected"),
            QCoreApplication.translate("EraseActions", "Select the organization to remove first."),
        )
        return None
    name = store.group(group_id).name
    if not ask.confirm(
        QCoreApplication.translate("EraseActions", "Remove {name} for good?").format(name=name),
        QCoreApplication.translate(
            "EraseActions",
            "Everything {name} gave this event — its answers and notes with every earlier version, its stakeholder map, draft and action items, and its devices — is erased from the event file and from its backup copies. The other organizations are not touched. This cannot be undone (Undo does not bring it back). Next, choose a folder for the receipt.",
        ).format(name=name),
        yes=QCoreApplication.translate("EraseActions", "Remove for good"),
        no=QCoreApplication.translate("EraseActions", "Keep it"),
        default="no",
    ):
        return None
    folder = ask.choose_folder(
        QCoreApplication.translate("EraseActions", "Folder for the receipt"), store.path.parent
    )
    if folder is None:
        return None
    if not console.flush():
        return None  # the banner says why; nothing typed is dropped
    ctx.room.clear()  # nothing of it stays on the projector
    try:
        receipt = remove_organization(store, group_id)
        written = receipt.write(folder)
    except StoreError as exc:
        ask.warn(
            QCoreApplication.translate("EraseActions", "{name} was not removed").format(name=name),
            str(exc),
        )
        return None
    console.groups.refresh()
    window.show_status(
        QCoreApplication.translate(
            "EraseActions", "{name} was removed for good; the receipt is in {folder}."
        ).format(name=name, folder=folder)
    )
    ask.inform(
        QCoreApplication.translate("EraseActions", "Organization removed"),
        QCoreApplication.translate(
            "EraseActions",
            "{name} was erased from the event file and {copies} backup copies. The receipt is "
            "{written}.",
        ).format(name=name, copies=len(receipt.rewritten) - 1, written=written),
    )
    return written
