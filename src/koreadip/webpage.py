"""Saved web pages: the article's main text and the page's title, date and canonical URL.

An HTML file is read with `trafilatura <https://trafilatura.readthedocs.io>`_, which finds the
article among the menus, sidebars, related links and footers of a news page and never returns
the text of ``<script>``, ``<style>`` or ``<noscript>`` elements.  Its date comes from the page's
own metadata (``article:published_time``, ``datePublished`` and the like), never from a search
of the running text, so a date in a sentence is not mistaken for the publication date.

The article becomes the text the source-format readers see — the title, a blank line, then one
paragraph after another — and the page's metadata fills what the reader could not find in that
text: the source's title, its publication date (which also resolves relative dates such as "on
Friday") and its URL.  koreadip reads local files only; it never fetches a page.

This needs the ``html`` extra: ``pip install 'koreadip[html]'``.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

import attrs

from .errors import ParseError
from .records import Dossier, Source

__all__ = ["HTML_SUFFIXES", "Page", "is_html", "read_page", "refuse_url"]

#: file name suffixes read as HTML whatever their content
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# the comments are matched atomically: otherwise a run of comments before something that is
# not <html> is split every possible way before the match fails (2^n tries for n comments)
_HTML_START = re.compile(
    r"\A\ufeff?\s*(?>(?:<!--.*?-->\s*)*)<(?:!doctype\s+html|html)\b", re.I | re.S
)
_URL = re.compile(r"\A[a-z][a-z0-9+.-]*://", re.I)


@attrs.frozen(slots=True, kw_only=True)
class Page:
    """What a saved page holds: the article's text and the page's own metadata."""

    text: str
    title: str | None = None
    published: _dt.date | None = None
    url: str | None = None

    def annotate(self, dossier: Dossier) -> Dossier:
        """``dossier`` with the page's metadata filling its own sources' empty fields.

        The page's own sources are those no other source cites (an aggregator page's cited
        articles keep what the page said of them).
        """
        cited = {c for s in dossier.sources for c in s.cites}
        sources = tuple(s if s.id in cited else self._fill(s) for s in dossier.sources)
        return attrs.evolve(dossier, sources=sources)

    def _fill(self, source: Source) -> Source:
        return attrs.evolve(
            source,
            title=source.title or self.title,
            published=source.published or self.published,
            url=source.url or self.url,
        )


def is_html(path: str | Path, text: str) -> bool:
    """Whether a file is a web page: an HTML suffix, or text that opens an HTML document.

    >>> is_html("a.txt", "<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> is_html("a.txt", "Seoul, Dec. 7 (made-up) -- <b>not</b> a page")
    False
    """
    return Path(path).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(text[:4096]))


def refuse_url(name: str) -> None:
    """Raise :class:`~koreadip.ParseError` for a URL: koreadip reads local files only.

    >>> refuse_url("https://news.example.org/a")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    koreadip.errors.ParseError: https://news.example.org/a: koreadip does not fetch URLs; ...
    """
    if _URL.match(name):
        raise ParseError(
            f"{name}: koreadip does not fetch URLs; save the page and give the file "
            "(koreadip parse page.html)"
        )


def _date(value: str | None) -> _dt.date | None:
    try:
        return None if value is None else _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_page(html: str, *, name: str = "<page>") -> Page:
    """The article text and metadata of an HTML document; :class:`~koreadip.ParseError` if the
    ``html`` extra is missing or the page holds no text."""
    try:
        import trafilatura
        from trafilatura.settings import Document
    except ImportError:
        raise ParseError(
            f"{name}: reading HTML needs the html extra: pip install 'koreadip[html]'"
        ) from None
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        # the page's own metadata only: a date found by searching the text would be a guess
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(document, Document):  # None: nothing found
        raise ParseError(f"{name}: no article text found in the page")
    body = (document.text or "").strip()
    title = (document.title or "").strip() or None
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if title is not None and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    if not paragraphs:
        raise ParseError(f"{name}: no article text found in the page")
    return Page(
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        published=_date(document.date),
        url=document.url or None,
    )
