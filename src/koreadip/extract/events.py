"""Mentions of one event become one meeting: drafts merged, then completed from the document."""

from __future__ import annotations

import re
from collections import Counter

from ..dates import PartialDate
from ..records import MeetingStatus, Modality
from .drafts import MeetingDraft, with_own_lists
from .text import Caseless
from .vocabulary import CITIES, country_of_phrase

__all__ = ["WEIGHED_EVENTS", "merge_drafts", "sides_of"]

#: the most events a mention is weighed against: the latest read.  An article tells a few
#: dozen at most; a page of thousands (one visit per line) would make merging quadratic.
WEIGHED_EVENTS = 200


_THREE = Caseless(re.compile(r"\bthree (?:countries|sides|nations|allies)\b|\bthe three\b", re.I))


def sides_of(text: str, drafts: list[MeetingDraft]) -> list[str]:
    """The countries a text is mostly about: South Korea and the U.S., with Japan where the text
    speaks of three sides."""
    sides = ["KR", "US"]
    if any("JP" in d.countries for d in drafts) and _speaks_of_three(text):
        sides.append("JP")
    return sides


def _speaks_of_three(text: str) -> bool:
    """``_THREE`` searched in ``text``: on ASCII text, tried only where "three" stands (a match
    opens there, or with "the " before it), not at every place of the whole text."""
    if not text.isascii():
        return _THREE.pattern.search(text) is not None
    low = text.lower()
    match = _THREE.lower.match
    at = low.find("three")
    while at >= 0:
        if match(low, at) or (at >= 4 and match(low, at - 4)):
            return True
        at = low.find("three", at + 5)
    return False


def _dates_agree(a: MeetingDraft, b: MeetingDraft) -> bool:
    return not (a.date and b.date and not (a.date.contains(b.date) or b.date.contains(a.date)))


def _same_month(a: MeetingDraft, b: MeetingDraft) -> bool:
    if a.date is None or b.date is None:
        return True
    return (
        (a.date.year, a.date.month) == (b.date.year, b.date.month)
        or a.date.contains(b.date)
        or b.date.contains(a.date)
    )


def _placed_and_remote(placed: MeetingDraft, other: MeetingDraft) -> bool:
    return bool(
        placed.location
        and other.explicit
        and other.modality in (Modality.PHONE, Modality.VIDEO)
        and not placed.travel
    )


def _elsewhere(visit: MeetingDraft, other: MeetingDraft) -> bool:
    """Whether a visit goes to a country that is not a side of the other's (complete) sides."""
    return bool(
        visit.destination and len(other.countries) >= 2 and visit.destination not in other.countries
    )


def _compatible(a: MeetingDraft, b: MeetingDraft) -> bool:
    """Whether draft ``b`` can be another mention of event ``a``."""
    if (a.status != b.status and not b.untensed) or not _dates_agree(a, b):
        return False
    if a.multilateral != b.multilateral:
        return False
    if a.explicit and b.explicit and a.modality != b.modality and not (a.travel or b.travel):
        return False
    if a.location and b.location and a.location != b.location:
        return False  # Vilnius in July is not Camp David in August
    if (a.bilateral and len(b.countries) > 2) or (b.bilateral and len(a.countries) > 2):
        return False  # "bilateral talks with Noh" are not the trilateral meeting of that day
    if _placed_and_remote(a, b) or _placed_and_remote(b, a):
        return False  # "the envoys' meeting held in Washington" was no phone call
    if _elsewhere(a, b) or _elsewhere(b, a):
        return False  # a visit to Russia is not a call with Washington
    pa, pb = set(a.participants), set(b.participants)
    if pa and pb:
        if b.also and pa != pb:
            return False  # "the two also held a trilateral meeting with X": another event
        if (
            len(a.countries) >= 2
            and len(b.countries) >= 2
            and not (set(a.countries) <= set(b.countries) or set(b.countries) <= set(a.countries))
        ):
            return False  # the Quad's summit with Biden is not Yoon's summit with Biden
        if pa <= pb or pb <= pa:
            return True
        # "The meeting was convened by A and B. Discussions were led by C and D": the talks
        # at the meeting just told, not another meeting
        return (
            b.vague
            and b.date is None
            and 0 < b.sentence - a.sentence <= 3
            and set(b.countries) <= set(a.countries)
        )
    if a.summit != b.summit:
        return False
    if pa and not pb and b.date is None and b.countries and set(b.countries) <= set(a.countries):
        return True  # "the three countries held talks": the event already read, named at last
    if pa or pb:
        nobody, named = (b, a) if pa else (a, b)
        if (
            len(nobody.countries) >= 2
            and len(named.countries) >= 2
            and not set(nobody.countries) <= set(named.countries)
        ):
            return False  # "the envoys' trip to Pyongyang" is not the talks in Seoul
        # a mention naming nobody joins a named one on the same day ("a failed summit in
        # February" and the summit of February 27), or close by in the text
        if a.date and b.date:
            return a.date.contains(b.date) or b.date.contains(a.date)
        if a.sentence == b.sentence:
            return False  # two triggers of one sentence, not joined, are two events
        if a.header or b.header:
            return True
        vague = a.vague if pb else b.vague  # the mention naming nobody
        return abs(a.sentence - b.sentence) <= 2 and not vague
    return True


def merge_drafts(
    drafts: list[MeetingDraft], sides: list[str], city: str | None
) -> list[MeetingDraft]:
    """One draft per event, each keeping the most specific of what its mentions say."""
    events: list[MeetingDraft] = []
    body = [d for d in drafts if not d.header and not d.anaphoric]
    header = [d for d in drafts if d.header and not d.anaphoric]
    # a lone official's visit is the frame of the meetings held during it, wherever the text
    # tells them: it is placed after the others, so that it can find them
    # ("It was his first visit to Seoul" too, though it refers back: it places them all)
    visits = [
        d
        for d in drafts
        if d.travel
        and len(d.participants) == 1
        and (
            not d.anaphoric or (d.location is not None and d.status is not MeetingStatus.CANCELLED)
        )
    ]
    visiting = {id(v) for v in visits}
    for d in [d for d in body + header if id(d) not in visiting]:
        _place(events, d)
    for d in visits:
        hosts = [
            ev
            for ev in events[-WEIGHED_EVENTS:]
            if d.participants[0] in ev.participants
            # a dated visit next month is not the frame of talks held now
            and (ev.status == d.status or (d.date is None and d.location is None))
            and _same_month(ev, d)
            and not (ev.location and d.location and ev.location != d.location)
            # "During his visit to Tokyo, Blinken met Park": the visit frames talks with a
            # third country's envoy that its own sentence tells
            and (
                d.destination is None
                or d.destination in ev.countries
                or (
                    ev.sentence == d.sentence
                    and ev.modality not in (Modality.PHONE, Modality.VIDEO)
                    and not (ev.multilateral or ev.travel)
                    and ev.location in (None, d.location)
                )
            )
        ]
        for framed in hosts:  # every meeting held during the visit is where the visit went
            framed.location = framed.location or d.location
            if framed.date is None and d.date is not None and d.date.month is not None:
                # met during a visit on August 21-24: in August
                framed.date = PartialDate(year=d.date.year, month=d.date.month)
        if not hosts:
            _place(events, d)
    for d in drafts:
        if d.anaphoric and id(d) not in visiting:
            # a reference back dates or places the event it refers to; with nothing to refer
            # to ("during their talks earlier this week"), it reports the event itself
            # "since the first NCG meeting in July": another of the series, not this one
            host = _host(events, d)
            if d.distinct and d.date is not None and (host is None or host.date is None):
                host = None  # "after his visit in April" dates no undated event told here
            if host is not None:
                if d.status is MeetingStatus.CANCELLED:
                    host.status = d.status  # "... but the trip was canceled"
                host.date = host.date or d.date
                host.location = host.location or d.location
                host.participants += [p for p in d.participants if p not in host.participants]
                if d.participants or d.paired:  # not the countries "during the talks" is near
                    host.countries += [c for c in d.countries if c not in host.countries]
            elif (
                d.participants
                or d.paired
                or (d.summit and len(d.countries) >= 2)
                or (d.distinct and d.date is not None)
            ):
                # "the latest bilateral summit talks" with no summit read before: one was held
                events.append(_new_event(d))
    kept = []
    for ev in events:
        if ev.multilateral:
            continue  # the G20 summit is where leaders met, not a meeting of sides
        if ev.travel and ev.location and len(ev.participants) == 1:
            home = country_of_phrase(ev.location)
            if home is not None and ev.countries and home == ev.countries[0]:
                continue  # an official "visiting" their own capital met no one
        if ev.travel and (ev.location or (city and len(ev.countries) < 2)):
            # a visit to Washington meets the U.S.; "his state visit here", the text's setting
            host_country = country_of_phrase(ev.location or city or "")
            if host_country and host_country not in ev.countries:
                ev.countries.append(host_country)
        if len(ev.countries) < 2 and not ev.participants:
            ev.countries += [c for c in sides if c not in ev.countries]
        if ev.countries and not {"US", "KR"} & set(ev.countries):
            continue  # neither the U.S. nor South Korea takes part
        if ev.location is None and ev.modality is Modality.IN_PERSON and city:
            # the city the text is set in; a visit to another country is not there
            away = ev.travel and country_of_phrase(city) not in (None, *ev.countries)
            ev.location = None if away else city
        kept.append(ev)
    kept.sort(key=lambda ev: ev.start)
    return kept


def _place(events: list[MeetingDraft], d: MeetingDraft) -> None:
    """Add a draft to the first event it can be a mention of, or make it an event of its own."""
    fits = [ev for ev in events[-WEIGHED_EVENTS:] if _compatible(ev, d)]
    # the nearest in the text: "During the conversation" after a call is that call's
    target = min(fits, key=lambda ev: abs(ev.sentence - d.sentence), default=None)
    if target is None:
        events.append(_new_event(d))
    else:
        _absorb(target, d)


def _new_event(d: MeetingDraft) -> MeetingDraft:
    """A draft becomes an event: a copy whose lists the later mentions may extend."""
    return with_own_lists(d)


def _host(events: list[MeetingDraft], d: MeetingDraft) -> MeetingDraft | None:
    def fitting(any_status: bool) -> list[MeetingDraft]:
        fits = [
            ev
            for ev in events[-WEIGHED_EVENTS:]
            if (any_status or ev.status == d.status)
            and _dates_agree(ev, d)
            # "the summit was held in Singapore" places no phone call; "the summit talks" are
            # no reference to a phone call either
            and not (d.location and ev.modality in (Modality.PHONE, Modality.VIDEO))
            and not (d.explicit and ev.explicit and d.modality != ev.modality)
        ]
        if d.paired:  # "the inter-Korean summit" refers to no U.S.-North Korea summit
            fits = [ev for ev in fits if set(d.countries) <= set(ev.countries)]
        if d.participants and not d.joins:
            fits = [
                ev
                for ev in fits
                if not ev.participants or set(d.participants) & set(ev.participants)
            ]
        return fits

    fits = fitting(any_status=False)
    if d.destination is not None:  # "his visit to Mongolia ... has been delayed"
        fits = [ev for ev in fits if d.destination in ev.countries]
    before = [ev for ev in fits if ev.start < d.start]
    if before:
        return before[-1]
    after = [ev for ev in fits if ev.sentence - d.sentence <= 3]
    if after:
        return after[0]
    if d.date is None:
        # an undated "after the meeting" in a sentence whose quote says "will" is no plan
        before = [
            ev
            for ev in fitting(any_status=True)
            if ev.start < d.start and (d.destination is None or d.destination in ev.countries)
        ]
        return before[-1] if before else None
    return None


def _absorb(target: MeetingDraft, d: MeetingDraft) -> None:
    target.participants += [p for p in d.participants if p not in target.participants]
    target.countries += [c for c in d.countries if c not in target.countries]
    if target.date is None or (d.date and target.date.contains(d.date)):
        target.date = d.date or target.date
    if d.explicit and not target.explicit:
        target.modality, target.explicit = d.modality, True
    elif target.modality is Modality.UNKNOWN:
        target.modality = d.modality
    if target.modality in (Modality.PHONE, Modality.VIDEO):
        target.location = None
    elif target.location is None:
        target.location = d.location
    target.summit = target.summit or d.summit
    target.start = min(target.start, d.start)


# the places a text names: a word after "in", "at", "to" or "visit...", and a dateline at the
# start of a line; five scans that each open with a literal, which ``re`` skips ahead to (one
# scan of the alternatives tried every place of the text), the word's start tested behind it
_PLACE = r"\s+([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)"
_AFTER_WORD = tuple(
    re.compile(rf"{w}(?<!\w{w}){tail}{_PLACE}")
    for w, tail in (("in", ""), ("at", ""), ("to", ""), ("visit", "(?:ed|s|ing)?"))
)
_DATELINE = re.compile(r"([A-Z]{3,}(?: [A-Z]{3,})?),")
_LINE_DATELINE = re.compile(r"\n([A-Z]{3,}(?: [A-Z]{3,})?),")


def city_mentions(text: str) -> list[str]:
    """The places ``text`` names, in order: the word after "in", "at", "to" or "visit", or a
    dateline's (title-cased).  No two matches can overlap (each of the first opens a word with a
    lowercase letter, a dateline is capitals), so the five scans' matches, put in order, are
    those one scan of the alternatives would find.

    >>> city_mentions("SEOUL, Jan. 5 -- Talks in Seoul; a visit to New York.")  # made-up
    ['Seoul', 'Seoul', 'New York']
    """
    found = [(m.start(), m.group(1)) for scan in _AFTER_WORD for m in scan.finditer(text)]
    found += [(m.start() + 1, m.group(1).title()) for m in _LINE_DATELINE.finditer(text)]
    first = _DATELINE.match(text)
    if first is not None:
        found.append((0, first.group(1).title()))
    found.sort()
    return [name for _, name in found]


def main_city(text: str, dateline: str | None = None) -> str | None:
    """The city a text is set in: the one it names most (its dateline's city counts)."""
    counts: Counter[str] = Counter()
    home = dateline.title() if dateline else ""
    if home in CITIES:
        counts[home] += 1
    for name in city_mentions(text):
        for cand in (name, name.split()[0] if name else ""):
            if cand in CITIES:
                counts[cand] += 1
                break
    if not counts:
        return None
    # a tie is broken by the dateline: where the reporter is, the unplaced meetings mostly are
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != home))
    (best, n), *rest = [*ranked[:2], ("", 0)]
    return best if n > rest[0][1] or best == home else None
