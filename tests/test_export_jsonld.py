"""``jsonld``: round trip, and what pyld and rdflib make of it (never over the network)."""

from __future__ import annotations

import io
import json
from typing import Any
from urllib.parse import quote

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld

import koreadip
from koreadip import plugins
from koreadip.errors import SchemaError
from koreadip.testing import dossiers
from koreadip_plugins._jsonld_values import _quoted
from koreadip_plugins.jsonld import CONTEXT

HOSTILE = "=HYPERLINK(\"x\"), 한국; a\\b\nline \u2028 'quote' @at +1 -2\t\r"


def no_network(url: str, options: Any = None) -> Any:
    raise AssertionError(f"tried to fetch {url}")


def dump(d: koreadip.Dossier) -> str:
    out = io.StringIO()
    plugins.export(d, "jsonld", out)
    return out.getvalue()


def load(text: str) -> koreadip.Dossier:
    return plugins.get_exporter("jsonld").load(io.StringIO(text))


def hostile_dossier() -> koreadip.Dossier:
    return koreadip.Dossier(
        sources=[koreadip.Source(id="src/1 한", title=HOSTILE, authors=[HOSTILE, "B"])],
        officials=[
            koreadip.Official(
                id="noh", name="Noh Kyu-duk", aliases=["노규덕", HOSTILE], country="KR",
                organization="Ministry of Foreign Affairs", korean_name="노규덕",
                evidence=[koreadip.Span(source_id="src/1 한", start=0, end=3)],
            )
        ],
        meetings=[
            koreadip.Meeting(
                id="m:1", title=HOSTILE, date=koreadip.PartialDate(month=12, day=7),
                location=HOSTILE, modality=koreadip.Modality.VIDEO,
                participants=[koreadip.Participant(official_id="noh", role="co-chair")],
                countries=["US", "KR"], topics=[koreadip.Topic.SANCTIONS], duration_minutes=90,
                sources=["src/1 한"],
            )
        ],
        statements=[
            koreadip.Statement(id="q", text=HOSTILE, speaker_id="noh", meeting_id="m:1",
                               via=HOSTILE)
        ],
        positions=[
            koreadip.Position(id="p", holder="KR", topic=koreadip.Topic.DIALOGUE, summary=HOSTILE,
                              date=koreadip.PartialDate(year=2018, month=3))
        ],
    )  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(d=dossiers())
def test_load_of_dump_gives_the_dossier_back(d: koreadip.Dossier) -> None:
    text = dump(d)
    assert load(text) == d
    assert dump(d) == text


def test_hostile_text_round_trips() -> None:
    d = hostile_dossier()
    assert load(dump(d)) == d


def _expanded_keys(node: dict[str, Any]) -> set[str]:
    keys = set()
    for key in node:
        if key.startswith("@"):
            keys.add(key)
            continue
        term = CONTEXT[key]
        iri = term["@id"] if isinstance(term, dict) else term
        prefix, _, rest = iri.partition(":")
        keys.add(CONTEXT[prefix] + rest)
    return keys


@settings(max_examples=30, deadline=None)
@given(d=dossiers())
def test_pyld_expansion_drops_no_key(d: koreadip.Dossier) -> None:
    doc = json.loads(dump(d))
    expanded = jsonld.expand(doc, {"documentLoader": no_network})
    assert len(expanded) == len(doc["@graph"])
    for node, out in zip(doc["@graph"], expanded, strict=True):
        assert set(out) == _expanded_keys(node), node["@id"]


def test_pyld_expansion_of_hostile_dossier_keeps_schema_org_terms() -> None:
    doc = json.loads(dump(hostile_dossier()))
    expanded = jsonld.expand(doc, {"documentLoader": no_network})
    types = {t for node in expanded for t in node["@type"]}
    assert {
        "https://schema.org/Person",
        "https://schema.org/Event",
        "https://schema.org/Quotation",
        "https://schema.org/NewsArticle",
    } <= types
    event = next(n for n in expanded if "https://schema.org/Event" in n["@type"])
    assert event["https://schema.org/eventAttendanceMode"] == [
        {"@id": "https://schema.org/OnlineEventAttendanceMode"}
    ]
    assert event["https://schema.org/eventStatus"] == [{"@id": "https://schema.org/EventScheduled"}]
    person = next(n for n in expanded if "https://schema.org/Person" in n["@type"])
    org = person["https://schema.org/worksFor"][0]
    assert org["@type"] == ["https://schema.org/GovernmentOrganization"]


def test_rdflib_parses_the_graph() -> None:
    g = rdflib.Graph()
    g.parse(data=dump(hostile_dossier()), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    meeting = rdflib.URIRef("urn:koreadip:meeting:m%3A1")
    assert (meeting, rdflib.RDF.type, schema.Event) in g
    assert (meeting, schema.location, rdflib.Literal(HOSTILE)) in g
    speaker = g.value(rdflib.URIRef("urn:koreadip:statement:q"), schema.spokenByCharacter)
    assert speaker == rdflib.URIRef("urn:koreadip:official:noh")


@pytest.mark.parametrize(
    "context",
    ["https://schema.org/", ["https://example.org/context.jsonld", {}], "context.jsonld"],
)
def test_remote_context_is_refused_without_fetching(context: Any) -> None:
    doc = {"@context": context, "@graph": []}
    with pytest.raises(SchemaError, match=r"remote context .* refused"):
        load(json.dumps(doc))


def test_foreign_inline_context_is_refused() -> None:
    with pytest.raises(SchemaError, match="koreadip's embedded context"):
        load(json.dumps({"@context": {"name": "http://example.org/name"}, "@graph": []}))


def test_unknown_term_is_named() -> None:
    doc = json.loads(dump(hostile_dossier()))
    doc["@graph"][1]["nickname"] = "x"
    with pytest.raises(SchemaError, match=r"@graph\[1\]\.nickname"):
        load(json.dumps(doc))


def test_partial_dates_are_typed_xsd_literals() -> None:
    doc = json.loads(dump(hostile_dossier()))
    event = next(n for n in doc["@graph"] if n["@type"] == "Event")
    assert event["startDate"] == {"@value": "--12-07", "@type": "xsd:gMonthDay"}


@given(st.text())
def test_an_id_is_quoted_in_its_iri_as_urllib_quotes_it(value: str) -> None:
    assert _quoted(value) == quote(value, safe="")


def test_ids_of_unreserved_characters_stand_as_they_are_and_others_are_escaped() -> None:
    assert _quoted("src-1a2b_c.d~e") == "src-1a2b_c.d~e"
    assert _quoted("kim-yo-jong") == "kim-yo-jong"
    assert _quoted("a b/c") == "a%20b%2Fc"
    assert _quoted("서울") == quote("서울", safe="")
