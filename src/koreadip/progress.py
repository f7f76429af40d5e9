"""Telling the user how a run goes: a dependency-free progress bar and the summary's counts."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .records import Dossier

__all__ = ["Progress", "counts_line"]

_KINDS = ("sources", "officials", "meetings", "statements", "positions")


def counts_line(dossiers: Sequence[Dossier], failures: int | None = None) -> str:
    """The records in ``dossiers`` counted by kind, then the failures when given.

    >>> from koreadip import Dossier, Source
    >>> counts_line([Dossier(sources=[Source(id="s1")])], failures=2)
    '1 source, 0 officials, 0 meetings, 0 statements, 0 positions, 2 failures'
    """
    counts = {kind: sum(len(getattr(d, kind)) for d in dossiers) for kind in _KINDS}
    if failures is not None:
        counts["failures"] = failures
    return ", ".join(f"{n} {kind if n != 1 else kind[:-1]}" for kind, n in counts.items())


class Progress:
    """Counts ``total`` steps on ``stream`` as ``[#####-----] 3/10 name``; silent when disabled.

    Enabled by default only when the stream is a terminal, so pipes and logs stay clean.

    >>> import io
    >>> out = io.StringIO()
    >>> bar = Progress(2, stream=out, enabled=True, width=40)
    >>> bar.advance("a.txt")
    >>> bar.close()
    >>> out.getvalue().split("\\r")[1].rstrip()
    '[##########----------] 1/2 a.txt'
    """

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
        width: int | None = None,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.width = width or shutil.get_terminal_size((80, 24)).columns
        self._drawn = False

    def advance(self, label: str = "") -> None:
        """Count one step done and redraw the line, ``label`` naming what was just done."""
        self.done = min(self.done + 1, self.total)
        if not self.enabled:
            return
        cells = 20
        full = cells * self.done // self.total
        line = f"[{'#' * full}{'-' * (cells - full)}] {self.done}/{self.total} {label}"
        line = line[: max(self.width - 1, 10)]
        self.stream.write("\r" + line.ljust(self.width - 1))
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Clear the bar so that the next message starts on a clean line."""
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * (self.width - 1) + "\r")
            self.stream.flush()
            self._drawn = False
