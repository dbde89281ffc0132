"""How well does the client-detail screening find what it should, and only that?

Reads the fixed corpus tests/fixtures/screening_corpus.txt (realistic workshop answers, each
marked with the kinds of identifier it holds) and prints, per kind, recall (answers holding the
kind in which it was found) and the false-positive rate (answers without the kind in which it was
found anyway). Targets: recall ≥ 95 %, false positives ≤ 5 %. `--misses` lists what went wrong.

    .venv/bin/python bench/screening.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "screening_corpus.txt"


@dataclass(frozen=True)
class Corpus:
    today: date
    names: tuple[str, ...]
    answers: tuple[tuple[frozenset[str], str], ...]


@dataclass(frozen=True)
class Figures:
    kind: str
    holding: int  # answers that hold the kind
    found: int  # … in which it was found
    without: int  # answers that do not hold it
    false_positives: int  # … in which it was found anyway

    @property
    def recall(self) -> float:
        return self.found / self.holding if self.holding else 1.0

    @property
    def fp_rate(self) -> float:
        return self.false_positives / self.without if self.without else 0.0


def load_corpus(path: Path = CORPUS) -> Corpus:
    today, names, answers = date.today(), (), []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("today:"):
            today = date.fromisoformat(line.split(":", 1)[1].strip())
        elif line.startswith("names:"):
            names = tuple(n.strip() for n in line.split(":", 1)[1].split(";") if n.strip())
        else:
            kinds, sep, text = line.partition(" | ")
            if not sep or not text.strip():
                raise ValueError(f"{path.name}:{number}: expected 'kinds | answer'")
            marked = frozenset(k.strip() for k in kinds.split(",") if k.strip() not in ("", "-"))
            answers.append((marked, text))
    return Corpus(today, names, tuple(answers))


def measure(corpus: Corpus) -> tuple[list[Figures], list[str]]:
    """Figures per kind, and one line per miss or false positive."""
    from workshop_app import screening

    counts = {k: [0, 0, 0, 0] for k in screening.KINDS}
    wrong: list[str] = []
    for marked, text in corpus.answers:
        unknown = marked - set(screening.KINDS)
        if unknown:
            raise ValueError(f"unknown kind {sorted(unknown)} in: {text}")
        findings = screening.screen(text, corpus.names, today=corpus.today)
        found = {f.kind for f in findings}
        for kind, c in counts.items():
            if kind in marked:
                c[0] += 1
                c[1] += kind in found
                if kind not in found:
                    wrong.append(f"missed {kind}: {text}")
            else:
                c[2] += 1
                if kind in found:
                    c[3] += 1
                    said = ", ".join(repr(f.text) for f in findings if f.kind == kind)
                    wrong.append(f"false {kind} ({said}): {text}")
    return [Figures(k, *c) for k, c in counts.items()], wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    corpus = load_corpus()
    start = time.perf_counter()
    figures, wrong = measure(corpus)
    elapsed = time.perf_counter() - start
    clean = sum(1 for marked, _ in corpus.answers if not marked)
    print(
        f"screening corpus: {len(corpus.answers)} answers "
        f"({len(corpus.answers) - clean} with identifiers, {clean} without)"
    )
    print(f"{'kind':<15}{'recall':>16}{'false positives':>24}")
    for f in figures:
        print(
            f"{f.kind:<15}{f.found:>5}/{f.holding:<4}{f.recall:>6.1%}"
            f"{f.false_positives:>11}/{f.without:<4}{f.fp_rate:>7.1%}"
        )
    print(
        f"screened in {elapsed * 1000:.0f} ms ({elapsed / len(corpus.answers) * 1000:.2f} ms each)"
    )
    if args.misses:
        for line in wrong:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
