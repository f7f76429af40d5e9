"""Which text an IGNORECASE pattern may read through its lowercase twin (see ``text.Caseless``):
ASCII text, and text whose other characters have no case at all (curly quotes, dashes, bullets,
Hangul), which lowercasing leaves as they are and no letter matches when case is ignored."""

from __future__ import annotations

import re

__all__ = ["lowers_simply"]

# characters without case beyond ASCII: no-break space, « © ® · », general punctuation (dashes,
# curly quotes, bullets, ellipsis; not the line and paragraph separators), arrows, box drawing and
# shapes and dingbats (▶), CJK punctuation, Hangul jamo and syllables
_CASELESS = (
    "\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u2010-\u2027\u2030-\u203e\u2190-\u21ff\u2500-\u27bf"
    "\u3000-\u303f\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
)
_SIMPLE = re.compile(rf"[\x00-\x7f{_CASELESS}]*")


def lowers_simply(text: str) -> bool:
    """Whether ``text`` holds only ASCII and characters without case: then ``text.lower()`` has
    the same length and the same characters but ASCII capitals, and a caseless pattern's
    lowercase twin finds there what the pattern finds in ``text``, at the same offsets.

    >>> lowers_simply("Talks resumed."), lowers_simply("“Talks” — 회담"), lowers_simply("Ⓚ")
    (True, True, False)
    """
    return text.isascii() or _SIMPLE.fullmatch(text) is not None
