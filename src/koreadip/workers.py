"""Parse many files in worker processes; results come back in input order.

``koreadip parse -j N`` hands its inputs here. Each job is a path and the keyword arguments of
``koreadip.corpus.read_file`` (a manifest among them); each result is the :class:`~koreadip.Dossier`
or a :class:`Failure` saying why not. Results are yielded in the order of the jobs, whatever order
the workers finish in, so what is built from them (a merged dossier, an export) is the same with any
number of workers. Standard input (``-``) can only be read by this process, so it is parsed here.

>>> from koreadip.workers import default_workers, parse_files
>>> default_workers() >= 1
True
>>> [type(r).__name__ for _, r in parse_files([("/nonexistent.txt", {})], workers=1)]
['Failure']
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import attrs

from .errors import KoreadipError, ParseError

if TYPE_CHECKING:
    from .records import Dossier

__all__ = ["Failure", "Job", "default_workers", "parse_files", "parse_job"]

#: a path (or ``-`` for standard input) and the keyword arguments of ``corpus.read_file``
Job = tuple[str, Mapping[str, Any]]


@attrs.frozen
class Failure:
    """Why an input gave no dossier: a one-line ``message`` naming it, and whether that was a
    bug (an ``internal`` error, with its ``traceback``) rather than bad input."""

    message: str
    internal: bool = False
    traceback: str | None = None


def default_workers() -> int:
    """The cores this process may run on (1 where there is only one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse_job(path: str, options: Mapping[str, Any]) -> Dossier:
    """The dossier of one input; ``-`` reads standard input.  Raises as ``read_file`` does."""
    from . import api
    from .corpus import read_file
    from .textio import DEFAULT_MAX_BYTES, read_stream

    if path != "-":
        return read_file(path, **options)
    rest = {k: v for k, v in options.items() if k not in ("max_bytes", "manifest")}
    max_bytes = options.get("max_bytes", DEFAULT_MAX_BYTES)
    text = read_stream(sys.stdin.buffer, name="<stdin>", max_bytes=max_bytes)
    try:
        return api.parse_named(text, "<stdin>", **rest)
    except ParseError:
        raise
    except KoreadipError as e:
        raise ParseError(f"<stdin>: {e}") from None


def _run(job: Job) -> Dossier | Failure:
    path, options = job
    try:
        return parse_job(path, options)
    except KoreadipError as e:
        return Failure(str(e))
    except Exception as e:  # a parser bug must not lose the other inputs
        message = f"{path}: internal error: {type(e).__name__}: {e}"
        return Failure(message, internal=True, traceback=traceback.format_exc())


def parse_files(
    jobs: Sequence[Job], *, workers: int | None = None
) -> Iterator[tuple[str, Dossier | Failure]]:
    """``(path, dossier or failure)`` for each job, in the jobs' order.

    ``workers`` processes parse at once (default :func:`default_workers`); with one worker, or
    one job, everything runs in this process.  A worker that dies (killed, out of memory) fails
    the inputs it had not yet returned, naming each; the others are not lost.
    """
    n = min(workers or default_workers(), len(jobs))
    if n <= 1:
        for job in jobs:
            yield job[0], _run(job)
        return
    # fork where it is the platform's safe default (Linux): workers start at once, with the
    # roster and plugins this process has loaded; elsewhere the platform's own start method
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=n, mp_context=context)
    try:
        futures = [
            None if path == "-" else pool.submit(_run, (path, options)) for path, options in jobs
        ]
        for job, future in zip(jobs, futures, strict=True):
            if future is None:
                yield job[0], _run(job)
                continue
            try:
                yield job[0], future.result()
            except BrokenProcessPool:
                yield job[0], Failure(f"{job[0]}: internal error: its worker process died", True)
    except BaseException:  # interrupted, or the caller stopped early: leave nothing running
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
