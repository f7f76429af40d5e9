"""A folder of articles read as one corpus: per-file metadata, provenance, one merged dossier.

:func:`parse_corpus` reads files one at a time (a text is let go as soon as it is read), gives
each the reference date and metadata of its manifest row, records on every source the file it
came from, and merges what it read into one dossier.  A file that cannot be read, or whose
manifest row is bad, is a :class:`Failure`; the other files are read all the same.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import attrs

from .api import DEFAULT_MAX_BYTES, parse_file, read_from
from .errors import KoreadipError
from .manifest import Manifest, ManifestEntry, read_manifest
from .merge import merge_dossiers
from .records import Dossier
from .textio import text_files

__all__ = [
    "Corpus",
    "Failure",
    "corpus_files",
    "corpus_plan",
    "iter_corpus",
    "load_manifest",
    "parse_corpus",
    "read_file",
]

PathArg = str | os.PathLike[str]


@attrs.frozen
class Failure:
    """An input that could not be read: where (a file, or a manifest line) and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class Corpus(NamedTuple):
    """What :func:`parse_corpus` returns: the merged dossier and the inputs that failed."""

    dossier: Dossier
    failures: list[Failure]


def load_manifest(manifest: PathArg | Manifest | None) -> Manifest | None:
    """A manifest read from its file (or given already read), or None."""
    if manifest is None or isinstance(manifest, Manifest):
        return manifest
    return read_manifest(manifest)


def corpus_plan(paths: Iterable[PathArg], manifest: Manifest | None) -> Iterator[str | Failure]:
    """What reading a corpus meets, in order: the manifest's problems, then each file to read
    (or why a path gives none)."""
    if manifest is not None:
        yield from (Failure(where, reason) for where, reason in manifest.errors)
    yield from _files(paths, manifest)


def corpus_files(
    paths: Iterable[PathArg], manifest: Manifest | None = None
) -> tuple[list[str], list[Failure]]:
    """The files to read: directories walked for ``*.txt`` (and saved ``*.html`` pages), or, with
    no paths, the manifest's;
    never a file whose manifest row was refused."""
    files: list[str] = []
    failures: list[Failure] = []
    for item in _files(paths, manifest):
        if isinstance(item, Failure):
            failures.append(item)
        else:
            files.append(item)
    return files, failures


def _files(paths: Iterable[PathArg], manifest: Manifest | None) -> Iterator[str | Failure]:
    """:func:`corpus_files`, one at a time, taking ``paths`` only as it needs them."""
    given = iter(paths)
    first = next(given, None)
    if first is None:
        if manifest is not None:
            yield from (str(e.file) for e in manifest.entries.values())
        return
    for path in itertools.chain([first], given):
        name = os.fspath(path)
        if Path(name).is_dir():
            found = [str(p) for p in text_files(name, (".txt", ".html", ".htm"))]
            if not found:
                yield Failure(name, "no *.txt files (or *.html pages) in this directory")
        else:
            found = [name]
        # a file whose manifest row was refused is not read (the row's error says why)
        yield from (f for f in found if manifest is None or manifest.refusal(f) is None)


def with_metadata(dossier: Dossier, entry: ManifestEntry) -> Dossier:
    """The dossier with a manifest row's URL, publisher and date on the sources read from the
    file, where the text does not state them itself."""
    sources = tuple(
        attrs.evolve(
            s,
            url=s.url or entry.url,
            publisher=s.publisher or entry.publisher,
            published=s.published or entry.published,
        )
        if s.path is not None
        else s
        for s in dossier.sources
    )
    return attrs.evolve(dossier, sources=sources)


def read_file(
    path: PathArg,
    *,
    manifest: Manifest | None = None,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Dossier:
    """One file of a corpus, read with its manifest row (reference date, URL, publisher, date),
    every source read from it recording ``path`` as given (``Source.path``).

    The text's own date wins over the row's ``reference_date``, which wins over
    ``reference_date``.  Raises :class:`~koreadip.KoreadipError` naming the file (or the
    manifest line that refused it).
    """
    entry = None
    if manifest is not None:
        refusal = manifest.refusal(path)
        if refusal is not None:
            raise KoreadipError(f"{os.fspath(path)}: not read: {refusal[0]}: {refusal[1]}")
        entry = manifest.entry(path)
    dossier = parse_file(
        path,
        reference_date=entry.reference_date if entry is not None else reference_date,
        source_format=source_format,
        max_bytes=max_bytes,
    )
    dossier = read_from(dossier, os.fspath(path))
    return dossier if entry is None else with_metadata(dossier, entry)


def iter_corpus(
    paths: Iterable[PathArg] = (),
    *,
    manifest: PathArg | Manifest | None = None,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Dossier | Failure]:
    """Each file's dossier (or its failure) in turn, problems of the manifest first.

    Only one text is held at a time.  Raises :class:`~koreadip.KoreadipError` at once if the
    manifest itself cannot be read or has no ``file`` and ``reference_date`` columns.
    """
    read = load_manifest(manifest)
    for path in corpus_plan(paths, read):
        if isinstance(path, Failure):
            yield path
            continue
        try:
            yield read_file(
                path,
                manifest=read,
                reference_date=reference_date,
                source_format=source_format,
                max_bytes=max_bytes,
            )
        except KoreadipError as e:
            message = str(e)
            prefix = f"{path}: "
            yield Failure(path, message.removeprefix(prefix))


def parse_corpus(
    paths: Iterable[PathArg] = (),
    *,
    manifest: PathArg | Manifest | None = None,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Read files (or directories of ``*.txt``, or with no paths the manifest's files) into one
    merged dossier, and the list of inputs that failed.

    ``manifest`` is a CSV file (see :mod:`koreadip.manifest`) giving each file its
    ``reference_date`` and, optionally, ``url``, ``publisher`` and ``published``.

    >>> import pathlib, tempfile, koreadip
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(  # made-up text
    ...     "Secretary of State Mike Pompeo met Foreign Minister Kang Kyung-wha in Seoul on "
    ...     "Tuesday.", encoding="utf-8")
    >>> _ = (folder / "m.csv").write_text("file,reference_date,url\\n"
    ...     "a.txt,2018-10-05,https://example.org/a\\nmissing.txt,2018-10-05,\\n")
    >>> dossier, failures = koreadip.parse_corpus([folder], manifest=folder / "m.csv")
    >>> [(str(m.date), m.location, m.source_count) for m in dossier.meetings]
    [('2018-10-02', 'Seoul', 1)]
    >>> dossier.sources[0].url, pathlib.Path(dossier.sources[0].path).name
    ('https://example.org/a', 'a.txt')
    >>> [f.reason for f in failures]
    ["no such file: 'missing.txt'"]
    """
    dossiers: list[Dossier] = []
    failures: list[Failure] = []
    for result in iter_corpus(
        paths,
        manifest=manifest,
        reference_date=reference_date,
        source_format=source_format,
        max_bytes=max_bytes,
    ):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            dossiers.append(result)
    return Corpus(merge_dossiers(dossiers), failures)
