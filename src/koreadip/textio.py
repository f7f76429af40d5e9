"""Bytes in, text out: encodings, line ends, size limits, and refusing binary input.

Scrapers bring back UTF-8 with or without a BOM, UTF-16 from Windows tools, the Korean legacy
encoding cp949 (a superset of EUC-KR), and Windows-1252 or Latin-1 from older sites.
:func:`decode` turns any of them into ``str`` with ``\\n`` line ends, and refuses what is not
text; :func:`read_text` and :func:`read_stream` add the file handling and the size limit, checked
before anything large is read, and say with a :class:`DecodingWarning` which encoding they read
when it was not UTF-8.

Every failure is a :class:`~koreadip.ParseError` whose message names the input.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import warnings
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .errors import ParseError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Decoded",
    "DecodingWarning",
    "decode",
    "decode_detected",
    "read_stream",
    "read_text",
    "text_files",
    "valid_text",
]

#: inputs larger than this are refused unless the caller raises the limit (10 MiB)
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls that ordinary text does not contain (tab, newlines, form feed and escape allowed);
# counted by a pattern, in C, rather than character by character
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` with every surrogate code point replaced by U+FFFD, so that it can be encoded.

    A ``str`` read with ``errors="surrogateescape"`` (file names, ``sys.argv``) or cut from
    UTF-16 holds lone surrogates, which no UTF encoding can write: every exporter would fail on
    them.  Each is replaced one for one, so character spans into ``text`` stay valid.

    >>> valid_text("We will talk \\udee5 soon.") == "We will talk \\ufffd soon."
    True
    """
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    """Text with many control characters is a binary file that happened to decode."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) // 20)


def _utf8(data: bytes) -> str | None:
    """Strict UTF-8, forgiving only a multi-byte character cut off at the very end.

    Scrapers that keep "the first N bytes" of a page cut through characters; losing the last
    partial character is better than refusing the whole article.  Only when the rest shows
    UTF-8 beyond ASCII: ``caf\\xe9`` at the end of ASCII text is Windows-1252's "café".
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            try:
                head = data[: e.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
            return None if head.isascii() else head
        return None


def _cp949(data: bytes) -> str | None:
    """cp949 (EUC-KR plus Unified Hangul Code), only when the decoded text is mostly Hangul.

    Many byte strings are valid cp949 by accident; real Korean text decodes to Hangul syllables,
    so at least half of the non-ASCII characters must be Hangul.
    """
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    non_ascii = len(_NON_ASCII.findall(text))
    hangul = len(_HANGUL.findall(text))
    return text if hangul and hangul * 2 >= non_ascii else None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes (at most 1 %) replaced by U+FFFD: a mixed-encoding scrape.

    Only when some non-ASCII characters are valid UTF-8: a file with none is in another
    encoding altogether, which :func:`_detected` finds.
    """
    kept = data.decode("utf-8", errors="ignore")
    if kept.isascii():
        return None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - kept.count("\ufffd")
    return Decoded(text, "utf-8", bad) if bad <= len(data) // 100 else None


#: what charset-normalizer may choose from: Western European first (cp1252 holds Latin-1's
#: letters), then the region's CJK encodings.  A short list keeps guesses sane: with cp1251 in
#: it, English text with one accent was read as Cyrillic ("Zürich" as "Zьrich")
_CANDIDATES = ["cp1252", "latin_1", "gb18030", "big5", "shift_jis", "euc_jp", "cp949"]


def _detected(data: bytes) -> Decoded | None:
    """The encoding charset-normalizer finds most plausible among :data:`_CANDIDATES`."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        return None
    return Decoded(str(best), codecs.lookup(best.encoding).name)


class DecodingWarning(UserWarning):
    """A file was read in an encoding other than UTF-8 (detected, or marked by its BOM)."""


class Decoded(NamedTuple):
    """Text decoded from bytes, with the encoding it was read in (a Python codec name)."""

    text: str
    encoding: str
    #: bytes that fit no character and were read as U+FFFD
    replaced: int = 0

    @property
    def note(self) -> str | None:
        """What to tell the reader: None for UTF-8 read whole, else which encoding was used.

        >>> decode_detected("Made-up café".encode("cp1252")).note
        'read as cp1252, not UTF-8 (detected by charset-normalizer)'
        """
        if self.encoding == "utf-8":
            if not self.replaced:
                return None
            return f"read as UTF-8 with {self.replaced:,} undecodable bytes replaced by U+FFFD"
        how = {"cp949": "Korean text"}.get(self.encoding, "detected by charset-normalizer")
        if self.encoding.startswith(("utf-16", "utf-32")):
            how = "byte-order mark"
        return f"read as {self.encoding}, not UTF-8 ({how})"


def decode(data: bytes) -> str:
    """Decode the bytes of a text file to ``str`` with ``\\n`` line ends (see
    :func:`decode_detected`, which also says which encoding it used).

    >>> decode("Seoul\\r\\n서울\\r".encode("cp949"))
    'Seoul\\n서울\\n'
    """
    return decode_detected(data).text


def decode_detected(data: bytes) -> Decoded:
    """Decode the bytes of a text file, saying which encoding was used.

    A byte-order mark selects UTF-8, UTF-16 or UTF-32 (and is dropped); otherwise UTF-8 is
    tried, then cp949 when the result is Korean text, then UTF-8 with at most 1 % stray bytes
    replaced (when the rest has valid UTF-8 beyond ASCII), then the encoding charset-normalizer
    finds (Windows-1252, Latin-1, ...).  Raises :class:`~koreadip.ParseError`
    ("binary file ...") for NUL bytes, control characters or bytes that fit none of these.

    >>> decode_detected(b"\\xef\\xbb\\xbfHello\\r\\nWorld")
    Decoded(text='Hello\\nWorld', encoding='utf-8', replaced=0)
    >>> decode_detected(b"Le minist\\xe8re a d\\xe9clar\\xe9 \\xe0 S\\xe9oul").encoding
    'cp1252'
    >>> decode_detected(b"GIF89a\\x00\\x01")
    Traceback (most recent call last):
    ...
    koreadip.errors.ParseError: binary file (contains NUL bytes)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise ParseError(
                    f"binary file (not valid {encoding.upper()} after its BOM)"
                ) from None
            if "\x00" in text or _looks_binary(text):
                raise ParseError("binary file (contains control characters)")
            return Decoded(_normalise(text), encoding)
    if b"\x00" in data:
        raise ParseError("binary file (contains NUL bytes)")
    found: Decoded | None = None
    if (text_or_none := _utf8(data)) is not None:
        found = Decoded(text_or_none, "utf-8")
    elif (text_or_none := _cp949(data)) is not None:
        found = Decoded(text_or_none, "cp949")
    else:
        found = _mostly_utf8(data) or _detected(data)
    if found is None:
        raise ParseError("binary file (not text in UTF-8, UTF-16, cp949 or another encoding)")
    if _looks_binary(found.text):
        raise ParseError("binary file (contains control characters)")
    return found._replace(text=_normalise(found.text))


def _text(data: bytes, name: str) -> str:
    try:
        decoded = decode_detected(data)
    except ParseError as e:
        raise ParseError(f"{name}: {e}") from None
    if not decoded.text.strip():
        raise ParseError(f"{name}: empty file" if data else f"{name}: empty file (0 bytes)")
    if (note := decoded.note) is not None:
        warnings.warn(f"{name}: {note}", DecodingWarning, stacklevel=3)
    return decoded.text


def _too_large(name: str, size: int | None, max_bytes: int) -> ParseError:
    if size is None:
        return ParseError(f"{name}: too large: more than the limit of {max_bytes:,} bytes")
    return ParseError(
        f"{name}: too large: {size:,} bytes, more than the limit of {max_bytes:,} bytes"
    )


def read_stream(
    stream: BinaryIO, *, name: str = "<stdin>", max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Read and decode a binary stream (stdin, a socket), never more than ``max_bytes`` + 1 bytes.

    >>> import io
    >>> read_stream(io.BytesIO(b"Seoul\\r\\n"), name="<stdin>")
    'Seoul\\n'
    >>> read_stream(io.BytesIO(b"x" * 11), max_bytes=10)
    Traceback (most recent call last):
    ...
    koreadip.errors.ParseError: <stdin>: too large: more than the limit of 10 bytes
    """
    try:
        data = stream.read(max_bytes + 1)
    except OSError as e:
        raise ParseError(f"{name}: cannot read ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise _too_large(name, None, max_bytes)
    return _text(data, name)


def read_text(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a text file in any common encoding (see :func:`decode`), refusing what is not text.

    The size is checked from the file system before reading, and at most ``max_bytes`` + 1
    bytes are ever read (a FIFO or device reports no size).  Raises
    :class:`~koreadip.ParseError` naming the path when the file is missing, a directory,
    unreadable, empty, binary or larger than ``max_bytes``.

    >>> read_text("no/such/file.txt")
    Traceback (most recent call last):
    ...
    koreadip.errors.ParseError: no/such/file.txt: no such file
    """
    p = Path(path)
    try:
        st = p.stat()
        if stat.S_ISDIR(st.st_mode):
            raise ParseError(f"{p}: is a directory, not a file")
        if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
            raise _too_large(str(p), st.st_size, max_bytes)
        with p.open("rb") as fp:
            data = fp.read(max_bytes + 1)
    except FileNotFoundError:
        raise ParseError(f"{p}: no such file") from None
    except PermissionError:
        raise ParseError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise ParseError(f"{p}: is a directory, not a file") from None
    except OSError as e:
        raise ParseError(f"{p}: cannot read ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise _too_large(str(p), None, max_bytes)
    return _text(data, str(p))


def text_files(
    directory: str | os.PathLike[str], suffixes: tuple[str, ...] = (".txt",)
) -> list[Path]:
    """The ``*.txt`` files (or those of other ``suffixes``) under ``directory``, recursively,
    sorted; hidden ones skipped.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.txt", "a.txt", ".hidden.txt", "notes.md"):
    ...     _ = (d / name).write_text("x")
    >>> [p.name for p in text_files(d)]
    ['a.txt', 'b.txt']
    """
    root = Path(directory)
    wanted = {s.lower() for s in suffixes}
    found = (p for p in root.rglob("*") if p.suffix.lower() in wanted and p.is_file())
    return sorted(p for p in found if not any(x.startswith(".") for x in p.relative_to(root).parts))
