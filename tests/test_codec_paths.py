"""The codec's generated hooks and fast JSON paths read and write exactly what the plain ones do."""

from __future__ import annotations

import copy
from typing import Any

import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from damage import damage
from koreadip import (
    Dossier,
    Meeting,
    Official,
    Participant,
    Position,
    Source,
    Span,
    Statement,
    codec,
)
from koreadip.testing import dossiers

RECORD_TYPES = [Span, Source, Official, Participant, Meeting, Statement, Position, Dossier]


def _detailed() -> cattrs.Converter:
    c = codec._converter()
    codec._configure(c)
    return c


DETAILED = _detailed()
FAST = codec.make_converter()


def _outcome(converter: cattrs.Converter, data: Any, cls: type) -> Any:
    try:
        return converter.structure(copy.deepcopy(data), cls)
    except Exception:
        return "refused"


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_generated_hooks_write_and_read_as_cattrs_does(cls: type, data: st.DataObject) -> None:
    record = data.draw(st.from_type(cls))
    plain = DETAILED.unstructure(record)
    assert FAST.unstructure(record) == plain
    assert FAST.structure(plain, cls) == DETAILED.structure(plain, cls) == record


@settings(max_examples=60)
@given(dossier=dossiers(), data=st.data())
def test_a_damaged_document_is_refused_or_read_alike(dossier: Dossier, data: st.DataObject) -> None:
    doc = DETAILED.unstructure(dossier)
    damage(doc, data)
    assert _outcome(FAST, doc, Dossier) == _outcome(DETAILED, doc, Dossier)


def test_the_iso_text_caches_stay_bounded() -> None:
    from koreadip import PartialDate, codec_hooks

    for year in range(1000, 1000 + 9000):
        assert codec_hooks.iso_text(PartialDate(year=year)) == f"{year:04d}"
    assert len(codec_hooks._ISO_TEXT) <= 8192
