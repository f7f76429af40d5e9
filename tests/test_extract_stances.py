"""The parts positions are read with: topic mentions, stance cues, and the reading of a clause.

Every sentence here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koreadip.extract import positions, stances
from koreadip.extract.holders import subject_of
from koreadip.extract.stances import cues_in, has_cue, read_stance
from koreadip.extract.topics import topic_mentions
from koreadip.records import Stance, Topic


def kinds(text: str) -> list[tuple[str, str, bool]]:
    return [(c.kind.value, text[c.start : c.end], c.purposive) for c in cues_in(text)]


def test_talk_support_and_purpose_cues_are_told_apart() -> None:
    assert kinds("The envoys discussed ways to achieve it and vowed to resist.") == [
        ("talk", "discussed", False),
        ("support", "ways to", True),
        ("support", "achieve", True),
        ("support", "vowed", False),
    ]
    assert kinds("Seoul rejected any easing of the rules.") == [
        ("oppose", "rejected", False),
        ("reverse", "easing", False),
    ]


def test_a_topic_named_with_a_stance_of_its_own_is_marked_stated() -> None:
    found = [
        (m.topic.value, m.stated)
        for m in topic_mentions("They stand in solidarity with allies and back the alliance.")
    ]
    assert sorted(found) == [("alliance", False), ("alliance", True)]


def test_dialogue_is_talk_with_the_north_not_any_summit() -> None:
    def dialogue(text: str) -> bool:
        return any(m.topic is Topic.DIALOGUE for m in topic_mentions(text))

    assert dialogue("a summit with Kim Jong-un")
    assert dialogue("talks between Washington and Pyongyang")
    assert not dialogue("a summit with the Japanese prime minister")
    assert not dialogue("talks between Seoul and Tokyo")


def test_the_nearest_cue_reads_the_topic_and_a_negation_before_it_turns_it() -> None:
    clause = "Washington will not ease sanctions"
    m = next(iter(topic_mentions(clause)))
    reading = read_stance(clause, m.start, m.end, m.topic, cues_in(clause))
    assert reading is not None
    assert reading.stance is Stance.SUPPORT
    assert clause[reading.anchor :].startswith("ease")


def test_the_subject_is_read_before_the_anchor_skipping_objects() -> None:
    clause = "Noh told Kim that Seoul supports it"
    persons = [(0, 3, "KR"), (9, 12, "US")]
    found = subject_of(
        clause, clause.index("supports"), cues_in(clause), persons, north_subject=False
    )
    assert found is not None
    assert found.countries == ("KR",)


_WORDS = st.sampled_from(
    [
        "Seoul",
        "Washington",
        "Pyongyang",
        "North Korea",
        "the two sides",
        "they",
        "he",
        "we",
        "reaffirmed",
        "discussed",
        "opposed",
        "urged",
        "agreed",
        "that",
        "to",
        "and",
        ",",
        ";",
        "ways to achieve",
        "sanctions",
        "relief",
        "easing",
        "dialogue",
        "talks with Pyongyang",
        "the alliance",
        "remains the linchpin",
        "'s",
        "commitment to",
        "not",
        "as well as",
        "During",
        "the",
        "of",
        "-",
        '"',
        "working group",
        "denuclearization",
        "human rights",
    ]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=40))
def test_any_clause_reads_to_a_stance_anchored_inside_it_or_none(words: list[str]) -> None:
    clause = " ".join(words)
    cues = cues_in(clause)
    assert all(0 <= c.start < c.end <= len(clause) for c in cues)
    for m in topic_mentions(clause):
        reading = read_stance(clause, m.start, m.end, m.topic, cues, stated=m.stated)
        if reading is None:
            continue
        assert 0 <= reading.anchor <= len(clause)
        subject = subject_of(clause, reading.anchor, cues, [], north_subject=False)
        assert subject is None or subject.start <= reading.anchor
        assert all(len(code) == 2 for code in (subject.countries if subject else ()))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=40))
def test_has_cue_says_whether_cues_in_finds_one(words: list[str]) -> None:
    text = " ".join(words)
    assert has_cue(text) == bool(cues_in(text))


_CLAUSE_WORDS = st.sampled_from(
    [
        "Seoul", "and", ", and", ", but", ";", " - ", "--", ",", "while", "pressure", "from",
        "the", "working group", "meeting", "talks", "with", "North Korea", "prevent", "nuclear",
        "weapons", "Director", "of", "Peace", "Diplomacy", "Planning", "sanctions", "agreed",
        "denuclearization", "dialogue", "U.S.", "alliance", "human rights", "inter-Korean",
        "exchanges", "resume",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CLAUSE_WORDS, max_size=40))
def test_mentions_by_clause_are_the_mentions_each_clause_alone_has(words: list[str]) -> None:
    text = " ".join(words)
    clauses = positions._clauses(text)
    got = positions._mentions_by_clause(text, clauses)
    assert got == [list(topic_mentions(text[lo:hi])) for lo, hi in clauses]


# ------------------------------------------------------------------ the cue scan's start guard


def _starts_of(items: list[tuple[object, object]], n: int = 3) -> set[str]:
    """The strings (up to ``n`` characters) one of which every match of a parsed pattern opens
    with: literals followed through groups, alternatives and optional parts; anything else (a
    class, ``\\w*``) ends a start where it stands."""
    import re._constants as c  # the parser's own opcodes: only this test needs them

    def seq(its: list[tuple[object, object]], i: int, acc: set[str]) -> set[str]:
        done = {a for a in acc if len(a) >= n}
        todo = acc - done
        if i == len(its) or not todo:
            return done | todo
        op, av = its[i]
        if op is c.LITERAL:
            return done | seq(its, i + 1, {a + chr(av) for a in todo})  # type: ignore[call-overload]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return done | seq(its, i + 1, todo)
        if op is c.SUBPATTERN:
            return done | seq(its, i + 1, seq(list(av[-1]), 0, todo))  # type: ignore[index]
        if op is c.BRANCH:
            alts = av[1]  # type: ignore[index]
            return done | seq(its, i + 1, set().union(*(seq(list(a), 0, todo) for a in alts)))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, item = av  # type: ignore[misc]
            once = seq(list(item), 0, todo)
            taken = seq(its, i + 1, once) if hi == 1 else once
            return done | taken | (seq(its, i + 1, todo) if lo == 0 else set())
        return done | todo

    return seq(items, 0, {""})


def test_the_cue_guard_lets_through_every_start_the_pattern_has() -> None:
    import re._parser

    derived = _starts_of(list(re._parser.parse(stances._CUES.lower.pattern)))
    assert derived
    assert all(derived)  # every match opens with a known letter
    missing = [d for d in derived if not any(d.startswith(s) for s in stances._STARTS)]
    assert missing == []


def _cue_pieces() -> list[str]:
    runs = {r.lower() for r in re.findall(r"[A-Za-z][A-Za-z' ]*", stances._CUES.pattern.pattern)}
    words = {w for r in runs for w in r.split()}
    return sorted(runs | words | {w + "ed" for w in words} | {w + "s" for w in words})


_CUE_PIECES = _cue_pieces()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(_CUE_PIECES), st.sampled_from([" ", "-", ", "])), max_size=8)
)
def test_the_guarded_cue_scan_finds_what_the_plain_one_finds(parts: list[str]) -> None:
    text = "".join(parts)
    plain = stances._CUES.lower
    assert [(m.span(), m.lastgroup) for m in plain.finditer(text)] == [
        (m.span(), m.lastgroup) for m in stances._CUES_GUARDED.finditer(text)
    ]
    assert has_cue(text) == bool(plain.search(text))


# the cues' twin without its opening lookahead, which from_regex cannot draw for
_CUES_BODY = re.compile(stances._CUES.lower.pattern.replace(r"\b(?=[a-z])", r"\b", 1))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.from_regex(_CUES_BODY, alphabet=st.characters(codec="ascii")))
def test_the_guarded_cue_scan_agrees_on_text_drawn_from_the_pattern(text: str) -> None:
    text = text.lower()
    assert [(m.span(), m.lastgroup) for m in stances._CUES.lower.finditer(text)] == [
        (m.span(), m.lastgroup) for m in stances._CUES_GUARDED.finditer(text)
    ]


def test_cues_in_reads_non_ascii_text_as_written() -> None:
    # made-up: a curly apostrophe sends the scan down the case-insensitive path
    assert kinds("Seoul’s envoy REAFFIRMED support.") == [
        ("support", "REAFFIRMED", False),
        ("support", "support", False),
    ]


def test_a_cue_after_to_states_a_purpose_and_one_without_it_does_not() -> None:
    # made-up: "to" within the twenty characters before the cue makes it purposive
    assert kinds("They met to strongly support it.")[-1] == ("support", "support", True)
    assert kinds("They met and strongly support it.")[-1] == ("support", "support", False)
    assert kinds("Today they support it.")[-1] == ("support", "support", False)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["to ", "too ", "help ", "fully ", "support ", "oppose ", "x"]), max_size=12
    ).map("".join)
)
def test_purpose_is_read_as_the_plain_search_reads_it(text: str) -> None:
    for c in cues_in(text):
        to = stances._TO_BEFORE.search(text, max(0, c.start - 20), c.start) is not None
        assert c.purposive == (to or text[c.start : c.end].startswith("ways to"))
