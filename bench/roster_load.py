"""Building the shipped roster, as a ratio to reading its JSON.

    python bench/roster_load.py            # best of 20 runs
    python bench/roster_load.py --runs 50

``Roster.from_json`` validates every entry and post and builds the name, sound, surname and
title indexes; the baseline is ``json.loads`` of the same file in the same process.  The first
``koreadip.parse`` of a process pays this once (``default_roster`` is cached).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from importlib import resources

from timing import best

from koreadip.roster import Roster


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each (best counts)")
    args = parser.parse_args(argv)
    raw = resources.files("koreadip").joinpath("data/roster.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    read = best(lambda: json.loads(raw), args.runs)
    build = best(lambda: Roster.from_json(data), args.runs)
    print(f"{len(data)} officials")
    print(f"json.loads            {read * 1000:8.2f} ms")
    print(f"Roster.from_json      {build * 1000:8.2f} ms   ({build / read:.1f}x reading the JSON)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
