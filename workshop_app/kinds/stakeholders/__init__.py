"""The stakeholders stage kind: each organization's power × interest map and approval chain."""

from workshop_app.kinds.base import PlanSchema, Private, RecordKind, StageKind

_ = "workshop_app.kinds.stakeholders."

KIND = StageKind(
    name="stakeholders",
    label="Stakeholder mapping",
    plan=PlanSchema(
        keys={"categories": (), "approval_chain": ()},
        parse=_ + "plan:parse",
        new_stage={
            "categories": [{"id": "people_served", "label": "People served"}],
            "approval_chain": {"steps": ["Who signs off first"]},
        },
    ),
    records=(
        RecordKind("stakeholders", "stakeholder map", _ + "web:clean_stakeholders"),
        RecordKind("approval_chain", "approval chain"),
    ),
    console_page=_ + "ui.page:StakeholderEditor",
    spotlights={"stakeholder_map": _ + "ui.spotlight:stakeholder_map_content"},
    asks_consent={"stakeholder_map": Private("stakeholder map", "Show stakeholder map")},
    web_context=_ + "web:context",
    form_records=_ + "web:from_form",
    sections={
        "worksheet": (_ + "sections:worksheet_section",),
        "handout": (_ + "sections:handout_section",),
        "summary": (),
    },
    demo=_ + "demo:fill",
)
