"""Action items and report-back status (workshop_app.kinds.report_back.model): no Qt."""

from __future__ import annotations

import pytest

from workshop_app.kinds.report_back import model as actions
from workshop_app.store import EventStore
from workshop_app.text import InputError

STAGE = "report_back"


@pytest.fixture
def groups(store):
    return [store.add_group(n).id for n in ("Cedar Valley", "Casa Arcoíris", "Riverside")]


def test_semicolons_split_and_owner_roles_are_guessed():
    items = actions_from = actions.actions_from_first_step(
        "Privacy officer sets up the drafting committee before the end of next month; "
        "communications coordinator asks the web contractor to remove the pixel within two weeks."
    )
    assert [i.owner for i in items] == ["Privacy officer", "Communications coordinator"]
    assert items[1].what.startswith("Communications coordinator asks the web contractor")
    assert all(i.status == "planned" and i.due == "" for i in actions_from)


def test_bullets_and_numbers_give_one_item_each():
    items = actions.actions_from_first_step(
        "Our first steps:\n- Book a meeting with the board\n* Collect all logins\n2) Ask HR"
    )
    assert [i.what for i in items] == [
        "Book a meeting with the board",
        "Collect all logins",
        "Ask HR",
    ]


def test_sentences_split_but_one_sentence_stays_one_item():
    assert len(actions.actions_from_first_step("Call the lawyer. Then brief the staff.")) == 2
    one = actions.actions_from_first_step("The ED calls our lawyer about e.g. the texting rules")
    assert len(one) == 1
    assert actions.actions_from_first_step("   \n ") == []


def test_validation_refuses_bad_dates_statuses_and_empty_actions():
    assert actions.validate({"what": "x", "due": " 2026-12-01 "}).due == "2026-12-01"
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        actions.validate({"what": "x", "due": "next Friday"})
    with pytest.raises(InputError, match="status"):
        actions.validate({"what": "x", "status": "maybe"})
    with pytest.raises(InputError, match="empty"):
        actions.validate({"what": "  \x00 "})
    with pytest.raises(InputError, match="limit"):
        actions.validate({"what": "x" * (actions.WHAT_MAX + 1)})
    cleaned = actions.validate({"what": "Call\x07 the\nboard", "owner": " ED "})
    assert (cleaned.what, cleaned.owner) == ("Call the board", "ED")


def test_items_are_stored_per_group_with_history(store, groups):
    a, b, _ = groups
    item = actions.add(store, a, {"what": "Name a drafting committee", "owner": "ED"})
    actions.add(store, b, {"what": "Ask the youth council"})
    actions.update(store, a, item.id, due="2026-12-15", status="started")
    assert [(i.what, i.due, i.status) for i in actions.load(store, a)] == [
        ("Name a drafting committee", "2026-12-15", "started")
    ]
    assert [i.what for i in actions.load(store, b)] == ["Ask the youth council"]
    history = store.record_history(a, actions.KIND)
    assert [h.revision for h in history] == [2, 1]
    assert history[1].data[0]["status"] == "planned"
    store.restore_record(a, actions.KIND, 1)
    assert actions.load(store, a)[0].status == "planned"
    actions.remove(store, a, item.id)
    assert actions.load(store, a) == []
    with pytest.raises(KeyError):
        actions.update(store, a, "nope", what="x")


def test_create_from_first_step_does_not_repeat_itself(store, groups):
    a = groups[0]
    store.save_answer(a, STAGE, "first_step", "Call the board; collect the logins.")
    added = actions.create_from_first_step(store, a, STAGE)
    assert [i.what for i in added] == ["Call the board", "Collect the logins."]
    assert actions.create_from_first_step(store, a, STAGE) == []
    assert len(actions.load(store, a)) == 2
    assert actions.create_from_first_step(store, groups[1], STAGE) == []


def test_report_order_and_reported_survive_reopening(store, groups, event_path):
    a, b, c = groups
    assert actions.report_status(store, STAGE).order == (a, b, c)
    actions.set_report_order(store, STAGE, [c, a, b])
    actions.move_in_order(store, STAGE, b, -1)
    actions.set_reported(store, STAGE, c, True)
    with pytest.raises(ValueError):
        actions.set_report_order(store, STAGE, [a, b])
    d = store.add_group("Late arrivals").id
    store.remove_group(a)
    store.close()
    with EventStore.open(event_path) as again:
        status = actions.report_status(again, STAGE)
        assert status.order == (c, b, d)
        assert status.reported == {c}
        actions.set_reported(again, STAGE, c, False)
        assert actions.report_status(again, STAGE).reported == set()


def test_end_workshop_revokes_devices_and_records_the_end(store, groups):
    store.add_device(groups[0], "hash-1", "Phone")
    store.log_entry_opened("http://192.0.2.1:8765")
    store.end_workshop()
    assert store.event().ended_at
    assert store.device_by_token_hash("hash-1") is None
    assert store.entry_log()[-1]["closed_at"]
    store.delete_device_records()
    assert store.devices(include_revoked=True) == []
    assert actions.report_status(store, STAGE).order == tuple(groups)


def test_hardest_parts_follow_the_speaking_order_and_skip_blanks(store, groups):
    a, b, c = groups
    stage = store.plan.stage(STAGE)
    assert actions.hardest_prompt_id(stage) == "hardest"
    assert actions.action_prompt_id(stage) == "first_step"
    store.save_answer(a, STAGE, "hardest", "Peers' own accounts")
    store.save_answer(c, STAGE, "hardest", "Photos of minors")
    store.save_answer(b, STAGE, "hardest", "   ")
    actions.set_report_order(store, STAGE, [c, b, a])
    assert actions.hardest_parts(store, STAGE) == [
        (c, "Photos of minors"),
        (a, "Peers' own accounts"),
    ]


def test_the_demo_has_one_to_three_actions_per_organization(demo_store):
    from datetime import date

    event_day = date.fromisoformat(demo_store.event().date)
    for group in demo_store.groups():
        items = actions.load(demo_store, group.id)
        assert 1 <= len(items) <= 3, group.name
        assert all(i.owner and i.status in actions.STATUSES for i in items)
        assert all(date.fromisoformat(i.due) >= event_day for i in items if i.due)
        assert actions.first_step_text(demo_store, group.id, STAGE)


def test_due_dates_are_read_as_people_type_them():
    from datetime import date

    today = date(2026, 12, 1)
    for typed in ("Jan 10", "10 Jan", "2027-01-10", "January 10, 2027", "10th jan", "jan. 10"):
        assert actions.check_due(typed, today=today) == "2027-01-10", typed
    assert actions.check_due("Dec 24", today=today) == "2026-12-24"  # the next one to come
    assert actions.check_due("1/10", day_first=False, today=today) == "2027-01-10"
    assert actions.check_due("10/1", day_first=True, today=today) == "2027-01-10"
    assert actions.check_due("10/1/27", day_first=True, today=today) == "2027-01-10"
    with pytest.raises(InputError, match="two ways"):
        actions.check_due("1/10", today=today)  # no known order: asked, never guessed
    with pytest.raises(InputError, match="not a day of the calendar"):
        actions.check_due("Feb 30", today=today)


def test_an_owner_with_a_hyphen_and_a_bracket_is_found():
    items = actions.actions_from_first_step(
        "Co-director (operations) writes a one-page peer agreement; the nurse moves follow-ups."
    )
    assert [i.owner for i in items] == ["Co-director (operations)", "Nurse"]


@pytest.mark.parametrize(
    ("step", "due"),
    [
        ("Privacy officer drafts the policy by Jan 10", "2027-01-10"),
        ("Circulate the draft before 10 January.", "2027-01-10"),
        ("The board votes on 2027-01-10", "2027-01-10"),
        ("Send every volunteer the new rules by 1/20", "2027-01-20"),
        ("Decide on the pixel by January 10, 2027.", "2027-01-10"),
        ("Call the web contractor within two weeks", ""),
        ("Cut the intake form by 2.5 minutes", ""),
        ("Meet on the first Monday after the break", ""),
    ],
)
def test_a_step_that_names_its_date_gets_it_as_its_due_date(step, due):
    from datetime import date

    [item] = actions.actions_from_first_step(step, today=date(2026, 12, 1))
    assert (item.what, item.due) == (step, due)  # the step's words as they were


def test_create_from_first_step_reads_a_date_both_ways_round_in_the_events_region(store, groups):
    from datetime import date

    a = groups[0]
    assert store.plan.region == "us"
    store.save_answer(a, STAGE, "first_step", "Board approves the policy by 1/10; then train staff")
    added = actions.create_from_first_step(store, a, STAGE, today=date(2026, 12, 1))
    assert [(i.owner, i.due) for i in added] == [("Board", "2027-01-10"), ("", "")]
    again = actions.create_from_first_step(
        store, groups[1], STAGE, day_first=True, today=date(2026, 12, 1)
    )
    assert again == []  # no first step: nothing made
    store.save_answer(groups[1], STAGE, "first_step", "Name a privacy lead by 1/10")
    [item] = actions.create_from_first_step(
        store, groups[1], STAGE, day_first=True, today=date(2026, 12, 1)
    )
    assert item.due == "2027-10-01"  # the order given (a day-first system) comes first


def test_a_spanish_step_names_its_date_in_spanish():
    from datetime import date

    from workshop_app import i18n

    with i18n.using("es"):
        [item] = actions.actions_from_first_step(
            "La directora envía el borrador antes del 10 de enero", today=date(2026, 12, 1)
        )
    assert item.due == "2027-01-10"


@pytest.mark.parametrize(
    ("step", "owner"),
    [
        ("Privacy officer sets up the drafting committee", "Privacy officer"),
        ("Our communications coordinator asks the web contractor", "Communications coordinator"),
        ("Chief medical officer pauses the pilot", "Chief medical officer"),
        ("Board approves the policy by 1/20", "Board"),
        ("Ask the board to approve the policy", ""),
        ("Send staff a reminder by Jan 10", ""),
        ("Train all staff on the new rules", ""),
        ("Tell our team about the pixel", ""),
        ("Get the board to sign off", ""),
        ("Write to the head of HR", ""),
        ("Every staff member signs the policy", ""),
    ],
)
def test_an_owner_is_a_role_that_does_the_step_not_its_first_words(step, owner):
    [item] = actions.actions_from_first_step(step)
    assert item.owner == owner
