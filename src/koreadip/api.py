"""The entry points: text or a file in, a :class:`~koreadip.Dossier` out."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

import attrs

from .errors import KoreadipError, ParseError
from .records import Dossier

__all__ = ["DEFAULT_MAX_BYTES", "parse", "parse_file", "parse_named", "read_from"]

#: inputs larger than this are refused unless the caller raises the limit
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def parse(
    text: str,
    *,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
) -> Dossier:
    """Read one document into a dossier.

    ``reference_date`` resolves relative dates ("on Friday", "on the 25th") where the text states
    no publication date; ``source_format`` forces a reader instead of detecting one.
    Any text either gives a dossier or raises :class:`~koreadip.ParseError`.  Lone surrogates
    (``"\\udee5"``, which no exporter could write) are read as U+FFFD, one for one, so that
    evidence spans still index ``text``.

    >>> import koreadip
    >>> d = koreadip.parse("Secretary of State Mike Pompeo met Foreign Minister Kang Kyung-wha "
    ...                    "in Seoul on Oct. 7, 2018.")
    >>> sorted(o.name for o in d.officials)
    ['Kang Kyung-wha', 'Mike Pompeo']
    """
    from .extract import extract_part
    from .merge import merge_dossiers
    from .plugins import source_formats
    from .roster import default_roster
    from .sources import BUILTIN_FORMATS, split
    from .textio import valid_text

    if not isinstance(text, str):
        raise ParseError(f"expected text, got {type(text).__name__}")
    if not text.strip():
        raise ParseError("the text is empty")
    text = valid_text(text)
    try:
        # built-ins first: a tie in detection goes to the first reader listed
        extra = [f for f in source_formats().values() if f not in BUILTIN_FORMATS]
        formats = [*BUILTIN_FORMATS, *extra]
        parts = split(
            text, source_format=source_format, reference_date=reference_date, formats=formats
        )
        roster = default_roster()
        read = [extract_part(part, roster=roster) for part in parts]
        # one part is one dossier already; several parts of a page name the same people
        dossier = read[0] if len(read) == 1 else merge_dossiers(read, one_document=True)
        return _with_two_sides(_read_on(dossier, reference_date))
    except KoreadipError:
        raise
    except RecursionError:
        raise ParseError("the text is nested too deeply to read") from None
    except Exception as e:
        raise ParseError(f"could not read the text ({type(e).__name__}: {e})") from e


def _read_sources(dossier: Dossier) -> set[str]:
    """The ids of the sources read from the text itself (not those it only cites)."""
    cited = {c for s in dossier.sources for c in s.cites}
    return {s.id for s in dossier.sources if s.id not in cited}


def _read_on(dossier: Dossier, reference_date: _dt.date | None) -> Dossier:
    """The dossier with ``reference_date`` on the sources read whose text states no date."""
    if reference_date is None:
        return dossier
    read = _read_sources(dossier)
    sources = tuple(
        attrs.evolve(s, reference_date=reference_date)
        if s.id in read and s.published is None
        else s
        for s in dossier.sources
    )
    return attrs.evolve(dossier, sources=sources)


def _with_two_sides(dossier: Dossier) -> Dossier:
    """Without the meetings that, once every part is read, still have one side: the others
    were no officials ("families of abductees met the minister")."""
    kept = tuple(m for m in dossier.meetings if len(m.countries) >= 2)
    return dossier if len(kept) == len(dossier.meetings) else attrs.evolve(dossier, meetings=kept)


def parse_file(
    path: str | os.PathLike[str],
    *,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Dossier:
    """Read a file (any common encoding: UTF-8 with or without BOM, UTF-16, cp949, Windows-1252,
    Latin-1, ...) into a dossier; a :class:`~koreadip.textio.DecodingWarning` says which encoding
    was read when it was not UTF-8.

    A saved web page (``.html``, or text that opens an HTML document) is read for its article
    and its title, date and canonical URL (see :mod:`koreadip.webpage`; needs the ``html``
    extra).  Raises :class:`~koreadip.ParseError` naming the file when it is missing, empty,
    binary or larger than ``max_bytes``, and for a URL: koreadip does not fetch.
    """
    from .textio import read_text
    from .webpage import refuse_url

    refuse_url(os.fspath(path))
    p = Path(path)
    text = read_text(p, max_bytes=max_bytes)
    return parse_named(text, str(p), reference_date=reference_date, source_format=source_format)


def parse_named(
    text: str,
    name: str,
    *,
    reference_date: _dt.date | None = None,
    source_format: str | None = None,
) -> Dossier:
    """:func:`parse` for the text of a file or stream called ``name``: a web page is read for its
    article first, and errors name the input."""
    from .webpage import is_html, read_page

    page = read_page(text, name=name) if is_html(name, text) else None
    if page is not None:  # the page's date is its own, as a date the text states would be
        text, reference_date = page.text, page.published or reference_date
    try:
        dossier = parse(text, reference_date=reference_date, source_format=source_format)
    except ParseError as e:
        raise ParseError(f"{name}: {e}") from None
    return dossier if page is None else page.annotate(dossier)


def read_from(dossier: Dossier, path: str) -> Dossier:
    """The dossier with ``path`` on every source read from the file (not on those it cites)."""
    read = _read_sources(dossier)
    sources = tuple(
        attrs.evolve(s, path=path) if s.id in read and s.path is None else s
        for s in dossier.sources
    )
    return attrs.evolve(dossier, sources=sources)
