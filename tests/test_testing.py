"""koreadip.testing: the public strategies, and their registration for st.from_type."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

import koreadip
from koreadip import Dossier, Official, PartialDate
from koreadip.countries import COUNTRY_CODES
from koreadip.testing import (
    country_codes,
    dossiers,
    meetings,
    officials,
    partial_dates,
    participants,
    positions,
    sources,
    spans,
    statements,
    texts,
)

RECORD_TYPES = [
    PartialDate,
    koreadip.Span,
    koreadip.Source,
    Official,
    koreadip.Participant,
    koreadip.Meeting,
    koreadip.Statement,
    koreadip.Position,
    Dossier,
]
HANGUL = range(0xAC00, 0xD7A4)
# find() only has to show that such a value is generated: skip shrinking, which is slow here
FIND = settings(max_examples=5000, database=None, phases=[Phase.generate])


def _has_hangul(text: str) -> bool:
    return any(ord(c) in HANGUL for c in text)


def _strings(value: Any) -> list[str]:
    """Every string inside plain data."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# ------------------------------------------------------------------ registration


@pytest.mark.parametrize("first", ["koreadip", "hypothesis"])
def test_from_type_works_without_importing_koreadip_testing(first: str) -> None:
    """The entry point registers the strategies; the user's code never imports the module."""
    result = _run(
        f"""
        import sys
        import {first}
        import hypothesis
        import hypothesis.strategies as st
        import koreadip
        assert "koreadip.testing" not in sys.modules
        meeting = hypothesis.find(st.from_type(koreadip.Meeting), lambda m: True)
        dossier = hypothesis.find(st.from_type(koreadip.Dossier), lambda d: True)
        assert isinstance(meeting, koreadip.Meeting), meeting
        assert isinstance(dossier, koreadip.Dossier), dossier
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_koreadip_core_does_not_import_hypothesis() -> None:
    result = _run(
        """
        import sys
        import koreadip
        koreadip.loads(koreadip.dumps(koreadip.Dossier()))
        print("hypothesis" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=20)
@given(data=st.data())
def test_from_type_gives_each_record_type(cls: type[Any], data: st.DataObject) -> None:
    assert isinstance(data.draw(st.from_type(cls)), cls)


# ------------------------------------------------------------------ dossiers hang together


@given(dossiers())
def test_dossiers_are_referentially_consistent(d: Dossier) -> None:
    source_ids = [s.id for s in d.sources]
    official_ids = [o.id for o in d.officials]
    meeting_ids = [m.id for m in d.meetings]
    for records in (d.sources, d.officials, d.meetings, d.statements, d.positions):
        assert len({r.id for r in records}) == len(records)
    for m in d.meetings:
        assert {p.official_id for p in m.participants} <= set(official_ids)
        assert len({p.official_id for p in m.participants}) == len(m.participants)
    for s in d.statements:
        assert s.speaker_id is None or s.speaker_id in official_ids
        assert s.meeting_id is None or s.meeting_id in meeting_ids
    for p in d.positions:
        assert p.holder in official_ids or p.holder in COUNTRY_CODES
    for record in (*d.sources, *d.officials, *d.meetings, *d.statements, *d.positions):
        assert set(getattr(record, "cites", ())) <= set(source_ids)
        assert set(getattr(record, "sources", ())) <= set(source_ids)
        assert {e.source_id for e in getattr(record, "evidence", ())} <= set(source_ids)


@given(dossiers())
def test_every_generated_string_passes_the_schema(d: Dossier) -> None:
    assert all(s.strip() for s in _strings(koreadip.to_dict(d)) if s is not None)
    assert koreadip.from_dict(koreadip.to_dict(d)) == d


@given(dossiers(ids=st.sampled_from("ab"), max_records=2))
def test_dossiers_respect_their_arguments(d: Dossier) -> None:
    for records in (d.sources, d.officials, d.meetings, d.statements, d.positions):
        assert len(records) <= 2
        assert {r.id for r in records} <= {"a", "b"}


def test_generated_dossiers_use_every_kind_of_reference() -> None:
    seen: set[str] = set()

    @settings(max_examples=100, database=None, phases=[Phase.generate], derandomize=True)
    @given(dossiers())
    def record(d: Dossier) -> None:
        official_ids = {o.id for o in d.officials}
        checks = {
            "participant": any(m.participants for m in d.meetings),
            "speaker": any(s.speaker_id for s in d.statements),
            "meeting": any(s.meeting_id for s in d.statements),
            "official holder": any(p.holder in official_ids for p in d.positions),
            "country holder": any(p.holder in COUNTRY_CODES for p in d.positions),
            "evidence": any(o.evidence for o in d.officials),
            "cites": any(s.cites for s in d.sources),
            "empty": not (d.sources or d.officials or d.meetings),
        }
        seen.update(name for name, found in checks.items() if found)

    record()
    assert seen == {
        "participant",
        "speaker",
        "meeting",
        "official holder",
        "country holder",
        "evidence",
        "cites",
        "empty",
    }


# ------------------------------------------------------------------ awkward text


@pytest.mark.parametrize(
    "condition",
    [
        pytest.param(lambda s: s.startswith("=") and _has_hangul(s), id="leading-=-and-hangul"),
        pytest.param(lambda s: s[0] in "+-@", id="formula-prefix"),
        pytest.param(lambda s: any(q in s for q in "“”‘’"), id="curly-quotes"),
        pytest.param(lambda s: "," in s and ";" in s, id="comma-and-semicolon"),
        pytest.param(lambda s: "\n" in s, id="newline"),
        pytest.param(lambda s: "\t" in s, id="tab"),
        pytest.param(lambda s: "\\" in s, id="backslash"),
        pytest.param(lambda s: any(ord(c) > 0xFFFF for c in s), id="emoji"),
    ],
)
def test_texts_include_awkward_characters(condition: Any) -> None:
    found = find(texts(), condition, settings=FIND)
    assert found.strip()


def test_official_names_can_be_awkward_and_korean_names_are_hangul() -> None:
    found = find(
        officials(),
        lambda o: o.name.startswith("=") and o.korean_name is not None,
        settings=FIND,
    )
    assert found.korean_name is not None
    assert all(ord(c) in HANGUL for c in found.korean_name)


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(lambda p: p is None, id="none"),
        pytest.param(lambda p: type(p) is dt.date, id="date"),
        pytest.param(lambda p: isinstance(p, dt.datetime) and p.tzinfo is None, id="naive"),
        pytest.param(lambda p: isinstance(p, dt.datetime) and p.tzinfo is not None, id="aware"),
    ],
)
def test_published_takes_every_shape(kind: Any) -> None:
    assert kind(find(sources(), lambda s: kind(s.published), settings=FIND).published)


@pytest.mark.parametrize(
    "iso",
    ["2018-12-07", "2018-12", "2018", "XXXX-02-29", "XXXX-12"],
)
def test_partial_dates_cover_every_precision(iso: str) -> None:
    shape = [part.isdigit() for part in iso.split("-")], len(iso)

    def same_shape(d: PartialDate) -> bool:
        text = d.isoformat()
        return ([p.isdigit() for p in text.split("-")], len(text)) == shape

    find(partial_dates(), same_shape, settings=FIND)


# ------------------------------------------------------------------ keyword arguments


@settings(max_examples=30)
@given(
    st.data(),
    st.lists(st.sampled_from(["noh", "biegun", "kim"]), min_size=1, unique=True),
)
def test_reference_arguments_steer_every_strategy(data: st.DataObject, ids: list[str]) -> None:
    pick = st.sampled_from(ids)
    assert data.draw(spans(source_ids=pick)).source_id in ids
    assert data.draw(participants(official_ids=pick)).official_id in ids
    assert set(data.draw(sources(ids=pick, source_ids=pick)).cites) <= set(ids)
    named = data.draw(officials(ids=pick, names=st.just("Kim Jong Un")))
    assert (named.id in ids, named.name) == (True, "Kim Jong Un")
    meeting = data.draw(meetings(official_ids=pick, dates=st.none()))
    assert meeting.date is None
    assert {p.official_id for p in meeting.participants} <= set(ids)
    statement = data.draw(statements(official_ids=pick, meeting_ids=pick))
    assert {statement.speaker_id, statement.meeting_id} <= {None, *ids}
    assert data.draw(positions(holders=pick)).holder in ids
    assert data.draw(country_codes()) in COUNTRY_CODES


def test_strategies_take_keyword_arguments_only() -> None:
    with pytest.raises(TypeError):
        officials(st.just("x"))  # type: ignore[misc]
