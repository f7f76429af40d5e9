"""A dependency-free progress bar for the terminal: one line on stderr, redrawn in place."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

__all__ = ["Progress"]


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
