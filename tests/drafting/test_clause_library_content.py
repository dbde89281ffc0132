"""The seeded clause library checked against the content brief (/work/shared/CONTENT.md):
24 topics in the brief's order, 2-5 sentences with {org}, roles, a "why" naming its guidance,
and the modern points the brief asks each topic to make."""

from __future__ import annotations

import re

import pytest

# (clause id, words the body must contain) in the brief's order, one per topic
TOPICS = [
    (
        "scope",
        ["messag", "closed groups", "review sites", "live video", "dating", "personal", "off"],
    ),
    ("core_confidentiality", ["identify", "pieced together", "confirming"]),
    (
        "sensitive_information",
        [
            "HIV",
            "substance-use",
            "acknowledging",
            "sexual orientation",
            "gender identity",
            "State HIV",
        ],
    ),
    ("photos_service_areas", ["personal devices", "screens", "sign-in sheets", "whiteboards"]),
    ("event_photography", ["opt-in", "stickers", "lanyards", "written consent", "tag"]),
    ("testimonials", ["written consent", "channels", "how long", "withdraw", "incentives"]),
    ("reviews_comments", ["never confirm", "neutral", "phone or email"]),
    (
        "official_accounts",
        ["belongs to", "list", "administrators", "two-factor", "leaves", "approval"],
    ),
    ("speaking_for_agency", ["executive director", "views are your own", "paid"]),
    ("personal_accounts", ["personal and professional", "Privacy settings", "not a guarantee"]),
    ("friend_requests", ["Decline kindly", "agency's page", "supervisor"]),
    ("looking_up_clients", ["curiosity", "compelling", "Record the reason"]),
    (
        "messaging",
        ["approved", "business associate agreement", "minimum", "lock-screen", "client record"],
    ),
    (
        "peer_personal_accounts",
        ["agency phones", "written agreement", "own health status", "never a client's status"],
    ),
    (
        "dating_app_outreach",
        ["profile clearly identified", "state their role", "personal meetings", "logged"],
    ),
    ("location_data", ["check in", "clinics", "testing sites", "client homes", "location data"]),
    ("minors", ["one-to-one", "personal accounts", "guardian", "minor-consent", "FERPA", "COPPA"]),
    (
        "crisis_content",
        [
            "clinician or supervisor",
            "reporting tools",
            "988",
            "emergency services",
            "Record",
            "monitored",
        ],
    ),
    ("records_retention", ["client record", "retention schedule", "Disappearing"]),
    ("incident_response", ["privacy officer the same day", "taken down", "60 days"]),
    ("tracking_ad_targeting", ["pixels", "analytics", "advertising", "targeted by health status"]),
    (
        "employee_rights",
        ["pay", "working conditions", "reporting suspected wrongdoing", "names the conduct"],
    ),
    ("devices_restrictions", ["personal phone", "two-factor", "remotely wipe", "TikTok"]),
    (
        "training_review",
        [
            "trained",
            "once a year",
            "acknowledgement",
            "reviews the policy every year",
            "proportionate",
        ],
    ),
]
SOURCES = re.compile(
    r"GMC|NASW|NCSBN|NMC|HIPAA|HHS|OCR|FTC|CFR|NIST|NLRB|FERPA|COPPA|GDPR|FAR|988|county health"
)


@pytest.fixture(scope="module")
def library(plan):
    return plan.stage_of_kind("drafting").clauses


def test_twenty_four_topics_in_the_briefs_order(library):
    assert [c.id for c in library] == [t[0] for t in TOPICS]


@pytest.mark.parametrize(("clause_id", "words"), TOPICS, ids=[t[0] for t in TOPICS])
def test_each_clause_makes_the_briefs_points(library, clause_id, words):
    clause = next(c for c in library if c.id == clause_id)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“{])", clause.body) if s.strip()]
    assert 2 <= len(sentences) <= 5, sentences
    assert "{org}" in clause.body
    for word in words:
        assert word in clause.body, word
    assert clause.roles and clause.why
    assert SOURCES.search(clause.why), clause.why
    assert "MySpace" not in clause.body and "embarrass" not in clause.body
