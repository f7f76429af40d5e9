"""Person names: normalisation, identity keys that ignore Korean name order and hyphens, slugs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_keys", "name_tokens", "slugify"]

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_NON_NAME = re.compile(r"[^a-z0-9\- ]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase, accents stripped, typographic dashes and quotes made plain.

    >>> fold("Kyu-Duk Noh"), fold("Ban Ki‑moon’s Café")
    ('kyu-duk noh', "ban ki-moon's cafe")
    """
    if text.isascii():
        return text.lower()  # nothing to decompose, strip or make plain (names read anew)
    return _fold_any(text)


def _fold_any(text: str) -> str:
    """:func:`fold` of any text, character by character."""
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def name_tokens(name: str) -> list[str]:
    """The parts of a name, folded, each with its hyphens removed: 'Kyu-Duk Noh' → kyuduk, noh."""
    return list(_tokens(name))


#: for folded ASCII text: an apostrophe and a hyphen dropped, every character that is no
#: lower-case letter, digit or space made a space
_ASCII_TOKENS = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() and not chr(c).isupper())}
    | {"'": None, "-": None, " ": " "}
)


@lru_cache(maxsize=1 << 16)
def _tokens(name: str) -> tuple[str, ...]:
    # the same few names are looked up over and over while a text is read
    folded = fold(name)
    if folded.isascii():
        # one translation, then a split, as the general reading below gives (a hyphen dropped
        # before the split joins no two tokens: it removes no space)
        return tuple(folded.translate(_ASCII_TOKENS).split())
    return _tokens_of_folded(folded)


def _tokens_of_folded(folded: str) -> tuple[str, ...]:
    """:func:`name_tokens` of any folded text, by pattern."""
    cleaned = _NON_NAME.sub(" ", folded.replace("'", ""))
    return tuple(t for t in (part.replace("-", "") for part in cleaned.split()) if t)


def name_keys(name: str) -> frozenset[str]:
    """Keys under which two spellings of one person meet.

    The parts are joined as written, with the last part moved to the front and with the first
    moved to the end, so Korean family-name order and hyphenation do not matter:

    >>> name_keys("Kyu-Duk Noh") & name_keys("Noh Kyu-duk") != set()
    True
    >>> name_keys("Kim Jong Un") & name_keys("Kim Jong-un") != set()
    True

    A single-part name ("Biegun") has no keys: a surname alone is not an identity.
    """
    parts = name_tokens(name)
    if len(parts) < 2:
        return frozenset()
    rotations = (parts, parts[-1:] + parts[:-1], parts[1:] + parts[:1])
    return frozenset("".join(p) for p in rotations)


def slugify(text: str) -> str:
    """A stable lowercase id: 'Noh Kyu-duk' → 'noh-kyu-duk'."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    return slug or "x"
