"""The fast JSON paths write the bytes ``json.dumps`` writes and read what ``json.loads`` reads.

``dumps`` writes text from generated writers and ``loads`` reads a dossier a record at a time; both
fall back to the plain path (dicts and the standard ``json`` module) on anything unexpected.  These
properties pin that the fast paths are taken and agree with the plain ones, for the records of the
schema and for a made-up record with field types the schema does not have yet.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

import attrs
import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from damage import damage
from koreadip import (
    Dossier,
    Meeting,
    MeetingStatus,
    Official,
    PartialDate,
    Participant,
    SchemaError,
    Span,
    Topic,
    codec,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from koreadip.testing import dossiers, partial_dates

INDENTS = [None, 2, 4, 1]


def _fast_dumps(value: Any, indent: int | None = None) -> str:
    """The fast path of ``dumps`` alone, without its fallback."""
    text = codec._TEXT.write(value)
    return (text if indent is None else msgspec.json.format(text, indent=indent)).decode()


def _plain_dumps(value: Any, indent: Any) -> str:
    """``json.dumps`` of ``to_dict``: indented, or the most compact form for ``indent=None``."""
    compact = (",", ":") if indent is None else None
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent, separators=compact)


def _plain_loads(text: str | bytes, cls: type = Dossier) -> Any:
    """What ``loads`` gave before it had a fast path: ``from_dict(json.loads(text))``."""
    try:
        return from_dict(json.loads(text), cls)
    except (ValueError, RecursionError):  # SchemaError, JSONDecodeError, UnicodeDecodeError
        return "refused"


def _outcome(text: str | bytes, cls: type = Dossier) -> Any:
    try:
        return loads(text, cls)
    except SchemaError:
        return "refused"


@settings(max_examples=150)
@given(dossier=dossiers(), indent=st.sampled_from(INDENTS))
def test_dumps_writes_the_bytes_of_json_dumps(dossier: Dossier, indent: int | None) -> None:
    assert _fast_dumps(dossier, indent) == _plain_dumps(dossier, indent)
    assert dumps(dossier, indent=indent) == _plain_dumps(dossier, indent)


AWKWARD = [
    "".join(map(chr, range(0x20))),  # every control character: short and \\u00XX escapes
    'quote " backslash \\ slash / DEL \x7f',
    "line\u2028paragraph\u2029 bom\ufeff nbsp\xa0",
    "Hangul 이도훈 and emoji 😀 and curly “quotes”",
    "{braces} [brackets] 'single' ",  # what a generated f-string must not confuse
]


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
@pytest.mark.parametrize("indent", INDENTS)
def test_awkward_text_is_escaped_as_json_escapes_it(text: str, indent: int | None) -> None:
    official = Official(id=text, name=text, aliases=(text, "x"), title=text)
    assert _fast_dumps(official, indent) == _plain_dumps(official, indent)
    assert dumps(official, indent=indent) == _plain_dumps(official, indent)
    assert loads(dumps(official, indent=indent), Official) == official


def test_a_lone_surrogate_takes_the_plain_path_and_gives_its_output() -> None:
    # made-up name with a lone surrogate, which UTF-8 cannot carry (msgspec refuses it)
    official = Official(id="x", name="Kim \udee5")
    assert dumps(official) == _plain_dumps(official, 2)
    assert loads(dumps(official), Official) == official


@pytest.mark.parametrize("count", [0, 1, 2, 5])
@pytest.mark.parametrize("indent", [None, 2])
def test_a_record_of_one_span_or_several_is_written_as_json_writes_it(
    count: int, indent: int | None
) -> None:
    # a tuple of one record is built apart from the others (no comprehension): both ways agree
    spans = tuple(Span(source_id=f"s{i}", start=i, end=i + 3) for i in range(count))
    meeting = Meeting(id="m1", date=PartialDate(year=2019, month=2), evidence=spans)
    assert _fast_dumps(meeting, indent) == _plain_dumps(meeting, indent)
    assert loads(dumps(meeting, indent=indent), Meeting) == meeting


def test_dumps_leaves_the_collector_as_it_found_it() -> None:
    import gc

    dossier = Dossier(meetings=[Meeting(id="m1")])
    assert gc.isenabled()
    dumps(dossier)
    assert gc.isenabled()
    dumps(Official(id="x", name="Kim \udee5"))  # the fast path fails inside its pause
    assert gc.isenabled()
    gc.disable()
    try:
        dumps(dossier, indent=None)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("indent", [0, -1, "\t", "  "])
def test_other_indents_are_json_dumps_own(indent: Any) -> None:
    dossier = Dossier(officials=[Official(id="a", name="A b")])
    assert dumps(dossier, indent=indent) == _plain_dumps(dossier, indent)


# ------------------------------------------------------------------ reading


@settings(max_examples=100)
@given(dossier=dossiers(), indent=st.sampled_from(INDENTS))
def test_the_record_at_a_time_reader_gives_the_dossier_back(
    dossier: Dossier, indent: int | None
) -> None:
    text = dumps(dossier, indent=indent)
    assert codec._TEXT.read(text.encode(), Dossier) == dossier  # the fast path, no fallback
    assert loads(text) == loads(text.encode()) == dossier


def test_a_dossier_of_many_chunks_is_read_back_whole_and_in_order() -> None:
    from koreadip import Meeting
    from koreadip.codec_json import _CHUNK

    meetings = tuple(
        Meeting(id=f"m{i}", title=f"Talks {i}", countries=("US", "KR"))
        for i in range(_CHUNK * 2 + 7)
    )
    text = dumps(Dossier(meetings=meetings))
    assert codec._TEXT.read(text.encode(), Dossier).meetings == meetings


def test_a_bad_record_far_into_the_array_is_named_by_its_place() -> None:
    from koreadip.codec_json import _CHUNK

    doc = {"meetings": [{"id": f"m{i}"} for i in range(_CHUNK + 5)]}
    doc["meetings"][_CHUNK + 3]["countries"] = ["XX"]
    with pytest.raises(SchemaError, match=rf"meetings\[{_CHUNK + 3}\]\.countries"):
        loads(json.dumps(doc))


def test_loads_leaves_the_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    loads('{"meetings": [{"id": "m1"}]}')
    assert gc.isenabled()
    with pytest.raises(SchemaError):
        loads('{"meetings": [{"id": ""}]}')
    assert gc.isenabled()
    gc.disable()
    try:
        loads('{"meetings": [{"id": "m1"}]}')
        assert not gc.isenabled()
    finally:
        gc.enable()


DOCUMENTS = [
    '{"meetings": [{"id": "m1"}], "later": {"unknown": [1, 2]}}',
    '{"meetings": [{"id": "m1"}], "meetings": [{"id": "m2"}]}',  # the last one wins, as json's
    '{"meetings": [{"id": "m1", "duration_minutes": NaN}]}',
    '{"meetings": [{"id": "m1", "title": "\\udc00"}]}',
    '{"meetings": [{"id": "m1", "later": Infinity}]}',
    '{"meetings": [{"id": "m1", "duration_minutes": 90.0}]}',
    '{"meetings": [{"id": "m1", "duration_minutes": true}]}',
    '{"meetings": [{"id": "m1", "duration_minutes": 123456789012345678901234567890}]}',
    '{"meetings": {"id": "m1"}}',
    '{"meetings": null}',
    '{"meetings": [null]}',
    '{"meetings": [], "unknown": [1,]}',
    '{"meetings": [{"id": "m1", "title": "raw \x01 control"}]}',
    '\ufeff{"meetings": []}',
    '{"officials": [{"id": "a", "name": "A", "aliases": "abc"}]}',
    '{"officials": [{"id": "a", "name": "A", "aliases": {"a": 1}}]}',
    '{"officials": [{"id": "a", "name": "A", "country": "us"}]}',
    "[]",
    "{}",
    '{"meetings": []} trailing',
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_loads_accepts_and_refuses_what_json_loads_and_from_dict_do(text: str) -> None:
    assert _outcome(text) == _plain_loads(text)
    data = text.encode("utf-8", "surrogatepass")
    assert _outcome(data) == _plain_loads(data)
    with_bom = b"\xef\xbb\xbf" + data
    assert _outcome(with_bom) == _plain_loads(with_bom)


# ------------------------------------------------------------------ a field added later


@attrs.frozen(slots=True, kw_only=True)
class Later:
    """A made-up record as a later version might have it: the schema's field types and new ones."""

    id: str
    official: Official
    date: PartialDate | None = None
    status: MeetingStatus = MeetingStatus.HELD
    topics: tuple[Topic, ...] = ()
    source_count: int = 0
    weight: float | None = None
    flags: tuple[bool, ...] = ()
    identifiers: dict[str, str] = attrs.field(factory=dict)
    retrieved: _dt.datetime | None = None
    evidence: tuple[Span, ...] = ()
    counts: tuple[int, ...] = ()
    nested: tuple[tuple[str, ...], ...] = ()
    deputy: Participant | None = None


@attrs.frozen(slots=True, kw_only=True)
class LaterDocument:
    """A made-up document of arrays of records, read a record at a time like a dossier."""

    items: tuple[Later, ...] = ()
    officials: tuple[Official, ...] = ()


# fixed offsets: a named zone's datetime does not survive ISO text (nor any JSON), by design
ZONES = [None, _dt.UTC, _dt.timezone(_dt.timedelta(hours=9)), _dt.timezone(-_dt.timedelta(hours=5))]
LATER = st.builds(
    Later,
    id=st.text(),
    official=st.from_type(Official),
    date=st.none() | partial_dates(),
    status=st.sampled_from(MeetingStatus),
    topics=st.lists(st.sampled_from(Topic), max_size=2).map(tuple),
    source_count=st.integers(),
    weight=st.none() | st.floats(allow_nan=False, allow_infinity=False),
    flags=st.lists(st.booleans(), max_size=2).map(tuple),
    identifiers=st.dictionaries(st.text(), st.text(), max_size=2),
    retrieved=st.none() | st.datetimes(timezones=st.sampled_from(ZONES)),
    evidence=st.lists(st.from_type(Span), max_size=2).map(tuple),
    counts=st.lists(st.integers(), max_size=2).map(tuple),
    nested=st.lists(st.lists(st.text(), max_size=2).map(tuple), max_size=2).map(tuple),
    deputy=st.none() | st.from_type(Participant),
)


def _cattrs_unstructure(value: Any) -> Any:
    detailed = codec._converter()
    codec._configure(detailed)
    return detailed.unstructure(value)


@settings(max_examples=150)
@given(record=LATER, indent=st.sampled_from(INDENTS))
def test_a_field_added_later_round_trips_without_codec_edits(
    record: Later, indent: int | None
) -> None:
    plain = _cattrs_unstructure(record)
    assert to_dict(record) == plain
    compact = (",", ":") if indent is None else None
    written = json.dumps(plain, ensure_ascii=False, indent=indent, separators=compact)
    assert _fast_dumps(record, indent) == written
    assert dumps(record, indent=indent) == written
    assert from_dict(to_dict(record), Later) == record
    assert loads(dumps(record, indent=indent), Later) == record
    document = LaterDocument(items=(record, record), officials=(record.official,))
    text = dumps(document, indent=indent)
    assert codec._TEXT.read(text.encode(), LaterDocument) == document
    assert loads(text, LaterDocument) == document


@settings(max_examples=150)
@given(dossier=dossiers(), data=st.data())
def test_a_damaged_document_is_read_by_loads_as_by_json_and_from_dict(
    dossier: Dossier, data: st.DataObject
) -> None:
    doc = json.loads(dumps(dossier))
    damage(doc, data)
    text = json.dumps(doc, ensure_ascii=False)
    assert _outcome(text) == _plain_loads(text)
