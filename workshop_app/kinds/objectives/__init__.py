"""The objectives stage kind: the workshop's objectives, read out at the start, with prompts."""

from workshop_app.kinds.base import PlanSchema, StageKind

KIND = StageKind(
    name="objectives",
    label="Objectives",
    plan=PlanSchema(
        keys={"objectives": ()},
        parse="workshop_app.kinds.objectives.plan:parse",
        once=True,
        new_stage={"objectives": ["What the room should leave with"]},
    ),
    records=(),
    console_page=None,  # the stage page lists the objectives above the prompts
    spotlights={},
    web_context=None,  # resources/kinds/objectives/stage.html lists them; no data of its own
    sections={"worksheet": (), "handout": (), "summary": ()},
    demo=None,  # its demo data is answers, which every stage has
)
