"""Which text a caseless pattern may read lowercased: made-up text throughout."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import lowering, stances, topics
from koreadip.extract.lowering import lowers_simply
from koreadip.records import Topic

_RANGES = re.findall(r"(.)(?:-(.))?", lowering._CASELESS)
CASELESS = [chr(c) for a, b in _RANGES for c in range(ord(a), ord(b or a) + 1)]


def test_the_characters_read_simply_have_no_case_and_match_no_letter() -> None:
    for ch in CASELESS:
        assert ch.lower() == ch == ch.upper() == ch.casefold(), hex(ord(ch))
        for letter in string.ascii_letters:
            assert not re.fullmatch(re.escape(letter), ch, re.I), (letter, hex(ord(ch)))
            assert not re.fullmatch(re.escape(ch), letter, re.I), (letter, hex(ord(ch)))


def test_text_with_a_cased_letter_beyond_ascii_is_not_read_simply() -> None:
    assert lowers_simply("The envoy said “talks” would resume — 회담.")
    assert not lowers_simply("Déjà vu")
    assert not lowers_simply("the ſanctions")  # a long s matches "s" when case is ignored


_PIECES = (
    "Talks", " with ", "North Korea", "sanctions", " pressure", "The ", "alliance", "“", "”",
    "—", "•", "…", "회담", ", ", ". ", "supported ", "urged ", "to ", "rejected ", "Working Group",
    "the working group", "Director of Peace and Diplomacy", "dialogue", "human rights", "«", "»",
)  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _plain_topics(text: str) -> list[tuple[Topic, int, int, bool]]:
    """The topic scan as written (each IGNORECASE pattern over the text as it is)."""
    out = []
    for topic, stated, pattern in topics._PATTERNS:
        for m in pattern.pattern.finditer(text):
            if topics._in_office_name(text, m.start(), m.end()):
                continue
            if topic is Topic.WORKING_GROUP and not topics._THE_GROUP.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue
            out.append((topic, m.start(), m.end(), stated))
    return out


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_topics_in_text_read_simply_are_those_the_patterns_find(text: str) -> None:
    found = [(m.topic, m.start, m.end, m.stated) for m in topics.topic_mentions(text)]
    assert found == _plain_topics(text)
    assert topics.may_name_a_topic(text) or not found


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_cues_in_text_read_simply_are_those_the_pattern_finds(text: str) -> None:
    plain = [m.span() for m in stances._CUES.pattern.finditer(text)]
    assert [(c.start, c.end) for c in stances.cues_in(text)] == plain
    assert stances.has_cue(text) == bool(plain)
