"""The roster's memoised answers are the roster's answers, and the memo stays bounded."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreadip.extract import roster_cache as rc
from koreadip.roster import Roster, default_roster

DAYS = [None, dt.date(2018, 11, 20), dt.date(2021, 6, 22)]


def test_one_cache_per_roster() -> None:
    roster = default_roster()
    assert rc.roster_cache(roster) is rc.roster_cache(roster)
    other = Roster(roster.entries)
    assert rc.roster_cache(other) is not rc.roster_cache(roster)


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize(
    ("name", "title", "country"),
    [
        ("Biegen", None, None),
        ("Blincoln", "Secretary", "US"),
        ("Gyu-deok Noh", None, None),
        ("Lee", "Special Representative", None),
        ("Kim", None, None),
    ],
)
def test_memoised_answers_are_the_rosters(
    day: dt.date | None, name: str, title: str | None, country: str | None
) -> None:
    roster = default_roster()
    cache = rc.roster_cache(roster)
    for _ in range(2):  # the second answer comes from the memo
        assert cache.fuzzy(name, on=day, title=title, country=country) is roster.fuzzy(
            name, on=day, title=title, country=country
        )
        assert cache.by_surname(name, on=day, title=title, country=country) is roster.by_surname(
            name, on=day, title=title, country=country
        )
        if title:
            assert list(cache.holders(title, on=day, country=country)) == roster.holders(
                title, on=day, country=country
            )
    for entry in roster.entries[:20]:
        assert cache.post_on(entry, day) == entry.post_on(day)


def test_window_reads_the_longest_roster_name_at_the_start() -> None:
    cache = rc.roster_cache(default_roster())
    hit = cache.window(("Kyu-Duk", "Noh,", "South", "Korea's"))
    assert hit is not None
    n, entry, surface = hit
    assert (n, entry.id, surface) == (2, "noh-kyu-duk", "Kyu-Duk Noh")
    assert cache.window(("Foreign", "Minister")) is None
    assert cache.window(("Pompeo",)) is None


def test_memos_are_emptied_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rc, "_LIMIT", 3)
    cache = rc.RosterCache(default_roster())
    for word in ("Alpha", "Bravo", "Charlie", "Delta", "Echo"):
        cache.window((word, "Smith"))
        assert len(cache.windows) <= 3


@pytest.mark.parametrize(
    "name", ["Mike Pompeo", "Pompeo Mike", "Kyu-Duk Noh", "Nobody Here", "Kim"]
)
def test_lookup_answers_as_the_roster_does_and_keeps_the_answer(name: str) -> None:
    roster = default_roster()
    cache = rc.RosterCache(roster)
    assert cache.lookup(name) == roster.lookup(name)
    assert cache.lookup(name) == roster.lookup(name)  # the second answer comes from the memo
    assert name in cache._lookups


def test_other_spellings_are_the_entrys_spellings_but_the_name_asked() -> None:
    cache = rc.roster_cache(default_roster())
    for entry in default_roster().entries[:50]:
        for name in (entry.name, *entry.aliases[:1], "Made-up Name"):
            expected = tuple(a for a in entry.spellings() if a != name)
            assert cache.other_spellings(entry, name) == expected
            assert cache.other_spellings(entry, name) == expected  # memoised, the same


_RUN_WORDS = ["Secretary", "Mike", "Pompeo", "Pompeo's", "Kang", "Kyung-wha", "Kim", "Jong", "Un",
              "Stephen", "Biegun,", "U.S.", "Moon", "Jae-in", "Made-up"]  # fmt: skip


@given(st.lists(st.sampled_from(_RUN_WORDS), max_size=9).map(tuple))
def test_the_names_of_a_run_are_its_windows_read_left_to_right(words: tuple[str, ...]) -> None:
    cache = rc.roster_cache(default_roster())
    expected = []
    i = 0
    while i < len(words) - 1:
        hit = cache.window(words[i : i + 4])
        if hit:
            expected.append((i, *hit))
            i += hit[0]
        else:
            i += 1
    assert cache.run_names(words) == tuple(expected)
    assert cache.run_names(words) == tuple(expected)  # memoised, the same
