"""The event's plan over time: changing it mid-event, and the answers of removed questions.

A facilitator may change the running event's plan (add a prompt, change minutes or notes, drop
a question nobody needs). The event row holds the current version; ``plan_versions`` keeps, for
each change, when the new version started and the text of the one it replaced, so an event that
never changed its plan costs nothing more. Answers are never deleted with their question: `removed_answers` finds them, with
the question's text from the last version that still had it, for the worksheet's "From a question
removed during the workshop". Which version an answer was given under is read from the timeline
(`plan_version_at`): the version in force when it was saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.i18n import _
from workshop_app.plan import WorkshopPlan, load_plan_text
from workshop_app.store.model import NOTES, Change, now
from workshop_app.text import InputError


@dataclass(frozen=True)
class PlanVersion:
    version: int
    started_at: str
    plan: WorkshopPlan


@dataclass(frozen=True)
class RemovedAnswer:
    """An answer whose question is no longer in the plan."""

    stage_id: str
    stage_title: str
    prompt_id: str
    prompt_text: str
    text: str
    saved_at: str
    plan_version: int


class PlanVersions:
    """Mixed into EventStore (needs StoreBase's connection, transactions and listeners)."""

    def plan_versions(self) -> list[PlanVersion]:
        """Every version of the event's plan, the first one first, the current one last."""
        rows = self._query("SELECT * FROM plan_versions ORDER BY version")
        event = self._one("SELECT plan_text, created_at FROM event WHERE id = 1")
        starts = [event["created_at"]] + [r["started_at"] for r in rows]
        texts = [r["replaced_text"] for r in rows] + [event["plan_text"]]
        return [
            PlanVersion(i + 1, start, load_plan_text(text, region=self.region))
            for i, (start, text) in enumerate(zip(starts, texts, strict=True))
        ]

    def plan_version(self) -> int:
        return self._one("SELECT max(version) AS v FROM plan_versions")["v"] or 1

    def plan_version_at(self, stamp: str) -> int:
        """The plan version in force at `stamp` (an ISO time as stored with every save)."""
        row = self._one(
            "SELECT max(version) AS v FROM plan_versions WHERE started_at <= ?", (stamp,)
        )
        return row["v"] or 1

    def change_plan(self, plan: WorkshopPlan) -> int:
        """Make `plan` the event's plan from now on; its version number.

        Answers, notes and records are kept whatever changed; an answer to a question the new
        plan no longer asks shows in `removed_answers`. The room stays on its stage when the new
        plan still has it, else moves to the first stage.
        """
        if not plan.stages:
            raise InputError(_("A plan needs at least one stage."))
        if plan.source_text == self.plan.source_text:
            return self.plan_version()
        current = self.current_stage_id
        keep = current if current in {s.id for s in plan.stages} else plan.stages[0].id
        with self._transaction() as c:
            version = self.plan_version() + 1
            c.execute(
                "INSERT INTO plan_versions (version, started_at, replaced_text) VALUES (?, ?, ?)",
                (version, now(), self.plan.source_text),
            )
            c.execute(
                "UPDATE event SET plan_text = ?, plan_id = ?, current_stage_id = ? WHERE id = 1",
                (plan.source_text, plan.id, keep),
            )
        self._plan = None
        self._notify(Change("plan"))
        if keep != current:
            self._notify(Change("stage", stage_id=keep))
        return version

    def removed_answers(self, group_id: int) -> list[RemovedAnswer]:
        """The group's non-blank answers to questions the current plan no longer asks."""
        plan = self.plan
        asked = {(s.id, p.id) for s in plan.stages for p in s.prompts}
        stages = {s.id for s in plan.stages}
        orphans = [
            a
            for a in self.answers(group_id)
            if a.text.strip()
            and (a.stage_id, a.prompt_id) not in asked
            and not (a.prompt_id == NOTES and a.stage_id in stages)
        ]
        if not orphans:
            return []
        versions = self.plan_versions()
        out = []
        for a in orphans:
            stage_title, prompt_text = a.stage_id, a.prompt_id
            for v in reversed(versions):  # the last version that still asked it
                try:
                    stage = v.plan.stage(a.stage_id)
                except KeyError:
                    continue
                stage_title = stage.title
                if a.prompt_id == NOTES:
                    prompt_text = "Notes"
                    break
                try:
                    prompt_text = stage.prompt(a.prompt_id).text
                    break
                except KeyError:
                    continue
            out.append(
                RemovedAnswer(
                    a.stage_id,
                    stage_title,
                    a.prompt_id,
                    prompt_text,
                    a.text,
                    a.saved_at,
                    self.plan_version_at(a.saved_at),
                )
            )
        return out
