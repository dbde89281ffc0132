"""The drafting stage kind: each organization's choices and the draft policy they propose."""

from workshop_app.kinds.base import PlanSchema, Private, RecordKind, StageKind

_ = "workshop_app.kinds.drafting."

KIND = StageKind(
    name="drafting",
    label="Policy drafting",
    plan=PlanSchema(
        keys={"roles": (), "choices": (), "clauses": ()},
        parse=_ + "plan:parse",
        new_stage={
            "roles": [{"id": "all", "label": "Everyone"}],
            "clauses": [
                {
                    "id": "scope",
                    "title": "Scope",
                    "body": "This policy applies to everyone who works for {org}.",
                    "roles": ["all"],
                    "core": True,
                    "why": "Why this clause is proposed.",
                }
            ],
        },
    ),
    records=(
        RecordKind("choices", "draft policy choices", _ + "web:clean_choices"),
        RecordKind("draft", "draft policy", _ + "web:clean_draft"),
    ),
    console_page=_ + "ui.page:DraftEditor",
    spotlights={"draft": _ + "ui.spotlight:draft_spotlight"},
    asks_consent={"draft": Private("draft policy", "Show draft")},
    web_context=_ + "web:context",
    form_records=_ + "web:from_form",
    sections={
        "worksheet": (_ + "sections:worksheet_section",),
        "handout": (_ + "sections:handout_section",),
        "summary": (_ + "sections:summary_section",),
    },
    demo=_ + "demo:fill",
)
