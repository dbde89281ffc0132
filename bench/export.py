"""Export 100 organizations' worksheets, every prompt answered, against raw python-docx.

The baseline writes the same paragraphs (title, stage and prompt headings, answers, notes) with
plain python-docx calls and saves one file per organization, so the ratio shows what the
export's own work costs (title block, header/footer fields, safe text, atomic write).
Targets (issue 9): at most 10 s in all and at most 2x the baseline. It also prints how long
one 1,500-row table takes (kit.table; a quadratic table would show here, not in a test).

    .venv/bin/python bench/export.py [--orgs 100]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ANSWER = (
    "Peer navigators message clients on WhatsApp from their own phones; the privacy officer "
    "reviews the page weekly. Next: a drafting committee with two advisory-board members, "
    "a checklist for event photos, and a scripted reply for reviews — 🙂 <&> ✓ "
)


def fill(store, orgs: int) -> None:
    plan = store.plan
    for i in range(orgs):
        group = store.add_group(f"Organization {i + 1:03d} — Community Health Services")
        for s_i, stage in enumerate(plan.stages):
            for p_i, prompt in enumerate(stage.prompts):
                store.save_answer(group.id, stage.id, prompt.id, f"{i}.{s_i}.{p_i} " + ANSWER * 3)
            store.save_notes(group.id, stage.id, f"Notes {i}.{s_i}: " + ANSWER)


def baseline(store, folder: Path) -> float:
    import docx

    plan, event = store.plan, store.event()
    answers: dict = {}
    for a in store.answers():
        answers.setdefault(a.group_id, {})[(a.stage_id, a.prompt_id)] = a.text
    start = time.perf_counter()
    for group in store.groups():
        doc = docx.Document()
        doc.add_paragraph(event.title, style="Title")
        doc.add_paragraph(f"Worksheet for {group.name}", style="Subtitle")
        mine = answers.get(group.id, {})
        for stage in plan.stages:
            doc.add_paragraph(stage.title, style="Heading 1")
            for objective in stage.objectives:
                doc.add_paragraph(objective, style="List Number")
            for prompt in stage.prompts:
                doc.add_paragraph(prompt.text, style="Heading 2")
                doc.add_paragraph(mine.get((stage.id, prompt.id), ""))
            doc.add_paragraph("Our notes", style="Heading 3")
            doc.add_paragraph(mine.get((stage.id, "_notes"), ""))
        doc.save(str(folder / f"{group.id}.docx"))
    return time.perf_counter() - start


def big_table(rows: int = 1500) -> float:
    """Seconds to write one table of `rows` rows into a new export document."""
    from workshop_app.export import docx_kit as kit

    doc = kit.new_document(title="t", subject="s", header="h", confidential_for="c", author="a")
    start = time.perf_counter()
    kit.table(doc, ("a", "b", "c"), ([str(i), "x" * 20, "y"] for i in range(rows)))
    return time.perf_counter() - start


def fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=100)
    args = parser.parse_args()
    from workshop_app import paths
    from workshop_app.plan import load_plan
    from workshop_app.store import EventStore

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ.setdefault("WORKSHOP_APP_DATA_DIR", str(root / "data"))
        plan = load_plan(paths.default_plan_path())
        with EventStore.create(root / "bench.workshop", plan, "Bench workshop") as store:
            fill(store, args.orgs)
        with EventStore.open(root / "bench.workshop", readonly=True) as store:
            import docx  # noqa: F401  (import time is not part of either figure)

            from workshop_app.export.worksheet import export_worksheets

            (root / "base").mkdir()
            (root / "out").mkdir()
            # alternate the two, best of two each: the machine is shared and warms up
            bases, runs = [], []
            for _ in range(2):
                bases.append(baseline(store, root / "base"))
                start = time.perf_counter()
                written = export_worksheets(store, root / "out")
                runs.append(time.perf_counter() - start)
            base, ours = min(bases), min(runs)
            size = sum(p.stat().st_size for p in written) / len(written)
            table = min(big_table() for _ in range(2))
    print(f"organizations:           {args.orgs} ({plan.prompt_count} prompts each, all answered)")
    print(
        f"export_worksheets:       {ours:6.2f} s  ({ours / args.orgs * 1000:.0f} ms per file,"
        f" {size / 1024:.0f} KiB each)"
    )
    print(f"raw python-docx baseline:{base:6.2f} s  ({base / args.orgs * 1000:.0f} ms per file)")
    print(f"all runs (s):            export {fmt(runs)}; baseline {fmt(bases)}")
    print(f"ratio:                   {ours / base:6.2f}x  (target <= 2x; total target <= 10 s)")
    print(f"one 1,500-row table:     {table:6.2f} s  (kit.table; best of 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
