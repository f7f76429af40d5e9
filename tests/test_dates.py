"""Partial dates, date phrases in prose, and publication timestamps."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip import date_grammar as grammar
from koreadip import date_reading as dates
from koreadip.date_reading import (
    DateMention,
    find_dates,
    parse_timestamp,
    resolve_date,
)
from koreadip.dates import PartialDate
from koreadip.errors import SchemaError
from koreadip.testing import partial_dates

FRIDAY = dt.date(2018, 12, 7)  # a Friday; the week before it runs 26 Nov to 2 Dec
MID_DECEMBER = dt.date(2018, 12, 14)  # last week (3-9 Dec) and next week (17-23 Dec) in December


def pd(text: str) -> PartialDate:
    return PartialDate.fromisoformat(text)


# --- PartialDate -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"year": 2019, "month": 2, "day": 30}, "day"),
        ({"month": 2, "day": 30}, "day"),
        ({"year": 2018, "month": 13}, "month"),
        ({"year": 2018, "day": 7}, "day"),
        ({"year": 0}, "year"),
    ],
)
def test_constructor_rejects_impossible_dates_naming_the_field(
    fields: dict[str, int], field: str
) -> None:
    with pytest.raises(SchemaError) as caught:
        PartialDate(**fields)
    assert caught.value.path == field


def test_29_february_is_allowed_when_the_year_is_unknown() -> None:
    assert PartialDate(month=2, day=29).isoformat() == "XXXX-02-29"


@given(partial_dates())
def test_isoformat_round_trips(value: PartialDate) -> None:
    assert PartialDate.fromisoformat(value.isoformat()) == value


@given(st.dates(), st.dates())
def test_ordering_of_complete_dates_agrees_with_datetime_date(a: dt.date, b: dt.date) -> None:
    left, right = PartialDate.from_date(a), PartialDate.from_date(b)
    assert (left < right) == (a < b)
    assert (left <= right) == (a <= b)
    assert (left == right) == (a == b)


@given(st.dates())
def test_a_coarser_date_sorts_before_the_dates_it_contains(day: dt.date) -> None:
    year = PartialDate(year=day.year)
    month = PartialDate(year=day.year, month=day.month)
    full = PartialDate.from_date(day)
    assert year < month < full
    assert year.contains(month)
    assert month.contains(full)


# --- resolve_date: every listed phrase -----------------------------------------------------------

PHRASES = [
    ("Dec. 7", FRIDAY, "2018-12-07"),
    ("Dec. 16", FRIDAY, "2017-12-16"),  # after the reference, so the year before
    ("Dec. 16", dt.date(2019, 1, 3), "2018-12-16"),
    ("Nov. 20", FRIDAY, "2018-11-20"),
    ("November 20, 2018", FRIDAY, "2018-11-20"),
    ("June 21, 2021", FRIDAY, "2021-06-21"),
    ("Apr 19, 2022", FRIDAY, "2022-04-19"),
    ("7 December 2018", FRIDAY, "2018-12-07"),
    ("11/20/2018 04:06 PM EST", FRIDAY, "2018-11-20"),
    ("16:05 December 07, 2018", FRIDAY, "2018-12-07"),
    ("2018-12-07", FRIDAY, "2018-12-07"),
    ("2024.11.15", FRIDAY, "2024-11-15"),
    ("13.06.2023", FRIDAY, "2023-06-13"),
    ("Tuesday", FRIDAY, "2018-12-04"),
    ("on Friday", FRIDAY, "2018-12-07"),  # the reference day itself
    ("Wednesday (Korea time)", FRIDAY, "2018-12-05"),
    ("on the 25th", FRIDAY, "2018-11-25"),  # the 25th is after the 7th: last month
    ("on the 25th", dt.date(2021, 6, 28), "2021-06-25"),
    ("the morning of the 25th", dt.date(2021, 6, 28), "2021-06-25"),
    ("on the morning of the morning of the 25th", dt.date(2021, 6, 28), "2021-06-25"),
    ("on the 24th (local time)", dt.date(2021, 6, 28), "2021-06-24"),
    ("on the afternoon of the 14th (local time)", dt.date(2021, 6, 28), "2021-06-14"),
    ("today", FRIDAY, "2018-12-07"),
    ("yesterday", FRIDAY, "2018-12-06"),
    ("tomorrow", FRIDAY, "2018-12-08"),
    ("this morning", FRIDAY, "2018-12-07"),
    ("last month", FRIDAY, "2018-11"),
    ("last month", dt.date(2019, 1, 10), "2018-12"),
    ("this month", FRIDAY, "2018-12"),
    ("earlier this month", FRIDAY, "2018-12"),
    ("this week", FRIDAY, "2018-12"),
    ("last week", MID_DECEMBER, "2018-12"),
    ("next week", MID_DECEMBER, "2018-12"),
    ("next month", FRIDAY, "2019-01"),
    ("earlier this year", FRIDAY, "2018"),
    ("this year", FRIDAY, "2018"),
    ("last year", FRIDAY, "2017"),
    ("in February 2019", FRIDAY, "2019-02"),
    ("in November last year", dt.date(2019, 1, 17), "2018-11"),
    ("in June last year", FRIDAY, "2017-06"),
    ("in late May", FRIDAY, "2018-05"),
    ("in early June", FRIDAY, "2018-06"),
    ("in April", FRIDAY, "2018-04"),
    ("in April", dt.date(2019, 3, 5), "2018-04"),  # April is still ahead: the April before
    ("in April next year", FRIDAY, "2019-04"),
    ("last weekend", dt.date(2018, 12, 10), "2018-12"),  # 8-9 December
]


@pytest.mark.parametrize(("phrase", "reference", "expected"), PHRASES)
def test_resolve_date_places_each_phrase(phrase: str, reference: dt.date, expected: str) -> None:
    assert resolve_date(phrase, reference) == pd(expected)


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [
        ("last week", FRIDAY),  # 26 Nov - 2 Dec
        ("next week", dt.date(2018, 12, 28)),  # 31 Dec - 6 Jan
        ("earlier this week", dt.date(2019, 1, 2)),  # 31 Dec - 2 Jan
        ("last weekend", dt.date(2018, 4, 2)),  # Saturday 31 March, Sunday 1 April
    ],
)
def test_a_week_across_two_months_resolves_to_none(phrase: str, reference: dt.date) -> None:
    assert resolve_date(phrase, reference) is None


def test_this_week_is_the_month_of_the_reference_even_where_the_week_spans_two() -> None:
    # the annotators' convention: "this week" is the week the text is written in
    assert resolve_date("this week", dt.date(2019, 1, 2)) == pd("2019-01")
    assert resolve_date("this week", dt.date(2018, 12, 31)) == pd("2018-12")


def test_part_of_a_week_inside_one_month_gives_that_month() -> None:
    assert resolve_date("later this week", dt.date(2019, 1, 2)) == pd("2019-01")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Tuesday", "2018-12-11"),
        ("on Friday", "2018-12-07"),
        ("Dec. 16", "2018-12-16"),
        ("Nov. 20", "2019-11-20"),
        ("on the 25th", "2018-12-25"),
        ("on the 3rd", "2019-01-03"),
        ("in April", "2019-04"),
        ("in December", "2018-12"),
    ],
)
def test_future_sentences_look_forward(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, FRIDAY, future=True) == pd(expected)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Dec. 7", "XXXX-12-07"),
        ("in late May", "XXXX-05"),
        ("in November last year", "XXXX-11"),
        ("November 20, 2018", "2018-11-20"),
        ("in February 2019", "2019-02"),
    ],
)
def test_without_a_reference_only_what_the_text_states_is_kept(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, None) == pd(expected)


@pytest.mark.parametrize(
    "phrase",
    ["on the 25th", "Tuesday", "today", "last month", "this year", "last week", "the 25th"],
)
def test_without_a_reference_relative_phrases_give_none(phrase: str) -> None:
    assert resolve_date(phrase, None) is None


def test_29_february_without_a_year_moves_to_a_leap_year() -> None:
    assert resolve_date("Feb. 29", dt.date(2019, 5, 1)) == pd("2016-02-29")
    assert resolve_date("Feb. 29", dt.date(2019, 5, 1), future=True) == pd("2020-02-29")


def test_the_31st_skips_months_that_lack_it() -> None:
    assert resolve_date("on the 31st", dt.date(2019, 5, 1)) == pd("2019-03-31")


@pytest.mark.parametrize(
    "phrase",
    ["may meet", "Secretary of State", "42", "the 2.0 version", "1950-53", "hello", ""],
)
def test_resolve_date_gives_none_for_non_dates(phrase: str) -> None:
    assert resolve_date(phrase, FRIDAY) is None


def test_resolve_date_reads_other_spellings_through_dateutil() -> None:
    assert resolve_date("2018 Dec 7", FRIDAY) == pd("2018-12-07")


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_resolve_date_reads_back_a_formatted_full_date(day: dt.date) -> None:
    assert resolve_date(day.strftime("%B %d, %Y"), None) == PartialDate.from_date(day)
    assert resolve_date(day.strftime("%B %d, %Y"), FRIDAY) == PartialDate.from_date(day)


# --- find_dates --------------------------------------------------------------------------------


def found(text: str, reference: dt.date | None = FRIDAY) -> list[tuple[str, str | None, str]]:
    return [
        (m.text, None if m.value is None else m.value.isoformat(), m.kind)
        for m in find_dates(text, reference)
    ]


def test_find_dates_returns_spans_kinds_and_values_in_order() -> None:
    text = (
        "SEOUL, Dec. 7 (Made-up Wire) -- The envoys met on Thursday and will meet again in April."
    )
    assert found(text) == [
        ("Dec. 7", "2018-12-07", "yearless"),
        ("on Thursday", "2018-12-06", "weekday"),
        ("in April", "2018-04", "yearless"),
    ]
    mention = find_dates(text, FRIDAY)[0]
    assert text[mention.start : mention.end] == mention.text
    assert isinstance(mention, DateMention)


def test_local_time_belongs_to_weekday_and_day_of_month_mentions() -> None:
    text = "They spoke Wednesday (Korea time) and met on the 24th (local time) in Washington."
    assert found(text, dt.date(2018, 12, 27)) == [
        ("Wednesday (Korea time)", "2018-12-26", "weekday"),
        ("on the 24th (local time)", "2018-12-24", "day_of_month"),
    ]


def test_a_weekday_before_a_full_date_is_one_mention() -> None:
    assert found("It was Friday, December 7, 2018.") == [
        ("Friday, December 7, 2018", "2018-12-07", "absolute")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials may meet soon, and they may not.",
        "May I ask a question?",
        "a bare number 25 and 2018 and 12.07",
        "Secretary of State Mike Pompeo",
        "the 46th UN Human Rights Council",
        "on the 10th anniversary of the talks",
        "the 1950-53 Korean War",
        "the 2.0 version of the plan",
        "Marco Rubio met Junior officials in Augusta",
        "the 3rd Infantry Division",
    ],
)
def test_find_dates_does_not_fire_on_non_dates(text: str) -> None:
    assert find_dates(text, FRIDAY) == []


def test_march_as_part_of_a_name_may_be_read_as_a_date() -> None:
    assert found("the March 1st Movement", None) == [("March 1st", "XXXX-03-01", "yearless")]


def test_day_of_month_needs_a_preposition_or_time_of_day() -> None:
    assert found("On the 22nd, the two sides spoke.", dt.date(2019, 8, 23)) == [
        ("On the 22nd", "2019-08-22", "day_of_month")
    ]
    assert found("the 22nd, the two sides spoke.") == []


DATE_TOKENS = st.sampled_from(
    [*"0123456789 .,-/:()", "Dec.", "May", "the", "on", "25th", "Friday", "in", "last", "week"]
)


@settings(max_examples=200)
@given(st.lists(DATE_TOKENS).map("".join) | st.text())
def test_find_dates_spans_are_in_bounds_ordered_and_disjoint(text: str) -> None:
    mentions = find_dates(text, FRIDAY)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        previous_end = mention.end


@given(st.text(), st.none() | st.dates(), st.booleans())
def test_find_dates_never_raises(text: str, reference: dt.date | None, future: bool) -> None:
    find_dates(text, reference, future=future)


# --- parse_timestamp ---------------------------------------------------------------------------


def zone(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("11/20/2018 04:06 PM EST", dt.datetime(2018, 11, 20, 16, 6, tzinfo=zone(-5))),
        ("08/05/2021 10:21 PM EDT", dt.datetime(2021, 8, 5, 22, 21, tzinfo=zone(-4))),
        ("16:05 December 07, 2018", dt.datetime(2018, 12, 7, 16, 5)),
        ("Published : Apr 19, 2022 - 20:14", dt.datetime(2022, 4, 19, 20, 14)),
        ("11:16 GMT 13.06.2023", dt.datetime(2023, 6, 13, 11, 16, tzinfo=zone(0))),
        ("2018.10.29 (15:07)", dt.datetime(2018, 10, 29, 15, 7)),
        ("Updated: 2020-07-09 10:05:10 KST", dt.datetime(2020, 7, 9, 10, 5, 10, tzinfo=zone(9))),
        ("August 22, 2021 08:52 PM", dt.datetime(2021, 8, 22, 20, 52)),
        ("April 6, 2022", dt.date(2022, 4, 6)),
        ("APRIL 6, 2022", dt.date(2022, 4, 6)),
        ("2017-07-28", dt.date(2017, 7, 28)),
        ("17:16 May 16, 2022", dt.datetime(2022, 5, 16, 17, 16)),
        ("12:30 AM PST 01/02/2020", dt.datetime(2020, 1, 2, 0, 30, tzinfo=zone(-8))),
        ("2019-03-01 09:00 JST", dt.datetime(2019, 3, 1, 9, 0, tzinfo=zone(9))),
        ("2019-03-01 09:00 UTC+9", dt.datetime(2019, 3, 1, 9, 0, tzinfo=zone(9))),
    ],
)
def test_parse_timestamp_reads_header_lines(line: str, expected: dt.date) -> None:
    value = parse_timestamp(line)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("line", ["Written by 10:54 AM Politics", "Home > National", "Dec. 7", ""])
def test_parse_timestamp_gives_none_without_a_full_date(line: str) -> None:
    assert parse_timestamp(line) is None


@pytest.mark.parametrize("reference", [dt.date.min, dt.date.max])
def test_phrases_past_the_edge_of_the_calendar_are_kept_unresolved(reference: dt.date) -> None:
    text = "yesterday, tomorrow, last Friday, next Friday, last week, next week, next month"
    mentions = find_dates(text, reference)
    assert len(mentions) == 7
    assert any(m.value is None for m in mentions)


def test_a_year_after_early_mid_or_late_is_a_date_but_not_after_a_dash() -> None:
    assert found("talks resumed in mid-2019 and again in early 2020.") == [
        ("in mid-2019", "2019", "absolute"),
        ("in early 2020", "2020", "absolute"),
    ]
    assert found("from 1950-1953") == []


def test_resolve_date_of_a_bare_month_follows_the_month_rule() -> None:
    assert resolve_date("May", FRIDAY) == pd("2018-05")
    assert resolve_date("May", FRIDAY, future=True) == pd("2019-05")
    assert resolve_date("May", None) == pd("XXXX-05")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last Friday", "2018-11-30"),  # strictly before, even on a Friday
        ("next Friday", "2018-12-14"),  # strictly after
        ("this Friday", "2018-12-07"),
        ("on Saturday", "2018-12-01"),
        ("next Tuesday", "2018-12-11"),
    ],
)
def test_last_and_next_weekday_skip_the_reference_day(phrase: str, expected: str) -> None:
    assert resolve_date(phrase, FRIDAY) == pd(expected)


# --- the scanner's start guards ------------------------------------------------------------------

# words and pieces that start or end date phrases, so that arbitrary text often holds one
_DATE_WORDS = [
    "on ", "In ", "since ", "the ", "THE ", "early ", "Mid-", "late ", "last ", "This ", "next ",
    "coming ", "past ", "today", "Tonight", "yesterday", "earlier this week", "later this year",
    "Friday", "FRIDAY", "Dec.", "December", "DEC", "May", "March", "Sept", "7", "25th", "2018",
    "12/07/2018", "2018-12-07", "07.12.2018", " of ", ", ", " (local time)", " ", "-", ".",
]  # fmt: skip


def _unguarded_scanner() -> re.Pattern[str]:
    kinds = "|".join(f"(?P<{k}>{v})" for k, v in grammar._ALTERNATIVES.items())
    return re.compile(rf"\b(?=\w)(?:{grammar._PREP})?(?:{kinds})" + grammar._SUFFIX)


# letters that fold to the ASCII letters of the relative words under IGNORECASE ("laſt week")
_FOLDING = ["\u017f", "\u0131", "\u212a", "ſ", "las", "t week", "thi", "tonıght"]
# prepositions that open with such a letter ("ſince", "İn"), and digits of other scripts
_FOLDING += [
    "ſince ",
    "\u0130n ",
    "\u0131n ",
    "tıll ",
    "SInce ",
    "dURING ",
    "Tue",
    "TUESDAY",
    "\u0661\u0669\u0669\u0669",
    "\u0667",
    "٢٠١٨-١٢-٠٧",
]

# more pieces for the guards' three letters and what follows "the"
_GUARD_WORDS = [
    "Tue", "MON", "Jun", "SEP", "Sept.", "the morning of ", "the late evening of ", "the 3rd",
    "The 21st ", "mid-", "LATE ", "coming ", "1999", "2030", "tomorrow", "thıs week", "laſt ",
]  # fmt: skip


@settings(max_examples=500)
@given(
    st.lists(
        st.one_of(st.sampled_from(_DATE_WORDS + _GUARD_WORDS + _FOLDING), st.text(max_size=4)),
        max_size=16,
    )
)
def test_the_start_guards_change_no_match_of_the_scanner(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = _unguarded_scanner()
    assert [m.groupdict() | {"": m.span()} for m in grammar.SCANNER.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in plain.finditer(text)
    ]


@settings(max_examples=300)
@given(
    st.lists(st.one_of(st.sampled_from(_DATE_WORDS + _FOLDING), st.text(max_size=4)), max_size=16)
)
def test_date_phrases_skips_the_scan_only_of_text_that_holds_no_date(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in dates.date_phrases(text)] == [
        m.span() for m in grammar.SCANNER.finditer(text)
    ]


def test_a_text_without_digits_or_date_words_has_no_date_phrase_to_read() -> None:
    # made-up sentences
    assert dates.date_phrases("The envoys discussed sanctions in Seoul.") == []
    assert [m.group() for m in dates.date_phrases("They will meet again next week.")] == [
        "next week"
    ]
    ref = dt.date(2018, 12, 7)
    text = "They met on Friday and will meet again on Tuesday."
    phrases = dates.date_phrases(text)
    for future in (False, True):
        assert dates.read_dates(text, phrases, ref, future=future) == find_dates(
            text, ref, future=future
        )


def test_case_insensitive_words_start_with_letters_that_fold_to_no_other_character() -> None:
    every = "".join(map(chr, range(0x110000)))
    letters = "celmnpty"  # the first letters of the scanner's case-insensitive words
    found = set(re.findall(f"(?i:{'|'.join(letters)})", every))
    assert found == set(letters + letters.upper())


def test_earlier_and_later_today_are_the_reference_day_but_later_in_the_day_is_not() -> None:
    ref = dt.date(2024, 11, 15)
    for phrase in ("earlier today", "later today"):
        (found,) = find_dates(f"They met {phrase}.", ref)
        assert found.value == PartialDate(year=2024, month=11, day=15), phrase
    # the day of whatever the text told last, not necessarily the day it was written
    assert find_dates("They met later in the day.", ref) == []


def test_month_numbers_and_kept_weekdays_read_as_before() -> None:
    assert [dates._month(w) for w in ("Jan.", "SEPT", "Sept.", "May", "december")] == [
        1, 9, 9, 5, 12
    ]  # fmt: skip
    ref = dt.date(2018, 12, 7)  # a Friday
    for rel, future, expected in (
        ("", False, "2018-12-04"),
        ("", True, "2018-12-11"),
        ("last", True, "2018-12-04"),
        ("next", False, "2018-12-11"),
        ("coming", False, "2018-12-11"),
    ):
        assert dates._weekday("Tuesday", rel, ref, future) == pd(expected), (rel, future)
    # asked twice, the same (immutable) answer
    assert dates._partial(2018, 2, 30) is None
    assert dates._yearless(2, 29, ref, False) == pd("2016-02-29")


# made-up phrases opening with every word a phrase may open with, to be written in each case
_OPENING_PHRASES = [
    "on Friday", "in May", "by June 3", "since 2019", "until March", "till Monday",
    "from Jan. 5", "through Friday", "before April", "after 2018", "during May", "for June",
    "last week", "this month", "next Tuesday", "early May", "mid-2019", "late April",
    "coming Friday", "past Monday", "the 25th", "the morning of the 3rd", "today", "tonight",
    "tomorrow", "yesterday", "earlier this year", "later today", "Wednesday", "Thursday",
    "Saturday", "Sunday", "February 2", "August 9", "September 1", "October 4", "November 6",
    "December 7", "July 8",
]  # fmt: skip


def _written(phrase: str) -> list[str]:
    """The phrase as written in lower, title and upper case, and with the letters that fold to
    ASCII letters under IGNORECASE ("ſince", "İN")."""
    folded = phrase.replace("s", "\u017f", 1).replace("i", "\u0131", 1).replace("I", "\u0130", 1)
    return [phrase, phrase.lower(), phrase.title(), phrase.upper(), folded, folded.upper()]


def test_every_opening_word_is_let_through_by_the_scanner_guards() -> None:
    plain = _unguarded_scanner()
    for phrase in _OPENING_PHRASES:
        for written in _written(phrase):
            text = f"They said it {written}, again."
            assert [m.groupdict() | {"": m.span()} for m in grammar.SCANNER.finditer(text)] == [
                m.groupdict() | {"": m.span()} for m in plain.finditer(text)
            ], text
