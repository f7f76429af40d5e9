"""The entry points ``koreadip.parse`` and ``koreadip.parse_file``: errors, parts, citations.

The articles read here are the made-up samples in ``tests/fixtures/extract/`` and made-up
sentences written for these tests, not real articles.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import koreadip
from koreadip import Dossier, ParseError, SourceKind
from koreadip.sources import BUILTIN_FORMATS

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
STATE = FIXTURES / "state_department_two_parts.txt"
DIGEST = FIXTURES / "aggregator_digest.txt"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["", "   ", "\n\t \n"])
def test_parse_of_empty_or_blank_text_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError, match="empty"):
        koreadip.parse(text)


def test_parse_of_bytes_raises_parse_error_naming_the_type() -> None:
    with pytest.raises(ParseError, match="bytes"):
        koreadip.parse(b"Kang met Pompeo.")  # type: ignore[arg-type]


def test_parse_error_is_a_koreadip_error_and_a_value_error() -> None:
    assert issubclass(ParseError, koreadip.KoreadipError)
    assert issubclass(ParseError, ValueError)


def test_parse_file_of_a_missing_file_raises_parse_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "article.txt"
    with pytest.raises(ParseError) as info:
        koreadip.parse_file(missing)
    assert str(missing) in str(info.value)


def test_parse_file_of_an_empty_file_raises_parse_error_naming_it(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        koreadip.parse_file(empty)
    assert str(empty) in str(info.value)


def test_unknown_source_format_raises_parse_error_listing_the_known_formats() -> None:
    with pytest.raises(ParseError) as info:
        koreadip.parse("Kang Kyung-wha met Mike Pompeo.", source_format="nosuch")
    message = str(info.value)
    assert "nosuch" in message
    for fmt in BUILTIN_FORMATS:
        assert fmt.name in message


def test_parse_returns_a_dossier() -> None:
    assert isinstance(koreadip.parse(read(STATE)), Dossier)


def test_parse_file_reads_the_same_dossier_as_parse_in_any_encoding(tmp_path: Path) -> None:
    text = read(STATE)
    copy = tmp_path / "utf16.txt"
    copy.write_text(text, encoding="utf-16")
    assert koreadip.dumps(koreadip.parse_file(copy)) == koreadip.dumps(koreadip.parse(text))
    assert koreadip.dumps(koreadip.parse_file(STATE)) == koreadip.dumps(koreadip.parse(text))


def test_state_department_page_with_two_parts_gives_two_sources() -> None:
    dossier = koreadip.parse(read(STATE))
    sources = dossier.sources
    assert [s.kind for s in sources] == [SourceKind.PRESS_RELEASE, SourceKind.TRANSCRIPT]
    assert {s.publisher for s in sources} == {"U.S. Department of State"}
    assert len({s.id for s in sources}) == 2
    assert [s.published for s in sources] == [
        dt.datetime(2019, 11, 20, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        dt.datetime(2019, 11, 20, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    ]


def test_each_transcript_turn_cites_the_remarks_part_only() -> None:
    dossier = koreadip.parse(read(STATE))
    remarks = dossier.sources[1].id
    assert dossier.statements
    assert {s.sources for s in dossier.statements} == {(remarks,)}
    assert all(e.source_id == remarks for s in dossier.statements for e in s.evidence)


def test_the_timestamp_dates_the_parts_without_a_reference_date() -> None:
    dossier = koreadip.parse(read(STATE))
    assert [str(m.date) for m in dossier.meetings] == ["2019-11-20"]


def test_forcing_the_generic_reader_reads_the_page_as_one_source() -> None:
    dossier = koreadip.parse(read(STATE), source_format="generic")
    assert len(dossier.sources) == 1
    assert {o.id for o in dossier.officials} >= {"mike-pompeo", "kang-kyung-wha"}


def test_aggregator_digest_cites_one_source_per_listed_article() -> None:
    dossier = koreadip.parse(read(DIGEST), reference_date=dt.date(2019, 12, 17))
    digest, *cited = dossier.sources
    assert digest.kind is SourceKind.SUMMARY
    assert [s.publisher for s in cited] == ["Yonhap", "The Korea Herald", "NK News"]
    assert all(s.kind is SourceKind.NEWS_ARTICLE for s in cited)
    assert digest.cites == tuple(s.id for s in cited)


def test_aggregator_records_carry_the_sources_their_sentence_cites() -> None:
    dossier = koreadip.parse(read(DIGEST), reference_date=dt.date(2019, 12, 17))
    digest, yonhap, herald, _nk_news = dossier.sources
    dated = [m for m in dossier.meetings if m.date is not None]
    assert [str(m.date) for m in dated] == ["2019-12-16"]
    assert set(dated[0].sources) == {digest.id, yonhap.id, herald.id}
    assert dossier.positions
    assert {p.sources for p in dossier.positions} == {(digest.id, herald.id)}


def test_reference_date_resolves_a_weekday_and_its_absence_leaves_it_open() -> None:
    text = "Kang Kyung-wha met Mike Pompeo in Seoul on Friday."
    with_ref = koreadip.parse(text, reference_date=dt.date(2018, 10, 8))
    without = koreadip.parse(text)
    assert [str(m.date) for m in with_ref.meetings] == ["2018-10-05"]
    assert [m.date for m in without.meetings] == [None]
