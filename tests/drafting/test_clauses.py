"""The clause library, propose_draft and the draft's merge rules (no Qt)."""

from __future__ import annotations

import pytest

from workshop_app.kinds.drafting import clauses
from workshop_app.kinds.drafting.clauses import (
    KEPT,
    OWN,
    PROPOSED,
    WITHDRAWN,
    Choices,
    Draft,
    apply_choices,
    load_choices,
    load_draft,
    propose_draft,
    save_draft,
)
from workshop_app.text import InputError

CORE = [
    "scope",
    "core_confidentiality",
    "sensitive_information",
    "photos_service_areas",
    "speaking_for_agency",
    "personal_accounts",
    "friend_requests",
    "incident_response",
    "employee_rights",
    "training_review",
]

# (ticked option ids, expected clause ids in order) — written out by hand from the library's tags
TABLE = [
    ((), CORE),
    (
        ("dating_apps",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests",
            "peer_personal_accounts", "dating_app_outreach", "location_data",
            "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("review_sites",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "reviews_comments", "speaking_for_agency", "personal_accounts", "friend_requests",
            "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("signal",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests", "messaging",
            "records_retention", "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("gdpr",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests", "incident_response",
            "tracking_ad_targeting", "employee_rights", "training_review",
        ],
    ),
    (
        ("ferpa",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests", "minors",
            "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("linkedin",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "official_accounts", "speaking_for_agency", "personal_accounts", "friend_requests",
            "looking_up_clients", "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("contractors",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "official_accounts", "speaking_for_agency", "personal_accounts", "friend_requests",
            "incident_response", "employee_rights", "devices_restrictions", "training_review",
        ],
    ),
    (
        ("volunteers",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "event_photography", "speaking_for_agency", "personal_accounts", "friend_requests",
            "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("clients_groups",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "official_accounts", "speaking_for_agency", "personal_accounts", "friend_requests",
            "crisis_content", "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("hipaa",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "testimonials", "reviews_comments", "speaking_for_agency", "personal_accounts",
            "friend_requests", "messaging", "records_retention", "incident_response",
            "tracking_ad_targeting", "employee_rights", "devices_restrictions", "training_review",
        ],
    ),
    (
        ("not_sure",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests", "messaging",
            "records_retention", "incident_response", "tracking_ad_targeting", "employee_rights",
            "training_review",
        ],
    ),
    (
        ("peer_workers",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests", "looking_up_clients",
            "peer_personal_accounts", "dating_app_outreach", "incident_response",
            "employee_rights", "training_review",
        ],
    ),
    (
        ("board", "interns", "staff_nonclinical", "former_staff"),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "official_accounts", "speaking_for_agency", "personal_accounts", "friend_requests",
            "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("bluesky_mastodon", "threads"),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "event_photography", "official_accounts", "speaking_for_agency", "personal_accounts",
            "friend_requests", "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("facebook",),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "event_photography", "testimonials", "reviews_comments", "official_accounts",
            "speaking_for_agency", "personal_accounts", "friend_requests", "looking_up_clients",
            "messaging", "peer_personal_accounts", "location_data", "crisis_content",
            "incident_response", "tracking_ad_targeting", "employee_rights", "training_review",
        ],
    ),
    (
        ("part2", "state_law"),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "speaking_for_agency", "personal_accounts", "friend_requests", "minors",
            "records_retention", "incident_response", "employee_rights", "training_review",
        ],
    ),
    (
        ("coppa", "snapchat"),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "event_photography", "speaking_for_agency", "personal_accounts", "friend_requests",
            "location_data", "minors", "records_retention", "incident_response",
            "employee_rights", "training_review",
        ],
    ),
    (
        ("telegram", "youtube"),
        [
            "scope", "core_confidentiality", "sensitive_information", "photos_service_areas",
            "testimonials", "official_accounts", "speaking_for_agency", "personal_accounts",
            "friend_requests", "messaging", "records_retention", "incident_response",
            "employee_rights", "devices_restrictions", "training_review",
        ],
    ),
]  # fmt: skip


def ticked(stage, option_ids) -> Choices:
    where = {o.id: c.id for c in stage.choices for o in c.options}
    ch = Choices()
    for option_id in option_ids:
        ch = ch.toggled(where[option_id], option_id, True)
    return ch


@pytest.fixture(scope="module")
def stage(plan):
    return plan.stage_of_kind("drafting")


@pytest.mark.parametrize(
    ("options", "expected"), TABLE, ids=[" ".join(t[0]) or "none" for t in TABLE]
)
def test_choices_propose_these_clauses_in_this_order(stage, options, expected):
    got = [p.clause_id for p in propose_draft(ticked(stage, options), "Org", stage)]
    assert got == expected


def test_the_table_is_big_enough():
    assert len(TABLE) >= 12


def test_other_text_alone_proposes_only_core(stage):
    ch = Choices().with_other("platforms", "Nextdoor")
    assert [p.clause_id for p in propose_draft(ch, "Org", stage)] == CORE


def test_each_proposal_says_why_in_the_options_words(stage):
    props = {p.clause_id: p for p in propose_draft(ticked(stage, ["dating_apps"]), "Org", stage)}
    assert props["dating_app_outreach"].reason == (
        "because you chose Dating and hookup apps used for outreach"
    )
    assert props["scope"].reason == "core clause"
    many = ticked(stage, ["instagram", "facebook", "tiktok", "threads", "x_twitter"])
    event = {p.clause_id: p for p in propose_draft(many, "Org", stage)}["event_photography"]
    assert event.reason == (
        "because you chose Facebook (pages, groups, Messenger), Instagram, Threads and 2 more"
    )


ODD_NAMES = ["{0} & <Co>", "{org}", "Café 🌈 {x}", "مركز الأمل", "A}}{{B %s"]


@pytest.mark.parametrize("org", ODD_NAMES)
def test_org_name_is_filled_in_exactly_as_typed(stage, org):
    props = propose_draft(Choices(), org, stage)
    scope = props[0]
    assert f"works or volunteers for {org} whenever" in scope.body
    assert "{org}" not in scope.body.replace(org, "")
    draft = Draft.from_proposals(props)
    printed = draft.as_text(stage, org)
    assert printed.startswith("1. Scope and definitions\nThis policy applies")
    assert f"for {org} whenever" in printed


def test_group_edits_print_literally_even_with_placeholders(stage):
    draft = Draft.from_proposals(propose_draft(Choices(), "Org", stage))
    edit = "Staff of {org} & <b>{0}</b> 🌈 שלום"
    draft = draft.edit("scope", body=edit)
    assert draft.body_of(draft.get("scope"), stage, "Real Name") == edit
    assert f"1. Scope and definitions\n{edit}\n\n2." in draft.as_text(stage, "Real Name")


def test_edited_clause_survives_a_change_of_choices(stage):
    first = ticked(stage, ["dating_apps", "facebook"])
    draft = Draft.from_proposals(propose_draft(first, "Org", stage))
    draft = draft.edit("dating_app_outreach", body="Our own words about apps.")
    draft = draft.set_included("testimonials", False)
    later = ticked(stage, ["signal", "peer_workers"])  # dating apps and Facebook unticked
    merged = draft.merge(propose_draft(later, "Org", stage), stage)
    kept = merged.get("dating_app_outreach")
    assert kept.body == "Our own words about apps."
    assert kept.status == PROPOSED  # peer workers still propose it
    # a removed proposal is marked, never deleted, and keeps the group's include choice
    testimonials = merged.get("testimonials")
    assert testimonials.status == WITHDRAWN
    assert testimonials.included is False
    assert merged.get("location_data").status == WITHDRAWN
    # new proposals are added next to their library neighbours
    keys = [c.key for c in merged.clauses]
    assert keys.index("messaging") == keys.index("looking_up_clients") + 1
    assert "records_retention" in keys
    # going back brings the withdrawn clause back to proposed, edit still intact
    back = merged.merge(propose_draft(first, "Org", stage), stage)
    assert back.get("location_data").status == PROPOSED
    assert back.get("dating_app_outreach").body == "Our own words about apps."


def test_edited_and_withdrawn_clause_keeps_its_text(stage):
    draft = Draft.from_proposals(propose_draft(ticked(stage, ["gdpr"]), "Org", stage))
    draft = draft.edit("tracking_ad_targeting", body="No pixels.")
    merged = draft.merge(propose_draft(Choices(), "Org", stage), stage)
    c = merged.get("tracking_ad_targeting")
    assert (c.status, c.body, c.edited) == (WITHDRAWN, "No pixels.", True)
    assert "No pixels." in merged.as_text(stage, "Org")  # still printed until the group decides
    kept = merged.keep("tracking_ad_targeting")
    assert kept.get("tracking_ad_targeting").status == KEPT
    assert (
        kept.merge(propose_draft(Choices(), "Org", stage), stage)
        .get("tracking_ad_targeting")
        .status
        == KEPT
    )
    assert "tracking_ad_targeting" not in [
        c.key for c in merged.remove("tracking_ad_targeting").clauses
    ]


def test_reorder_own_clause_reset_and_numbering(stage):
    draft = Draft.from_proposals(propose_draft(Choices(), "Org", stage))
    draft, key = draft.add_own("Pets", "No photos of clients' pets.", after="scope")
    assert draft.get(key).status == OWN
    draft = draft.move("employee_rights", -100).set_included("training_review", False)
    draft = draft.edit("scope", body="changed")
    assert draft.get("scope").edited
    draft = draft.reset("scope")
    assert not draft.get("scope").edited
    titles = [n.title for n in draft.numbered(stage, "Org")]
    assert titles[:3] == ["Employees' rights", "Scope and definitions", "Pets"]
    assert "Training, sign-off, review and discipline" not in titles
    assert [n.number for n in draft.numbered(stage, "Org")] == list(range(1, len(titles) + 1))


def test_edits_obey_the_input_rules(stage):
    draft = Draft.from_proposals(propose_draft(Choices(), "Org", stage))
    assert draft.edit("scope", body="a\x00b\r\nc").get("scope").body == "ab\nc"
    with pytest.raises(InputError):
        draft.edit("scope", body="x" * 20_001)


def test_choices_and_draft_are_saved_with_history(store, stage):
    group = store.add_group("{0} & <Co> 🌈")
    draft = apply_choices(store, group.id, stage, ticked(stage, ["dating_apps"]))
    assert "dating_app_outreach" in [c.key for c in draft.clauses]
    edited = draft.edit("scope", body="Ours")
    save_draft(store, group.id, edited)
    apply_choices(store, group.id, stage, Choices())
    assert load_choices(store, group.id).chosen() == frozenset()
    now = load_draft(store, group.id)
    assert now.get("scope").body == "Ours"
    assert now.get("dating_app_outreach").status == WITHDRAWN
    history = store.record_history(group.id, clauses.DRAFT)
    assert len(history) == 3
    store.restore_record(group.id, clauses.DRAFT, history[-1].revision)
    restored = load_draft(store, group.id)
    assert restored.get("scope").body is None
    assert restored.get("dating_app_outreach").status == PROPOSED
    assert len(store.record_history(group.id, clauses.CHOICES)) == 2


def test_unknown_options_are_dropped_and_other_text_is_cleaned(stage):
    ch = Choices(
        {"platforms": ("nope", "sms", "facebook")},
        {"platforms": " Next\x00door \n", "regimes": "x"},
    )
    n = ch.normalized(stage)
    assert n.selected["platforms"] == ("facebook", "sms")
    assert n.other == {"platforms": "Nextdoor"}  # regimes does not allow "other"
    assert Choices.from_data(n.to_data()) == n
