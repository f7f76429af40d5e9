"""Patterns that open with a whole word, written so that ``re`` finds them by their letters.

``re`` searches a pattern that opens with plain letters for those letters at C speed; one that
opens with ``\\b`` is tried at every place of the text.  :func:`opens_word` writes ``\\bword``
as the word and then a look back at the character before it: the same matches.
"""

from __future__ import annotations

import re

__all__ = ["opens_word"]


def opens_word(word: str) -> str:
    """``\\b`` and ``word`` (which opens with a word character and holds no line break), as
    the word's letters first, then a look back that no word character stands before them.

    >>> pattern = re.compile(opens_word("also") + r"\\s+met")
    >>> [m.start() for m in pattern.finditer("also met; Calso met; (also met")]
    [0, 22]
    """
    if not re.match(r"\w", word) or "\n" in word:
        raise ValueError(f"opens_word needs a word that opens with a word character: {word!r}")
    return re.escape(word) + r"(?<!\w" + "." * len(word) + ")"
