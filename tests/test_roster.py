"""The shipped roster: its data is valid, and lookups by spelling, surname, garble and post work."""

from __future__ import annotations

import doctest
import json
from collections import Counter
from datetime import date, datetime
from importlib import resources
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import koreadip.post_titles
import koreadip.romanization
import koreadip.roster
import koreadip.roster_entries
from koreadip.countries import is_country_code
from koreadip.errors import SchemaError
from koreadip.names import name_keys, slugify
from koreadip.post_titles import PostTitleIndex, post_seniority, title_matches, title_terms
from koreadip.roster import Post, Roster, RosterEntry, default_roster


@pytest.fixture(scope="module")
def roster() -> Roster:
    return default_roster()


def raw_data() -> list[dict[str, Any]]:
    text = resources.files("koreadip").joinpath("data/roster.json").read_text(encoding="utf-8")
    data: list[dict[str, Any]] = json.loads(text)
    return data


def without(roster: Roster, *ids: str) -> Roster:
    return Roster(e for e in roster.entries if e.id not in ids)


# ------------------------------------------------------------------ the data


def test_data_file_has_enough_officials_of_each_side(roster: Roster) -> None:
    counts = Counter(e.country for e in roster.entries)
    assert len(roster) >= 170
    assert counts["US"] >= 60
    assert counts["KR"] >= 60
    assert counts["KP"] >= 15
    assert {"JP", "CN", "RU"} <= set(counts)


def test_every_country_is_an_iso_code(roster: Roster) -> None:
    for entry in roster.entries:
        assert is_country_code(entry.country), entry.name
        for post in entry.posts:
            assert is_country_code(post.country), (entry.name, post.title)


def test_ids_are_unique_slugs_of_the_canonical_name(roster: Roster) -> None:
    ids = [e.id for e in roster.entries]
    assert len(ids) == len(set(ids))
    assert all(e.id == slugify(e.name) for e in roster.entries)


def test_no_spelling_is_shared_by_two_people(roster: Roster) -> None:
    owner: dict[str, str] = {}
    for entry in roster.entries:
        for spelling in entry.spellings():
            for key in name_keys(spelling):
                assert owner.setdefault(key, entry.id) == entry.id, (spelling, owner[key])


def test_every_entry_has_posts_with_ordered_terms(roster: Roster) -> None:
    for entry in roster.entries:
        assert entry.posts, entry.name
        for post in entry.posts:
            assert post.title.strip()
            assert post.start is not None, (entry.name, post.title)
            if post.end is not None:
                assert post.start <= post.end, (entry.name, post.title)


def test_raw_json_uses_only_known_keys_and_iso_dates() -> None:
    entry_keys = {"name", "country", "korean_name", "aliases", "posts"}
    post_keys = {"title", "organization", "start", "end", "country"}
    for item in raw_data():
        assert set(item) <= entry_keys, item["name"]
        for post in item["posts"]:
            assert set(post) <= post_keys
            for key in ("start", "end"):
                if post[key] is not None:
                    assert date.fromisoformat(post[key]).isoformat() == post[key]


def test_korean_entries_carry_hangul_names(roster: Roster) -> None:
    korean = [e for e in roster.entries if e.country in {"KR", "KP"}]
    with_hangul = [e for e in korean if e.korean_name]
    assert len(with_hangul) >= len(korean) - 5
    for entry in with_hangul:
        assert entry.korean_name is not None
        assert all("\uac00" <= ch <= "\ud7a3" for ch in entry.korean_name), entry.name


def test_default_roster_is_loaded_once() -> None:
    assert default_roster() is default_roster()


def test_bad_input_raises_schema_error_naming_the_field() -> None:
    with pytest.raises(SchemaError, match=r"roster\[0\]\.posts\[0\]\.start"):
        Roster.from_json(
            [{"name": "A B", "country": "US", "posts": [{"title": "X", "start": "soon"}]}]
        )
    with pytest.raises(SchemaError, match="country"):
        Roster.from_json([{"name": "A B", "country": "XX", "posts": []}])
    with pytest.raises(SchemaError, match="before start"):
        Post(title="X", country="US", start=date(2020, 1, 2), end=date(2020, 1, 1))
    with pytest.raises(SchemaError, match="duplicate id"):
        Roster.from_json([{"name": "A B", "country": "US"}, {"name": "A-B", "country": "US"}])


def test_month_precision_dates_are_read_as_the_first_of_the_month() -> None:
    roster = Roster.from_json(
        [{"name": "A B", "country": "US", "posts": [{"title": "X", "start": "2018-08"}]}]
    )
    assert roster.entries[0].posts[0].start == date(2018, 8, 1)


# ------------------------------------------------------------------ entries and posts


def test_post_is_active_within_its_term_inclusive() -> None:
    post = Post(title="X", country="US", start=date(2020, 1, 1), end=date(2020, 12, 31))
    assert post.active_on(date(2020, 1, 1))
    assert post.active_on(date(2020, 12, 31))
    assert post.active_on(datetime(2020, 6, 1, 12, 0))
    assert not post.active_on(date(2021, 1, 1))
    assert post.active_on(None)


def test_post_on_prefers_the_senior_post(roster: Roster) -> None:
    biegun = roster.get("stephen-biegun")
    assert biegun is not None
    post = biegun.post_on(date(2020, 6, 1))
    assert post is not None
    assert post.title == "Deputy Secretary of State"
    first = biegun.post_on(date(2019, 1, 1))
    assert first is not None
    assert first.title == "Special Representative for North Korea"
    assert biegun.post_on(date(2023, 1, 1)) is None


def test_post_on_without_a_day_gives_the_latest_post(roster: Roster) -> None:
    cho = roster.get("cho-hyun")
    assert cho is not None
    post = cho.post_on(None)
    assert post is not None
    assert post.title == "Minister of Foreign Affairs"


def test_spellings_start_with_the_canonical_name(roster: Roster) -> None:
    pompeo = roster.get("mike-pompeo")
    assert pompeo is not None
    assert pompeo.spellings()[0] == "Mike Pompeo"
    assert "Michael R. Pompeo" in pompeo.spellings()


def test_get_unknown_id_is_none(roster: Roster) -> None:
    assert roster.get("nobody-at-all") is None


# ------------------------------------------------------------------ lookup


def test_every_spelling_looks_up_its_own_entry(roster: Roster) -> None:
    for entry in roster.entries:
        for spelling in entry.spellings():
            assert roster.lookup(spelling) is entry, spelling


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Kyu-Duk Noh", "Noh Kyu-duk"),
        ("Gyu-deok Noh", "Noh Kyu-duk"),
        ("NOH KYU-DUK", "Noh Kyu-duk"),
        ("Kyu Duk Noh", "Noh Kyu-duk"),
        ("Jong Un Kim", "Kim Jong Un"),
        ("Kim Jongun", "Kim Jong Un"),
        ("Seong Kim", "Sung Kim"),
        ("Cho Tae-yeol", "Cho Tae-yul"),
        ("Jae-myung Lee", "Lee Jae-myung"),
        ("Choi Son Hui", "Choe Son Hui"),
        ("Lee Yong Ho", "Ri Yong Ho"),
        ("Michael R. Pompeo", "Mike Pompeo"),
        ("Antony J. Blinken", "Antony Blinken"),
        ("Steven E. Biegun", "Stephen Biegun"),
        ("Joseph R. Biden Jr.", "Joe Biden"),
        ("Kyung-wha Kang", "Kang Kyung-wha"),
        ("Takeshi Iwaya", "Takeshi Iwaya"),
        ("Iwaya Takeshi", "Takeshi Iwaya"),
    ],
)
def test_lookup_ignores_order_hyphens_case_and_romanisation(
    roster: Roster, spelling: str, name: str
) -> None:
    entry = roster.lookup(spelling)
    assert entry is not None, spelling
    assert entry.name == name


@pytest.mark.parametrize("spelling", ["Pompeo", "Kim", "John Smith", "", "Kim Jong"])
def test_lookup_of_a_surname_or_a_stranger_is_none(roster: Roster, spelling: str) -> None:
    assert roster.lookup(spelling) is None


def test_lookup_of_a_name_fitting_two_entries_is_none() -> None:
    twins = Roster(
        [
            RosterEntry(id="a", name="Lee Jin", country="KR"),
            RosterEntry(id="b", name="Ri Jin", country="KP"),
        ]
    )
    assert twins.lookup("Lee Jin") is not None
    assert twins.lookup("Yi Jin") is None  # meets both only by sound


# ------------------------------------------------------------------ by_surname


def test_unique_surname_needs_no_hint(roster: Roster) -> None:
    entry = roster.by_surname("Pompeo")
    assert entry is not None
    assert entry.name == "Mike Pompeo"
    biegun = roster.by_surname("BIEGUN")
    assert biegun is not None
    assert biegun.name == "Stephen Biegun"


@pytest.mark.parametrize("surname", ["Kim", "Lee", "Cho", "Miller", "Sullivan"])
def test_common_surname_without_hints_is_ambiguous(roster: Roster, surname: str) -> None:
    assert roster.by_surname(surname) is None


@pytest.mark.parametrize(
    ("surname", "title", "day", "name"),
    [
        ("Lee", "Special Representative", date(2018, 11, 20), "Lee Do-hoon"),
        ("Kang", "Foreign Minister", date(2018, 6, 1), "Kang Kyung-wha"),
        ("KIM", "Special Representative for the DPRK", date(2022, 4, 6), "Sung Kim"),
        ("Kim", "Acting U.S. Ambassador", date(2025, 12, 17), "Kevin Kim"),
        ("Miller", "Department Spokesperson", date(2024, 4, 15), "Matthew Miller"),
        ("Sullivan", "National Security Advisor", date(2022, 1, 1), "Jake Sullivan"),
        ("Harris", "Ambassador", date(2020, 8, 19), "Harry Harris"),
        ("Cho", "Foreign Minister", date(2026, 2, 6), "Cho Hyun"),
        ("Li", "Premier", date(2024, 3, 1), "Li Qiang"),
    ],
)
def test_title_and_date_make_a_surname_unique(
    roster: Roster, surname: str, title: str, day: date, name: str
) -> None:
    entry = roster.by_surname(surname, on=day, title=title)
    assert entry is not None
    assert entry.name == name


def test_date_alone_can_make_a_surname_unique(roster: Roster) -> None:
    entry = roster.by_surname("Harris", on=date(2019, 6, 1))
    assert entry is not None
    assert entry.name == "Harry Harris"
    assert roster.by_surname("Harris") is None


def test_country_narrows_a_surname(roster: Roster) -> None:
    assert roster.by_surname("Kim", title="Foreign Minister", country="US") is None
    entry = roster.by_surname("Choe", title="Foreign Minister", country="KP", on=date(2024, 1, 18))
    assert entry is not None
    assert entry.name == "Choe Son Hui"
    # both Seoul's and Pyongyang's first vice foreign ministers were Chois in 2020
    assert (
        roster.by_surname("Choi", title="First Vice Foreign Minister", on=date(2020, 9, 2)) is None
    )
    choi = roster.by_surname(
        "Choi", title="First Vice Foreign Minister", on=date(2020, 9, 2), country="KR"
    )
    assert choi is not None
    assert choi.name == "Choi Jong-kun"


def test_two_holders_of_a_title_leave_the_surname_ambiguous(roster: Roster) -> None:
    # a unification minister and a defence minister, both Kims, in October 2024
    assert roster.by_surname("Kim", title="Minister", on=date(2024, 10, 1)) is None
    entry = roster.by_surname("Kim", title="Defense Minister", on=date(2024, 10, 1))
    assert entry is not None
    assert entry.name == "Kim Yong-hyun"


# ------------------------------------------------------------------ fuzzy


def test_garbled_name_with_title_and_date_is_found(roster: Roster) -> None:
    entry = roster.fuzzy("Tony Blincoln", title="Secretary of State", on=date(2021, 2, 24))
    assert entry is not None
    assert entry.name == "Antony Blinken"


def test_garbled_name_without_constraints_needs_high_similarity(roster: Roster) -> None:
    assert roster.fuzzy("Tony Blincoln") is None
    assert roster.fuzzy("Tony Blinkin") is not None


@pytest.mark.parametrize(
    ("garble", "name"),
    [
        ("Biegen", "Stephen Biegun"),
        ("Cho Tae-yeol", "Cho Tae-yul"),
        ("Kritenbrinck", "Daniel Kritenbrink"),
    ],
)
def test_small_garbles_are_forgiven(roster: Roster, garble: str, name: str) -> None:
    entry = roster.fuzzy(garble)
    assert entry is not None
    assert entry.name == name


def test_exact_names_win_over_similar_ones(roster: Roster) -> None:
    kevin = roster.fuzzy("Kevin Kim")
    assert kevin is not None
    assert kevin.name == "Kevin Kim"
    wong = roster.fuzzy("Alex Wong")
    assert wong is not None
    assert wong.name == "Alex Wong"


def test_different_people_are_not_fuzzed_together(roster: Roster) -> None:
    assert roster.fuzzy("Kevin Kim", on=date(2022, 6, 1)) is not None
    assert without(roster, "kevin-kim").fuzzy("Kevin Kim") is None
    assert without(roster, "kevin-kim").fuzzy("Kevin Kim", on=date(2023, 1, 1)) is None
    assert without(roster, "alex-wong").fuzzy("Alex Wong") is None
    assert without(roster, "alex-wong").fuzzy("Alex Wong", title="Foreign Minister") is None
    assert roster.fuzzy("Ned Price", title="Secretary of State", on=date(2021, 2, 24)) is not None
    assert (
        without(roster, "ned-price").fuzzy(
            "Ned Price", title="Secretary of State", on=date(2021, 2, 24)
        )
        is None
    )


def test_fuzzy_of_nothing_is_none(roster: Roster) -> None:
    assert roster.fuzzy("") is None
    assert roster.fuzzy("Zzyzx Qwerty") is None


# ------------------------------------------------------------------ holders


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2018, 11, 20), "Mike Pompeo"),
        (date(2021, 3, 1), "Antony Blinken"),
        (date(2025, 2, 1), "Marco Rubio"),
    ],
)
def test_secretary_of_state_on_a_date(roster: Roster, day: date, name: str) -> None:
    for title in ("Secretary of State", "secretary of state", "US Secretary of State"):
        assert [e.name for e in roster.holders(title, on=day)] == [name]


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (date(2017, 7, 27), "Kang Kyung-wha"),
        (date(2021, 8, 5), "Chung Eui-yong"),
        (date(2022, 5, 13), "Park Jin"),
        (date(2024, 11, 14), "Cho Tae-yul"),
        (date(2026, 2, 1), "Cho Hyun"),
    ],
)
def test_korean_foreign_minister_on_a_date(roster: Roster, day: date, name: str) -> None:
    for title in (
        "Foreign Minister",
        "Minister of Foreign Affairs",
        "South Korean Foreign Minister",
    ):
        assert [e.name for e in roster.holders(title, on=day, country="KR")] == [name]


def test_unification_minister_spellings_agree(roster: Roster) -> None:
    day = date(2020, 8, 19)
    expected = ["Lee In-young"]
    assert [e.name for e in roster.holders("Unification Minister", on=day)] == expected
    assert [e.name for e in roster.holders("Minister of Unification", on=day)] == expected


def test_rank_words_keep_deputies_apart(roster: Roster) -> None:
    deputies = [e.name for e in roster.holders("Deputy Secretary of State", on=date(2020, 6, 1))]
    assert deputies == ["Stephen Biegun"]
    heads = [e.name for e in roster.holders("Secretary of State", on=date(2020, 6, 1))]
    assert heads == ["Mike Pompeo"]


def test_national_security_office_head_is_a_national_security_adviser(roster: Roster) -> None:
    day = date(2025, 12, 24)
    for title in (
        "head of the presidential Office of National Security",
        "National Security Adviser",
    ):
        assert [e.name for e in roster.holders(title, on=day, country="KR")] == ["Wi Sung-lac"]


def test_holders_without_a_date_span_all_terms(roster: Roster) -> None:
    names = {e.name for e in roster.holders("Special Representative for North Korea")}
    assert {"Stephen Biegun", "Sung Kim", "Joseph Yun"} <= names
    assert "Julie Turner" not in names
    assert "Kevin Kim" not in names


def test_holders_of_nothing(roster: Roster) -> None:
    assert roster.holders("") == []
    assert roster.holders("the") == []


def test_a_former_post_still_identifies_a_surname(roster: Roster) -> None:
    entry = roster.by_surname("Kang", title="former Foreign Minister", on=date(2026, 1, 5))
    assert entry is not None
    assert entry.name == "Kang Kyung-wha"


def test_a_title_nobody_held_does_not_fall_back_to_a_lone_namesake(roster: Roster) -> None:
    # Yang Jiechi is the only Yang on the roster, but he was never a minister
    assert roster.by_surname("Yang", title="Minister", on=date(2024, 11, 15)) is None
    assert roster.by_surname("Yang", on=date(2020, 1, 1)) is not None


def test_a_title_joining_two_posts_matches_either(roster: Roster) -> None:
    title = "Acting President and Deputy Prime Minister"
    entry = roster.by_surname("Choi", title=title, on=date(2025, 1, 23), country="KR")
    assert entry is not None
    assert entry.name == "Choi Sang-mok"
    peace = "Special Representative for Korean Peninsula Peace and Security Affairs"
    assert [e.name for e in roster.holders(peace, on=date(2019, 1, 1))] == ["Lee Do-hoon"]


def test_a_wordier_title_matches_the_post_it_contains(roster: Roster) -> None:
    title = "vice chairman of the DPRK's ruling Workers' Party of Korea (WPK) Central Committee"
    entry = roster.by_surname("Kim", title=title, on=date(2019, 1, 17))
    assert entry is not None
    assert entry.name == "Kim Yong Chol"


def test_where_a_post_is_held_is_not_part_of_its_title(roster: Roster) -> None:
    title = "director-general for Asian and Oceanian affairs at Tokyo's foreign ministry"
    assert [e.name for e in roster.holders(title, on=date(2021, 2, 19))] == ["Takehiro Funakoshi"]


# ------------------------------------------------------------------ post titles and docs


@pytest.mark.parametrize(
    ("text_title", "post_title", "fits"),
    [
        ("Foreign Minister", "Minister of Foreign Affairs", True),
        ("Foreign Affairs Minister", "Minister for Foreign Affairs", True),
        ("Unification Minister", "Minister of Unification", True),
        ("Vice Unification Minister", "Vice Minister of Unification", True),
        ("Defence Minister", "Minister of National Defense", True),
        ("US Secretary of State", "Secretary of State", True),
        ("Secretary", "Secretary of State", True),
        ("Secretary of State", "Acting Secretary of State", True),
        ("Secretary of State", "Deputy Secretary of State", False),
        ("Secretary of State", "Under Secretary of State for Political Affairs", False),
        ("Foreign Minister", "First Vice Minister of Foreign Affairs", False),
        ("Assistant Secretary", "Deputy Assistant Secretary of State for Korea and Japan", False),
        ("Vice President", "President", False),
        ("State Department spokesperson", "Spokesperson for the Department of State", True),
        ("spokesman", "Spokesperson for the Department of State", True),
        ("Acting U.S. Ambassador", "Chargé d'Affaires ad interim to the Republic of Korea", True),
        ("U.S. special envoy for North Korea", "Special Representative for the DPRK", True),
        (
            "special representative for North Korea",
            "Special Envoy for North Korean Human Rights Issues",
            False,
        ),
        (
            "Seoul's top nuclear envoy",
            "Special Representative for Korean Peninsula Peace and Security Affairs",
            True,
        ),
        (
            "Special Representative for Korean Peninsula Peace and Security Affairs",
            "Special Representative for Korean Peninsula Affairs",
            False,
        ),
        (
            "Assistant Secretary of State for East Asia and the Pacific",
            "Assistant Secretary of State for East Asian and Pacific Affairs",
            True,
        ),
        ("National Security Adviser", "Director of the National Security Office", True),
        ("", "Secretary of State", False),
    ],
)
def test_titles_from_text_fit_post_titles(text_title: str, post_title: str, fits: bool) -> None:
    assert title_matches(title_terms(text_title), post_title) is fits


def test_seniority_ranks_heads_above_deputies_above_envoys() -> None:
    ranks = [
        post_seniority(t)
        for t in (
            "President",
            "Prime Minister",
            "Secretary of State",
            "Deputy Secretary of State",
            "Special Representative for North Korea",
            "Director for Korea",
        )
    ]
    assert ranks == sorted(ranks)
    assert len(set(ranks)) == len(ranks)


@pytest.mark.parametrize(
    "module",
    [koreadip.roster, koreadip.roster_entries, koreadip.post_titles, koreadip.romanization],
)
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


def test_a_lone_given_name_is_not_taken_for_a_surname(roster: Roster) -> None:
    assert roster.fuzzy("Kurt") is None
    assert roster.fuzzy("Mike") is None


# ------------------------------------------------------------------ the wider field


@pytest.mark.parametrize(
    ("spelling", "name", "country"),
    [
        ("Pak Thae-song", "Pak Thae Song", "KP"),
        ("Park Tae-sung", "Pak Thae Song", "KP"),
        ("Deok-hun Kim", "Kim Tok Hun", "KP"),
        ("Charles Q. Brown Jr.", "Charles Brown", "US"),
        ("Stephen A. Feinberg", "Steve Feinberg", "US"),
        ("Chu Kyung-ho", "Choo Kyung-ho", "KR"),
        ("Han-koo Yeo", "Yeo Han-koo", "KR"),
        ("Kato Katsunobu", "Katsunobu Kato", "JP"),
        ("Dmitri Peskov", "Dmitry Peskov", "RU"),
    ],
)
def test_officials_of_the_wider_field_are_found_by_any_spelling(
    roster: Roster, spelling: str, name: str, country: str
) -> None:
    entry = roster.lookup(spelling)
    assert entry is not None, spelling
    assert (entry.name, entry.country) == (name, country)


@pytest.mark.parametrize(
    ("surname", "title", "day", "name"),
    [
        ("Pak", "Premier", date(2025, 3, 1), "Pak Thae Song"),
        ("Kim", "North Korean Premier", date(2022, 1, 1), "Kim Tok Hun"),
        ("Kim", "Premier", date(2019, 6, 1), "Kim Jae Ryong"),
        ("Brown", "Chairman of the Joint Chiefs of Staff", date(2024, 1, 1), "Charles Brown"),
        ("Choo", "Finance Minister", date(2023, 3, 1), "Choo Kyung-ho"),
        # Yoo and Yeo sound alike; their terms as trade minister keep them apart
        ("Yoo", "Trade Minister", date(2020, 1, 1), "Yoo Myung-hee"),
        ("Yeo", "Trade Minister", date(2025, 8, 1), "Yeo Han-koo"),
        ("Kim", "Industry Minister", date(2025, 9, 1), "Kim Jung-kwan"),
        ("Kishi", "Defense Minister", date(2021, 1, 1), "Nobuo Kishi"),
        ("McCaul", "House Foreign Affairs Committee Chairman", date(2024, 1, 1), "Michael McCaul"),
        ("Mao", "Foreign Ministry spokesperson", date(2025, 1, 1), "Mao Ning"),
    ],
)
def test_title_and_date_place_officials_of_the_wider_field(
    roster: Roster, surname: str, title: str, day: date, name: str
) -> None:
    entry = roster.by_surname(surname, on=day, title=title)
    assert entry is not None
    assert entry.name == name


def test_new_namesakes_leave_existing_surnames_resolvable(roster: Roster) -> None:
    # Li, Lee and Ri are one name by sound: a Chinese defence minister of 2023 would make
    # "Defense Minister Lee" ambiguous, so none is listed
    lee = roster.by_surname("Lee", title="Defense Minister", on=date(2023, 5, 1))
    assert lee is not None
    assert lee.name == "Lee Jong-sup"
    han = roster.by_surname("Han", title="Prime Minister", on=date(2023, 5, 1))
    assert han is not None
    assert han.name == "Han Duck-soo"


@pytest.mark.parametrize(
    ("title", "day", "names"),
    [
        ("Chief Cabinet Secretary", date(2022, 6, 1), ["Hirokazu Matsuno"]),
        ("Chief Cabinet Secretary", date(2026, 1, 1), ["Minoru Kihara"]),
        ("Joint Chiefs Chairman", date(2025, 6, 1), ["Dan Caine"]),
        ("U.S. Trade Representative", date(2018, 3, 1), ["Robert Lighthizer"]),
        ("Commerce Secretary", date(2025, 7, 31), ["Howard Lutnick"]),
        ("National Assembly Speaker", date(2023, 2, 1), ["Kim Jin-pyo"]),
    ],
)
def test_holders_of_posts_of_the_wider_field(
    roster: Roster, title: str, day: date, names: list[str]
) -> None:
    assert [e.name for e in roster.holders(title, on=day)] == names


def _holders_by_full_scan(
    roster: Roster, title: str, on: date | None, country: str | None
) -> list[RosterEntry]:
    """``holders`` as a loop over every entry and post, the plain computation the index skips."""
    fits = roster._title_test(title)
    found: dict[str, tuple[date, RosterEntry]] = {}
    for entry in roster.entries:
        for post in entry.posts:
            if country is not None and post.country != country:
                continue
            if post.active_on(on) and fits(post.title):
                start = post.start or date.min
                if entry.id not in found or start < found[entry.id][0]:
                    found[entry.id] = (start, entry)
    return [e for _, e in sorted(found.values(), key=lambda pair: pair[0])]


_POST_TITLES = sorted({p.title for e in default_roster() for p in e.posts})


@settings(max_examples=200)
@given(
    title=st.one_of(
        st.sampled_from(_POST_TITLES),
        st.sampled_from(_POST_TITLES).map(str.lower),
        st.sampled_from(("Foreign Minister", "envoy", "Deputy", "Acting President and Premier")),
        st.text(alphabet="abcdefgh SU", max_size=12),
    ),
    on=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))),
    country=st.sampled_from((None, "US", "KR", "KP", "JP", "CN")),
)
def test_holders_index_agrees_with_a_full_scan(
    title: str, on: date | None, country: str | None
) -> None:
    roster = default_roster()
    expected = _holders_by_full_scan(roster, title, on, country)
    assert roster.holders(title, on=on, country=country) == expected
    assert roster.holders(title, on=on, country=country) == expected  # the cached path too


def test_holders_index_keeps_roster_order_among_equal_starts() -> None:
    day = date(2020, 1, 1)
    entries = [
        RosterEntry(
            id=f"envoy-{i}",
            name=f"Made Up {name}",
            country="US",
            posts=(Post(title="Special Envoy", country="US", start=day),),
        )
        for i, name in enumerate(("Zed", "Alpha", "Mid"))
    ]
    small = Roster(entries)
    assert [e.id for e in small.holders("Special Envoy", on=day)] == [
        "envoy-0",
        "envoy-1",
        "envoy-2",
    ]
    assert small.holders("Special Envoy", on=day) == _holders_by_full_scan(
        small, "Special Envoy", day, None
    )


_TITLE_WORDS = sorted(
    {w for e in default_roster() for p in e.posts for w in p.title.split()}
    | {"Acting", "U.S.", "Seoul's", "envoy", "ambassador", "and", "Deputy", "former", "nuclear"}
)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_TITLE_WORDS), min_size=1, max_size=7))
def test_the_post_title_index_finds_every_post_title_a_title_fits(words: list[str]) -> None:
    # made-up titles of words from the roster's post titles: the index must miss none
    titles = sorted({p.title for e in default_roster() for p in e.posts})
    terms = title_terms(" ".join(words))
    expected = frozenset(t for t in titles if title_matches(terms, t))
    assert PostTitleIndex(titles).fitting(terms) == expected


def test_the_roster_records_are_the_same_classes_from_either_module() -> None:
    entries = koreadip.roster_entries
    assert koreadip.roster.Post is entries.Post
    assert koreadip.roster.RosterEntry is entries.RosterEntry
    assert koreadip.roster.FAMILY_FIRST is entries.FAMILY_FIRST
    assert entries.as_day(datetime(2019, 1, 5, 9, 30)) == date(2019, 1, 5)
    assert entries.as_day(None) is None
