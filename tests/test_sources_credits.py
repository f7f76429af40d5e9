"""Publishers: the organisation a text credits, recognised by the shape of the credit.

Every text here is a made-up sample written for these tests; the outlets are invented or real
names used only as names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from koreadip.sources import split
from koreadip.sources.common import author_names
from koreadip.sources.credits import publisher_of

SHARED = Path(__file__).resolve().parents[2] / "shared"
STORY = "The two envoys met on Monday to discuss the North, the ministry said.\n"


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Lisbon, Mar 3 (Pine Wire) -- ", "Pine Wire"),
        ("Cape Town, South Africa (KBR.News) ", "KBR.News"),
        ("Quito, Sept 9 (QNA) ", "QNA"),
        ("date 2020-05-06 Busan, May 6 (Harbor Post) ", "Harbor Post"),
        ("OSLO, Feb 2, 2021, Nordwire. ", "Nordwire"),
        ("Dakar (Sahel Press) — ", "Sahel Press"),
    ],
)
def test_a_dateline_credits_any_outlet_by_its_shape(opening: str, outlet: str) -> None:
    assert publisher_of(f"Envoys meet\n\n{opening}{STORY}") == outlet


@pytest.mark.parametrize(
    "line",
    [
        "South Korean Minister Ana Cho (R) Speaks with envoys in Seoul on Monday.",
        "Kim Jong-un (left) Visits a factory in this photo released on Monday.",
        "Deputy Minister Bo Lee (File) Said the talks went well.",
        "He met the minister (Laughter.) And then he left the building for lunch.",
        "North Korea (DPRK) Says Talks With Washington Are Over",
        "Kim Jong Un (KCNA) Visits a Munitions Factory Near the Capital",
    ],
)
def test_a_caption_or_a_note_in_parentheses_is_no_dateline_credit(line: str) -> None:
    assert publisher_of(f"{line}\n\n{STORY}") is None


@pytest.mark.parametrize(
    ("byline", "outlet", "authors"),
    [
        ("By IANS", "IANS", ()),
        ("By Jane Roe and Nordwire", "Nordwire", ("Jane Roe",)),
        ("By Pine Valley Times", "Pine Valley Times", ()),
    ],
)
def test_an_outlet_in_a_byline_is_the_publisher_not_an_author(
    byline: str, outlet: str, authors: tuple[str, ...]
) -> None:
    text = f"Envoys meet\n\n{byline}\n\n{STORY}"
    assert publisher_of(text) == outlet
    assert author_names(byline) == authors
    assert author_names("By Lee Min-ho") == ("Lee Min-ho",)


@pytest.mark.parametrize("byline", ["By Admin", "By Staff"])
def test_a_sites_user_name_in_a_byline_is_no_outlet(byline: str) -> None:
    assert publisher_of(f"Envoys meet\n\n{byline}\n\n{STORY}") is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source:Nordwire Published: 2019/3/4 10:00:00", "Nordwire"),
        ("Source: Harbor Post", "Harbor Post"),
    ],
)
def test_a_source_line_credits_its_outlet(line: str, outlet: str) -> None:
    assert publisher_of(f"Envoys meet\n\n{line}\n\n{STORY}") == outlet


def test_a_source_line_inside_the_story_credits_a_chart_not_the_story() -> None:
    body = STORY * 20
    text = f"Envoys meet\n\n{body}Source: Ministry of Unification\n{body}"
    assert publisher_of(text) is None


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright © Since 2019 Harbor Media Foundation HMF. All Rights Reserved.", "HMF"),
        ("© 2015-2024 Pine Valley Times. All rights reserved.", "Pine Valley Times"),
        ("Copyright 2022 by Nordwire, Unauthorized reproduction prohibited", "Nordwire"),
    ],
)
def test_a_copyright_line_names_its_owner_without_its_years(line: str, outlet: str) -> None:
    found = publisher_of(f"Envoys meet\n\n{STORY}\n{line}\n")
    assert found is not None
    assert found.endswith(outlet)
    assert not any(ch.isdigit() for ch in found)
    assert not found.lower().startswith(("since", "by"))


def test_a_copyright_line_outranks_a_reporter_tag_and_each_keeps_the_texts_own_words() -> None:
    tagged = f"[Harbor Daily Reporter Kim Ji-won] {STORY}"
    assert publisher_of(tagged) == "Harbor Daily"
    owned = f"{tagged}\n© The Harbor Business Daily. All rights reserved.\n"
    assert publisher_of(owned) == "The Harbor Business Daily"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        (
            "Envoys Meet Before Talks – United States Department of State",
            "U.S. Department of State",
        ),
        ("Allies Review Sanctions | Pine Valley Times", "Pine Valley Times"),
    ],
)
def test_a_page_title_ending_in_an_organisation_credits_it(title: str, outlet: str) -> None:
    assert publisher_of(f"{title}\n\n{STORY}") == outlet


def test_a_page_title_ending_in_a_person_word_credits_nobody() -> None:
    assert publisher_of(f"Allies Agree to Curb Arms Funding – Envoy\n\n{STORY}") is None


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        (
            "Skip to content\n\nMinistry of Trade of the Republic of Palau\n\nBriefings\n\n",
            "Ministry of Trade of the Republic of Palau",
        ),
        ("Menu\n\nOffice of the Prime Minister\n\n", "Office of the Prime Minister"),
        ("The White House\n\nBriefing Room\n\n", "The White House"),
        ("nordwire mobile\n\n", "Nordwire"),
    ],
)
def test_a_masthead_above_the_headline_credits_its_organisation(header: str, outlet: str) -> None:
    text = f"{header}Allies hold talks on the peninsula in the capital\n\n{STORY}"
    assert publisher_of(text) == outlet


def test_an_organisation_named_below_the_headline_is_a_venue_not_a_masthead() -> None:
    text = (
        "Joint Press Availability of the Two Foreign Ministers After Talks\n\n"
        "Ministry of Foreign Affairs\n\nSeoul, South Korea\n\n" + STORY
    )
    assert publisher_of(text) is None


@pytest.mark.parametrize("section", ["World News", "All News", "Department Spokesperson"])
def test_a_section_heading_or_a_post_is_no_masthead(section: str) -> None:
    assert publisher_of(f"{section}\n\n{STORY}") is None


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Ana Cho is a correspondent at Harbor News. She covers diplomacy.", "Harbor News"),
        ("Bo Lee is a senior reporter for the Pine Valley Times.", "Pine Valley Times"),
        # the occupation in any case (a made-up note: the guard lowercases before it looks)
        ("Di Han is a Staff WRITER at Cedar Post.", "Cedar Post"),
        # beyond ASCII (made-up): an "I" dotted and a long "s", which (?i:) reads as "i", "s"
        ("Eun Seo is a JOURNALİST at Ginkgo Daily. “Notes”", "Ginkgo Daily"),
        ("Gu Ra is a columniſt at Hazel Times. “Notes”", "Hazel Times"),
    ],
)
def test_an_authors_note_credits_the_outlet_they_write_for(note: str, outlet: str) -> None:
    assert publisher_of(f"About the Author\n{note}\n\n{STORY}") == outlet


def test_a_previous_employer_in_an_authors_note_is_no_credit() -> None:
    note = "Ana Cho previously worked at Harbor News Corporation as an analyst."
    assert publisher_of(f"About the Author\n{note}\n\n{STORY}") is None


@pytest.mark.parametrize("ending", ["(Nordwire)", "(QNA)"])
def test_an_outlet_in_parentheses_ending_the_story_is_the_publisher(ending: str) -> None:
    assert publisher_of(f"{STORY.strip()} {ending}\n") == ending.strip("()")


@pytest.mark.parametrize("ending", ["(END)", "(Applause)", "(Laughter)"])
def test_an_end_mark_or_a_transcript_note_ending_the_story_is_no_credit(ending: str) -> None:
    assert publisher_of(f"{STORY.strip()} {ending}\n") is None


def _dev2() -> list[tuple[Path, dict[str, object]]]:
    gold = SHARED / "dev2" / "gold.json"
    if not gold.is_file():
        return []
    return [(SHARED / "dev2" / g["file"], g) for g in json.loads(gold.read_text())]


DEV2 = _dev2()


@pytest.mark.skipif(not DEV2, reason="../shared/dev2 is not available")
@pytest.mark.parametrize(("path", "gold"), DEV2, ids=[p.name for p, _ in DEV2])
def test_unseen_articles_credit_the_gold_publisher(path: Path, gold: dict[str, object]) -> None:
    found = split(path.read_text(encoding="utf-8"))[0].source.publisher
    want = gold["publisher"]
    if want is None:
        assert found is None  # the text credits nobody
        return
    # the text's own words; the gold may keep only the short form of a long name ("TBS")
    assert found is not None
    assert set(str(want).split()) <= set(found.split())


def test_a_run_in_credit_is_read_only_after_a_date() -> None:
    from koreadip.sources import credits

    # made-up datelines
    assert credits._dateline_credit("SEOUL, June 30, 2019, Yonhap. The envoys met.") == "Yonhap"
    assert credits._dateline_credit("SEOUL, Yonhap. The envoys met.") is None


def test_the_author_notes_guard_knows_every_letter_that_case_folds_to_an_ascii_one() -> None:
    import re
    import string
    import sys

    from koreadip.sources import credits

    letters = re.compile("[a-z]", re.IGNORECASE)
    twins = [chr(c) for c in range(128, sys.maxunicode + 1) if letters.fullmatch(chr(c))]
    assert twins  # "İ", "ı", "ſ" and the Kelvin sign in Python 3.11
    for twin in twins:
        (letter,) = [a for a in string.ascii_lowercase if re.fullmatch(a, twin, re.IGNORECASE)]
        assert credits._caseless(twin) == letter, hex(ord(twin))
