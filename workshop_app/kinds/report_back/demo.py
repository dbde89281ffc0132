"""The report-back stage's demo data: a group's action items, due some days after the event."""

from __future__ import annotations

from datetime import date, timedelta

from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore


def fill(store: EventStore, group_id: int, org: dict) -> None:
    if "actions" not in org:
        return
    day = date.fromisoformat(store.event().date)
    items = [
        {
            "what": a["what"],
            "owner": a.get("owner", ""),
            "due": (day + timedelta(days=a["due_in_days"])).isoformat()
            if "due_in_days" in a
            else "",
            "status": a.get("status", "planned"),
        }
        for a in org["actions"]
    ]
    actions.save(store, group_id, items)
