"""People: roster names, titles, countries, short mentions, garbles and non-officials.

Every sentence here is a made-up sample written for these tests, not taken from a real article;
the officials' names, titles and terms of office are real facts, the events are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import koreadip
from koreadip import Official

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


def officials(text: str, reference: dt.date | None = None) -> dict[str, Official]:
    return {o.id: o for o in koreadip.parse(text, reference_date=reference).officials}


def surfaces(text: str, official: Official) -> list[str]:
    return [text[e.start : e.end] for e in official.evidence]


def test_korean_name_in_either_order_is_one_official_with_the_other_order_as_alias() -> None:
    text = (
        "Kyu-Duk Noh, South Korea's nuclear envoy, arrived in Washington on Monday.\n\n"
        "Noh Kyu-duk later met Sung Kim at the State Department."
    )
    found = officials(text, dt.date(2021, 6, 22))
    assert set(found) == {"noh-kyu-duk", "sung-kim"}
    noh = found["noh-kyu-duk"]
    assert noh.name == "Noh Kyu-duk"
    assert "Kyu-Duk Noh" in noh.aliases
    assert noh.country == "KR"
    assert surfaces(text, noh) == ["Kyu-Duk Noh", "Noh Kyu-duk"]


def test_another_romanisation_in_reversed_order_is_matched_to_the_roster() -> None:
    text = (FIXTURES / "translation_garbled.txt").read_text(encoding="utf-8")
    found = officials(text, dt.date(2021, 6, 28))
    assert set(found) == {"noh-kyu-duk", "sung-kim"}
    assert "Gyu-deok Noh" in found["noh-kyu-duk"].aliases
    assert found["noh-kyu-duk"].korean_name


def test_title_before_the_name_is_kept_as_stated() -> None:
    found = officials(
        "Foreign Minister Kang Kyung-wha told lawmakers on Friday that the alliance was strong.",
        dt.date(2019, 5, 3),
    )
    kang = found["kang-kyung-wha"]
    assert kang.title == "Foreign Minister"
    assert kang.country == "KR"


def test_title_after_the_name_in_apposition_is_kept_as_stated() -> None:
    found = officials(
        "Alex Wong, U.S. deputy assistant secretary for North Korea, arrived in Seoul on Tuesday.",
        dt.date(2019, 2, 1),
    )
    assert list(found) == ["alex-wong"]
    assert found["alex-wong"].title == "U.S. deputy assistant secretary for North Korea"
    assert found["alex-wong"].country == "US"


def test_possessive_title_drops_the_possessor_and_gives_the_country() -> None:
    found = officials(
        "Seoul's director-general for North Korean nuclear affairs, Jeong Yeon-doo, flew to "
        "Washington on Monday.",
        dt.date(2019, 3, 1),
    )
    jeong = found["jeong-yeon-doo"]
    assert jeong.title == "director-general for North Korean nuclear affairs"
    assert jeong.country == "KR"


def test_lone_surname_and_title_with_surname_resolve_to_the_person_named_earlier() -> None:
    text = (
        "Special Representative Lee Do-hoon met Stephen Biegun in Seoul on Monday.\n\n"
        "Lee told reporters later that the talks were useful.\n\n"
        "Special Representative Lee also said he would travel to Washington."
    )
    found = officials(text, dt.date(2019, 2, 12))
    assert set(found) == {"lee-do-hoon", "stephen-biegun"}
    assert surfaces(text, found["lee-do-hoon"]) == ["Lee Do-hoon", "Lee", "Lee"]


def test_title_reference_resolves_to_the_person_holding_that_title() -> None:
    text = (
        "North Korean leader Kim Jong-un met President Donald Trump in Hanoi on Wednesday. "
        "The North Korean leader left the city the next day."
    )
    found = officials(text, dt.date(2019, 2, 28))
    assert set(found) == {"kim-jong-un", "donald-trump"}
    second = text.index("The North Korean leader")
    spans = found["kim-jong-un"].evidence
    assert [text[e.start : e.end] for e in spans if e.start > second] == ["North Korean leader"]
    assert found["kim-jong-un"].country == "KP"


def test_garbled_name_is_matched_by_title_and_date_and_kept_as_an_alias() -> None:
    found = officials(
        "Secretary of State Tony Blincoln arrived in Seoul on Wednesday for talks with "
        "Foreign Minister Chung Eui-yong.",
        dt.date(2021, 3, 17),
    )
    assert set(found) == {"antony-blinken", "chung-eui-yong"}
    blinken = found["antony-blinken"]
    assert blinken.name == "Antony Blinken"
    assert "Tony Blincoln" in blinken.aliases
    assert blinken.country == "US"


def test_byline_and_photo_credit_names_are_not_officials() -> None:
    text = (
        "By Kim Min-jeong\n\n"
        "SEOUL, March 3 (Yonhap) -- Unification Minister Kim Yeon-chul met U.S. Special "
        "Representative Stephen Biegun on Tuesday.\n\n"
        "Photo by Park Ji-hoon"
    )
    found = officials(text, dt.date(2020, 3, 3))
    assert set(found) == {"kim-yeon-chul", "stephen-biegun"}


def test_wire_byline_author_is_not_an_official() -> None:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    found = officials(text, dt.date(2018, 11, 6))
    assert set(found) == {"lee-do-hoon", "stephen-biegun"}


def test_unknown_official_with_a_country_in_the_title_is_kept_with_title_and_country() -> None:
    found = officials(
        "U.S. Deputy Assistant Secretary of State Jonathan Marsh arrived in Seoul on Monday.",
        dt.date(2022, 4, 5),
    )
    marsh = found["jonathan-marsh"]
    assert marsh.name == "Jonathan Marsh"
    assert marsh.title == "U.S. Deputy Assistant Secretary of State"
    assert marsh.country == "US"
    assert marsh.aliases == ()


def test_unknown_official_with_a_possessive_title_after_the_name_gets_its_country() -> None:
    found = officials(
        "Kwon Min-soo, South Korea's vice foreign minister, arrived in Washington on Monday.",
        dt.date(2021, 6, 24),
    )
    assert found["kwon-min-soo"].title == "vice foreign minister"
    assert found["kwon-min-soo"].country == "KR"


def test_unknown_foreign_officials_take_the_country_of_their_title() -> None:
    text = (
        "Japanese Vice Foreign Minister Hiroshi Tanabe arrived in Seoul on Monday for a two-day "
        "visit, while Chinese Vice Foreign Minister Zhao Lijun stayed in Beijing to discuss the "
        "issue with his staff."
    )
    found = officials(text, dt.date(2021, 6, 24))
    assert found["hiroshi-tanabe"].country == "JP"
    assert found["zhao-lijun"].country == "CN"
    assert found["zhao-lijun"].title == "Chinese Vice Foreign Minister"


def test_unknown_korean_name_is_not_taken_for_a_roster_namesake_in_running_text() -> None:
    found = officials(
        "South Korean Vice Unification Minister Park Jae-hong arrived in Washington on Monday "
        "for a two-day visit to discuss the issue.",
        dt.date(2022, 4, 5),
    )
    assert list(found) == ["park-jae-hong"]
    assert found["park-jae-hong"].country == "KR"


def test_roster_official_without_a_stated_title_takes_the_post_held_on_the_date() -> None:
    found = officials(
        "Stephen Biegun arrived in Seoul on Saturday for talks on the North.", dt.date(2019, 2, 10)
    )
    assert found["stephen-biegun"].title == "Special Representative for North Korea"


def test_every_evidence_span_points_into_the_text() -> None:
    text = (FIXTURES / "wire_story.txt").read_text(encoding="utf-8")
    for official in koreadip.parse(text, reference_date=dt.date(2018, 11, 6)).officials:
        for span in official.evidence:
            assert text[span.start : span.end].split()[-1] in {*official.name.split(), "Lee"}


def test_names_with_a_capital_inside_are_found() -> None:
    found = officials(
        "Gen. Paul LaCamera, commander of U.S. Forces Korea, met reporters on Friday.\n\n"
        "National Security Adviser H.R. McMaster spoke with Chung Eui-yong by phone.",
        dt.date(2022, 9, 30),
    )
    assert {"paul-lacamera", "h-r-mcmaster", "chung-eui-yong"} <= set(found)
    assert found["paul-lacamera"].title == "commander of U.S. Forces Korea"


def test_an_unknown_north_korean_takes_the_country_of_the_possessive_before_the_title() -> None:
    for lead in ("North Korea's", "The North's", "Pyongyang's"):
        found = officials(f"{lead} Vice Foreign Minister Kim Son Gyong denounced the drills.")
        (official,) = found.values()
        assert (official.name, official.country) == ("Kim Son Gyong", "KP"), lead
    (official,) = officials("Northeast's envoy Kim Ha-na spoke.").values()
    assert official.country != "KP"


def test_a_joint_chiefs_title_is_read_whole() -> None:
    found = officials(
        "Joint Chiefs of Staff Chairman Gen. Kim Seung-kyum inspected a unit.", dt.date(2022, 9, 30)
    )
    assert found["kim-seung-kyum"].title.startswith("Joint Chiefs of Staff Chairman")


def test_capitalised_words_after_the_are_the_name_of_a_body_not_a_person() -> None:
    found = officials(
        "Gen. Mark Milley, chairman of the Joint Chiefs of Staff, met his Korean counterpart.",
        dt.date(2022, 10, 11),
    )
    assert set(found) == {"mark-milley"}
    assert found["mark-milley"].title == "chairman of the Joint Chiefs of Staff"
    found = officials("A vice minister of the National Intelligence Service briefed lawmakers.")
    assert found == {}
    found = officials("The head of the Korea Coast Guard, Admiral Kim Jong-wook, spoke.")
    assert "korea-coast" not in found


def test_a_country_after_a_title_and_a_preposition_is_no_person() -> None:
    found = officials("Kim Hyok Chol, a former ambassador to Spain, led the delegation.")
    assert set(found) == {"kim-hyok-chol"}


def test_a_lone_surname_means_the_only_namesake_named_just_before() -> None:
    text = (
        "Kim Jong Un fired a missile on Monday.\n\n"
        "The launch was condemned, presidential spokesman Kim Eui-kyeom told reporters. "
        '"We are ready for any outcome," Kim said.'
    )
    statements = koreadip.parse(text, reference_date=dt.date(2019, 2, 5)).statements
    assert [s.speaker for s in statements] == ["Kim Eui-kyeom"]


def test_abbreviated_titles_are_written_out_and_a_western_name_is_no_korean_garble() -> None:
    found = officials(
        "Rep. Young Kim and U.S. Sen. Cory Gardner spoke on Monday.", dt.date(2019, 5, 10)
    )
    assert found["cory-gardner"].title == "U.S. Senator"
    assert found["young-kim"].title == "Representative"
    assert "kim-yo-jong" not in found


def test_press_secretary_and_agency_acronyms_stay_in_the_title() -> None:
    found = officials(
        "White House press secretary Karine Jean-Pierre and NIS Director Kim Kyou-hyun spoke.",
        dt.date(2023, 5, 10),
    )
    assert found["karine-jean-pierre"].title == "White House press secretary"
    assert found["kim-kyou-hyun"].title == "NIS Director"


def test_a_given_name_before_another_name_is_no_lone_surname() -> None:
    found = officials(
        "Bruce Klingner, a senior research fellow at a think tank, said so.", dt.date(2025, 9, 1)
    )
    assert found == {}


def test_first_ladies_and_a_longer_korean_name_are_no_officials_on_the_roster() -> None:
    found = officials(
        "President Yoon Suk Yeol met Joe Biden on Wednesday.\n\n"
        "First Lady Kim Keon Hee met with first lady Jill Biden separately.\n\n"
        "Although Biden spoke briefly, the talks went well.",
        dt.date(2023, 4, 27),
    )
    assert set(found) == {"yoon-suk-yeol", "joe-biden"}
    # "Although Biden": a word opening a sentence is no given name
    assert len(found["joe-biden"].evidence) == 2


def test_an_unhyphenated_korean_name_beside_hyphenated_ones_is_pyongyangs() -> None:
    found = officials(
        "Vice Foreign Minister Kim Son Gyong denounced the drills, while Vice Foreign Minister "
        "Kim Hong-kyun said Seoul would respond.",
        dt.date(2024, 3, 5),
    )
    assert found["kim-son-gyong"].country == "KP"
    assert found["kim-hong-kyun"].country == "KR"
    (alone,) = officials("Vice Foreign Minister Kim Son Gyong spoke.").values()
    assert alone.country == "KR"  # nothing to tell the sides apart by: the default


def test_a_description_gives_its_words_as_the_title_of_one_named_without_a_title() -> None:
    # made-up sentences
    text = (
        "The new U.S. special envoy for North Korea has offered talks without conditions.\n\n"
        "Sung Kim made the offer in Seoul on Monday."
    )
    found = officials(text, dt.date(2021, 6, 22))
    assert found["sung-kim"].title == "U.S. special envoy for North Korea"
    assert surfaces(text, found["sung-kim"])[0] == "new U.S. special envoy for North Korea"


def test_a_title_stated_beside_the_name_outranks_a_description() -> None:
    text = (
        "The veteran envoy landed in Seoul on Monday.\n\n"
        "Special Representative Sung Kim then met reporters at the airport."
    )
    found = officials(text, dt.date(2021, 6, 22))
    assert found["sung-kim"].title == "Special Representative"


def test_a_description_before_a_name_is_that_names_title_not_a_reference() -> None:
    text = "The U.S. envoy for North Korea Sung Kim met reporters in Seoul on Monday."
    found = officials(text, dt.date(2021, 6, 22))
    assert surfaces(text, found["sung-kim"]) == ["Sung Kim"]


# ------------------------------------------------------------------ unseen spellings and shapes
# made-up sentences; the officials and their terms are real


def test_a_garbled_family_name_is_found_through_a_spelling_the_text_gave() -> None:
    text = (
        "Secretary of State Tony Blincoln spoke with Foreign Minister Chung Eui-yong.\n\n"
        "Secretary Blincol said the alliance was firm."
    )
    found = officials(text, dt.date(2022, 1, 15))
    assert set(found) == {"antony-blinken", "chung-eui-yong"}
    assert "Blincol" in found["antony-blinken"].aliases


def test_a_family_name_inside_the_name_of_a_paper_or_an_institute_is_no_person() -> None:
    text = (
        "Unification Minister Chung Dong-young spoke on Monday. The Dong-A Ilbo and the "
        "Lee Institute reported his remarks."
    )
    found = officials(text, dt.date(2026, 1, 26))
    assert set(found) == {"chung-dong-young"}
    assert "Dong-A" not in surfaces(text, found["chung-dong-young"])


def test_a_slip_in_a_korean_family_name_keeps_the_person_but_another_given_name_does_not() -> None:
    text = "Sung Kim met his counterparts, Nok Kyu-duk and Kim Hyun-jung, in Seoul."
    found = officials(text, dt.date(2021, 6, 22))
    assert set(found) == {"sung-kim", "noh-kyu-duk"}
    assert "Nok Kyu-duk" in found["noh-kyu-duk"].aliases


def test_a_korean_name_a_countrys_possessive_presents_beside_an_official_is_an_official() -> None:
    text = (
        "Talks between Special Representative Stephen Biegun and North Korea's Kim Myong Gil "
        "were held in Stockholm."
    )
    found = officials(text, dt.date(2019, 10, 5))
    assert found["kim-myong-gil"].country == "KP"
    alone = officials(
        "Reporters asked South Korea's Kim Yu-na about her plans.", dt.date(2019, 1, 3)
    )
    assert alone == {}


@pytest.mark.parametrize(
    ("sentence", "person", "surface"),
    [
        ("Pompeo did not meet Kim Jong-UN in Pyongyang.", "kim-jong-un", "Kim Jong-UN"),
        ("Singapore hosted Donald trump and Kim Jong-un.", "donald-trump", "Donald trump"),
    ],
)
def test_a_machine_translations_capitals_do_not_hide_a_name(
    sentence: str, person: str, surface: str
) -> None:
    found = officials(sentence, dt.date(2018, 7, 8))
    assert surface in surfaces(sentence, found[person])


@pytest.mark.parametrize(
    ("text", "day", "person"),
    [
        (
            "Lee Do-hoon-Vice President Biegun Call set the tone for the year, aides said.\n\n"
            "Lee Do-hoon spoke by phone with Deputy Secretary of State Stephen Biegun on Tuesday.",
            dt.date(2020, 2, 28),
            "stephen-biegun",
        ),
        (
            "Ahead of the talks, Secretary Pompeo Visit drew protests in Seoul, police said.\n\n"
            "Secretary of State Mike Pompeo met Kang Kyung-wha on Monday.",
            dt.date(2018, 10, 8),
            "mike-pompeo",
        ),
    ],
)
def test_a_family_name_glued_to_the_next_word_is_that_person(
    text: str, day: dt.date, person: str
) -> None:
    found = officials(text, day)
    assert len(found) == 2
    family = found[person].name.split()[-1]
    assert family in surfaces(text, found[person])


def test_a_garbled_name_under_a_garbled_title_is_the_official_of_that_name() -> None:
    text = (
        "First Vice Minister Park Yoon-joo met U.S. Deputy Secretary of State for Political "
        "Affairs Allison Hucker in Seoul on Friday."
    )
    found = officials(text, dt.date(2025, 10, 11))
    assert "allison-hucker" not in found
    assert "Allison Hucker" in found["allison-hooker"].aliases


def test_a_british_official_is_gb_by_the_abbreviation_of_the_kingdom() -> None:
    found = officials("Trump met U.K. Prime Minister Keir Starmer on Monday.", dt.date(2025, 6, 16))
    assert found["keir-starmer"].country == "GB"


def test_an_unknown_name_is_looked_for_only_where_two_free_name_words_stand_in_a_row() -> None:
    from koreadip.extract.runs import free_name_pair

    words = [(0, 4, "U.S."), (5, 10, "Kevin"), (11, 14, "Kim"), (15, 20, "Lucy,"), (21, 24, "Ann")]
    assert free_name_pair(words, 0)
    assert not free_name_pair(words, 0b00110)  # "Kevin Kim" read as a name already
    assert not free_name_pair(words[2:], 0b1)  # "Lucy," ends a phrase: no name runs over it
    assert not free_name_pair(words[:2], 0)  # "U.S." is no name word


def test_a_titled_name_the_roster_lacks_after_a_roster_name_is_read_with_its_title() -> None:
    # made-up: an official the roster lacks, titled, in the sentence of a known one
    text = "Secretary Mike Pompeo and Deputy Envoy Harold Quint spoke."
    found = officials(text, dt.date(2019, 1, 5))
    assert found["harold-quint"].title == "Deputy Envoy"
    assert "mike-pompeo" in found


def test_a_sentence_is_read_as_a_headline_once_and_the_answer_kept() -> None:
    from koreadip.extract.runs import headline
    from koreadip.extract.text import Sentence

    # made-up sentences
    known: dict[int, bool] = {}
    title_case = Sentence(0, 26, 0, "Envoys Meet Again In Seoul")
    prose = Sentence(27, 60, 0, "The envoys met again in Seoul.")
    assert headline(title_case, known)
    assert not headline(prose, known)
    assert known == {0: True, 27: False}
    known[27] = True  # the kept answer is the one given
    assert headline(prose, known)


def test_a_noted_mention_takes_its_place_in_text_order() -> None:
    # made-up transcript lines: the labels are noted after the names in the turns were read
    from koreadip.extract.people import People
    from koreadip.extract.text import sentences
    from koreadip.roster import default_roster

    text = "AMBASSADOR LEE: I met Mike Pompeo.\nQUESTION: And Kang Kyung-wha?\nLEE: Yes."
    people = People(text, sentences(text), default_roster(), dt.date(2018, 12, 7))
    pompeo = people.mentions[0].person
    people.note_mention(pompeo, 0, 14, "AMBASSADOR LEE")  # at the start of the text
    people.note_mention(pompeo, 66, 69, "LEE")  # after every name
    people.note_mention(pompeo, 22, 33, "Mike Pompeo")  # where a mention already starts
    starts = [m.start for m in people.mentions]
    assert starts == sorted(starts)
    assert people.mentions_between(0, 70)[0].surface == "AMBASSADOR LEE"
    assert people.mentions[-1].surface == "LEE"
    same = [m.surface for m in people.mentions if m.start == 22]
    assert same == ["Mike Pompeo", "Mike Pompeo"]  # the noted one after the one read


def test_the_runs_of_a_part_are_each_sentences_runs_of_capitalised_words() -> None:
    from koreadip.extract.mentions import RUN
    from koreadip.extract.roster_cache import roster_cache
    from koreadip.extract.runs import read_part_runs
    from koreadip.extract.text import sentences
    from koreadip.roster import default_roster

    # made-up text: runs that cross a sentence's end are cut there
    text = "Made-up: Vice Minister Kim Jong Un. The Envoy met Lee. Park Said. Donald trump left."
    sents = sentences(text)
    runs = read_part_runs(text, sents, roster_cache(default_roster()))
    assert len(runs) == len(sents)
    for sentence, sentence_runs in zip(sents, runs, strict=True):
        expected = [m.group().split(" ") for m in RUN.finditer(text, sentence.start, sentence.end)]
        if sentence.text.startswith("Donald"):
            expected[0].append("Trump")  # a family name written in lower case goes on the run
        assert [list(plain) for _, plain in sentence_runs] == expected
        for words, plain in sentence_runs:
            assert [w for _, _, w in words] == list(plain)
            assert all(text[s:e].lower() == w.lower() for s, e, w in words)


def test_every_title_head_has_three_letters_or_more() -> None:
    # left_title reads no title from fewer than three characters before a name
    from koreadip.extract.vocabulary import TITLE_HEADS

    assert min(map(len, TITLE_HEADS)) >= 3
