"""What the ``koreadip parse``, ``convert`` and ``schema`` commands do, once their arguments
are parsed (``koreadip.cli``); kept apart so that ``koreadip --help`` does not compile them."""

from __future__ import annotations

import argparse
import sys

from .cli import PROG, UsageError, _error
from .errors import KoreadipError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from .exporters import Exporter
    from .manifest import Manifest
    from .records import Dossier

__all__ = ["run_convert", "run_parse", "run_schema"]


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


def run_parse(args: argparse.Namespace) -> int:
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


def run_convert(args: argparse.Namespace) -> int:
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


def run_schema(args: argparse.Namespace) -> int:
    import json

    from .atomic import write_stdout
    from .schema import json_schema

    text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    write_stdout(text.encode("utf-8"))
    return 0
