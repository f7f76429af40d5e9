"""How fast the ``koreadip`` command starts, as a ratio to ``python -c pass``.

    python bench/startup.py                  # --help and formats, 15 turns
    python bench/startup.py --import attrs --import koreadip.codec

Each command runs as a new process (the same interpreter, the same environment), the commands
taking turns ``--repeat`` times; the fastest wall-clock run of each counts, being the one least
disturbed by other work on the machine.  The aim (issue 12): ``koreadip --help`` and
``koreadip formats`` within 3 times ``python -c pass``.  ``--import MODULE`` adds
``python -c "import MODULE"`` rows, to see what a module costs.

koreadip's modules are byte-compiled first, as ``pip install`` does (Python's own modules come
compiled; with ``PYTHONDONTWRITEBYTECODE`` set, as on CI machines, an editable install would
otherwise compile koreadip's at every start); ``--no-compile`` skips that.  ``koreadip
formats`` reads its listing from the cache (``docs/cli.md``), kept for the run in a temporary
folder and made by one run before the timing; the ``--refresh`` row loads the plugins each time.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import koreadip

AIM = 3.0


def fastest(commands: Sequence[Sequence[str]], repeat: int) -> list[float]:
    """The fastest wall-clock run of each command, in seconds, the commands taking turns."""
    best = [float("inf")] * len(commands)
    for _ in range(repeat):
        for i, command in enumerate(commands):
            t0 = time.perf_counter()
            subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            best[i] = min(best[i], time.perf_counter() - t0)
    return best


def main(argv: Sequence[str] | None = None) -> None:
    """Print each command's fastest start and its ratio to ``python -c pass``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15, help="turns (default 15)")
    ap.add_argument("--import", dest="modules", action="append", default=[], metavar="MODULE")
    ap.add_argument("--no-compile", action="store_true", help="do not byte-compile koreadip")
    args = ap.parse_args(argv)
    if not args.no_compile:
        compileall.compile_dir(Path(koreadip.__file__).parent, quiet=1)
    cache = tempfile.TemporaryDirectory()
    os.environ["KOREADIP_CACHE_DIR"] = cache.name
    py = sys.executable
    # the installed console script, as a user runs it; else the module
    script = shutil.which("koreadip")
    command = [py, script] if script else [py, "-m", "koreadip"]
    rows: list[tuple[str, list[str], bool]] = [
        ("python -c pass", [py, "-c", "pass"], False),
        ("koreadip --help", [*command, "--help"], True),
        ("koreadip formats", [*command, "formats"], True),
        ("koreadip formats --refresh", [*command, "formats", "--refresh"], False),
        *((f"import {m}", [py, "-c", f"import {m}"], False) for m in args.modules),
    ]
    subprocess.run([*command, "formats"], stdout=subprocess.DEVNULL, check=True)  # the cache
    times = fastest([command for _, command, _ in rows], args.repeat)
    cache.cleanup()
    print(f"{'command':<28} {'ms':>7} {'ratio':>6}  (aim: ≤ {AIM} for the koreadip commands)")
    for (label, _, aimed), t in zip(rows, times, strict=True):
        verdict = ("ok" if t / times[0] <= AIM else "over") if aimed else ""
        print(f"{label:<28} {t * 1000:>7.1f} {t / times[0]:>6.2f}  {verdict}")


if __name__ == "__main__":
    main()
