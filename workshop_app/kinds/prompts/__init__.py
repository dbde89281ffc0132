"""The prompts stage kind: prompts and notes only, as many stages of it as a plan wants."""

from workshop_app.kinds.base import PlanSchema, StageKind

KIND = StageKind(
    name="prompts",
    label="Prompts",
    plan=PlanSchema(
        keys={},
        needs_prompts=True,
        once=False,
        new_stage={
            "prompts": [{"id": "question", "text": "A question for the groups", "size": "medium"}]
        },
    ),
    records=(),
    console_page=None,
    spotlights={},
    web_context=None,
    sections={"worksheet": (), "handout": (), "summary": ()},
    demo=None,
)
