"""Where a stage kind adds its own part to the participant page.

A kind (stakeholders, drafting, report back) can add:

- a template ``resources/kinds/<kind>/stage.html``, included inside the stage page (it sees the
  page's context plus ``extra``, the dict its context function returns);
- a script ``resources/kinds/<kind>/stage.js``, loaded after ``app.js``; it calls
  ``WA.register("<kind>", function (root, api) {...})`` (see app.js for ``api``);
- a context function, its `web_context` ("module:function"; gathered in STAGE_CONTEXT), called
  as ``function(store, group_id, stage) -> dict`` on the server's store connection;
- record kinds the browser may save through ``POST /api/record/<kind>`` (JSON
  ``{"group_id", "data", "edit_id"}``), each a `RecordKind` with `clean` ("module:function";
  gathered in RECORD_KINDS); the
  function gets ``(data, plan)`` and returns the cleaned data or raises text.InputError.
  Saving goes through ``store.save_record(..., source="browser", edit_id=...)``.
- a form reader, its `form_records` ("module:function"; gathered in FORM_RECORDS), called as
  ``function(form, store, group_id, stage) -> [(record kind, data), ...]`` for the page's plain
  form post (``POST /save``, no JavaScript); each record then goes through RECORD_KINDS as above.
  A record may carry more items after its data: what the reader changed in what was sent, in
  words (``(kind, data, "“None or not sure” was unticked…")``), said on the page after saving.
  Its controls carry ``name`` attributes inside the stage's form (the template is included twice,
  with ``part`` "before" and "after" the stage's questions); a button that acts on one item is a
  submit button ``name="op"``, which the script turns into its own action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workshop_app.kinds import KINDS, load, record_kinds
from workshop_app.text import InputError

STAGE_CONTEXT: dict[str, str] = {k.name: k.web_context for k in KINDS if k.web_context}
FORM_RECORDS: dict[str, str] = {k.name: k.form_records for k in KINDS if k.form_records}
RECORD_KINDS: dict[str, str] = {name: r.clean for name, r in record_kinds().items() if r.clean}

__all__ = ["FORM_RECORDS", "RECORD_KINDS", "STAGE_CONTEXT", "clean_rows", "load"]


def clean_rows(
    data: Any,
    limit: int,
    unreadable: str,
    too_many: str,
    blank: Callable[[dict], bool],
    validate: Callable[[dict], Any],
) -> list[dict[str, Any]]:
    """A whole list of rows sent by a browser, each through `validate` (which returns an object
    with ``to_dict``); rows that `blank` finds empty are dropped, not refused."""
    if not isinstance(data, list):
        raise InputError(unreadable)
    if len(data) > limit:
        raise InputError(too_many)
    items = []
    for raw in data:
        if not isinstance(raw, dict):
            raise InputError(unreadable)
        if not blank(raw):
            items.append(validate(raw).to_dict())
    return items
