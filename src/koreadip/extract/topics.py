"""The controlled vocabulary of position topics, as news text names them.

A topic is named by a noun phrase ("complete denuclearization", "inter-Korean exchanges", "the
U.S.-ROK alliance") or by a phrase that only names it with a party ("talks with Pyongyang", "a
U.S.-North Korea summit": dialogue is talk *with the North*, not any meeting).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..records import Topic
from .guards import holds_any, opening_guard
from .lowering import lowers_simply
from .text import Caseless

__all__ = ["TopicMention", "may_name_a_topic", "topic_mentions"]

# the North as a party to talks, a summit or relations
_NORTH = (
    r"(?:North Korea|N\. ?Korea|the North(?: Koreans)?|"
    r"North Korean (?:officials|leader[\w\s-]{0,40}?|counterparts?)|"
    r"Pyongyang|the DPRK|DPRK|Kim Jong[- ]?[Uu]n|officials from Pyongyang)"
)
_NORTH_PAIR = (
    r"(?:(?:U\.?S\.?|United States|Washington)-(?:North Korea|N\. ?Korea|DPRK|Pyongyang)|"
    r"(?:North Korea|N\. ?Korea|DPRK|Pyongyang)-(?:U\.?S\.?|United States|Washington))"
)
_TALKS = r"(?:talks|negotiations?|dialogue|summit|diplomacy)"

# per topic: how text names it, and how it names it with a stance of its own ("solidarity
# with", "preventing the North from realizing its nuclear ambitions": no cue needed)
_TOPICS: tuple[tuple[Topic, str, str], ...] = (
    (
        Topic.DENUCLEARIZATION,
        r"\bdenucleari[sz]\w*|\bnuclear-free\b|\bCVID\b",
        r"\b(?:prevent\w*|stop\w*|halt\w*|curb\w*|counter\w*|"
        r"dismantl\w*)\b[^.;]{0,40}\bnuclear (?:ambitions|weapons|programs?|development)|"
        r"\b(?:resolv\w*|resolution of) (?:the )?(?:North Korean )?nuclear (?:issue|problem)",
    ),
    (
        Topic.SANCTIONS,
        r"\bsanctions?\b|\bfunds? (?:flowing )?(?:in)?to North Korea|"
        r"\b(?:maximum |economic |international )?pressure\b(?! from)|"
        r"\b(?:U\.?N\.? |United Nations )?Security Council resolutions\b",
        r"\bcut off (?:the )?funds\b",
    ),
    (
        Topic.INTER_KOREAN_COOPERATION,
        r"\binter-Korean (?:cooperation|engagement|exchanges?|ties|relations|projects|"
        r"economic|dialogue|efforts|agreements?|declarations?|talks)|"
        r"\bPanmunj[eo]{1,2}m Declaration\b|"
        r"\bNorth-South (?:cooperation|relations|ties)|\bSouth-North (?:cooperation|relations)|"
        r"\b(?:tourism|travel|exchanges?) (?:to|with) (?:North Korea|the North|Pyongyang)\b",
        "",
    ),
    (Topic.HUMAN_RIGHTS, r"\bhuman rights\b", ""),
    (
        Topic.WORKING_GROUP,
        r"\bworking group\b(?![- ](?:meeting|discussion|session|talks))",
        "",
    ),
    (
        Topic.DIALOGUE,
        r"\bdialogue\b(?<!strategic dialogue)|\bdiplomacy\b|\bnegotiating table\b|"
        r"\bnegotiations?\b|\bback to (?:the )?(?:table|talks)\b|\bcome to the table\b|"
        r"\bpeace process\b|"
        r"\b(?:diplomatic )?(?:engag\w*|outreach|involvement)['\"]? with " + _NORTH + r"|"
        r"\b(?:offers?|proposals?|invitations?) (?:of|for) (?:talks|negotiations)\b|"
        r"\bdiplomatic (?:engagement|outreach|involvement|solution)\b|"
        r"\b" + _NORTH_PAIR + r" " + _TALKS + r"\b|"
        r"\b"
        + _TALKS
        + r" between (?:the )?(?:U\.?S\.?|United States|Washington) and "
        + _NORTH
        + r"|\b"
        + _TALKS
        + r" between "
        + _NORTH
        + r" and (?:the )?(?:U\.?S\.?|United States|Washington)\b|"
        r"\b(?:direct )?(?:(?:talks|summit(?: talks)?) (?:with|between)|meet(?:ing)?(?: with)?) "
        + _NORTH
        + r"|"
        r"\b(?:resum\w*|restart\w*|reopen\w*|return\w* to|come (?:back |forward )?(?:to|for)) "
        r"(?:the |direct |nuclear )?talks\b",
        "",
    ),
    (
        Topic.ALLIANCE,
        r"\balliance\b|\b(?:combined|joint) defen[cs]\w* posture\b|\bextended deterrence\b|"
        r"\bour (?:[\w-]+ )?allies\b",
        r"\blinchpin\b|\bcornerstone\b|\bdefen[cs]e commitment\b|"
        r"\b(?:commitment|promise|pledge) to (?:the )?defen(?:[cs]e of|d)\b|"
        r"\bsolidarity with\b",
    ),
)

_PATTERNS = tuple(
    (topic, stated, Caseless(re.compile(source, re.I)))
    for topic, plain, own in _TOPICS
    for stated, source in ((False, plain), (True, own))
    if source
)
_ANY = Caseless(re.compile("|".join(f"(?:{p.pattern.pattern})" for _, _, p in _PATTERNS), re.I))
# every topic phrase opens a word with one of these three characters (lowercase): on
# lowercased text, testing its first letter, then the three, skips most places at once (the
# scans ~2x faster; tests/test_extract_topics.py checks them against the unguarded scans)
_STARTS = (
    "den", "nuc", "cvi", "pre", "sto", "hal", "cur", "cou", "dis", "res", "san", "fun", "max",
    "eco", "int", "u.n", "un.", "un ", "uni", "sec", "cut", "pan", "nor", "sou", "tou", "tra",
    "exc", "hum", "wor", "dia", "dip", "neg", "bac", "com", "pea", "eng", "out", "inv", "off",
    "pro", "u.s", "us.", "us-", "was", "n.k", "n. ", "dpr", "pyo", "tal", "sum", "dir", "mee",
    "reo", "ret", "all", "joi", "ext", "our", "lin", "cor", "def", "ple", "sol",
)  # fmt: skip
_GUARD = opening_guard(_STARTS)
_ANY_LOWER = re.compile(rf"{_GUARD}(?:{_ANY.lower.pattern})")
# each pattern's lowercase twin behind the same guard (every alternative opens with \b)
_GUARDED = tuple(re.compile(rf"{_GUARD}(?:{p.lower.pattern})") for _, _, p in _PATTERNS)
# per pattern (in _PATTERNS' order), words every match of it holds (lowercase): a clause holding
# none of them is not scanned for it (tests/test_extract_topics.py checks them)
_DIALOGUE_WORDS = (
    "dialogue", "diplomacy", "negotiat", "back to", "table", "peace process", "engag",
    "outreach", "involvement", "talks", "diplomatic", "summit", "meet",
)  # fmt: skip
_PATTERN_WORDS: tuple[tuple[str, ...], ...] = (
    ("denucleari", "nuclear-free", "cvid"),
    ("nuclear",),
    ("sanction", "fund", "pressure", "resolutions"),
    ("cut off",),
    ("inter-korean", "panmunj", "north-south", "south-north", "tourism", "travel", "exchange"),
    ("human rights",),
    ("working group",),
    _DIALOGUE_WORDS,
    ("alliance", "defen", "deterrence", "allies"),
    ("linchpin", "cornerstone", "defen", "solidarity"),
)


# Every topic phrase holds one of these words (as a lowercase substring), so ASCII text that
# holds none names no topic and needs no scan; tests/test_extract_positions.py checks this
# against the patterns.
# (the words met most often in news text first: the test stops at the first it finds)
_KEYWORDS = (
    "meet", "talks", "summit", "nuclear", "sanction", "alliance", "dialogue", "human rights",
    "working group", "inter-korean", "negotiat", "allies", "defen", "cvid", "fund", "pressure",
    "resolution", "panmunj", "north-south", "south-north", "tourism", "travel", "exchange",
    "diplomacy", "back to", "table", "peace process", "engag", "outreach", "involvement",
    "diplomatic", "deterrence", "linchpin", "cornerstone", "solidarity",
)  # fmt: skip


def may_name_a_topic(text: str) -> bool:
    """False only where ``text`` (or any part of it) surely names no topic: ASCII text (or text
    whose other characters have no case: ``lowers_simply``) without a word that every topic
    phrase holds.  A cheap test before reading clauses for topics.

    >>> may_name_a_topic("The minister arrived in Seoul."), may_name_a_topic("Talks resumed.")
    (False, True)
    """
    if not lowers_simply(text):
        return True
    lowered = text.lower()
    for word in _KEYWORDS:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if word in lowered:
            return True
    return False


@attrs.frozen(slots=True)
class TopicMention:
    """Where a text names a topic: offsets into the text it was read from."""

    topic: Topic
    start: int
    end: int
    stated: bool = False  # the phrase states a stance of its own ("solidarity with")


def topic_mentions(text: str) -> Iterator[TopicMention]:
    """Each topic named in ``text``, topic by topic in vocabulary order.

    >>> [(m.topic.value, m.start) for m in topic_mentions("They urged talks with Pyongyang.")]
    [('dialogue', 11)]
    """
    # each pattern's lowercase twin runs over the text lowercased once (see Caseless) where
    # that is safe (lowers_simply: ASCII, or curly quotes, dashes, Hangul...); such
    # text holding no keyword names no topic (may_name_a_topic, on the same lowercased text)
    fast = lowers_simply(text)
    scanned = text.lower() if fast else text
    if fast and not holds_any(scanned, _KEYWORDS):
        return
    first = (_ANY_LOWER if fast else _ANY.pattern).search(scanned)
    if first is None:
        return
    # no pattern matches before the first match of them all: each is scanned from there
    for (topic, stated, pattern), guarded, words in zip(
        _PATTERNS, _GUARDED, _PATTERN_WORDS, strict=True
    ):
        if fast and not holds_any(scanned, words):
            continue
        for m in (guarded if fast else pattern.pattern).finditer(scanned, first.start()):
            if _in_office_name(text, m.start(), m.end()):
                continue
            if topic is Topic.WORKING_GROUP and not _THE_GROUP.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "the NCG working group": another body's group
            yield TopicMention(topic, m.start(), m.end(), stated)


# the allies' working group, not another body's ("the NCG working group")
_THE_GROUP = re.compile(
    r"(?:\b(?:the|a|its|this|their|our|bilateral|joint)|(?:U\.?S\.?|ROK|Korea)"
    r"(?:-(?:U\.?S\.?|ROK|(?:South )?Korea))?)\s+$",
    re.I,
)
# "Director of Peace and Diplomacy Planning": a topic word inside the name of an office
_NAME_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'-]*|of|and|for|the)\s+)+$")
_NAME_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w.'-]*|of|and|for))+")
_OFFICE = re.compile(
    r"\b(?:Director|Bureau|Office|Division|Department|Ministry|Minister|Secretary|"
    r"Representative|Envoy|Ambassador|Headquarters|Planning|Center|Centre|Institute)\b"
)


def _in_office_name(text: str, start: int, end: int) -> bool:
    if not text[start].isupper():
        return False
    before = _NAME_BEFORE.search(text, max(0, start - 80), start)
    after = _NAME_AFTER.match(text, end)
    run = (before.group() if before else "") + (after.group() if after else "")
    return bool(_OFFICE.search(run))
