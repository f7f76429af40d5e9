"""Scale-out: read a corpus on a Dask cluster and merge it into one dossier.

:func:`parse_bag` is :func:`koreadip.parse_corpus` with the reading spread over a Dask bag: the
files are read in parallel, on the cores of one machine or the workers of a cluster, and the
dossiers are merged in one task at the end -- merging has to see the whole corpus at once (a
surname joins a person only if the corpus has one person of that name; a vague report joins the
one meeting it can be), so it is not split.  The result is the same dossier as
:func:`~koreadip.parse_corpus` gives, and the same failures.

When to reach for it: reading is the slow part (about a hundred or two articles a second per
core), so a corpus of tens of thousands of articles, or a cluster already at hand, is worth it;
a few hundred articles are read faster in one process, without a cluster to start.  The merge
runs on one worker and needs the memory of the whole result.

Needs the ``dask`` extra: ``pip install koreadip[dask]``.  With a ``distributed.Client`` active,
the work goes to its cluster; otherwise to Dask's default scheduler for bags (local processes).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import Any

from .api import DEFAULT_MAX_BYTES
from .corpus import Corpus, Failure, PathArg, corpus_plan, load_manifest, read_file
from .errors import KoreadipError
from .manifest import Manifest
from .merge import merge_dossiers
from .records import Dossier

__all__ = ["parse_bag"]


def _read(
    path: str,
    manifest: Manifest | None,
    reference_date: _dt.date | None,
    source_format: str | None,
    max_bytes: int,
) -> Dossier | Failure:
    """One file, on a worker: its dossier, or why it could not be read."""
    try:
        return read_file(
            path,
            manifest=manifest,
            reference_date=reference_date,
            source_format=source_format,
            max_bytes=max_bytes,
        )
    except KoreadipError as e:
        return Failure(path, str(e).removeprefix(f"{path}: "))


def _merge(partitions: Iterable[Iterable[Dossier | Failure]]) -> tuple[Dossier, list[Failure]]:
    """The last task: every partition's results, in file order, merged into one dossier."""
    results = [r for part in partitions for r in part]
    dossiers = [r for r in results if isinstance(r, Dossier)]
    return merge_dossiers(dossiers), [r for r in results if isinstance(r, Failure)]


def _as_list(results: Iterable[Dossier | Failure]) -> list[Dossier | Failure]:
    return list(results)


def parse_bag(
    paths: Iterable[PathArg] = (),
    *,
    manifest: PathArg | Manifest | None = None,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    npartitions: int | None = None,
    scheduler: Any = None,
) -> Corpus:
    """Like :func:`koreadip.parse_corpus`, the files read in parallel by a Dask bag.

    ``npartitions`` sets how many pieces the files are cut into (Dask's default otherwise);
    ``scheduler`` is passed to ``compute`` (the active ``distributed.Client`` by default).
    Raises :class:`~koreadip.KoreadipError` at once if the manifest cannot be read.
    """
    import dask.bag  # the Dask package (absolute import: this module is koreadip.dask)

    read = load_manifest(manifest)
    plan = list(corpus_plan(paths, read))
    files = [item for item in plan if isinstance(item, str)]
    if not files:
        return Corpus(merge_dossiers([]), [f for f in plan if isinstance(f, Failure)])
    # dask.bag's own functions carry no annotations
    bag = dask.bag.from_sequence(files, npartitions=npartitions).map(  # type: ignore[no-untyped-call]
        _read, read, reference_date, source_format, max_bytes
    )
    # one aggregation step over every partition: the merge must see the whole corpus
    total = bag.reduction(_as_list, _merge, split_every=bag.npartitions + 1)
    dossier, failed = total.compute(scheduler=scheduler)
    by_file = {f.path: f for f in failed}
    return Corpus(dossier, list(_in_order(plan, by_file)))


def _in_order(plan: list[str | Failure], by_file: dict[str, Failure]) -> Iterator[Failure]:
    """The failures in the order :func:`koreadip.parse_corpus` gives them."""
    for item in plan:
        if isinstance(item, Failure):
            yield item
        elif item in by_file:
            yield by_file[item]
