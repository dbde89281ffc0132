"""The plain form (no JavaScript) takes every answer at its limit in any script, and what a
stage keeps beyond its answers (findings 4 and 5 of the participant page's second pass)."""

from __future__ import annotations

import json
import time
import uuid

from workshop_app.kinds.drafting import clauses
from workshop_app.text import ANSWER_MAX


def multipart(client, fields: list[tuple[str, str]]):
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in [*fields, ("csrf", client.csrf)]:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    return client.request(
        "POST", "/save", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )


def test_every_prompt_at_its_limit_in_four_byte_characters_is_saved(entry, device, store, groups):
    stage = max(store.plan.stages, key=lambda s: len(s.prompts))
    store.set_current_stage(stage.id)
    phone = device()
    phone.join(entry[1].code, groups[0].id)
    emoji = "🌈" * ANSWER_MAX  # 80 KB of UTF-8 each, 240 KB once urlencoded
    data = {"group_id": groups[0].id, "stage_id": stage.id, "edit": "big1"}
    data |= {f"a.{p.id}": emoji for p in stage.prompts} | {"a._notes": emoji}
    reply = phone.post_form("/save", data)
    assert reply.status == 303, reply.body[:300]
    assert all(store.answer_text(groups[0].id, stage.id, p.id) == emoji for p in stage.prompts)
    arabic = "ب" * ANSWER_MAX
    multi = multipart(
        phone, [("group_id", str(groups[0].id)), ("stage_id", stage.id), ("a._notes", arabic)]
    )
    assert multi.status == 303 and store.notes(groups[0].id, stage.id) == arabic
    # the script's route takes one answer at its limit, 4 bytes a character
    assert phone.save(groups[0].id, stage.id, stage.prompts[0].id, "😀" * ANSWER_MAX).status == 200


def test_drafting_without_javascript_keeps_ticks_clause_edits_and_buttons(
    entry, device, store, groups
):
    stage = store.plan.stage_of_kind("drafting")
    store.set_current_stage(stage.id)
    phone = device()
    phone.join(entry[1].code, groups[0].id)
    deadline = time.monotonic() + 3  # the server hears of the stage on its next poll
    while 'name="drafting"' not in (page := phone.get("/").body) and time.monotonic() < deadline:
        time.sleep(0.05)
    form = page.split('id="answers"', 1)[1].split("</form>", 1)[0]
    assert 'name="choice.' in form and 'name="clause.scope.body"' in form  # inside the form
    keys = page.split('name="clause_keys" value="', 1)[1].split('"', 1)[0].split(",")
    fields = {
        "group_id": groups[0].id,
        "stage_id": stage.id,
        "edit": "nojs1",
        "drafting": "1",
        "clause_keys": ",".join(keys),
        "choice.platforms": "dating_apps",
        "clause.scope.body": "Our own scope text.",
    }
    fields |= {f"clause.{k}.in": "1" for k in keys if k != "core_confidentiality"}
    fields |= {f"clause.{k}.body": "" for k in keys if k != "scope"}
    for k in keys:
        if k != "scope":
            fields.pop(f"clause.{k}.body")
    reply = phone.post_form("/save", fields)
    assert reply.status == 303, reply.body[:400]
    draft = clauses.draft_for(store, groups[0].id, stage)
    by_key = {c.key: c for c in draft.clauses}
    assert by_key["scope"].body == "Our own scope text."
    assert not by_key["core_confidentiality"].included and by_key["scope"].included
    assert "dating_apps" in clauses.load_choices(store, groups[0].id).chosen()
    # a clause button without the script: "Add our own clause", then move it up
    page = phone.get("/").body
    keys = page.split('name="clause_keys" value="', 1)[1].split('"', 1)[0].split(",")
    base = {"group_id": groups[0].id, "stage_id": stage.id, "drafting": "1"}
    base |= {"clause_keys": ",".join(keys), "choice.platforms": "dating_apps"}
    base |= {f"clause.{k}.in": "1" for k in keys}
    assert phone.post_form("/save", {**base, "op": "add-own"}).status == 303
    draft = clauses.draft_for(store, groups[0].id, stage)
    assert draft.clauses[-1].key == "own-1" and draft.clauses[-1].included
    assert "Our own clause" in phone.get("/").body


def test_actions_and_stakeholders_work_as_plain_forms(entry, device, store, groups):
    phone = device()
    phone.join(entry[1].code, groups[0].id)
    store.set_current_stage("report_back")
    deadline = time.monotonic() + 3
    while "Our action plan" not in phone.get("/").body and time.monotonic() < deadline:
        time.sleep(0.05)
    base = {"group_id": groups[0].id, "stage_id": "report_back", "actions": "1"}
    new = {
        "action.0.id": "",
        "action.0.what": "Book the board meeting",
        "action.0.owner": "Director",
    }
    assert (
        phone.post_form(
            "/save", {**base, **new, "action.0.due": "", "action.0.status": "planned"}
        ).status
        == 303
    )
    (saved,) = store.record(groups[0].id, "actions").data
    assert saved["what"] == "Book the board meeting" and saved["owner"] == "Director"
    page = phone.get("/").body
    assert "Book the board meeting" in page and 'name="action.0.what"' in page
    store.set_current_stage("stakeholders")
    deadline = time.monotonic() + 3
    while "Our stakeholder map" not in phone.get("/").body and time.monotonic() < deadline:
        time.sleep(0.05)
    body = phone.get("/").body
    assert "the map cannot be tapped" in body
    row = {"sh.0.id": "", "sh.0.name": "Board of directors", "sh.0.category": "people_served"}
    row |= {"sh.0.influence": "90", "sh.0.interest": "30"}
    reply = phone.post_form(
        "/save", {"group_id": groups[0].id, "stage_id": "stakeholders", "stakeholders": "1", **row}
    )
    assert reply.status == 303, reply.body[:300]
    (person,) = store.record(groups[0].id, "stakeholders").data
    assert (person["name"], person["influence"], person["interest"]) == (
        "Board of directors",
        90,
        30,
    )
    assert json.dumps(person)
