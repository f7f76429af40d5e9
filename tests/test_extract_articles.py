"""Whole made-up articles of the kinds users bring, read for their meetings.

Each fixture in ``tests/fixtures/meetings`` is a made-up sample written for these tests (the
officials are real people, the events invented), in the shape of one kind of source: a wire
story with several meetings and a tour, a State Department readout, a Korean daily's summit
preview, a daily's report of talks at a regional forum, a machine-translated wire story, a
media note, a daily's report of delegations and teams, a daily's report of a defence
minister's visit, a daily's report of a "2+2" meeting.  Each test pins what a careful reader
takes from it: which meetings, when, where, who took part, held or planned.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import koreadip

FIXTURES = Path(__file__).parent / "fixtures" / "meetings"

Row = tuple[str | None, str, str | None, tuple[str, ...], tuple[str, ...]]


def read(name: str, reference: str) -> set[Row]:
    dossier = koreadip.parse_file(
        FIXTURES / f"{name}.txt", reference_date=dt.date.fromisoformat(reference)
    )
    return {
        (
            str(m.date) if m.date else None,
            m.status.value,
            m.location,
            tuple(sorted(p.official_id for p in m.participants)),
            tuple(sorted(m.countries)),
        )
        for m in dossier.meetings
    }


CASES: dict[str, tuple[str, set[Row]]] = {
    # talks on Monday, "also met" a third country's minister "on the same day", "the two envoys"
    # meeting again with a Japanese counterpart, a planned visit
    "wire_envoys_and_a_tour": (
        "2023-03-05",
        {
            ("2023-02-27", "held", "Jakarta", ("kim-gunn", "sung-kim"), ("KR", "US")),
            ("2023-02-27", "held", "Jakarta", ("kim-gunn", "retno-marsudi"), ("ID", "KR")),
            (
                "2023-03",
                "planned",
                "Tokyo",
                ("kim-gunn", "sung-kim", "takehiro-funakoshi"),
                ("JP", "KR", "US"),
            ),
            ("2023-04", "planned", "Washington", ("kim-gunn",), ("KR", "US")),
        },
    ),
    # a call "today" and the trilateral meeting it prepares "next week"
    "readout_phone_call": (
        "2025-02-02",
        {
            ("2025-02-02", "held", None, ("kim-hong-kyun", "kurt-campbell"), ("KR", "US")),
            (
                "2025-02",
                "planned",
                "Munich",
                ("kim-hong-kyun", "kurt-campbell"),
                ("JP", "KR", "US"),
            ),
        },
    ),
    # a host's summit on Saturday, the guest's next stop at a four-nation summit, an advisers'
    # meeting last month (the president who only owns a title takes no part)
    "daily_summit_preview": (
        "2022-05-17",
        {
            ("2022-05-21", "planned", None, ("joe-biden", "yoon-suk-yeol"), ("KR", "US")),
            ("2022-05", "planned", "Tokyo", ("joe-biden",), ("AU", "IN", "JP", "US")),
            ("2022-04", "held", None, ("jake-sullivan", "kim-sung-han"), ("KR", "US")),
        },
    ),
    # talks "during" a regional forum (no meeting of the forum's own), a meeting the day after,
    # an earlier call, a two-plus-two meeting planned with two officials sitting together
    "daily_talks_at_a_forum": (
        "2025-07-09",
        {
            ("2025-07-08", "held", "Kuala Lumpur", ("cho-hyun", "marco-rubio"), ("KR", "US")),
            ("2025-07-09", "held", None, ("cho-hyun", "wang-yi"), ("CN", "KR")),
            ("2025-06-30", "held", None, ("cho-hyun", "marco-rubio"), ("KR", "US")),
            (
                "2025-08",
                "planned",
                "Washington",
                ("cho-hyun", "marco-rubio", "pete-hegseth"),
                ("KR", "US"),
            ),
        },
    ),
    # "held a vice-ministerial strategic dialogue ... on the 25th", "the summit on the 25th of
    # last month" (not the envoys'), a courtesy call "on the 26th"
    "translation_strategic_dialogue": (
        "2025-09-26",
        {
            (
                "2025-09-25",
                "held",
                "Washington",
                ("christopher-landau", "park-yoon-joo"),
                ("KR", "US"),
            ),
            ("2025-08-25", "held", None, (), ("KR", "US")),
            ("2025-09-26", "held", None, ("jim-risch", "park-yoon-joo"), ("KR", "US")),
        },
    ),
    # a caption with no credit ("A greets B at ... on Monday"), "the two foreign ministers" named
    # the sentence before, a delegation "headed by" A meeting a team "under" B, "A was joined by
    # C and D", a team that "comprised" two officials and "They met X"
    "daily_delegations": (
        "2021-06-24",
        {
            (
                "2021-06-21",
                "held",
                "Washington",
                ("antony-blinken", "chung-eui-yong"),
                ("KR", "US"),
            ),
            (
                "2021-06-22",
                "held",
                "Washington",
                ("choi-jong-kun", "lee-soo-hyuck", "noh-kyu-duk", "wendy-sherman"),
                ("KR", "US"),
            ),
            (
                "2021-06-23",
                "held",
                "Washington",
                ("chun-young-hee", "julie-turner", "lee-jung-hoon"),
                ("KR", "US"),
            ),
        },
    ),
    # a defence minister's visit: talks on Tuesday told on Wednesday, a relative clause with
    # the day he arrived, a meeting "earlier in the day", one planned for Thursday
    "daily_defense_chief_visit": (
        "2022-10-12",
        {
            ("2022-10-11", "held", "Washington", ("lee-jong-sup", "lloyd-austin"), ("KR", "US")),
            ("2022-10-11", "held", "Washington", ("lee-jong-sup", "mark-milley"), ("KR", "US")),
            (
                "2022-10-13",
                "planned",
                "Washington",
                ("lee-jong-sup", "wendy-sherman"),
                ("KR", "US"),
            ),
        },
    ),
    # a "2+2" meeting, the allies' meeting in Tokyo the day before, a courtesy call and a
    # separate meeting told in one sentence ("..., while Austin met ..."), a planned onward trip
    "daily_two_plus_two": (
        "2021-03-18",
        {
            (
                "2021-03-18",
                "held",
                "Seoul",
                ("antony-blinken", "chung-eui-yong", "lloyd-austin", "suh-wook"),
                ("KR", "US"),
            ),
            ("2021-03-16", "held", "Tokyo", ("antony-blinken", "lloyd-austin"), ("JP", "US")),
            ("2021-03-18", "held", "Seoul", ("antony-blinken", "moon-jae-in"), ("KR", "US")),
            ("2021-03-17", "held", "Seoul", ("lloyd-austin", "suh-wook"), ("KR", "US")),
            (None, "planned", "Anchorage", ("antony-blinken",), ("CN", "US")),
        },
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_kind_of_article_gives_the_meetings_a_careful_reader_takes_from_it(
    name: str,
) -> None:
    reference, expected = CASES[name]
    assert read(name, reference) == expected


def test_a_media_note_gives_the_meeting_today_and_the_visit_and_meeting_it_prepares() -> None:
    found = read("media_note_meeting", "2023-04-02")
    when = {(row[0], row[1], row[3]) for row in found}
    assert ("2023-04-02", "held", ("antony-blinken", "park-jin")) in when
    assert ("2023-04", "planned", ("yoon-suk-yeol",)) in when  # "later this month"
    assert any(row[0] == "2023-05" and row[1] == "planned" for row in found)  # "planned for May"
