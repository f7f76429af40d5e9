"""The shape of an organisation's name: how a credit, a masthead or a byline tells an outlet or a
government body from a person, a section heading or a note, without a list of outlets.

>>> organisation("Pine Valley Times"), organisation("Ana Cho")
('Pine Valley Times', None)
"""

from __future__ import annotations

__all__ = ["NOT_OUTLETS", "OUTLET", "organisation"]

#: the last word of an outlet's name ("NK News", "The Korea Herald", "Yonhap News Agency")
_OUTLET_HEADS = frozenset(
    """news agency daily times herald post journal press ilbo shinmun broadcasting broadcast
    network radio tv television media gazette tribune review report channel wire weekly""".split()
)
#: a word of a government body's name ("Office of the President", "Foreign Ministry")
_BODY_HEADS = frozenset("office ministry department embassy consulate secretariat".split())
#: first words of a section heading ("World News", "All News"), never of an outlet's name
_SECTION_WORDS = frozenset(
    """all world top latest breaking national international local business politics economy
    sports related more most popular opinion home main""".split()
)
_FUNCTION = frozenset({"of", "the", "and", "for", "on", "in"})
#: what no credit in parentheses is: positions, transcript notes, photo labels, end marks
NOT_OUTLETS = frozenset(
    """left right center centre file photo photos video live update updated laughter applause
    inaudible crosstalk end continued admin administrator editor editors staff reporter
    correspondent guest team newsroom desk""".split()
)


def organisation(phrase: str) -> str | None:
    """``phrase`` if it is shaped like the name of an outlet or a government body: a few
    capitalised words (function words between them) whose last word heads an outlet's name
    ("... Daily", "... News") or one of which names a body ("Office of ...", "... Ministry").

    >>> organisation("Office of the President"), organisation("NK News")
    ('Office of the President', 'NK News')
    >>> organisation("U.S. Embassy"), organisation("The White House"), organisation("World News")
    ('U.S. Embassy', 'The White House', None)
    >>> organisation("Mr. Kim"), organisation("Kim Jong Un")
    (None, None)
    """
    words = phrase.strip().split()
    if not 1 < len(words) <= 10 or not words[0][:1].isupper():
        return None
    low = [w.lower() for w in words]
    if low[0] in _SECTION_WORDS or any(_ends_a_sentence(w) for w in words[:-1]):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _FUNCTION for w in words):
        return None
    body = any(w in _BODY_HEADS for w in low) and (
        low[-1] in _BODY_HEADS or "of" in low or low[0] in {"the", "u.s.", "united"}
    )
    body = body or low[-2:] in (["white", "house"], ["blue", "house"])
    return phrase.strip() if low[-1] in _OUTLET_HEADS or body else None


def _ends_a_sentence(word: str) -> bool:
    """A word ending in punctuation, other than an abbreviation's full stop ("U.S.")."""
    return word[-1] in ":;!?," or (word[-1] == "." and "." not in word[:-1])


#: a word of an outlet's name: "Yonhap", "STL.News", "U.S." (a full stop ends any other word)
_OUTLET_WORD = r"(?:[A-Z]\.(?:[A-Z]\.){1,3}|[A-Z0-9][\w&'’-]{0,24}(?:\.[\w&'’-]{1,24}){0,2})"
#: an outlet's name as a credit writes it: "Yonhap", "STL.News", "U.S. Department of State"
OUTLET = (
    rf"(?=[A-Z]){_OUTLET_WORD}(?:(?:[ \t](?:of|the|and|for|on)){{0,2}}[ \t]{_OUTLET_WORD}){{0,6}}"
)
