"""Roster CSV: the organizations in the room, read before anything is saved.

One organization a line: name, contact, size. UTF-8 with or without a byte-order mark; commas
or semicolons; an optional header line. Every line gets a verdict (ok, or why not) so the
console can show a preview and save only the good lines once the facilitator confirms.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from workshop_app import text

HEADER_WORDS = {"name", "organization", "organisation", "org", "group"}


class RosterError(ValueError):
    """The whole file cannot be read (not UTF-8, empty)."""


@dataclass(frozen=True)
class RosterLine:
    line: int  # 1-based line number in the file
    name: str
    contact: str
    size: int | None
    problem: str = ""  # empty when the line can be imported
    size_text: str = ""  # the size as written, shown in the preview even when it is wrong

    @property
    def ok(self) -> bool:
        return not self.problem


def parse_roster(data: bytes, existing_names: list[str] = ()) -> list[RosterLine]:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterError(
            f"The file is not UTF-8 text (byte {exc.start + 1}); save it as “CSV UTF-8” and try again."
        ) from None
    lines = content.splitlines()
    if not any(line.strip() for line in lines):
        raise RosterError("The file is empty.")
    first = next(line for line in lines if line.strip())
    delimiter = ";" if first.count(";") > first.count(",") else ","
    seen = {n.casefold() for n in existing_names}
    result: list[RosterLine] = []
    reader = csv.reader(io.StringIO(content), delimiter=delimiter)
    header_checked = False
    for row in reader:
        number = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if not header_checked:
            header_checked = True
            if cells[0].casefold() in HEADER_WORDS:
                continue
        result.append(_line(number, cells, seen))
    return result


def _line(number: int, cells: list[str], seen: set[str]) -> RosterLine:
    raw_name = cells[0] if cells else ""
    contact_raw = cells[1] if len(cells) > 1 else ""
    size_raw = cells[2] if len(cells) > 2 else ""

    def bad(problem: str, name: str = raw_name) -> RosterLine:
        return RosterLine(number, name, contact_raw, None, problem, size_raw)

    if len(cells) > 3 and any(cells[3:]):
        return bad(f"The line has {len(cells)} columns; a line is name, contact, size.")
    try:
        name = text.org_name(raw_name)
        contact = text.short_text(contact_raw, "The contact")
    except text.InputError as exc:
        return bad(str(exc))
    size = None
    if size_raw:
        try:
            size = int(size_raw)
        except ValueError:
            return bad(f"The size “{size_raw}” is not a whole number.", name)
        if not 0 <= size <= 10_000:
            return bad("The size must be between 0 and 10,000.", name)
    if name.casefold() in seen:
        return bad(f"“{name}” is on the list already.", name)
    seen.add(name.casefold())
    return RosterLine(number, name, contact, size, "", size_raw)
