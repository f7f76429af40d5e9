"""Parse time of this checkout beside an older revision's, timed in one process.

Separate runs of ``parse_throughput.py`` swing by 10-30% on a shared machine, more than most speed
changes gain.  This script takes the ``src/koreadip`` of a git revision (``git archive``), imports
it under another name (``koreadip_base``) beside the checkout's ``koreadip``, and parses the same
made-up articles with each in turn: the fastest turn of each counts, in CPU time.  It also says
whether the two give the same JSON for every article.

    python bench/ab_parse.py --base HEAD~3 --n 300 --turns 5
    python bench/ab_parse.py --base HEAD~3 --texts ../shared/dev2 examples/articles

``--texts`` times the ``.txt`` files of the given folders instead of made-up articles: text read
for the first time, without the templates the made-up articles repeat.
"""

from __future__ import annotations

import argparse
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from parse_throughput import generate
from timing import race

import koreadip

ROOT = Path(__file__).resolve().parents[1]
BASE = "koreadip_base"
# the package's absolute references to itself: imports, and its data files by package name
_SELF = re.compile(r"\b(from|import) koreadip\b|(resources\.files\()\"koreadip\"")


def _renamed(source: str) -> str:
    return _SELF.sub(
        lambda m: f"{m[1]} {BASE}" if m[1] else f'{m[2]}"{BASE}"',
        source,
    )


def base_package(revision: str, into: Path) -> ModuleType:
    """Import ``revision``'s ``src/koreadip`` as ``koreadip_base``, unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", revision, "src/koreadip"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4 and later
            tar.extractall(into, filter="data")
        else:
            tar.extractall(into)  # our own repository's archive
    package = into / BASE
    (into / "src" / "koreadip").rename(package)
    for path in package.rglob("*.py"):
        path.write_text(_renamed(path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module(BASE)


def own_readers(package: ModuleType) -> None:
    """Make ``package`` read with its own built-in source formats only.

    ``parse`` adds the readers plugins register, and koreadip's own plugins are installed with
    *this checkout*: left alone, the older copy would try this checkout's readers as well as its
    own on every text (the same code read 0.956 against itself), and could not show a change to
    them.  Both sides are held to their own readers, so the two do the same work."""
    sources = importlib.import_module(f"{package.__name__}.sources")
    formats = {f.name: f for f in sources.BUILTIN_FORMATS}
    importlib.import_module(f"{package.__name__}.plugins").source_formats = lambda: formats


def _all_of(texts: Sequence[str], parse: Callable[[str], object]) -> Callable[[], object]:
    return lambda: [parse(t) for t in texts]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="git revision to compare with (HEAD)")
    parser.add_argument("--n", type=int, default=300, help="made-up articles (default 300)")
    parser.add_argument("--turns", type=int, default=5, help="turns of each (default 5)")
    parser.add_argument(
        "--texts", nargs="+", type=Path, metavar="DIR", help="time the .txt files of these folders"
    )
    args = parser.parse_args(argv)
    if args.texts:
        paths = sorted(p for folder in args.texts for p in folder.rglob("*.txt"))
        texts = [p.read_text(encoding="utf-8") for p in paths]
        what = f"{len(texts)} texts of {', '.join(map(str, args.texts))}"
    else:
        texts = [a.text for a in generate(args.n)]
        what = f"{args.n} made-up articles"
    if not texts:
        print("ab_parse: no .txt files in the folders given")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        try:
            base = base_package(args.base, Path(tmp))
        except (OSError, subprocess.CalledProcessError) as e:
            print(f"ab_parse: cannot take src/koreadip of {args.base!r} from git: {e}")
            return 2
        for package in (base, koreadip):
            own_readers(package)
        parsers = {"base": base.parse, "this checkout": koreadip.parse}
        for parse in parsers.values():  # warm up: rosters, compiled patterns
            for text in texts[:20]:
                parse(text)
        fastest = race(
            [_all_of(texts, parse) for parse in parsers.values()],
            args.turns,
            collector=True,  # as a program parses
            clock=time.process_time,
        )
        best = dict(zip(parsers, fastest, strict=True))
        same = sum(koreadip.dumps(koreadip.parse(t)) == base.dumps(base.parse(t)) for t in texts)
    print(f"{what}, fastest of {args.turns} turns each (CPU time)")
    for name, seconds in best.items():
        print(f"  {name:<14} {seconds:7.3f} s")
    print(f"this checkout / {args.base}: {best['this checkout'] / best['base']:.3f}")
    print(f"the same JSON for {same} of {len(texts)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
