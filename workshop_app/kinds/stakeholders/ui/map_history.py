"""MapHistoryDialog: every saved version of one group's stakeholder map, newest first, with when
and from where it was saved and what was on it (the dialog itself is history.VersionsDialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop_app.kinds.stakeholders import model as sh
from workshop_app.kinds.stakeholders.plan import Category
from workshop_app.store import EventStore
from workshop_app.ui.i18n import core_text
from workshop_app.ui.widgets.history import Version, VersionsDialog


class MapHistoryDialog(VersionsDialog):
    def __init__(
        self,
        store: EventStore,
        group_id: int,
        cats: tuple[Category, ...],
        parent: QWidget | None = None,
    ):
        sources = {r.revision: r.source for r in store.record_history(group_id, sh.KIND)}
        versions = [
            Version(
                revision,
                saved_at,
                sources.get(revision, ""),
                "\n".join(
                    f"{n}. {s.name} — {sh.category_label(cats, s.category)}; "
                    + QCoreApplication.translate(
                        "StakeholderMap", "influence {influence}, interest {interest}"
                    ).format(influence=sh.shown(s.influence), interest=sh.shown(s.interest))
                    + f" ({core_text(s.quadrant_label)})"
                    for n, s in enumerate(items, 1)
                ),
                QCoreApplication.translate("StakeholderMap", "1 stakeholder")
                if len(items) == 1
                else QCoreApplication.translate("StakeholderMap", "{count} stakeholders").format(
                    count=len(items)
                ),
            )
            for revision, saved_at, items in sh.history(store, group_id)
        ]
        super().__init__(
            QCoreApplication.translate("StakeholderMap", "stakeholder map of {name}").format(
                name=store.group(group_id).name
            ),
            versions,
            lambda revision: sh.restore(store, group_id, revision),
            QCoreApplication.translate("StakeholderMap", "The map in the selected version"),
            parent=parent,
        )
        self.store, self.group_id, self.cats = store, group_id, cats
