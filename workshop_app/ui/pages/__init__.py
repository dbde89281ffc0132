"""Console pages. Every stage shows its prompts and the group's notes; a stage kind that keeps
more (a stakeholder map, a draft policy, report-back cards) adds an *extra* widget here.

An extra is a QWidget class constructed as ``Extra(ctx, stage)`` (ctx: AppContext, stage:
plan.Stage) with two methods: ``set_group(group_id: int | None)`` to show one organization, and
``flush() -> bool`` to save anything pending (called on stage change, group change and close;
False when something could not be saved, which keeps the console where it is).
An extra whose work starts before the prompts (the drafting stage's choice lists, which its
prompts build on) names that part as its ``lead`` attribute, a QWidget: the page takes it from
the extra and puts it under the organization's name, above the first prompt, where Tab reaches
it before the answers. The page tells an extra its room as it changes: ``fit_width(width)``
(panes stack rather than scroll sideways) and ``fit_height(height)``, the page's visible height,
for a part that should fit on one screen; both optional.
A kind names it as its `console_page` ("module:Class", see workshop_app/kinds/base.py); the
console imports it only when a stage of that kind is first shown.
"""

from workshop_app.kinds import KINDS

STAGE_EXTRAS: dict[str, str] = {k.name: k.console_page for k in KINDS if k.console_page}
