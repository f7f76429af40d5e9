"""The ``koreadip`` command: argument parsing and dispatch to the library.

Exit codes: 0 every input read; 1 some inputs failed (the rest are still exported); 2 usage
errors.  Errors are one line on stderr, ``koreadip: error: ...``; ``--debug`` adds the
traceback.  Stdout carries only the export, so ``koreadip parse FILE --to json | jq`` works.

Everything but ``argparse`` (exporters, parsers, plugins, even ``pathlib`` and ``json``) is
imported inside the commands, whose code lives in ``koreadip.commands``, and only the command
being run gets its arguments added, so that ``koreadip --help`` and ``koreadip formats`` (which
reads ``koreadip.plugin_cache``) start fast (``bench/startup.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings

from . import __version__
from .errors import KoreadipError

# ``typing`` itself is not imported: ``--help`` should not pay for it (mypy knows the name)
TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Callable, Sequence
    from typing import Any, NoReturn


#: as ``koreadip.textio.DEFAULT_MAX_BYTES`` (a test keeps them equal), without importing it
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

__all__ = ["main"]

PROG = "koreadip"
_COMMANDS = ("parse", "convert", "formats", "schema")


class UsageError(Exception):
    """Bad arguments: exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # one line, no usage dump: the user asked for help with --help if they need it
        self.exit(2, f"{PROG}: error: {message} (see '{self.prog} --help')\n")


# ------------------------------------------------------------------ argument types


def _date(text: str) -> _dt.date:
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _size(text: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    t = text.strip().lower().removesuffix("b").removesuffix("i")
    scale = units.get(t[-1:], 1)
    try:
        n = int(t[:-1] if scale > 1 else t) * scale
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"not a positive size in bytes (e.g. 10M): {text!r}")
    return n


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"not a positive number of processes: {text!r}")
    return n


# ------------------------------------------------------------------ the parser

_PARSE_EPILOG = """\
examples:
  koreadip parse article.txt --to json
  koreadip parse examples/articles --to ical -o timeline.ics
  koreadip parse examples/articles --to jsonld -o dossier.jsonld
  koreadip parse a.txt b.txt --no-merge --to json
  koreadip parse saved-page.html --to json
  koreadip parse corpus/ --manifest corpus/manifest.csv --to ical -o timeline.ics
  koreadip parse corpus/ -j 4 --to csv -o tables/
  curl -s URL | koreadip parse - --reference-date 2018-12-07 --source-format wire
"""

_CONVERT_EPILOG = """\
examples:
  koreadip convert dossier.json --to ical -o timeline.ics
  koreadip convert dossier.jsonld --to csv -o tables/
  koreadip convert - --from json --to jsonld < dossier.json
"""

_MAIN_EPILOG = """\
examples:
  koreadip parse examples/articles --to ical -o timeline.ics
  koreadip formats
  koreadip parse --help
"""


def _common(p: argparse.ArgumentParser) -> None:
    # SUPPRESS so that the subcommand does not overwrite `koreadip --debug parse ...`
    p.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks"
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="no summary"
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser of the ``koreadip`` command.

    With ``only``, the commands are all listed but only that one gets its arguments: a run
    parses one command, and adding every command's arguments is a good part of the start-up
    time of ``koreadip --help`` and ``koreadip formats``.
    """
    fmt = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog=PROG,
        description="Read news about U.S.-South Korea coordination on North Korea into records.",
        epilog=_MAIN_EPILOG,
        formatter_class=fmt,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser(
        "parse",
        help="read articles into a dossier and export it",
        description="Read articles (text or saved HTML files, directories of them, or - for "
        "stdin) and export what they say: officials, meetings, statements, positions.",
        epilog=_PARSE_EPILOG,
        formatter_class=fmt,
    )
    if only in (None, "parse"):
        _parse_arguments(p)

    c = sub.add_parser(
        "convert",
        help="load an exported dossier and export it in another format",
        description="Load a dossier with one exporter and dump it with another.",
        epilog=_CONVERT_EPILOG,
        formatter_class=fmt,
    )
    if only in (None, "convert"):
        _convert_arguments(c)

    f = sub.add_parser(
        "formats",
        help="list exporters and source formats",
        description="List every exporter and source format with the plugin that provides it,\n"
        "and plugins that failed to load.  The list is kept in a cache, read while no\n"
        "distribution, plugin file or KOREADIP_LOAD_PLUGINS has changed since it was made\n"
        "(KOREADIP_CACHE_DIR moves it; --refresh loads the plugins afresh).",
        formatter_class=fmt,
    )
    if only in (None, "formats"):
        f.add_argument(
            "--refresh", action="store_true", help="load the plugins afresh instead of the cache"
        )
        _common(f)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the native JSON",
        description="Print the JSON Schema (draft 2020-12) of what '--to json' writes.",
        formatter_class=fmt,
    )
    if only in (None, "schema"):
        _common(s)
    return parser


def _parse_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=(
            "a text or saved HTML file, a directory of them, or - (stdin); never a URL; with "
            "--manifest and no PATH, the manifest's files"
        ),
    )
    p.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve relative dates ('on Friday') against this date when a text states none",
    )
    p.add_argument(
        "--manifest",
        metavar="CSV",
        help="per-file metadata: columns file, reference_date (and url, publisher, published)",
    )
    p.add_argument(
        "--source-format",
        metavar="NAME",
        help="force a source-format reader instead of detecting one (see 'koreadip formats')",
    )
    p.add_argument(
        "--to",
        metavar="NAME",
        help="exporter (default: the one whose suffix -o PATH has, else json)",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p.add_argument(
        "--merge",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="one dossier for all inputs (default); --no-merge gives one per input",
    )
    p.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse inputs larger than this (default: {DEFAULT_MAX_BYTES // 1024**2}M)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_count,
        default=None,
        metavar="N",
        help="parse in N worker processes (default: one per core); the output is the same",
    )
    _common(p)


def _convert_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("input", metavar="IN", help="a file, a directory (csv), or - (stdin)")
    c.add_argument(
        "--to", metavar="NAME", help="exporter to write with (default: from the suffix of -o)"
    )
    c.add_argument("--from", dest="source", metavar="NAME", help="exporter to load with")
    c.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    c.add_argument(
        "--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="N", help="input limit"
    )
    _common(c)


# ------------------------------------------------------------------ commands


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    if name == "formats":  # the listing stays here: its start-up time is measured
        return _cmd_formats
    from . import commands  # the others' code is compiled only when they run

    found: Callable[[argparse.Namespace], int] = getattr(commands, f"run_{name}")
    return found


def _cmd_formats(args: argparse.Namespace) -> int:
    from .plugin_cache import plugin_rows

    rows = [("KIND", "NAME", "PLUGIN", "DISTRIBUTION", "STATUS", "ERROR")]
    rows += plugin_rows(refresh=args.refresh)
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


# ------------------------------------------------------------------ main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``koreadip`` command with ``argv`` (default ``sys.argv[1:]``); return the exit code.

    >>> main(["--version"])
    koreadip 0.1.0
    0
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    # the command is the first word that is not an option (the main parser's options take no
    # value); with none, no command's arguments are needed (help, version or the usage error)
    first = next((a for a in argv if not a.startswith("-")), "")
    parser = build_parser(first if first in _COMMANDS else None if first else "")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = _Warnings()
            return _command(args.command)(args)
    except UsageError as e:
        _error(str(e))
        return 2
    except KoreadipError as e:
        _error(str(e), debug=args.debug)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader of stdout went away (`| head`): say nothing, not even at interpreter exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as e:
        _error(f"internal error: {type(e).__name__}: {e}", debug=args.debug, hint=True)
        return 1


class _Warnings:
    """Show each warning once, as one line: ``koreadip: warning: ...``."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
        text = str(message)
        if text not in self.seen and not issubclass(category, DeprecationWarning):
            self.seen.add(text)
            print(f"{PROG}: warning: {_one_line(text)}", file=sys.stderr)


def _error(message: str, *, debug: bool = False, hint: bool = False) -> None:
    if debug:
        import traceback

        traceback.print_exc()
    extra = " (run with --debug for the traceback)" if hint and not debug else ""
    print(f"{PROG}: error: {_one_line(message)}{extra}", file=sys.stderr)


def _one_line(message: str, limit: int = 400) -> str:
    """Messages quoting their input can be long and span lines; an error stays one line."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
