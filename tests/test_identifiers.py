"""``Official.identifiers``: the mapping type, the roster, the parser, merge, and every format."""

from __future__ import annotations

import collections
import io
import json
import pickle
from pathlib import Path

import attrs
import frictionless
import pytest
import rdflib
from hypothesis import given, settings

import koreadip
from koreadip import Identifiers, Official, plugins
from koreadip.errors import SchemaError
from koreadip.extract import extract_part
from koreadip.identifiers import VALUE_PATTERNS, wikidata_iri
from koreadip.roster import Roster, default_roster
from koreadip.sources import split
from koreadip.testing import identifiers

# made-up ids for made-up people: none of these is checked against Wikidata
NOH = Official(
    id="noh-kyu-duk", name="Noh Kyu-duk", country="KR", identifiers={"wikidata": "Q900001"}
)


def test_identifiers_are_sorted_hashable_and_equal_to_a_dict() -> None:
    ids = Identifiers({"wikidata": "Q7", "isni": "=0000 0001"})
    assert list(ids) == ["isni", "wikidata"]
    assert ids == {"wikidata": "Q7", "isni": "=0000 0001"}
    assert hash(ids) == hash(Identifiers([("isni", "=0000 0001"), ("wikidata", "Q7")]))
    assert pickle.loads(pickle.dumps(ids)) == ids
    with pytest.raises(TypeError):
        ids["viaf"] = "1"  # type: ignore[index]


@pytest.mark.parametrize(
    ("given_", "message"),
    [
        ({"wikidata": "Q0"}, "identifiers.wikidata: 'Q0' is not a Wikidata item id"),
        ({"wikidata": "q42"}, "identifiers.wikidata: 'q42' is not a Wikidata item id"),
        ({"wikidata": "Q42 "}, "identifiers.wikidata: 'Q42 ' is not a Wikidata item id"),
        ({"viaf": " "}, "identifiers.viaf: must be a non-empty string"),
        ({"Wiki Data": "Q1"}, "identifiers: 'Wiki Data' is not a scheme name"),
        ({"": "Q1"}, "identifiers: '' is not a scheme name"),
    ],
)
def test_bad_identifiers_are_refused_by_name(given_: dict[str, str], message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        Identifiers(given_)
    assert str(caught.value).startswith(message)
    with pytest.raises(SchemaError, match=r"^Official\.identifiers"):
        Official(id="x", name="X", identifiers=given_)


def test_official_keeps_identifiers_and_stays_hashable() -> None:
    assert NOH.identifiers["wikidata"] == "Q900001"
    assert isinstance(NOH.identifiers, Identifiers)
    assert {NOH, attrs.evolve(NOH)} == {NOH}
    assert Official(id="x", name="X").identifiers == {}
    with pytest.raises(SchemaError, match="expected a mapping"):
        Official(id="x", name="X", identifiers=["wikidata", "Q1"])


def test_native_json_writes_an_object_and_names_a_bad_value() -> None:
    data = koreadip.to_dict(koreadip.Dossier(officials=[NOH]))
    assert data["officials"][0]["identifiers"] == {"wikidata": "Q900001"}
    data["officials"][0]["identifiers"]["wikidata"] = "900001"
    with pytest.raises(SchemaError) as caught:
        koreadip.from_dict(data)
    assert caught.value.path == "officials[0].identifiers.wikidata"


@settings(max_examples=60, deadline=None)
@given(ids=identifiers())
def test_identifiers_round_trip_through_the_codec(ids: Identifiers) -> None:
    official = Official(id="x", name="X", identifiers=ids)
    assert koreadip.loads(koreadip.dumps(official), Official) == official


# ------------------------------------------------------------------ roster and parser


def test_roster_entry_names_identifiers_and_bad_ones_are_named() -> None:
    roster = Roster.from_json(
        [{"name": "Jo Made-up", "country": "US", "identifiers": {"wikidata": "Q900002"}}]
    )
    assert roster.lookup("Jo Made-up").identifiers == {"wikidata": "Q900002"}  # type: ignore[union-attr]
    with pytest.raises(SchemaError, match=r"^roster\[0\]\.identifiers\.wikidata: 'X'"):
        Roster.from_json([{"name": "A B", "country": "US", "identifiers": {"wikidata": "X"}}])
    with pytest.raises(SchemaError, match=r"^roster\[0\]\.identifiers: must be an object"):
        Roster.from_json([{"name": "A B", "country": "US", "identifiers": ["Q1"]}])


def test_every_shipped_roster_identifier_is_well_formed_and_unique() -> None:
    raw = json.loads(
        (Path(koreadip.__file__).parent / "data" / "roster.json").read_text(encoding="utf-8")
    )
    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    for i, item in enumerate(raw):
        for scheme, value in (item.get("identifiers") or {}).items():
            pattern = VALUE_PATTERNS.get(scheme)
            assert pattern is not None, f"roster[{i}]: no format check for scheme {scheme!r}"
            assert pattern[0].fullmatch(value), f"roster[{i}].identifiers.{scheme}: {value!r}"
            seen[scheme, value] += 1
    assert [key for key, n in seen.items() if n > 1] == []
    shipped = {(s, v) for e in default_roster() for s, v in e.identifiers.items()}
    assert shipped == set(seen)


def test_parser_copies_a_roster_entry_identifiers_to_the_official() -> None:
    roster = Roster(
        attrs.evolve(e, identifiers={"wikidata": "Q900003"}) if e.id == "mike-pompeo" else e
        for e in default_roster()
    )
    (part,) = split("Made-up: Secretary of State Mike Pompeo visited Seoul on Oct. 7, 2018.")
    dossier = extract_part(part, roster=roster)
    pompeo = next(o for o in dossier.officials if o.name == "Mike Pompeo")
    assert pompeo.identifiers == {"wikidata": "Q900003"}


def test_merge_joins_officials_sharing_an_identifier_and_unites_their_ids() -> None:
    # the same made-up person, spelt so differently that no name rule joins the two
    a = Official(id="a", name="Ri Son-gwon", identifiers={"wikidata": "Q900004"})
    b = Official(id="b", name="Lee Seon-kweon", identifiers={"wikidata": "Q900004", "viaf": "7"})
    c = Official(id="c", name="Someone Else", identifiers={"wikidata": "Q900005"})
    merged = koreadip.Dossier(officials=[a]).merge(koreadip.Dossier(officials=[b, c]))
    assert [(o.id, dict(o.identifiers)) for o in merged.officials] == [
        ("a", {"viaf": "7", "wikidata": "Q900004"}),
        ("c", {"wikidata": "Q900005"}),
    ]


# ------------------------------------------------------------------ formats


def _jsonld(dossier: koreadip.Dossier) -> str:
    out = io.StringIO()
    plugins.export(dossier, "jsonld", out)
    return out.getvalue()


def test_jsonld_writes_same_as_the_wikidata_entity_and_property_values() -> None:
    official = attrs.evolve(NOH, identifiers={"wikidata": "Q900001", "viaf": "12"})
    text = _jsonld(koreadip.Dossier(officials=[official]))
    (node,) = json.loads(text)["@graph"]
    assert node["sameAs"] == "http://www.wikidata.org/entity/Q900001"
    assert node["identifier"] == [
        {"@type": "PropertyValue", "propertyID": "viaf", "value": "12"},
        {"@type": "PropertyValue", "propertyID": "wikidata", "value": "Q900001"},
    ]
    g = rdflib.Graph()
    g.parse(data=text, format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    person = rdflib.URIRef("urn:koreadip:official:noh-kyu-duk")
    assert g.value(person, schema.sameAs) == rdflib.URIRef(wikidata_iri("Q900001"))


def test_jsonld_writes_no_identifier_keys_for_an_official_without_any() -> None:
    (node,) = json.loads(_jsonld(koreadip.Dossier(officials=[Official(id="x", name="X")])))[
        "@graph"
    ]
    assert "identifier" not in node
    assert "sameAs" not in node


def test_csv_link_table_has_a_row_per_identifier_and_frictionless_checks_its_key(
    tmp_path: Path,
) -> None:
    other = Official(id="=x", name="X", identifiers={"viaf": "-1", "wikidata": "Q2"})
    plugins.export(koreadip.Dossier(officials=[NOH, other]), "csv", tmp_path)
    lines = (tmp_path / "official_identifiers.csv").read_text(encoding="utf-8").splitlines()
    assert lines == [
        "official_id,scheme,identifier",
        "noh-kyu-duk,wikidata,Q900001",
        "'=x,viaf,'-1",
        "'=x,wikidata,Q2",
    ]
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    (resource,) = [r for r in package["resources"] if r["name"] == "official_identifiers"]
    assert resource["schema"]["primaryKey"] == ["official_id", "scheme"]
    assert resource["schema"]["foreignKeys"] == [
        {"fields": ["official_id"], "reference": {"resource": "officials", "fields": ["id"]}}
    ]
    assert frictionless.validate(tmp_path / "datapackage.json").valid
    # a row naming an official the package does not have breaks the foreign key
    with (tmp_path / "official_identifiers.csv").open("a", encoding="utf-8") as fp:
        fp.write("nobody,wikidata,Q3\r\n")
    assert not frictionless.validate(tmp_path / "datapackage.json").valid
    with pytest.raises(SchemaError, match=r"official_identifiers\.csv:5\.official_id"):
        plugins.get_exporter("csv").load(tmp_path)


def test_csv_refuses_one_scheme_twice_for_an_official(tmp_path: Path) -> None:
    plugins.export(koreadip.Dossier(officials=[NOH]), "csv", tmp_path)
    with (tmp_path / "official_identifiers.csv").open("a", encoding="utf-8") as fp:
        fp.write("noh-kyu-duk,wikidata,Q5\r\n")
    with pytest.raises(SchemaError, match=r"official_identifiers\.csv:3\.scheme: 'wikidata'"):
        plugins.get_exporter("csv").load(tmp_path)
