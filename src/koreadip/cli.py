"""The ``koreadip`` command: argument parsing and dispatch to the library.

Exit codes: 0 every input read; 1 some inputs failed (the rest are still exported); 2 usage
errors.  Errors are one line on stderr, ``koreadip: error: ...``; ``--debug`` adds the
traceback.  Stdout carries only the export, so ``koreadip parse FILE --to json | jq`` works.

Everything but ``argparse`` (exporters, parsers, plugins, even ``pathlib`` and ``json``) is
imported inside the commands, so that ``koreadip --version`` and ``--help`` start fast
(``bench/startup.py``).
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
    from collections.abc import Sequence
    from typing import Any, NoReturn

    from .exporters import Exporter
    from .manifest import Manifest
    from .records import Dossier

#: as ``koreadip.textio.DEFAULT_MAX_BYTES`` (a test keeps them equal), without importing it
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

__all__ = ["main"]

PROG = "koreadip"


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``koreadip`` command."""
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

    c = sub.add_parser(
        "convert",
        help="load an exported dossier and export it in another format",
        description="Load a dossier with one exporter and dump it with another.",
        epilog=_CONVERT_EPILOG,
        formatter_class=fmt,
    )
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

    f = sub.add_parser(
        "formats",
        help="list exporters and source formats",
        description="List every exporter and source format with the plugin that provides it, "
        "and plugins that failed to load.",
        formatter_class=fmt,
    )
    _common(f)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the native JSON",
        description="Print the JSON Schema (draft 2020-12) of what '--to json' writes.",
        formatter_class=fmt,
    )
    _common(s)
    return parser


# ------------------------------------------------------------------ commands


def _exporter(name: str) -> Exporter:
    from .errors import PluginError
    from .plugins import exporters, get_exporter

    try:
        return get_exporter(name)
    except PluginError:
        known = ", ".join(sorted(exporters())) or "none"
        raise UsageError(f"unknown format {name!r} for --to/--from (known: {known})") from None


def _output_exporter(args: argparse.Namespace, default: str | None) -> Exporter:
    """The exporter ``--to`` names; else the one whose suffix ``-o PATH`` has (said on stderr);
    else ``default`` when writing to stdout.  Refuses a binary format bound for a terminal."""
    from .plugins import exporters

    output = args.output
    if args.to is not None:
        exporter = _exporter(args.to)
    elif output is None or output == "-":
        if default is None:
            raise UsageError("give --to NAME to write to standard output")
        exporter = _exporter(default)
    else:
        named = [e for e in exporters().values() if e.suffix]
        fits = [e for e in named if output.lower().endswith(e.suffix.lower())]
        longest = max((len(e.suffix) for e in fits), default=0)
        fits = [e for e in fits if len(e.suffix) == longest]
        if len(fits) != 1:
            known = ", ".join(sorted(f"{e.suffix} {e.name}" for e in named))
            how = "fits " + " and ".join(e.name for e in fits) if fits else "is no format's"
            raise UsageError(f"the suffix of {output} {how}: give --to NAME ({known})")
        exporter = fits[0]
        if exporter.name != default and not args.quiet:
            print(
                f"{PROG}: writing {exporter.name}, as the suffix of {output} says", file=sys.stderr
            )
    if output is None and not _textual(exporter) and sys.stdout.isatty():
        raise UsageError(
            f"{exporter.name} writes {exporter.media_type}, not text for a terminal: give "
            f"-o FILE{exporter.suffix} (or -o - to write it here anyway)"
        )
    return exporter


def _textual(exporter: Exporter) -> bool:
    media = exporter.media_type
    return not exporter.binary or media.startswith("text/") or media.endswith(("json", "xml"))


def _cmd_parse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .atomic import write_export
    from .plugins import source_formats
    from .progress import Progress
    from .workers import Failure, parse_files

    exporter = _output_exporter(args, "json")
    if args.source_format is not None and args.source_format not in source_formats():
        known = ", ".join(sorted(source_formats()))
        raise UsageError(f"unknown source format {args.source_format!r} (known: {known})")
    if not args.merge and exporter.name != "json" and args.output in (None, "-"):
        raise UsageError(f"--no-merge --to {exporter.name} needs -o DIRECTORY (a file per input)")
    if args.paths.count("-") > 1:
        raise UsageError("stdin (-) can be read only once")
    if not args.paths and args.manifest is None:
        raise UsageError("give a PATH to read (a file, a directory or -), or --manifest CSV")

    args.manifest_read = None
    if args.manifest is not None:
        from .manifest import read_manifest

        args.manifest_read = read_manifest(args.manifest)
    inputs, failures = _inputs(args.paths, args.manifest_read)
    read: list[tuple[str, Dossier]] = []
    bar = Progress(len(inputs), enabled=False if args.quiet or len(inputs) < 2 else None)
    options = {
        "manifest": args.manifest_read,
        "reference_date": args.reference_date,
        "source_format": args.source_format,
        "max_bytes": args.max_bytes,
    }
    for name, result in parse_files([(name, options) for name in inputs], workers=args.jobs):
        if isinstance(result, Failure):
            if args.debug and result.traceback:
                print(result.traceback, end="", file=sys.stderr)
            failures.append(result.message)
        else:
            read.append((name, result))
        bar.advance(Path(name).name)
    bar.close()
    for failure in failures:
        _error(failure)

    where = ""
    if read:
        if args.merge:
            from .merge import merge_dossiers

            dossiers = [merge_dossiers([d for _, d in read])] if len(read) > 1 else [read[0][1]]
            where = write_export(exporter, dossiers[0], args.output)
        else:
            dossiers = [d for _, d in read]
            where = _dump_each(exporter, read, args.output)
        if not args.quiet:
            n = len(read) + len(failures)
            _summary(dossiers, f"read {len(read)} of {n} inputs", where, len(failures))
    elif not args.quiet:
        _summary([], f"read 0 of {len(failures)} inputs", "nothing written", len(failures))
    return 1 if failures else 0


def _inputs(paths: Sequence[str], manifest: Manifest | None) -> tuple[list[str], list[str]]:
    """The inputs in command-line order (directories walked, - kept), and the failures so far."""
    from .corpus import corpus_files

    failures = [f"{where}: {reason}" for where, reason in manifest.errors] if manifest else []
    if not paths:
        files, _ = corpus_files([], manifest)
        return files, failures
    inputs: list[str] = []
    for path in paths:
        found, failed = corpus_files([path], manifest) if path != "-" else (["-"], [])
        inputs.extend(found)
        failures.extend(str(f) for f in failed)
    return inputs, failures


def _dump_each(exporter: Exporter, read: list[tuple[str, Dossier]], output: str | None) -> str:
    from pathlib import Path

    from .atomic import atomic_text, write_export, write_stdout

    if exporter.name == "json":
        import json

        from .codec import to_dict

        text = json.dumps([to_dict(d) for _, d in read], ensure_ascii=False, indent=2) + "\n"
        if output is None or output == "-":
            write_stdout(text.encode("utf-8"))
            return "stdout"
        with atomic_text(output) as fp:
            fp.write(text)
        return output
    assert output is not None
    seen: set[str] = set()
    for name, dossier in read:
        stem = "stdin" if name == "-" else Path(name).stem
        unique, n = stem, 1
        while unique in seen:
            n += 1
            unique = f"{stem}-{n}"
        seen.add(unique)
        write_export(exporter, dossier, str(Path(output) / f"{unique}{exporter.suffix}"))
    return output


def _summary(
    dossiers: Sequence[Dossier], head: str, where: str, failures: int | None = None
) -> None:
    from .progress import counts_line

    print(f"{PROG}: {head}: {counts_line(dossiers, failures)} -> {where}", file=sys.stderr)


def _cmd_convert(args: argparse.Namespace) -> int:
    from .atomic import write_export

    target = _output_exporter(args, None)
    source = _exporter(args.source) if args.source else _guess_loader(args.input)
    if not source.can_load:
        raise UsageError(f"the {source.name!r} format cannot be loaded back; choose another --from")
    dossier = _load(source, args.input, args.max_bytes)
    where = write_export(target, dossier, args.output)
    if not args.quiet:
        _summary([dossier], f"converted {source.name} to {target.name}", where)
    return 0


def _guess_loader(path: str) -> Exporter:
    from pathlib import Path

    from .plugins import exporters

    if path == "-":
        raise UsageError("reading stdin (-) needs --from NAME")
    if Path(path).is_dir():
        return _exporter("csv")
    loaders = [e for e in exporters().values() if e.can_load and e.suffix]
    matching = [e for e in loaders if path.lower().endswith(e.suffix.lower())]
    if not matching:
        raise UsageError(f"cannot tell the format of {path!r} from its name; give --from NAME")
    return max(matching, key=lambda e: len(e.suffix))


def _load(exporter: Exporter, path: str, max_bytes: int) -> Dossier:
    import io
    from pathlib import Path

    from .textio import read_stream, read_text

    name = "<stdin>" if path == "-" else path
    try:
        if path == "-" and not exporter.binary:
            return exporter.load(io.StringIO(read_stream(sys.stdin.buffer, max_bytes=max_bytes)))
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise KoreadipError(f"too large: more than the limit of {max_bytes:,} bytes")
            return exporter.load(io.BytesIO(data))
        p = Path(path)
        if not p.exists():
            raise KoreadipError(f"{path}: no such file or directory")
        if p.is_file() and p.stat().st_size > max_bytes:
            raise KoreadipError(f"{path}: too large: more than the limit of {max_bytes:,} bytes")
        if exporter.binary or p.is_dir():
            return exporter.load(p)
        return exporter.load(io.StringIO(read_text(p, max_bytes=max_bytes)))
    except KoreadipError as e:
        message = str(e)
        raise KoreadipError(message if message.startswith(name) else f"{name}: {message}") from None
    except (OSError, ValueError, RecursionError) as e:
        raise KoreadipError(f"{name}: cannot load as {exporter.name}: {e}") from None


def _cmd_formats(args: argparse.Namespace) -> int:
    from .plugins import plugin_report

    rows = [("KIND", "NAME", "PLUGIN", "DISTRIBUTION", "STATUS", "ERROR")]
    for r in plugin_report():
        rows.append((r.kind, r.name, r.plugin, r.distribution, r.status, r.error or ""))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from .atomic import write_stdout
    from .schema import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    write_stdout(text.encode("utf-8"))
    return 0


# ------------------------------------------------------------------ main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``koreadip`` command with ``argv`` (default ``sys.argv[1:]``); return the exit code.

    >>> main(["--version"])
    koreadip 0.1.0
    0
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    commands = {
        "parse": _cmd_parse,
        "convert": _cmd_convert,
        "formats": _cmd_formats,
        "schema": _cmd_schema,
    }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = _Warnings()
            return commands[args.command](args)
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
