"""``popolo``: a dossier's officials as Popolo JSON: persons, organizations, posts, memberships.

`Popolo <https://www.popoloproject.com>`_ is the open standard for people in government.  The
document has four lists:

* ``persons``: one per official (``id``, ``name``, ``other_names`` from the aliases and the Hangul
  name, ``identifiers`` as ``{"scheme", "identifier"}``, ``sources`` as links to the articles that
  name the official, where they have a URL);
* ``organizations``: one government per country (``classification`` ``government``) and, under
  it (``parent_id``), every body a post belongs to: ministries, legislatures, parties, embassies;
* ``posts``: one per title in an organization (``label``, ``organization_id``);
* ``memberships``: who held which post when.  An official the shipped roster knows gets one
  membership per dated post of the roster (``start_date``, ``end_date``; no ``end_date`` while it
  lasts); the title the dossier gives an official adds a membership without dates, in the
  official's organization or government, unless a roster post already fits that title; an
  official with a country and neither is a member of that country's government, with no post.

Popolo cannot carry meetings, statements or positions, so this exporter does not load.

>>> import io, json, koreadip
>>> d = koreadip.Dossier(officials=[koreadip.Official(
...     id="mike-pompeo", name="Mike Pompeo", country="US", title="Secretary of State")])
>>> out = io.StringIO()
>>> koreadip.export(d, "popolo", out)
>>> doc = json.loads(out.getvalue())
>>> for m in doc["memberships"]:
...     print(m["role"], m.get("start_date"), m.get("end_date"))
Director of the Central Intelligence Agency 2017-01-23 2018-04-26
Secretary of State 2018-04-26 2021-01-20
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import IO, Any

from koreadip.exporters import BaseExporter, Exporter
from koreadip.hookspecs import hookimpl
from koreadip.names import slugify
from koreadip.post_titles import title_matches, title_terms
from koreadip.records import Dossier, Official
from koreadip.roster import Roster, default_roster

from ._iso3166 import government_name

__all__ = ["PopoloExporter", "register_exporters", "to_popolo"]

#: an organization's Popolo ``classification``, by the first pattern its name matches
_CLASSES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(Ministry|Department)\b"), "ministry"),
    (re.compile(r"\bParty\b"), "party"),
    (re.compile(r"\b(Senate|House|Assembly|Congress|Parliament|Diet)\b"), "legislature"),
    (re.compile(r"\b(Embassy|Mission|Consulate)\b"), "diplomatic mission"),
)


def _classification(name: str) -> str:
    return next((kind for pattern, kind in _CLASSES if pattern.search(name)), "government body")


class _Document:
    """The four Popolo lists, built up official by official; ids are made unique here."""

    def __init__(self) -> None:
        self.organizations: dict[str, dict[str, Any]] = {}
        self.posts: dict[str, dict[str, Any]] = {}
        self.memberships: dict[str, dict[str, Any]] = {}
        #: the persons holding a membership so far (a scan of the memberships made the document
        #: quadratic in the officials)
        self.members: set[str] = set()

    def government(self, country: str) -> str:
        org_id = f"government-{country.lower()}"
        if org_id not in self.organizations:
            self.organizations[org_id] = {
                "id": org_id,
                "name": government_name(country),
                "classification": "government",
                "identifiers": [{"scheme": "iso3166-1-alpha-2", "identifier": country}],
            }
        return org_id

    def organization(self, name: str, country: str | None) -> str:
        parent = None if country is None else self.government(country)
        org_id = f"{(country or 'xx').lower()}-{slugify(name)}"
        if org_id not in self.organizations:
            org: dict[str, Any] = {
                "id": org_id,
                "name": name,
                "classification": _classification(name),
            }
            if parent is not None:
                org["parent_id"] = parent
            self.organizations[org_id] = org
        return org_id

    def post(self, label: str, org_id: str) -> str:
        post_id = f"{org_id}--{slugify(label)}"
        self.posts.setdefault(
            post_id, {"id": post_id, "label": label, "role": label, "organization_id": org_id}
        )
        return post_id

    def membership(
        self, person_id: str, post_id: str, start: str | None = None, end: str | None = None
    ) -> None:
        post = self.posts[post_id]
        membership: dict[str, Any] = {
            "id": f"{person_id}--{post_id}--{start or 'undated'}",
            "person_id": person_id,
            "organization_id": post["organization_id"],
            "post_id": post_id,
            "role": post["label"],
        }
        if start is not None:
            membership["start_date"] = start
        if end is not None:
            membership["end_date"] = end
        self.memberships.setdefault(membership["id"], membership)
        self.members.add(person_id)

    def member_of_government(self, person_id: str, country: str) -> None:
        """A membership in the government alone, for an official no post places."""
        if person_id not in self.members:
            org_id = self.government(country)
            membership_id = f"{person_id}--{org_id}"
            self.memberships[membership_id] = {
                "id": membership_id,
                "person_id": person_id,
                "organization_id": org_id,
            }
            self.members.add(person_id)


def _person(official: Official, urls: dict[str, tuple[str, str | None]]) -> dict[str, Any]:
    person: dict[str, Any] = {"id": official.id, "name": official.name}
    other = [{"name": alias} for alias in official.aliases]
    if official.korean_name is not None:
        other.append({"name": official.korean_name, "note": "Korean name (Hangul)"})
    if other:
        person["other_names"] = other
    if official.identifiers:
        person["identifiers"] = [
            {"scheme": scheme, "identifier": value}
            for scheme, value in official.identifiers.items()
        ]
    links = dict.fromkeys(urls[s.source_id] for s in official.evidence if s.source_id in urls)
    if links:
        person["sources"] = [
            {"url": url} if note is None else {"url": url, "note": note} for url, note in links
        ]
    return person


def _add_memberships(doc: _Document, official: Official, roster: Roster) -> None:
    entry = roster.get(official.id)
    posts = entry.posts if entry is not None else ()
    for post in posts:
        org_id = (
            doc.government(post.country)
            if post.organization is None
            else doc.organization(post.organization, post.country)
        )
        start = None if post.start is None else post.start.isoformat()
        end = None if post.end is None else post.end.isoformat()
        doc.membership(official.id, doc.post(post.title, org_id), start, end)
    if official.title is None:
        return
    terms = title_terms(official.title)
    if any(title_matches(terms, post.title) for post in posts):
        return
    if official.organization is not None:
        org_id = doc.organization(official.organization, official.country)
    elif official.country is not None:
        org_id = doc.government(official.country)
    else:
        return  # a title in no known body: Popolo has nowhere to put it
    doc.membership(official.id, doc.post(official.title, org_id))


def to_popolo(dossier: Dossier, roster: Roster | None = None) -> dict[str, Any]:
    """The Popolo JSON document (``persons``, ``organizations``, ``posts``, ``memberships``)."""
    roster = default_roster() if roster is None else roster
    urls = {s.id: (s.url, s.title) for s in dossier.sources if s.url is not None}
    doc = _Document()
    persons = []
    for official in dossier.officials:
        persons.append(_person(official, urls))
        _add_memberships(doc, official, roster)
        if official.country is not None:
            doc.member_of_government(official.id, official.country)
    return {
        "persons": persons,
        "organizations": sorted(doc.organizations.values(), key=lambda o: o["id"]),
        "posts": sorted(doc.posts.values(), key=lambda p: p["id"]),
        "memberships": list(doc.memberships.values()),
    }


class PopoloExporter(BaseExporter):
    """Popolo JSON of the officials, their governments, posts and memberships; dump only."""

    name = "popolo"
    media_type = "application/json"
    suffix = ".popolo.json"
    description = "Popolo JSON: persons, organizations, posts, memberships (dump only)"

    def __init__(self, roster: Roster | None = None) -> None:
        self.roster = roster

    def write(self, dossier: Dossier, fp: IO[Any]) -> None:
        fp.write(json.dumps(to_popolo(dossier, self.roster), ensure_ascii=False, indent=2))
        fp.write("\n")


POPOLO: Exporter = PopoloExporter()


@hookimpl
def register_exporters(register: Callable[[Exporter], None]) -> None:
    """Register ``popolo``."""
    register(POPOLO)
