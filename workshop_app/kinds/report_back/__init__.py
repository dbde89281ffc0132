"""The report-back stage kind: one card per organization, the room's hardest parts, and each
organization's action plan."""

from workshop_app.kinds.base import PlanSchema, RecordKind, StageKind

_ = "workshop_app.kinds.report_back."

KIND = StageKind(
    name="report_back",
    label="Report back",
    plan=PlanSchema(
        keys={"action_prompt": ""},
        parse=_ + "plan:parse",
        needs_prompts=True,
        new_stage={
            "prompts": [{"id": "first_step", "text": "What is your first step?", "size": "short"}],
            "action_prompt": "first_step",
        },
    ),
    records=(RecordKind("actions", "action items", _ + "web:clean_actions"),),
    console_page=_ + "ui.page:ReportBackEditor",
    spotlights={
        "report_card": _ + "ui.spotlight:report_card_content",
        "hardest_parts": _ + "ui.spotlight:hardest_parts_content",
    },
    web_context=_ + "web:context",
    form_records=_ + "web:from_form",
    sections={
        "worksheet": (_ + "sections:worksheet_section",),
        "handout": (_ + "sections:handout_section",),
        "summary": (_ + "sections:summary_section",),
        "summary_overview": (_ + "sections:summary_side_by_side",),
    },
    demo=_ + "demo:fill",
    calendar=_ + "model:calendar_items",
)
