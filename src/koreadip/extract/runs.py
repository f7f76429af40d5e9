"""Runs of capitalised words, the stuff names are read from, and the tests made on them.

:class:`~koreadip.extract.people.People` reads each sentence's runs once (:func:`read_runs`) and
hands them to its readers of full names, unknown names and lone family names; the tests here
tell them where a run cannot hold what they look for.

>>> from koreadip.extract.roster_cache import roster_cache
>>> from koreadip.roster import default_roster
>>> text = "Made-up: Mike Pompeo met Kang."
>>> cache = roster_cache(default_roster())
>>> [plain for _, plain in read_runs(text, Sentence(0, len(text), 0, text), cache)]
[('Made-up',), ('Mike', 'Pompeo'), ('Kang.',)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from .mentions import ORGANISATION_HEADS, RUN, is_headline, is_name_word, strip_possessive
from .roster_cache import RosterCache
from .text import Sentence

__all__ = [
    "AFTER_PREPOSITION",
    "Run",
    "free_name_pair",
    "headline",
    "organisation_head",
    "read_part_runs",
    "read_runs",
]

#: the words of one run of capitalised words, as (start, end, word), and the words alone
Run = tuple[list[tuple[int, int, str]], tuple[str, ...]]

_LOWER_WORD = re.compile(r" ([a-z][a-z'’-]{2,20})\b")
#: a preposition right before a word: "ambassador to Spain" names no new person
AFTER_PREPOSITION = re.compile(r"\b(?:to|of|in|for|from|at|on|with)\s+$")


def read_runs(text: str, sentence: Sentence, cache: RosterCache) -> list[Run]:
    """The words of each run of capitalised words in ``sentence`` of ``text``; a run goes on
    over a family name a machine translation wrote in lower case ("Donald trump"), looked up
    capitalised in ``cache``'s roster."""
    return read_part_runs(text, [sentence], cache)[0]


def read_part_runs(text: str, sentences: list[Sentence], cache: RosterCache) -> list[list[Run]]:
    """:func:`read_runs` of each of ``sentences``, in one call for a document part.

    >>> from koreadip.extract.roster_cache import roster_cache
    >>> from koreadip.extract.text import sentences
    >>> from koreadip.roster import default_roster
    >>> text = "Made-up: Donald trump met Kim. Lee left."
    >>> runs = read_part_runs(text, sentences(text), roster_cache(default_roster()))
    >>> [[plain for _, plain in sentence_runs] for sentence_runs in runs]
    [[('Made-up',), ('Donald', 'Trump'), ('Kim.',)], [('Lee',)]]
    """
    tokens = cache.tokens
    finditer = RUN.finditer
    lower_word = _LOWER_WORD.match
    out = []
    for sentence in sentences:
        end = sentence.end
        runs: list[Run] = []
        for run in finditer(text, sentence.start, end):
            # a run's words are separated by single spaces (see RUN)
            group = run.group()
            at, stop = run.span()
            if " " not in group:  # most runs are one word
                plain: tuple[str, ...] = (group,)
                words = [(at, stop, group)]
                last = group
            else:
                plain = tuple(group.split(" "))
                words = []
                for word in plain:
                    words.append((at, at + len(word), word))
                    at += len(word) + 1
                last = plain[-1]
            # the given name must be a roster token: tested first, it spares most runs the match
            if last.lower() in tokens:
                lower = lower_word(text, stop, end)
                if lower is not None and _lower_family_name(cache, last, lower.group(1)):
                    s, e = lower.span(1)
                    family = lower.group(1).title()
                    words.append((s, e, family))
                    plain = (*plain, family)
            runs.append((words, plain))
        out.append(runs)
    return out


def _lower_family_name(cache: RosterCache, given: str, word: str) -> bool:
    """Whether ``given`` and ``word`` (in lower case) spell one of the roster's names."""
    if word not in cache.tokens or given.lower() not in cache.tokens:
        return False
    hit = cache.window((given, word.title()))
    return hit is not None and hit[0] == 2


def organisation_head(words: list[tuple[int, int, str]]) -> int:
    """The index of the first word of a run that ends an organisation's name ("Dong-A Ilbo"),
    0 if none does: the words before it name no person."""
    for k in range(1, len(words)):
        if _ends_organisation(words[k][2]):
            return k
    return 0


@lru_cache(maxsize=1 << 14)
def _ends_organisation(word: str) -> bool:
    """Whether ``word`` ends an organisation's name ("Ilbo", "Times'").

    >>> _ends_organisation("Ilbo's"), _ends_organisation("Kim")
    (True, False)
    """
    return strip_possessive(word.rstrip(".,")).lower() in ORGANISATION_HEADS


def headline(sentence: Sentence, known: dict[int, bool]) -> bool:
    """:func:`is_headline` of ``sentence``, read once and kept in ``known`` (by its start).

    >>> known: dict[int, bool] = {}
    >>> headline(Sentence(0, 25, 0, "Envoys Meet Again In Seoul"), known), known
    (True, {0: True})
    """
    found = known.get(sentence.start)
    if found is None:
        found = known[sentence.start] = is_headline(sentence.text)
    return found


def free_name_pair(words: list[tuple[int, int, str]], covered: int) -> bool:
    """Whether two name words stand in a row in ``words`` that no name read covers (``covered``
    holds their indices as bits), the first not ending in a full stop or a comma: an unknown
    name (see :func:`~koreadip.extract.unknown_names.unknown_names`) needs such a pair.

    >>> words = [(0, 4, "Vice"), (5, 10, "Kevin"), (11, 14, "Kim")]
    >>> free_name_pair(words, 0), free_name_pair(words, 0b100)
    (True, False)
    """
    for t in range(len(words) - 1):
        if (
            not covered >> t & 3
            and is_name_word(words[t][2])
            and is_name_word(words[t + 1][2])
            and not words[t][2].endswith((".", ","))
        ):
            return True
    return False
