"""Made-up plugin distributions, installed into a folder the way pip would (for plugin tests)."""

from __future__ import annotations

import textwrap
import uuid
from pathlib import Path

__all__ = ["EXPORTER", "make_dist"]


def make_dist(root: Path, source: str, *, dist: str = "fake-plugin", entry: str = "fake") -> str:
    """Install a one-module distribution the way pip would: a module and its ``.dist-info``.

    Returns the module's (unique) name; its entry point is ``entry`` in the group ``koreadip``.
    """
    module = f"kd_fake_{uuid.uuid4().hex[:8]}"
    (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
    with (info / "entry_points.txt").open("a") as fp:
        fp.write(f"[koreadip]\n{entry} = {module}\n")
    return module


EXPORTER = """
    from koreadip.exporters import BaseExporter
    from koreadip.hookspecs import hookimpl

    class Upper(BaseExporter):
        name = {name!r}
        media_type = "text/plain"
        suffix = ".txt"
        def write(self, dossier, fp):
            fp.write("UPPER\\n")

    @hookimpl
    def register_exporters(register):
        register(Upper())
"""
