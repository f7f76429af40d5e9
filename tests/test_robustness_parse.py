"""Hostile and broken text: ``koreadip.parse`` gives a dossier or a ``ParseError``, nothing else.

Arbitrary text, text built from article-like pieces (quote marks, transcript labels, ``Dec.``,
capitalised names, Hangul, citation marks), and the fixture articles mutated the way scrapers
break pages: cut short, paragraphs duplicated and shuffled, stray quote marks, labels without
text, every line upper-cased.  A ``ParseError`` must give a reason, not an internal exception
("could not read the text (IndexError: ...)" is a crash that ``parse`` caught); every dossier
returned must round-trip through the native JSON.  The last section reads files: every encoding
of an article gives the dossier of its text.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import random
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import koreadip
from koreadip import Dossier, ParseError
from koreadip.api import DEFAULT_MAX_BYTES
from koreadip.sources import BUILTIN_FORMATS
from koreadip.textio import DEFAULT_MAX_BYTES as TEXTIO_MAX_BYTES
from koreadip.textio import DecodingWarning

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
ARTICLES: dict[str, str] = {
    p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))
}
FORMATS = [f.name for f in BUILTIN_FORMATS]

#: what a ParseError says when parse() caught an exception it did not expect: a bug
INTERNAL = ("could not read the text (", "could not read the text:", "nested too deeply")

SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_or_refuse(text: str, **kwargs: object) -> Dossier | None:
    """Parse, check the outcome is a dossier that round-trips or a reasoned refusal."""
    try:
        dossier = koreadip.parse(text, **kwargs)  # type: ignore[arg-type]
    except ParseError as e:
        message = str(e)
        assert message.strip(), "a ParseError must give a reason"
        assert not any(m in message for m in INTERNAL), f"parse crashed inside: {message}"
        return None
    assert isinstance(dossier, Dossier)
    document = koreadip.dumps(dossier)
    document.encode("utf-8")  # every exporter can write it: no lone surrogate kept
    assert koreadip.loads(document) == dossier
    return dossier


# ------------------------------------------------------------------ arbitrary text

references = st.none() | st.dates()
formats = st.none() | st.sampled_from(FORMATS)
#: every code point, lone surrogates too (``st.text()`` leaves them out; a str can hold them)
any_text = st.text(st.characters(exclude_categories=()) | st.characters(categories=["Cs"]))

#: the fuzz property's examples per run, in CI as everywhere (issue 13: at least 2,000)
FUZZ_EXAMPLES = 2_000


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(text=any_text, reference_date=references)
def test_any_text_gives_a_dossier_or_a_parse_error(
    text: str, reference_date: _dt.date | None
) -> None:
    parse_or_refuse(text, reference_date=reference_date)


PIECES = (
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''",
    "SECRETARY POMPEO:", "QUESTION:", "MR. LEE:", "MODERATOR:", "(Laughter.)",
    "Dec.", "Dec. 7", "Dec. 7, 2018", "on the 25th", "on Friday", "12/07/2018 10:00 PM EST",
    "Kim", "Lee", "Kim Lee Park", "Lee Do-hoon", "Stephen Biegun", "Mike Pompeo", "Noh Kyu-duk",
    "Special Representative", "Secretary of State", "U.S.", "Seoul", "Washington", "Pyongyang",
    "said", "said,", "told reporters", "according to News 1", "the official said.",
    "[1]", "[2]", "[1][2]", "Sources (2 articles)", "Updated (3 articles)",
    "Home > National > North Korea", "Press Releases:", "Media Note", "By ", "(UPI) --",
    "Advertisement", "\ud55c\ubbf8", "\uc5f0\ud569\ub274\uc2a4", "[\uc5f0\ud569\ub274\uc2a4]",
    "\n", "\n\n", " ", ".", ",", ":", ";", "-", "--", "\u2014", "(", ")", "?",
)  # fmt: skip


article_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=60).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(text=article_like, reference_date=references, source_format=formats)
def test_article_like_text_gives_a_dossier_or_a_parse_error(
    text: str, reference_date: _dt.date | None, source_format: str | None
) -> None:
    parse_or_refuse(text, reference_date=reference_date, source_format=source_format)


@settings(max_examples=40, deadline=None)
@given(
    unit=st.sampled_from(PIECES).filter(str.strip),
    repeat=st.integers(50, 400),
    source_format=formats,
)
def test_one_piece_repeated_gives_a_dossier_or_a_parse_error(
    unit: str, repeat: int, source_format: str | None
) -> None:
    parse_or_refuse((unit + " ") * repeat, source_format=source_format)


# ------------------------------------------------------------------ mutated articles

articles = st.sampled_from(sorted(ARTICLES))


def _paragraphs(text: str) -> list[str]:
    return text.split("\n")


@SLOW
@given(name=articles, data=st.data())
def test_an_article_cut_anywhere_gives_a_dossier_or_a_parse_error(
    name: str, data: st.DataObject
) -> None:
    text = ARTICLES[name]
    start = data.draw(st.integers(0, len(text) // 2), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    parse_or_refuse(text[start:end])


@SLOW
@given(name=articles, seed=st.integers(0, 2**32 - 1))
def test_duplicated_and_shuffled_paragraphs_give_a_dossier_or_a_parse_error(
    name: str, seed: int
) -> None:
    rng = random.Random(seed)
    paras = _paragraphs(ARTICLES[name])
    paras += rng.choices(paras, k=len(paras) // 2)
    rng.shuffle(paras)
    parse_or_refuse("\n".join(paras))


@SLOW
@given(
    name=articles,
    marks=st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2019"])),
        min_size=1,
        max_size=12,
    ),
)
def test_stray_quote_marks_give_a_dossier_or_a_parse_error(
    name: str, marks: list[tuple[float, str]]
) -> None:
    text = ARTICLES[name]
    for where, mark in sorted(marks, reverse=True):
        at = int(where * len(text))
        text = text[:at] + mark + text[at:]
    parse_or_refuse(text)


@SLOW
@given(
    name=articles,
    labels=st.lists(
        st.tuples(
            st.floats(0, 1),
            st.sampled_from(["SECRETARY POMPEO:", "QUESTION:", "MR. LEE:", "MODERATOR:", ":"]),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_labels_without_text_give_a_dossier_or_a_parse_error(
    name: str, labels: list[tuple[float, str]]
) -> None:
    paras = _paragraphs(ARTICLES[name])
    for where, label in labels:
        paras.insert(int(where * len(paras)), label)
    parse_or_refuse("\n".join(paras))


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_an_upper_cased_article_gives_a_dossier_or_a_parse_error(name: str) -> None:
    parse_or_refuse("\n".join(p.upper() for p in _paragraphs(ARTICLES[name])))


@pytest.mark.parametrize("source_format", FORMATS)
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_reader_forced_on_every_article_gives_a_dossier_or_a_parse_error(
    name: str, source_format: str
) -> None:
    parse_or_refuse(ARTICLES[name], source_format=source_format)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_article_parses_and_round_trips(name: str) -> None:
    dossier = parse_or_refuse(ARTICLES[name], reference_date=_dt.date(2018, 12, 7))
    assert dossier is not None
    assert dossier.sources


def test_an_unknown_reader_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ParseError, match=r"unknown source format 'nope'; known formats: .*wire"):
        koreadip.parse("Made-up sample text.", source_format="nope")


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u3000\u00a0"])
def test_blank_text_is_refused_as_empty(text: str) -> None:
    with pytest.raises(ParseError, match="the text is empty"):
        koreadip.parse(text)


@pytest.mark.parametrize("value", [b"bytes", None, 42, ["a list"]])
def test_a_non_string_is_refused_naming_its_type(value: object) -> None:
    with pytest.raises(ParseError, match=f"expected text, got {type(value).__name__}"):
        koreadip.parse(value)  # type: ignore[arg-type]


# ------------------------------------------------------------------ files


def _encodings(text: str) -> dict[str, bytes]:
    plain = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return {
        "utf-8": text.encode("utf-8"),
        "utf-8 with BOM": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16 with BOM": text.encode("utf-16"),
        "utf-16-be with BOM": codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        "CRLF": text.replace("\n", "\r\n").encode("utf-8"),
        "lone CR": text.replace("\n", "\r").encode("utf-8"),
        "cp949": plain.encode("cp949", errors="strict"),
        "euc-kr": plain.encode("euc-kr", errors="strict"),
    }


def _korean_article() -> tuple[str, str]:
    """The fixture with Hangul in it, as text every listed encoding can hold."""
    for name, text in ARTICLES.items():
        if any("\uac00" <= ch <= "\ud7a3" for ch in text):
            try:
                _encodings(text)
            except UnicodeEncodeError:
                continue
            return name, text
    pytest.skip("no fixture article with Hangul that EUC-KR can encode")


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8 with BOM", "utf-16 with BOM", "utf-16-be with BOM", "CRLF", "lone CR"],
)
@pytest.mark.parametrize("name", ["wire_1", "state_department_1", "korean_daily_1"])
def test_a_file_in_any_supported_encoding_gives_the_dossier_of_its_text(
    tmp_path: Path, name: str, encoding: str
) -> None:
    text = ARTICLES[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(_encodings(text)[encoding])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert koreadip.parse_file(path) == koreadip.parse(text)
    said = [str(w.message) for w in caught if issubclass(w.category, DecodingWarning)]
    if encoding.startswith("utf-16"):
        endian = "be" if "-be" in encoding or sys.byteorder == "big" else "le"  # native BOM
        assert said == [f"{path}: read as utf-16-{endian}, not UTF-8 (byte-order mark)"]
    else:
        assert said == []


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_a_korean_legacy_encoded_file_gives_the_dossier_of_its_text(
    tmp_path: Path, encoding: str
) -> None:
    name, text = _korean_article()
    path = tmp_path / f"{name}.txt"
    path.write_bytes(_encodings(text)[encoding])
    plain = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    with pytest.warns(DecodingWarning, match=r"read as cp949, not UTF-8 \(Korean text\)"):
        assert koreadip.parse_file(path) == koreadip.parse(plain)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_a_western_legacy_encoded_file_gives_the_dossier_of_its_text_and_says_so(
    tmp_path: Path, encoding: str
) -> None:
    text = ARTICLES["wire_1"] + "\nMade-up sample: José Martí met officials in Zürich.\n"
    if encoding == "latin-1":  # no curly quotes or dashes in Latin-1
        text = text.translate(str.maketrans("\u201c\u201d\u2018\u2019\u2014\u2013", "\"\"''--"))
    path = tmp_path / "wire.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.warns(DecodingWarning) as caught:
        dossier = koreadip.parse_file(path)
    assert dossier == koreadip.parse(text)  # was: refused as binary, or U+FFFD without a word
    assert [str(w.message) for w in caught] == [
        f"{path}: read as cp1252, not UTF-8 (detected by charset-normalizer)"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        (
            bytes(range(0x80, 0x100)) * 8,
            "binary file (not text in UTF-8, UTF-16, cp949 or another encoding)",
        ),
        (b"\x01\x02\x03\x04\x05\x06 text", "binary file (contains control characters)"),
        (b"", "empty file (0 bytes)"),
        (b" \n\r\n", "empty file"),
    ],
)
def test_a_binary_or_empty_file_is_refused_naming_it(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "scraped.txt"
    path.write_bytes(data)
    with pytest.raises(ParseError) as info:
        koreadip.parse_file(path)
    assert str(info.value) == f"{path}: {message}"


def test_the_size_limit_defaults_to_ten_mebibytes_and_is_configurable(tmp_path: Path) -> None:
    assert DEFAULT_MAX_BYTES == TEXTIO_MAX_BYTES == 10 * 1024 * 1024
    path = tmp_path / "long.txt"
    path.write_bytes(ARTICLES["wire_1"].encode("utf-8"))
    size = path.stat().st_size
    with pytest.raises(ParseError, match=rf"long\.txt: too large: {size:,} bytes.*limit of 100 "):
        koreadip.parse_file(path, max_bytes=100)
    assert koreadip.parse_file(path, max_bytes=size) == koreadip.parse(ARTICLES["wire_1"])
