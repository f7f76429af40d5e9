"""Photo captions: a picture of two officials at a place or on a day is a meeting held.

Every caption here is a made-up sample written for these tests, not taken from a real article.
"""

from __future__ import annotations

import datetime as dt

import koreadip
from koreadip import PartialDate
from reading import meetings as _read
from reading import who

JUNE_20 = dt.date(2022, 6, 20)


def meetings(text: str, reference: dt.date = JUNE_20) -> list[koreadip.Meeting]:
    return _read(text, reference)


def test_two_officials_pictured_at_a_place_on_a_day_met_there_that_day() -> None:
    (m,) = meetings(
        "Foreign Minister Park Jin (left) with Secretary of State Antony Blinken in Washington "
        "on June 13. (Yonhap)\n\nThe two discussed the alliance."
    )
    assert (m.status.value, m.modality.value, m.location) == ("held", "in_person", "Washington")
    assert m.date == PartialDate(year=2022, month=6, day=13)
    assert who(m) == {"park-jin", "antony-blinken"}
    (m,) = meetings(
        "National Security Adviser Chung Eui-yong and Special Representative Stephen Biegun at "
        "the Blue House in Seoul on Dec. 16. (Presidential office photo pool)",
        reference=dt.date(2019, 12, 17),
    )
    assert m.date == PartialDate(year=2019, month=12, day=16)
    assert who(m) == {"chung-eui-yong", "stephen-biegun"}


def test_what_a_caption_shows_has_happened_whatever_its_tense() -> None:
    (m,) = meetings(
        "Special Representative Sung Kim (right) and Special Representative Noh Kyu-duk meet in "
        "Seoul on June 21. (Yonhap)",
        reference=dt.date(2021, 6, 24),
    )
    assert m.status.value == "held"
    assert m.date == PartialDate(year=2021, month=6, day=21)


def test_a_file_photo_with_no_place_or_day_is_no_meeting() -> None:
    assert (
        meetings(
            "Foreign Minister Chung Eui-yong (left) and Secretary of State Antony Blinken "
            "(file photo)"
        )
        == []
    )


def test_a_story_paragraph_ending_with_a_credit_keeps_its_tense() -> None:
    (m,) = meetings(
        "Special Representative Sung Kim will meet Special Representative Noh Kyu-duk in Seoul "
        "on Friday. (Yonhap)",
        reference=dt.date(2021, 6, 24),
    )
    assert m.status.value == "planned"


def test_caption_patterns_need_their_words() -> None:
    import random
    import re

    from koreadip.extract import captions as c

    cases = (
        (c._POSITION, c._POSITION_WORDS),
        (c._POSE, c._POSE_WORDS),
        (c._CREDIT, c._CREDIT_WORDS),
    )
    extra = ["(", ")", "[", "]", "©", ", ", " ", "Yonhap", "Photo by X", "left", "Kim ", "(L)"]
    extra += ["(far left)", ", right,", "(from right)", "(center)"]
    for pattern, words in cases:
        runs = re.findall(r"[A-Za-z][A-Za-z -]*", pattern.pattern)
        pieces = sorted({p for r in runs for p in (r, *r.split(), *(w + " " for w in r.split()))})
        rng = random.Random(11)
        hits = 0
        for _ in range(4000):
            text = "".join(rng.choice([*pieces, *extra]) for _ in range(rng.randint(1, 6)))
            if pattern.search(text):
                hits += 1
                assert any(w in text for w in words), (pattern.pattern[:30], text)
        assert hits > 20, pattern.pattern[:30]
