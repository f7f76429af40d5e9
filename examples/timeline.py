"""Parse a folder of articles, merge them, print a timeline of meetings and write an .ics file.

    python examples/timeline.py [FOLDER] [OUTPUT.ics]

FOLDER defaults to examples/articles beside this script, OUTPUT to timeline.ics.
"""

from __future__ import annotations

import sys
from pathlib import Path

import koreadip


def read_folder(folder: Path) -> koreadip.Dossier:
    """One merged dossier for every ``*.txt`` file in ``folder``; unreadable files are reported."""
    dossiers: list[koreadip.Dossier] = []
    for path in sorted(folder.glob("*.txt")):
        try:
            dossiers.append(koreadip.parse_file(path))
        except koreadip.ParseError as e:
            print(f"skipped {e}", file=sys.stderr)
    return koreadip.Dossier().merge(*dossiers)


def timeline(dossier: koreadip.Dossier) -> list[tuple[str, ...]]:
    """A row per meeting, in date order (undated meetings last): date, status, modality,
    participants, location."""

    def name(official_id: str) -> str:
        official = dossier.official(official_id)
        return official.name if official else official_id

    def when(meeting: koreadip.Meeting) -> str:
        return meeting.date.isoformat() if meeting.date else "?"

    rows: list[tuple[str, ...]] = []
    for meeting in sorted(dossier.meetings, key=lambda m: (m.date is None, when(m))):
        people = ", ".join(name(p.official_id) for p in meeting.participants) or "-"
        rows.append(
            (
                when(meeting),
                meeting.status.value,
                meeting.modality.value,
                people,
                meeting.location or "-",
            )
        )
    return rows


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("date", "status", "modality", "participants", "location")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path(__file__).parent / "articles"
    output = Path(argv[1]) if len(argv) > 1 else Path("timeline.ics")
    dossier = read_folder(folder)
    print_table(timeline(dossier))
    with output.open("wb") as fp:  # iCalendar is written as bytes (CRLF line ends)
        koreadip.export(dossier, "ical", fp)
    print(f"\n{len(dossier.meetings)} meetings; calendar written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
