"""Console pages. Every stage shows its prompts and the group's notes; a stage kind that keeps
more (a stakeholder map, a draft policy, report-back cards) adds an *extra* widget here.

An extra is a QWidget class constructed as ``Extra(ctx, stage)`` (ctx: AppContext, stage:
plan.Stage) with two methods: ``set_group(group_id: int | None)`` to show one organization, and
``flush() -> bool`` to save anything pending (called on stage change, group change and close;
False when something could not be saved, which keeps the console where it is).
Register it in STAGE_EXTRAS as "module:Class" so the console imports it only when used.
"""

STAGE_EXTRAS: dict[str, str] = {
    "drafting": "workshop_app.kinds.drafting.ui.page:DraftEditor",
    "report_back": "workshop_app.kinds.report_back.ui.page:ReportBackEditor",
    "stakeholders": "workshop_app.kinds.stakeholders.ui.page:StakeholderEditor",
}
