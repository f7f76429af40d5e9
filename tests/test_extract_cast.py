"""The cast: the state the readers of names share, and the one-way arrows around it.

The sentences are made-up samples written for these tests.
"""

from __future__ import annotations

import ast
import datetime as dt
import doctest
import importlib
from pathlib import Path

import pytest

import koreadip.extract
from koreadip.extract.cast import Cast
from koreadip.extract.mentions import Person
from koreadip.extract.text import sentences
from koreadip.roster import default_roster

EXTRACT = Path(koreadip.extract.__file__).parent
READERS = ["surnames", "unknown_names", "title_references"]


def _imported(module: str) -> set[str]:
    """The sibling modules that ``extract/<module>.py`` imports, at any level of the file."""
    tree = ast.parse((EXTRACT / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("module", [*READERS, "cast", "mentions"])
def test_the_readers_of_names_never_import_people(module: str) -> None:
    assert "people" not in _imported(module)


@pytest.mark.parametrize("module", READERS)
def test_the_readers_of_names_depend_on_the_cast_not_on_each_other(module: str) -> None:
    imported = _imported(module)
    assert "cast" in imported
    assert not imported & (set(READERS) - {module})


def test_a_cast_adds_a_person_once_and_keeps_each_spelling_as_an_alias() -> None:
    text = "Envoy Jo Anne Park spoke. Then J. Anne Park left."
    cast = Cast(text, default_roster(), dt.date(2020, 1, 1))
    first = cast.add(Person(name="Jo Anne Park"), 6, 18, "Jo Anne Park")
    again = cast.add(Person(name="Jo Anne Park"), 31, 42, "J. Anne Park")
    cast.resort()
    assert first == again == 0
    assert cast.persons[0].aliases == ["J. Anne Park"]
    assert [m.surface for m in cast.mentions_between(0, len(text))] == [
        "Jo Anne Park",
        "J. Anne Park",
    ]


def test_a_title_in_the_running_text_outranks_one_in_a_caption() -> None:
    text = "Minister Tom Reyes (left) poses for photos.\nTom Reyes, the trade envoy, arrived."
    cast = Cast(text, default_roster(), None)
    index = cast.add(Person(name="Tom Reyes"), 9, 18, "Tom Reyes")
    cast.note_title(index, ("Minister", 0, None))
    cast.note_title(index, ("the trade envoy", 55, "US"))
    assert cast.persons[index].title == "the trade envoy"
    assert cast.persons[index].country == "US"
    cast.note_title(index, ("Minister", 0, None))  # the caption's title does not come back
    assert cast.persons[index].title == "the trade envoy"


def test_the_title_around_a_name_is_read_before_it_else_after_it() -> None:
    text = "Deputy Minister Ana Ruiz arrived. Ben Ode, the ambassador to Chile, left."
    cast = Cast(text, default_roster(), None)
    first, second = sentences(text)
    before = cast.title_around(16, 24, first, first.start)
    after = cast.title_around(34, 41, second, second.start)
    assert before is not None
    assert before[0] == "Deputy Minister"
    assert after is not None
    assert after[0] == "ambassador to Chile"


@pytest.mark.parametrize(
    "module",
    ["mentions", "people", "runs", "surnames", "roster_cache", "titles", "transcript"],
)
def test_docstring_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"koreadip.extract.{module}"))
    assert result.attempted > 0
    assert result.failed == 0


def test_a_roster_entry_added_twice_is_one_person_made_once() -> None:
    roster = default_roster()
    entry = roster.lookup("Mike Pompeo")
    assert entry is not None
    text = "Made-up: Mike Pompeo spoke, and later Mike Pompeo left."
    cast = Cast(text, roster, dt.date(2018, 10, 7))
    first = cast.add_entry(entry, 9, 20, "Mike Pompeo")
    person = cast.persons[first]
    again = cast.add_entry(entry, 38, 49, "Mike Pompeo")
    cast.resort()
    assert first == again == 0
    assert cast.persons == [person]
    assert person.entry is entry
    assert person.country == entry.country
    assert [(m.start, m.person) for m in cast.mentions] == [(9, 0), (38, 0)]


def test_the_titles_of_one_line_are_ranked_by_one_reading_of_that_line() -> None:
    # made-up text: a caption line, then running text
    text = "Made-up: Minister Kim and Envoy Lee (left) pose for a photo.\nMinister Park spoke."
    cast = Cast(text, default_roster(), dt.date(2020, 1, 1))
    first, second, third = (text.index(w) for w in ("Minister Kim", "Envoy", "Minister Park"))
    assert cast.rank(first) == (False, True, first)
    assert cast.rank(second) == (False, True, second)  # the same line, read once
    assert cast.rank(third) == (False, False, third)
    assert cast.rank(first) == (False, True, first)  # asked again, the same answer
