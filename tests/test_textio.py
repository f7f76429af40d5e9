"""Reading input files: encodings, line ends, binary refusal, the size limit, stdin."""

from __future__ import annotations

import codecs
import doctest
import io
import os
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from koreadip import ParseError, textio
from koreadip.textio import (
    DEFAULT_MAX_BYTES,
    DecodingWarning,
    decode,
    decode_detected,
    read_stream,
    read_text,
    text_files,
)

# A made-up sample, not from any real article.
SAMPLE = (
    "Made-up sample: Deputy envoys met in Seoul on Tuesday.\n"
    "“We agreed to keep talking,” one of them said.\n"
    "한미 양국은 협의를 계속하기로 했다.\n"
)


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SAMPLE.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")),
        ("utf-16-le with BOM", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")),
        ("utf-16-be with BOM", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be")),
        ("utf-16 (native BOM)", SAMPLE.encode("utf-16")),
        ("utf-32 with BOM", SAMPLE.encode("utf-32")),
        ("cp949", SAMPLE.replace("“", '"').replace("”", '"').encode("cp949")),
        ("euc-kr", SAMPLE.replace("“", '"').replace("”", '"').encode("euc-kr")),
    ],
)
def test_read_text_decodes_every_supported_encoding(
    tmp_path: Path, label: str, data: bytes
) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = read_text(write(tmp_path, data))
    said = [str(w.message) for w in caught if w.category is DecodingWarning]
    if label.startswith("utf-8"):
        assert said == [], label
    else:  # which encoding was used is said
        assert len(said) == 1, label
        assert "not UTF-8" in said[0], label
    assert "한미 양국은" in text, label
    assert text.startswith("Made-up sample"), label  # the BOM is dropped
    assert "\ufeff" not in text


def test_cp949_only_hangul_syllables_outside_euc_kr_decode(tmp_path: Path) -> None:
    # "똠" is in cp949's Unified Hangul Code extension but not in EUC-KR
    data = "Made-up sample: 똠방각하 회의".encode("cp949")
    with pytest.warns(DecodingWarning, match="read as cp949"):
        assert read_text(write(tmp_path, data)) == "Made-up sample: 똠방각하 회의"


def test_bytes_valid_in_cp949_but_not_hangul_are_not_taken_for_korean() -> None:
    # these decode as cp949 to Hanja/symbols, not Hangul, and are not UTF-8
    data = b"Made-up sample " + "漢字".encode("cp949") * 40
    with pytest.raises(ParseError, match="binary file"):
        decode(data)


#: made up; "é" and the curly quotes are where Windows-1252 differs from UTF-8
WESTERN = "Made-up sample: the envoy’s café remark in Zürich, “we will meet”, drew a smile.\n"


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("many accented bytes (was: refused as binary)", WESTERN.encode("cp1252") * 3),
        (
            "one accented byte in 1,000 (was: U+FFFD)",
            ("Made up. " * 120 + "Zürich").encode("cp1252"),
        ),
    ],
)
def test_windows_1252_text_is_detected_and_the_encoding_said(label: str, data: bytes) -> None:
    with pytest.warns(DecodingWarning) as caught:
        text = read_stream(io.BytesIO(data), name="scraped.txt")
    assert text == data.decode("cp1252"), label
    assert [str(w.message) for w in caught] == [
        "scraped.txt: read as cp1252, not UTF-8 (detected by charset-normalizer)"
    ]


def test_latin1_text_is_read_as_windows_1252_which_holds_its_letters() -> None:
    data = "Made-up sample: José Martí, café crème brûlée à Genève.\n".encode("latin-1") * 2
    decoded = decode_detected(data)
    assert decoded.text == data.decode("latin-1")
    assert decoded.encoding == "cp1252"


def test_a_few_stray_bytes_in_long_utf8_text_are_replaced_and_counted() -> None:
    data = ("Made-up sample. " * 40).encode() + b"\xff" + " 끝".encode()
    text = decode(data)
    assert text.endswith("\ufffd 끝")
    with pytest.warns(DecodingWarning, match=r"^x\.txt: read as UTF-8 with 1 undecodable bytes"):
        read_stream(io.BytesIO(data), name="x.txt")


def test_a_multibyte_character_cut_at_the_end_is_dropped() -> None:
    data = "Made-up sample: “quoted”".encode()[:-2]
    assert decode(data) == "Made-up sample: “quoted"


# ------------------------------------------------------------------ line ends


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_are_normalised_to_newline(tmp_path: Path, newline: str) -> None:
    data = SAMPLE.replace("\n", newline).encode("utf-8")
    assert read_text(write(tmp_path, data)) == SAMPLE


def test_mixed_line_ends_are_normalised_in_utf16() -> None:
    data = "a\r\nb\rc\nd".encode("utf-16")
    assert decode(data) == "a\nb\nc\nd"


@given(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(
        lambda t: not t.startswith("\ufeff")  # a leading U+FEFF is a byte-order mark
    )
)
def test_decode_round_trips_utf8_and_utf16_text(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    assert decode(text.encode("utf-8")) == expected
    assert decode(text.encode("utf-16")) == expected


@given(st.binary(max_size=2000))
def test_decode_of_any_bytes_gives_text_without_cr_or_raises_parse_error(data: bytes) -> None:
    error: ParseError | None = None
    try:
        text = decode(data)
    except ParseError as e:
        error, text = e, ""
    assert error is None or str(error).startswith("binary file")
    assert "\r" not in text
    assert "\x00" not in text


# ------------------------------------------------------------------ refusals


def test_nul_bytes_are_refused_as_binary_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.txt")
    with pytest.raises(ParseError, match=r"picture\.txt: binary file"):
        read_text(path)


def test_random_high_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    data = bytes(range(128, 256)) * 8
    with pytest.raises(ParseError, match="binary file"):
        read_text(write(tmp_path, data))


def test_control_characters_are_refused_as_binary() -> None:
    with pytest.raises(ParseError, match="binary file"):
        decode(bytes(range(1, 32)) * 10)


def test_utf16_without_bom_is_refused_rather_than_misread() -> None:
    with pytest.raises(ParseError, match="binary file"):
        decode("Made-up sample".encode("utf-16-le"))


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  ", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n"])
def test_empty_and_blank_files_are_refused(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "blank.txt")
    with pytest.raises(ParseError, match=r"blank\.txt: empty"):
        read_text(path)


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"nowhere\.txt: no such file"):
        read_text(tmp_path / "nowhere.txt")


def test_a_directory_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="is a directory"):
        read_text(tmp_path)


@pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="root (and Windows) can read files without read permission",
)
def test_an_unreadable_file_is_refused_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path, b"Made-up sample", "secret.txt")
    path.chmod(0)
    try:
        with pytest.raises(ParseError, match=r"secret\.txt: permission denied"):
            read_text(path)
    finally:
        path.chmod(0o600)


# ------------------------------------------------------------------ the size limit


def test_default_limit_is_ten_mebibytes() -> None:
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_a_file_over_the_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, b"x" * 101, "big.txt")
    with pytest.raises(ParseError, match=r"big\.txt: too large: 101 bytes.*limit of 100 bytes"):
        read_text(path, max_bytes=100)


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, b"x" * 100), max_bytes=100) == "x" * 100


def test_the_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, b"x" * 1000)

    def no_open(*_a: object, **_k: object) -> None:
        raise AssertionError("the file was opened although its size is over the limit")

    monkeypatch.setattr(Path, "open", no_open)
    with pytest.raises(ParseError, match="too large"):
        read_text(path, max_bytes=10)


class CountingStream(io.BytesIO):
    """Remembers how many bytes were asked for."""

    asked = 0

    def read(self, size: int | None = -1) -> bytes:
        self.asked += size if size is not None and size >= 0 else 1 << 60
        return super().read(size)


def test_a_stream_is_never_read_past_the_limit() -> None:
    stream = CountingStream(b"x" * 10_000)
    with pytest.raises(ParseError, match=r"<stdin>: too large.*limit of 10 bytes"):
        read_stream(stream, max_bytes=10)
    assert stream.asked <= 11


# ------------------------------------------------------------------ stdin


def test_read_stream_decodes_like_a_file() -> None:
    data = codecs.BOM_UTF16_LE + SAMPLE.replace("\n", "\r\n").encode("utf-16-le")
    with pytest.warns(DecodingWarning, match=r"^<stdin>: read as utf-16-le, not UTF-8"):
        assert read_stream(io.BytesIO(data)) == SAMPLE


def test_read_stream_names_the_input_in_errors() -> None:
    with pytest.raises(ParseError, match=r"<stdin>: empty"):
        read_stream(io.BytesIO(b""))
    with pytest.raises(ParseError, match=r"pipe: binary file"):
        read_stream(io.BytesIO(b"\x00\x01"), name="pipe")


# ------------------------------------------------------------------ finding inputs


def test_text_files_walks_directories_sorted_skipping_hidden(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", ".git/x.txt", "notes.md", "sub/.d.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Made-up sample")
    found = [p.relative_to(tmp_path).as_posix() for p in text_files(tmp_path)]
    assert found == ["a.txt", "b.txt", "sub/c.txt"]


def test_control_characters_counted_are_the_c0_controls_text_does_not_hold() -> None:
    every = "".join(map(chr, range(0x110000)))
    expected = {chr(c) for c in range(32)} - set("\t\n\v\f\r\x1b")
    assert set(textio._CONTROL.findall(every)) == expected
    assert len(textio._NON_ASCII.findall(every)) == 0x110000 - 128


def test_docstring_examples_run() -> None:
    result = doctest.testmod(textio)
    assert result.attempted > 0
    assert result.failed == 0
