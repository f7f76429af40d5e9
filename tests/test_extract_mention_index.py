"""The index of mentions a cast keeps, and the namesake a lone family name picks with it.

The names and sentences are made-up samples written for these tests.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract.cast import Cast
from koreadip.extract.mention_index import MentionIndex
from koreadip.extract.mentions import Mention, Person
from koreadip.extract.surnames import _of_several
from koreadip.roster import default_roster

NAMES = ["Kim Dal-mun", "Kim Ho-sae", "Kim Pyo-rin", "Park Su-ran", "Lee Ga-on"]
SURFACES = ["Kim", "Park", "Lee", "the envoy", "Kim Dal-mun", "Kim Ho-sae", "MINISTER KIM"]


def _cast(text: str = "") -> Cast:
    cast = Cast(text, default_roster(), dt.date(2020, 1, 1))
    for name in NAMES:
        cast.add_person(Person(name=name))
    return cast


def _by_scan(cast: Cast, candidates: Sequence[int], key: str, pos: int) -> int:
    """The rule :func:`_of_several` follows, read off every mention (how it was once done)."""
    before = [m for m in cast.mentions if m.person in candidates and m.start < pos]
    recent = [m for m in before if pos - m.start < 160]
    if len({m.person for m in recent}) == 1:
        return recent[0].person
    bare = [m for m in before if m.surface.lower() == key]
    if bare:
        return max(bare, key=lambda m: m.start).person
    if before:
        return max(before, key=lambda m: m.start).person
    return min(candidates, key=lambda i: cast.persons[i].first)


def _pick(cast: Cast, candidates: list[int], key: str, pos: int) -> int:
    return _of_several(cast, candidates, set(candidates), key, pos)


def test_a_namesake_named_in_the_last_few_lines_wins() -> None:
    cast = _cast()
    cast.append_mention(Mention(0, 11, 0, "Kim Dal-mun"))
    cast.append_mention(Mention(500, 510, 1, "Kim Ho-sae"))
    assert _pick(cast, [0, 1], "kim", 600) == 1
    assert _pick(cast, [0, 1], "kim", 700) == 1  # 200 characters on: named last, still


def test_the_namesake_last_called_by_the_family_name_alone_wins_over_the_one_named_last() -> None:
    cast = _cast()
    cast.append_mention(Mention(0, 11, 0, "Kim Dal-mun"))
    cast.append_mention(Mention(300, 303, 0, "Kim"))
    cast.append_mention(Mention(600, 610, 1, "Kim Ho-sae"))
    cast.append_mention(Mention(700, 710, 2, "Kim Pyo-rin"))
    assert _pick(cast, [0, 1, 2], "kim", 1000) == 0
    # both named within the last lines: the one last called "Kim" alone
    assert _pick(cast, [0, 1, 2], "kim", 720) == 0
    # one of them called "Kim" later: now they are the one
    cast.append_mention(Mention(900, 903, 2, "Kim"))
    assert _pick(cast, [0, 1, 2], "kim", 2000) == 2


def test_a_namesake_not_yet_named_is_the_first_named() -> None:
    cast = _cast()
    cast.persons[1].first = 40
    cast.persons[2].first = 90
    assert _pick(cast, [1, 2], "kim", 10) == 1
    cast.append_mention(Mention(20, 30, 2, "Kim Pyo-rin"))
    assert _pick(cast, [1, 2], "kim", 400) == 2


def test_the_index_follows_a_reassigned_mention() -> None:
    cast = _cast('"We agree," Kim said.')
    cast.append_mention(Mention(12, 15, 0, "Kim"))
    cast.resort()
    index = cast.mention_index()
    assert index.last_written("kim", 99, {0}) == (12, 0)
    cast.reassign(12, 20, "kim", 1)
    assert index.last_written("kim", 99, {0}) is None
    assert index.last_written("kim", 99, {0, 1}) == (12, 1)
    assert cast.mention_index() == MentionIndex(cast.mentions)


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["append", "insert", "reassign", "replace", "resort", "index", "ask"]),
        st.integers(0, len(NAMES) - 1),
        st.sampled_from(SURFACES),
        st.integers(0, 3000),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(ops=_OPS, candidates=st.sets(st.integers(0, len(NAMES) - 1), min_size=2))
def test_the_index_kept_up_to_date_answers_as_a_scan_of_every_mention_would(
    ops: list[tuple[str, int, str, int]], candidates: set[int]
) -> None:
    cast = _cast()
    used: set[int] = set()  # starts are distinct, so no two mentions tie on where they are
    chosen = sorted(candidates)
    for op, person, surface, at in ops:
        if op in {"append", "insert"} and at not in used:
            used.add(at)
            m = Mention(at, at + len(surface), person, surface)
            if op == "append":
                cast.append_mention(m)
            else:
                cast.resort()
                cast.insert_mention(bisect_right([x.start for x in cast.mentions], at), m)
        elif op == "reassign":
            cast.resort()
            cast.reassign(at, at + 500, surface.lower(), person)
        elif op == "replace":
            cast.replace_mentions(
                [
                    Mention(m.start, m.end, person, m.surface) if m.start < at else m
                    for m in cast.mentions
                ]
            )
        elif op == "resort":
            cast.resort()
        elif op == "index":
            cast.mention_index()
        else:
            key = surface.lower()
            assert _pick(cast, chosen, key, at) == _by_scan(cast, chosen, key, at)
        if cast._index is not None:
            assert cast._index == MentionIndex(cast.mentions)
