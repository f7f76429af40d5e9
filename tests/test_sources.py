"""The source-format readers: detection, noise blanking, parts, publishers and dates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from koreadip import ParseError, SourceKind
from koreadip.sources import BUILTIN_FORMATS, citation_marks, detect_format, get_format, split
from koreadip.sources.base import Part, SourceFormat
from koreadip.sources.translation import day_only_dates

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _ref(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()[:10]


def _assert_blanked_only(text: str, parts: list[Part]) -> None:
    """Each part has its slice's length; every character is the original's or a blank."""
    for part in parts:
        original = text[part.offset : part.offset + len(part.text)]
        assert len(part.text) == len(original)
        assert part.offset + len(part.text) <= len(text)
        for mine, theirs in zip(part.text, original, strict=True):
            assert mine == theirs or (mine == " " and theirs not in "\n\r")
        assert 0 <= part.body_start <= len(part.text)


# ------------------------------------------------------------------ the made-up fixtures


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_format_publisher_kind_and_date_are_read(name: str) -> None:
    want = EXPECTED[name]
    text = _read(name)
    assert detect_format(text).name == want["format"]
    parts = split(text, reference_date=_ref(want["reference_date"]))
    assert len(parts) == want["parts"]
    first = parts[0].source
    assert first.format == want["format"]
    assert first.publisher == want["publisher"]
    assert first.kind.value == want["kind"]
    assert _day(first.published) == want["published"]
    if "part_kinds" in want:
        assert [p.source.kind.value for p in parts] == want["part_kinds"]
    _assert_blanked_only(text, parts)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixtures_are_marked_as_made_up_and_the_marker_is_blanked(name: str) -> None:
    text = _read(name)
    assert "Made-up sample article" in text
    assert all("Made-up sample" not in p.text for p in split(text))


def test_every_format_has_an_example_article() -> None:
    examples = Path(__file__).parents[1] / "examples" / "articles"
    names = {p.stem.rsplit("_", 1)[0] for p in examples.glob("*.txt")}
    assert names == {f.name for f in BUILTIN_FORMATS}


def test_authors_are_each_named_once_in_the_order_their_bylines_are_read() -> None:
    # made-up story with the byline printed again at its foot, and a second reporter
    text = (
        "Envoys meet in Seoul ahead of talks\n"
        "By Mina Cho and Daniel Reyes\n\n"
        "SEOUL, Nov. 3 (UPI) -- The two envoys met in Seoul on Friday to discuss the talks.\n\n"
        "By Daniel Reyes\n"
    )
    [part] = split(text, source_format="wire", reference_date=dt.date(2020, 11, 3))
    assert part.source.authors == ("Mina Cho", "Daniel Reyes")


# ------------------------------------------------------------------ noise


def test_wire_noise_is_blanked_and_first_caption_kept() -> None:
    text = _read("wire_1.txt")
    [part] = split(text, reference_date=dt.date(2021, 6, 21))
    assert "Advertisement" not in part.text
    assert "Latest Headlines" not in part.text
    assert "Daniel Park" not in part.text  # the byline: a journalist, not an official
    assert part.source.authors == ("Daniel Park",)
    assert part.text.count("shakes hands with Noh Kyu-duk") == 1
    assert "Lee Min-seo/UPI" not in part.text  # the photo credit
    assert "(UPI) --" not in part.text  # the dateline is header, not prose
    assert part.text[part.body_start :].startswith("Sung Kim (L)")
    assert part.source.title == (
        "U.S., South Korean nuclear envoys meet in Seoul, urge North to return to talks"
    )


def test_korean_daily_chrome_and_footer_are_blanked() -> None:
    text = _read("korean_daily_1.txt")
    [part] = split(text)
    for noise in ("Home > National", "print dictionary print", "Log in to Twitter", "250"):
        assert noise not in part.text
    assert part.text.count("Seoul, Washington envoys discuss") == 1
    assert part.text.count("pose before their talks in Jakarta") == 1
    assert "LEE MIN-JI" not in part.text


def test_translation_credits_and_markers_are_blanked() -> None:
    text = _read("translation_1.txt")
    [part] = split(text)
    for noise in ("[연합뉴스]", "Copyrights", "picture explanation", "Click here"):
        assert noise not in part.text
    assert part.text.count("Kim Gun, head of the Korean Peninsula Peace") == 2  # caption + body
    assert "on the 27th (local time)" in part.text


def test_broadcast_labels_and_page_date_are_blanked() -> None:
    text = _read("generic_1.txt")
    [part] = split(text)
    for noise in ("[Anchor Lead]", "[Pkg]", "[Soundbite]", "Photo : YONHAP", "Menu Content"):
        assert noise not in part.text
    assert "date 2019-02-28" not in part.text
    assert "Donald Trump(U.S. President)" in part.text  # the soundbite's speaker stays
    assert part.source.published == dt.date(2019, 2, 28)


def test_hangul_menus_are_blanked() -> None:
    [part] = split(_read("generic_2.txt"))
    assert "바로가기" not in part.text
    assert "unofficial translation" not in part.text
    assert part.text[part.body_start :].startswith("1. Minister of Foreign Affairs")


# ------------------------------------------------------------------ parts


def test_state_department_page_splits_into_media_note_and_remarks() -> None:
    text = _read("state_department_1.txt")
    note, remarks = split(text)
    assert note.offset == 0
    assert remarks.offset == len(note.text)
    assert text[remarks.offset :].startswith("Remarks to the Press")
    assert note.source.kind is SourceKind.PRESS_RELEASE
    assert remarks.source.kind is SourceKind.TRANSCRIPT
    assert remarks.source.id == note.source.id + "-2"
    assert note.source.publisher == remarks.source.publisher == "U.S. Department of State"
    assert note.source.title == "U.S.-ROK Consultations on North Korea Policy"
    assert isinstance(note.source.published, dt.datetime)
    assert note.source.published.isoformat() == "2021-02-03T17:12:00-05:00"
    assert remarks.source.published is not None
    assert remarks.source.published.isoformat() == "2021-02-03T14:40:00-05:00"
    assert remarks.text[remarks.body_start :].startswith("MR PRICE:")
    assert "Press Releases: U.S.-ROK" in note.text
    assert note.text.count("Press Releases: U.S.-ROK") == 1  # the repeat is blanked
    _assert_blanked_only(text, [note, remarks])


def test_reposted_readout_is_a_state_department_readout() -> None:
    [part] = split(_read("state_department_2.txt"))
    assert part.source.kind is SourceKind.READOUT
    assert part.source.publisher == "U.S. Department of State"
    assert "Source: U.S. Department of State" not in part.text
    assert part.reference_date == dt.date(2022, 5, 13)


def test_aggregator_cites_each_listed_article() -> None:
    text = _read("aggregator_1.txt")
    [part] = split(text)
    assert part.source.kind is SourceKind.SUMMARY
    assert part.source.publisher is None
    cited = part.cited_sources
    assert [s.publisher for s in cited] == ["Yonhap", "The Korea Herald", "Reuters", "NK News"]
    assert cited[0].title == "S. Korea, U.S. launch nuclear consultative group"
    assert all(s.kind is SourceKind.NEWS_ARTICLE for s in cited)
    assert dict(part.citations) == {str(i + 1): s.id for i, s in enumerate(cited)}
    assert part.source.cites == tuple(s.id for s in cited)
    assert "Sources (4 articles)" not in part.text
    assert "Covers the port call" not in part.text  # the list is not prose
    assert "Kurt Campbell[1][2]." in part.text  # the marks stay for the extractor


def test_aggregator_reads_entries_on_the_label_line() -> None:
    [part] = split(_read("aggregator_2.txt"))
    assert [(s.publisher, s.title) for s in part.cited_sources] == [
        ("Yonhap", "Yoon, Biden, Kishida launch annual trilateral summits"),
        ("AP", "Leaders pledge crisis consultations at Camp David"),
    ]
    assert set(part.citations) == {"1", "2"}


def test_citation_marks_lists_labels_once_in_order() -> None:
    assert citation_marks("They met on Dec. 16 [1][3], officials said [1, 2].") == ["1", "3", "2"]
    assert citation_marks("No marks here.") == []


# ------------------------------------------------------------------ publishers and dates


def test_photo_credits_are_not_publishers() -> None:
    text = (
        "Envoys meet in Seoul\n\nPhoto : YONHAP News\n\n"
        "Envoy Sung Kim talks with Noh Kyu-duk in Seoul on Monday. (Yonhap)\n\n"
        "The two envoys met in Seoul on Monday to discuss the North, officials said.\n"
    )
    assert split(text)[0].source.publisher is None


def test_final_agency_credit_and_byline_agency_are_publishers() -> None:
    credited = "The envoys met in Seoul on Monday, the ministry said. (Yonhap)\n\nTop 10 Stories\n"
    assert split(credited)[0].source.publisher == "Yonhap"
    byline = "Envoys meet\n\nBy Reuters\n\nThe envoys met in Seoul on Monday, the ministry said.\n"
    [part] = split(byline)
    assert part.source.publisher == "Reuters"
    assert part.source.authors == ()


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("SEOUL, Jan. 17 (Xinhua) --", "Xinhua"),
        ("MOSCOW (Sputnik) -", "Sputnik"),
        ("WASHINGTON, Sept. 2 (Yonhap) --", "Yonhap"),
        ("TOKYO, March 3 (AFP) -", "AFP"),
    ],
)
def test_datelines_credit_their_agency(dateline: str, agency: str) -> None:
    text = f"{dateline} The allies held talks on Thursday, the ministry said.\n"
    [part] = split(text, reference_date=dt.date(2019, 1, 20))
    assert detect_format(text).name == "wire"
    assert part.source.publisher == agency
    assert dateline not in part.text
    assert part.place == dateline.split(",")[0].split(" (")[0]


def test_dateline_year_comes_from_the_reference_date() -> None:
    text = "Dec. 30 (UPI) -- The allies met on Friday, officials said.\n"
    [part] = split(text, reference_date=dt.date(2019, 1, 2))
    assert part.source.published == dt.date(2018, 12, 30)
    assert part.reference_date == dt.date(2018, 12, 30)
    [undated] = split(text)
    assert undated.source.published is None
    assert undated.reference_date is None


def test_part_reference_date_falls_back_to_the_callers() -> None:
    [part] = split(_read("translation_1.txt"), reference_date=dt.date(2022, 5, 25))
    assert part.source.published is None
    assert part.reference_date == dt.date(2022, 5, 25)


def test_transcript_in_any_wrapper_is_a_transcript() -> None:
    text = (
        "Briefing notes\n\nMS NAUERT: Good afternoon. Let's begin with North Korea.\n\n"
        "QUESTION: Will the summit go ahead?\n\nMS NAUERT: We continue to plan for it.\n"
    )
    [part] = split(text, source_format="generic")
    assert part.source.kind is SourceKind.TRANSCRIPT


def test_day_only_dates_are_translation_tell_tales() -> None:
    text = (
        "Minister Cho met Secretary Rubio on the 21st (local time), the ministry said on the 23rd."
    )
    assert day_only_dates(text) == ["on the 21st", "on the 23rd"]
    assert day_only_dates("It marks the 70th anniversary of the alliance.") == []
    assert detect_format(text).name == "translation"


# ------------------------------------------------------------------ choosing a format


def test_forcing_a_format_overrides_detection() -> None:
    text = _read("wire_1.txt")
    [part] = split(text, source_format="generic")
    assert part.source.format == "generic"
    assert part.source.publisher == "UPI"  # credits are read by every reader


def test_unknown_format_name_lists_the_known_ones() -> None:
    with pytest.raises(ParseError, match="unknown source format 'telex'") as info:
        split("text", source_format="telex")
    for fmt in BUILTIN_FORMATS:
        assert fmt.name in str(info.value)
    with pytest.raises(ParseError):
        get_format("telex")


def test_generic_is_the_fallback() -> None:
    assert detect_format("Officials met on Friday.").name == "generic"
    assert detect_format("").name == "generic"


def test_builtin_readers_implement_the_protocol() -> None:
    names = [f.name for f in BUILTIN_FORMATS]
    assert len(set(names)) == len(names)
    assert names[-1] == "generic"
    for fmt in BUILTIN_FORMATS:
        assert isinstance(fmt, SourceFormat)
        assert fmt.description
        assert get_format(fmt.name) is fmt


def test_a_failing_plugin_reader_becomes_a_parse_error() -> None:
    class Broken:
        name = "broken"
        description = "always fails"

        def detect(self, text: str) -> float:
            raise RuntimeError("boom")

        def split(self, text: str, *, reference_date: dt.date | None = None) -> list[Part]:
            raise RuntimeError("boom")

    formats = (Broken(), *BUILTIN_FORMATS)
    assert detect_format("Officials met.", formats).name == "generic"
    with pytest.raises(ParseError, match="broken"):
        split("Officials met.", source_format="broken", formats=formats)


# ------------------------------------------------------------------ the real corpus


def _corpus() -> list[tuple[Path, dict[str, object]]]:
    out: list[tuple[Path, dict[str, object]]] = []
    for folder in ("seeds", "dev"):
        gold = SHARED / folder / "gold.json"
        if gold.is_file():
            out.extend((SHARED / folder / g["file"], g) for g in json.loads(gold.read_text()))
    return out


CORPUS = _corpus()


@pytest.mark.skipif(not CORPUS, reason="../shared (seeds and dev articles) is not available")
@pytest.mark.parametrize(("path", "gold"), CORPUS, ids=[p.name for p, _ in CORPUS])
def test_real_articles_get_the_gold_publisher_kind_and_date(
    path: Path, gold: dict[str, object]
) -> None:
    text = path.read_text(encoding="utf-8")
    ref = dt.date.fromisoformat(str(gold["reference_date"]))
    parts = split(text, reference_date=ref)
    first = parts[0].source
    assert first.publisher == gold["publisher"]
    assert first.kind.value == gold["kind"]
    assert _day(first.published) == gold["published"]
    assert parts[0].reference_date == ref
    _assert_blanked_only(text, parts)


@pytest.mark.parametrize(
    ("credit", "publisher"),
    [
        ("[Seoul=Newsis] Reporter Kim Ji-hoon = ", "Newsis"),
        ("(Seoul = Yonhap News) Reporter Lee Min-ho = ", "Yonhap"),
        ("[서울=뉴시스]", "Newsis"),
        ("[Asia Economy Reporter Park Ji-won] ", "Asia Economy"),
    ],
)
def test_translation_credit_lines_name_the_publisher(credit: str, publisher: str) -> None:
    text = f"{credit}Minister Cho called Secretary Rubio on the 23rd, the ministry said.\n"
    [part] = split(text)
    assert part.source.publisher == publisher
    assert part.source.kind is SourceKind.TRANSLATION
    assert credit.strip() not in part.text


def test_a_caption_photo_credit_in_a_translation_is_not_the_publisher() -> None:
    text = (
        "Minister Cho speaks with Secretary Rubio. (Photo = Foreign Ministry) 2025.01.23"
        " [서울=뉴시스]\n\nMinister Cho spoke with Secretary Rubio on the 23rd, the ministry said."
    )
    assert split(text, source_format="translation")[0].source.publisher is None
