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
from workshop_app.i18n import N_, _, number

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
            _("The file is not UTF-8 text (byte %(at)s); save it as “CSV UTF-8” and try again.")
            % {"at": exc.start + 1}
        ) from None
    lines = content.splitlines()
    if not any(line.strip() for line in lines):
        raise RosterError(_("The file is empty."))
    first = next(line for line in lines if line.strip())
    delimiter = ";" if first.count(";") > first.count(",") else ","
    seen = {n.casefold() for n in existing_names}
    result: list[RosterLine] = []
    reader = csv.reader(io.StringIO(content), delimiter=delimiter)
    header_checked = False
    for row in reader:
        line = reader.line_num
        cells = [c.strip() for c in row]
        if not any(cells):
            continue
        if not header_checked:
            header_checked = True
            if cells[0].casefold() in HEADER_WORDS:
                continue
        result.append(_line(line, cells, seen))
    return result


def _line(line: int, cells: list[str], seen: set[str]) -> RosterLine:
    raw_name = cells[0] if cells else ""
    contact_raw = cells[1] if len(cells) > 1 else ""
    size_raw = cells[2] if len(cells) > 2 else ""

    def bad(problem: str, name: str = raw_name) -> RosterLine:
        return RosterLine(line, name, contact_raw, None, problem, size_raw)

    if len(cells) > 3 and any(cells[3:]):
        return bad(
            _("The line has %(count)s columns; a line is name, contact, size.")
            % {"count": len(cells)}
        )
    try:
        name = text.org_name(raw_name)
        contact = text.short_text(contact_raw, N_("The contact"))
    except text.InputError as exc:
        return bad(str(exc))
    size = None
    if size_raw:
        try:
            size = int(size_raw)
        except ValueError:
            return bad(_("The size “%(size)s” is not a whole number.") % {"size": size_raw}, name)
        if not 0 <= size <= 10_000:
            return bad(
                _("The size must be between 0 and %(most)s.") % {"most": number(10_000)}, name
            )
    if name.casefold() in seen:
        return bad(_("“%(name)s” is on the list already.") % {"name": name}, name)
    seen.add(name.casefold())
    return RosterLine(line, name, contact, size, "", size_raw)
