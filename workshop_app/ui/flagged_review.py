"""Before an export: how many of the answers and records going into it look like they identify a
client, and the offer to review them first. The review lists each one (organization, stage,
prompt, what was flagged); choosing one goes to it in the console."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_app.store import NOTES
from workshop_app.ui.i18n import core_text
from workshop_app.ui.widgets import named

if TYPE_CHECKING:
    from workshop_app.ui.context import AppContext


def flagged_in_export(store: Any, group_ids: list[int] | None, summary: bool = False) -> list:
    """The flagged answers (and records, for worksheets) an export of `group_ids` holds; the
    session summary holds the report-back answers only."""
    from workshop_app.screening import flagged_answers, flagged_records

    found = flagged_answers(store, group_ids)
    if summary:  # the summary quotes answers, not records or notes
        return [f for f in found if f.prompt_id != NOTES]
    return found + flagged_records(store, group_ids)


def check_before_export(
    ctx: AppContext,
    group_ids: list[int] | None,
    summary: bool = False,
    go_to: Callable[[int, str | None], None] | None = None,
) -> bool:
    """True to go on with the export; False when the facilitator chose to review first."""
    from workshop_app.screening import KINDS, REMINDER, kinds_found

    store = ctx.store
    found = flagged_in_export(store, group_ids, summary)
    if not found:
        return True
    labels = [core_text(KINDS[k]) for k in kinds_found(f for item in found for f in item.findings)]
    n = len(found)
    if summary:
        count = (
            QCoreApplication.translate("FlaggedReview", "1 answer")
            if n == 1
            else QCoreApplication.translate("FlaggedReview", "{count} answers")
        )
    else:
        count = (
            QCoreApplication.translate("FlaggedReview", "1 answer or record")
            if n == 1
            else QCoreApplication.translate("FlaggedReview", "{count} answers or records")
        )
    count = count.format(count=n)
    if ctx.interaction.confirm(
        QCoreApplication.translate("FlaggedReview", "Review before exporting?"),
        QCoreApplication.translate(
            "FlaggedReview",
            "This export holds {count} that look like they identify a client ({found}). "
            "{reminder} Review them before exporting?",
        ).format(count=count, found=", ".join(labels), reminder=core_text(REMINDER)),
        yes=QCoreApplication.translate("FlaggedReview", "Review first"),
        no=QCoreApplication.translate("FlaggedReview", "Export anyway"),
    ):
        dialog = FlaggedDialog(store, found)
        try:
            if ctx.interaction.run_dialog(dialog) and go_to is not None and dialog.chosen:
                go_to(*dialog.chosen)
        finally:
            dialog.deleteLater()
        return False
    return True


class FlaggedDialog(QDialog):
    """The flagged answers and records, one a line; Go to opens the chosen one."""

    def __init__(self, store: Any, found: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answers that may identify a client"))
        named(self, self.tr("Answers that may identify a client"))
        self.setMinimumSize(640, 360)
        self.chosen: tuple[int, str | None] | None = None
        intro = QLabel(
            self.tr(
                "These look like they identify a client. Edit them in the console (or leave them, "
                "if they do not), then export again."
            )
        )
        intro.setWordWrap(True)
        self.list = named(
            QListWidget(), self.tr("Flagged answers"), self.tr("Enter goes to the selected one")
        )
        names = {g.id: g.name for g in store.groups(include_removed=True)}
        for item in found:
            where = _where(store, item)
            row = QListWidgetItem(
                f"{names.get(item.group_id, '?')} · {where}\n    {item.note().split('.')[0]}: "
                f"{item.seen()}"
            )
            row.setData(Qt.ItemDataRole.UserRole, (item.group_id, item.stage_id))
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._go)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go_button = buttons.addButton(
            self.tr("Go to it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_button.clicked.connect(lambda: self._go(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _go(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        self.chosen = row.data(Qt.ItemDataRole.UserRole)
        self.accept()


def _where(store: Any, item: Any) -> str:
    if item.record_kind is not None:
        return item.record_kind.replace("_", " ")
    try:
        stage = store.plan.stage(item.stage_id)
    except KeyError:
        return item.stage_id
    if item.prompt_id == NOTES:
        return f"{stage.title} · " + QCoreApplication.translate("FlaggedReview", "notes")
    try:
        return f"{stage.title} · {stage.prompt(item.prompt_id).text}"
    except KeyError:
        return stage.title
