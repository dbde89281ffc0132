"""The vote stage kind: dot voting. Each participant device (and the facilitator, for paper
ballots) gives its N dots to what the room is voting on: the organizations' answers to a prompt
(report back's hardest parts), the clause topics of a drafting stage, or items the plan lists."""

from workshop_app.kinds.base import PlanSchema, RecordKind, StageKind

_ = "workshop_app.kinds.vote."

KIND = StageKind(
    name="vote",
    label="Dot vote",
    plan=PlanSchema(
        keys={
            "question": "",
            "dots": 3,
            "vote_on": "items",
            "items": (),
            "from_stage": "",
            "from_prompt": "",
        },
        parse=_ + "plan:parse",
        check_plan=_ + "plan:check_plan",
        once=False,
        texts=("question", "items"),
        choices={"vote_on": ("answers", "clauses", "items")},
        new_stage={
            "question": "Which of these should we take on first?",
            "vote_on": "items",
            "items": ["First idea", "Second idea"],
        },
    ),
    # one ballot per device (or "paper") and organization, "vote.<stage>.<voter>", with history
    records=(RecordKind("vote", "dot vote"),),
    console_page=_ + "ui.page:VotePage",
    spotlights={"vote_tally": _ + "ui.spotlight:tally_content"},
    web_context=_ + "web:context",
    web_form=_ + "web:ballot_form",
    sections={
        "worksheet": (_ + "sections:worksheet_section",),
        "handout": (_ + "sections:handout_section",),
        "summary": (_ + "sections:summary_section",),
    },
    demo=_ + "demo:fill",
)
