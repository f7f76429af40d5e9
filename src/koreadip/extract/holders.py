"""Who holds a stance: the subject of the clause that states it.

The holder is read leftwards from the cue that governs the topic: the nearest noun phrase in
subject position — not the object of a verb or a preposition ("told Rubio that ...", "met with
Cho and ..."), not a possessive of something else ("Trump's visit will be ...") — together with
the phrases joined to it ("Rubio and his counterpart Cho"), or the owner of the stance noun
itself ("Seoul and Washington's shared commitment to ...").  Collective subjects ("the two
sides", "both countries", "they") are the sides of the text's meetings; "he" and "she" the person
named before; "we" a speaker's country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from .stances import Cue
from .text import Caseless
from .vocabulary import TITLE_HEADS, TITLE_LEADS, country_spans

__all__ = [
    "RECIPROCAL",
    "Nominal",
    "Subject",
    "owner_of",
    "person_before",
    "resolve",
    "subject_of",
]


@attrs.frozen(slots=True)
class Nominal:
    """A phrase that may hold a stance: a person, a country word, a collective or a pronoun."""

    start: int
    end: int
    kind: str  # "named" (persons and country words), "collective", "he", "it", "first"
    countries: tuple[str, ...] = ()


@attrs.frozen(slots=True)
class Subject:
    """The holder a clause names: countries, the text's sides, or a pronoun to resolve."""

    kind: str  # "named", "collective", "he", "it", "first"
    countries: tuple[str, ...] = ()
    start: int = 0


# "the Deputy Secretary and Vice Minister": two officials named by their offices
_OFFICE = (
    r"(?:(?:deputy|vice|first|foreign|special|assistant|under|prime)[ -])*"
    r"(?:secretary|minister|representative|envoy|ambassador|president|director[ -]general)"
)
_COLLECTIVE = Caseless(
    re.compile(
        r"\b(?:(?:the )?(?:two|three|both) (?:(?:top|chief|senior|foreign|defense|nuclear|vice|"
        r"deputy|first|special) ){0,2}(?:sides|countries|allies|officials|diplomats|envoys|"
        r"ministers|governments|nations|leaders|presidents|delegations|negotiators)|"
        r"both sides|the allies|the participants|they|the (?:working )?group|"
        r"the (?:two|three)(?= (?:\w+ly )?[a-z]+ed\b)|both(?= (?:\w+ly )?[a-z]+ed\b)|"
        r"the " + _OFFICE + r" and (?:the |his |her )?" + _OFFICE + r")\b",
        re.I,
    ),
    opens_a_word=True,
)
_PRONOUNS = re.compile(
    r"\b(?:(?P<he>[Hh]e|[Ss]he)|(?P<it>[Ii]t)|(?P<first>I|[Ww]e|[Oo]ur|[Mm]y))\b"
)
# what may stand between two phrases of one subject: titles, names, "and", commas, brackets
_JOINED = re.compile(
    r"(?:'s)?\s*(?:\([^)]{0,20}\)\s*)?(?:(?:,|and|&)(?:\s+|$))*"
    r"(?:(?:[A-Z][\w.'-]*|of|for|on|the|and|his|her|new|counterpart)(?:\s+|,\s*|$)){0,9}"
)
_PREPOSITION = frozenset(
    """with to by from for against toward towards on in at about over between among into of
    regarding including like than via through under after before during amid without upon
    across""".split()
)
_ADDRESSING = frozenset(
    """told tell tells asked ask asks urged urge urges informed assured reminded briefed met
    meet meets meeting visited visit visits visiting welcomed thanked congratulated invited
    pressed encouraged received hosted accompanied joined praised criticized blamed warned
    called calling sent send left sanctioned appreciate appreciated thank thanked""".split()
)
# words in -ed that describe the phrase after them rather than take it as an object
_PARTICIPLES = frozenset(
    """appointed named designated elected nominated unnamed retired so-called united unified
    related concerned detailed combined shared proposed planned scheduled renewed continued
    sustained increased heightened repeated expected reported isolated armed divided stalled
    disputed advanced limited""".split()
)
# verbs that take a clause ("stressed the administration will ..."), not an object
_SAYING = frozenset(
    """said stressed emphasized emphasised noted added reaffirmed reiterated underscored
    confirmed announced stated explained insisted argued warned agreed hoped expected believed
    suggested proposed pledged vowed acknowledged recalled highlighted indicated mentioned
    reported revealed claimed declared predicted""".split()
)
_DETERMINERS = frozenset(
    """the a an his her its their our new top senior visiting former incoming fellow
    counterpart""".split()
)
# "officials from the U.S.", "the top diplomats of South Korea": the people of a country
_PEOPLE_OF = re.compile(
    r"\b(?:officials|diplomats|ministers|leaders|envoys|delegations?|representatives|"
    r"negotiators|governments|heads|chiefs)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
# nouns a stance is owned by ("Washington's commitment"); anything else owned is no subject
_NOUNS = (
    r"support|commitment|position|stance|policy|push|goal|efforts?|pursuit|desire|opposition|"
    r"objection|drive|willingness|readiness|determination|promise|pledge|view"
)
_STANCE_NOUN = re.compile(
    r"^(?:\s+(?:government|administration|side))?(?:'s)?\s+"
    r"(?:(?:shared|own|firm|strong|continued|unwavering|resolute|steadfast|full|"
    rf"long-standing|consistent|principled)\s+)*(?:{_NOUNS})\b"
)
_NOUN_NEAR = re.compile(_NOUNS)  # a cheap test before reading who owns one
_LONGEST_NOUN = len("determination")
_OWNED_TITLE = re.compile(
    r"^'s\s+(?:[\w-]+\s+){0,3}?(?:envoy|minister|ministry|secretary|negotiator|official|"
    r"officials|side|government|administration|president|leader|representative|ambassador|"
    r"diplomat|spokesperson|spokesman|office|embassy|department|delegation|team|chief|head)\b",
    re.I,
)
_WORD = re.compile(r"[\w'.-]+")
_WINDOW = 400  # how far before its verb a subject is looked for
_HYPHEN_PAIR = re.compile(r"^-(?:[A-Z]|the\b)|-$")


def subject_of(
    clause: str,
    anchor: int,
    cues: Sequence[Cue],
    persons: Sequence[tuple[int, int, str | None]],
    *,
    north_subject: bool,
    first_person: bool = True,
    lo: int = 0,
    together: bool = False,
) -> Subject | None:
    """The subject of the clause part before ``anchor``; ``persons`` are person mentions
    (offsets into ``clause``, country).  A North Korean holder needs the North as the clause's
    own subject ("North Korea rejected ..."), not a North named on the way ("urged North Korea
    to ...").  ``first_person`` is False in narrative, where "we" and "our" are no holder;
    nothing before ``lo`` is read (a fronted phrase: "During talks with Cho, Rubio ...");
    ``together``: the predicate is reciprocal, so whom the subject met holds it too."""
    nominals = _nominals(clause, max(lo, anchor - _WINDOW), anchor, persons)
    groups = _groups(nominals, clause)
    also: list[str] = []  # "A met with B and agreed": B holds too
    pending: Subject | None = None  # "he", "it": the subject named before, else the antecedent
    for group in reversed(groups):
        first, last = group[0], group[-1]
        after = clause[last.end : last.end + 60]
        named = [c for n in group for c in n.countries if c != "KP" or north_subject]
        if _STANCE_NOUN.match(after) and _governs(clause, cues, last.end, anchor) and named:
            return Subject("named", tuple(dict.fromkeys(named + also)), first.start)
        if _object(clause, first.start):
            if _MET.search(clause, max(0, first.start - 40), first.start) and (
                together or _TOGETHER.match(clause, last.end, anchor)
            ):
                also += [c for c in named if c != "KP"]
            continue
        if _hyphen_pair(clause, first, last):
            continue
        if after.startswith("'s") and not _OWNED_TITLE.match(after):
            continue  # "Trump's visit will be ...": the visit is the subject
        kinds = {n.kind for n in group}
        if "collective" in kinds:
            return Subject("collective", tuple(dict.fromkeys(also)), first.start)
        if named and "he" in kinds:  # "he and Rubio": Rubio, and whom "he" points back to
            also += named
            pending = pending or Subject("he", start=first.start)
            continue
        if named:
            return Subject("named", tuple(dict.fromkeys(named + also)), first.start)
        kind = last.kind
        if kind == "first" and first_person:
            return Subject("first", tuple(dict.fromkeys(also)), first.start)
        if kind in ("he", "it") and pending is None:
            pending = Subject(kind, start=first.start)
    if pending is not None:
        return attrs.evolve(pending, countries=tuple(dict.fromkeys(also)))
    return Subject("named", tuple(dict.fromkeys(also))) if also else None


# "met (with) B", "had a phone call with B", "held talks with B"
_MET = re.compile(
    r"\b(?:met|meets|(?:talks|call|conversation|consultation|meeting)\s+with|"
    r"(?:talked|spoke|speaks)\s+with)\s+(?:[\w.'-]+\s+){0,5}$"
)
RECIPROCAL = r"(?:shared|exchanged|discussed|agreed|reaffirmed|reviewed|confirmed|pledged|vowed)\b"
_TOGETHER = re.compile(r"[^.;]*?\band\s+(?:also\s+)?" + RECIPROCAL)


def owner_of(
    clause: str, start: int, persons: Sequence[tuple[int, int, str | None]]
) -> Subject | None:
    """The owner a topic that opens with a stance noun names right before it: "the U.S.
    promise to defend South Korea", "Washington's commitment to the defense of ..."."""
    # the stance noun owned must end past ``start``: without one there, nothing is owned
    if _NOUN_NEAR.search(clause, max(0, start - _LONGEST_NOUN)) is None:
        return None
    groups = _groups(_nominals(clause, max(0, start - _WINDOW), start, persons), clause)
    if not groups:
        return None
    group = groups[-1]
    m = _STANCE_NOUN.match(clause[group[-1].end :])
    named = [c for n in group for c in n.countries if c != "KP"]
    if (
        m
        and group[-1].end + m.end() > start
        and named
        and not _hyphen_pair(clause, group[0], group[-1])
    ):
        return Subject("named", tuple(dict.fromkeys(named)), group[0].start)
    return None


def _nominals(
    clause: str, lo: int, hi: int, persons: Sequence[tuple[int, int, str | None]]
) -> list[Nominal]:
    """The phrases of ``clause[lo:hi]`` that may hold a stance, in order."""
    text = clause[:hi]
    found = [Nominal(m.start(), m.end(), "collective") for m in _COLLECTIVE.finditer(text, lo)]
    taken = [(n.start, n.end) for n in found]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for s, e, c in persons:
        if lo <= s and e <= hi and free(s, e):
            found.append(Nominal(s, e, "named", (c,) if c else ()))
            taken.append((s, e))
    for s, e, code in country_spans(text[lo:]):
        if free(s + lo, e + lo):
            found.append(Nominal(s + lo, e + lo, "named", (code,)))
            taken.append((s + lo, e + lo))
    for m in _PRONOUNS.finditer(text, lo):
        if free(m.start(), m.end()) and m.lastgroup:
            found.append(Nominal(m.start(), m.end(), m.lastgroup))
    return sorted(found, key=lambda n: n.start)


def _groups(nominals: list[Nominal], clause: str) -> list[list[Nominal]]:
    """Nominals joined into the phrases they form ("U.S. Secretary Rubio (R) and South Korean
    Foreign Minister Cho")."""
    groups: list[list[Nominal]] = []
    for n in nominals:
        if groups and _joined(groups[-1][-1], n, clause):
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups


def _joined(a: Nominal, b: Nominal, clause: str) -> bool:
    gap = clause[a.end : b.start]
    if a.kind == "named" and b.kind == "named":
        return bool(_JOINED.fullmatch(gap))
    # "he and Rubio": a pronoun joined to a name
    return {a.kind, b.kind} <= {"named", "he"} and gap.strip() == "and"


_PUNCTUATION = re.compile(r"[,;:(\"]")


def _object(clause: str, start: int) -> bool:
    """Whether the phrase at ``start`` is an object: of a preposition, of a verb that addresses
    someone ("told", "met", "urged North Korea ..."), or of another past-tense verb that takes
    no clause ("echoed the envoy's remarks")."""
    before = clause[max(0, start - 80) : start]
    words = _WORD.findall(_PUNCTUATION.split(before)[-1])
    while words and (
        words[-1].lower() in _DETERMINERS
        or words[-1].lower() in TITLE_HEADS
        or words[-1].lower() in TITLE_LEADS
        or (
            words[-1][0].isupper()
            and words[-1].lower() not in _PREPOSITION
            and words[-1].lower() not in _ADDRESSING
        )
    ):
        words.pop()
    if not words:
        return False
    word = words[-1].lower()
    if word in ("of", "from") and _PEOPLE_OF.search(clause[max(0, start - 60) : start]):
        return False
    if word.endswith("ed") and word not in _PARTICIPLES and word not in _SAYING:
        return True  # "echoed the South Korean envoy's remarks"
    return word in _PREPOSITION or word in _ADDRESSING


def _governs(clause: str, cues: Sequence[Cue], owned_at: int, anchor: int) -> bool:
    """Whether the stance noun owned at ``owned_at`` governs the cue at ``anchor``: nothing
    but purposes stands between them ("commitment to pursuing ...")."""
    return all(c.purposive or c.start <= owned_at + 30 for c in cues if owned_at < c.start < anchor)


def _hyphen_pair(clause: str, first: Nominal, last: Nominal) -> bool:
    """ "the Korea-U.S. alliance", "U.S.-ROK coordination": a pair names a bond, not a holder."""
    before = clause[max(0, first.start - 1) : first.start]
    after = clause[last.end : last.end + 3]
    return before == "-" or bool(_HYPHEN_PAIR.match(after))


def resolve(
    subject: Subject | None,
    *,
    sides: Sequence[str],
    first: Sequence[str],
    antecedent: Callable[[], str | None],
) -> list[str]:
    """The countries a subject stands for: its own, the sides for a collective, ``first`` for
    "we", the antecedent's for a pronoun."""
    if subject is None:
        return []
    if subject.kind == "named":
        return list(subject.countries)
    if subject.kind == "collective":
        return list(sides)
    if subject.kind == "first":
        return list(first)
    found = antecedent()
    return list(dict.fromkeys([*([found] if found else []), *subject.countries]))


def person_before(text: str, persons: Sequence[tuple[int, int, str | None]], at: int) -> str | None:
    """The country of the nearest person named before ``at`` who is no object ("Trump said he
    would ...": Trump)."""
    for start, _end, country in reversed([p for p in persons if p[1] <= at]):
        if country and not _object(text, start):
            return country
    return None
