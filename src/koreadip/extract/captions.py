"""Photo captions: the lines under a picture, often the only place a meeting is told.

A caption is a short paragraph that places people in a picture ("Kang (left) and Pompeo",
"Cho, left, Rubio, center, and Iwaya"), tells what only a picture shows ("A greets B", "shake
hands", "poses with") or that ends with a photo credit ("(Yonhap)",
"[YONHAP]", "(Hankyoreh archives)", "(Blue House photo pool)") and reads like a caption: a
present-tense verb of the picture ("shake hands", "poses", "speaks with") or no verb at all.
What a caption shows has happened, whatever its tense; officials of two countries pictured
together, at a place or on a day, met in person.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import MeetingStatus, Modality
from .drafts import MeetingDraft
from .participants import acts_on
from .people import People
from .sides import city_of
from .text import Sentence
from .timing import sentence_dates
from .triggers import Trigger, holds_any

__all__ = ["as_pictured", "caption_sentences", "pictured_together"]

_POSITION = re.compile(
    r"\((?:(?:front|back|far|second|third)\s+)?(?:left|right|center|centre|L|R|C|L-R|R-L|"
    r"from left|from right)\)|,\s(?:left|right|center|centre),"
)
_CREDIT = re.compile(
    r"(?:\([^()\n]{0,40}?(?:Yonhap|[Pp]hoto|PHOTO|[Aa]rchives?|pool|Ministry|Office|Reuters|AP|"
    r"AFP|Xinhua|EPA|KCNA|News1|Newsis|provided|[Hh]andout|[Cc]ourtesy)[^()\n]{0,40}\)|"
    r"\[[A-Z][A-Za-z .]{1,30}\]?|©[^\n]{0,60}|[Pp]hoto by [^\n]{0,60})[\W\s]*$"
)
# the verbs of a picture; a paragraph with a credit but a story's verbs is the story's end
_PICTURE_VERB = re.compile(
    r"\b(?:speaks?|meets?|shakes?|shake hands|poses?|greets?|talks?|walks?|arrives?|holds?|"
    r"exchanges?|takes?|conducts?|listens?|attends?|waves?|explains?|chats?|sits?|enters?|"
    r"bows?|leaves?|smiles?|looks?|gestures?|are seen|is seen)\b"
)
_STORY_VERB = re.compile(
    r"\b(?:said|says|will|would|could|can|may|might|should|must|was|were|has|have|had|is|are|"
    r"did|does|met|held|visited|agreed|comes|came|added|noted|stressed)\b"
)
# what only a picture shows, told in the present: "A greets B at the ministry", "A and B shake
# hands", "A poses with B" — a caption even where the page lost its credit
_POSE = re.compile(
    r"\b(?:greets|shake hands|shakes hands|poses|pose for|exchange a handshake|"
    r"exchanges a handshake|bump fists|bows to|wave to|waves to)\b"
)
_LONGEST = 600
# what every match of each pattern holds: a paragraph holding none is not scanned (tests
# check the words against the patterns)
_POSITION_WORDS = ("(", "left,", "right,", "center,", "centre,")
_POSE_WORDS = ("greets", "hands", "pose", "handshake", "bump fists", "bows to", "wave")
_CREDIT_WORDS = ("(", "[", "©", "hoto by")


def caption_sentences(text: str, sents: list[Sentence]) -> set[int]:
    """The indexes of the sentences that make up photo captions."""
    by_paragraph: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_paragraph.setdefault(s.paragraph, []).append(i)
    out: set[int] = set()
    for members in by_paragraph.values():
        start, end = sents[members[0]].start, sents[members[-1]].end
        if end - start > _LONGEST:
            continue
        para = text[start:end]
        if (
            (holds_any(para, _POSITION_WORDS) and _POSITION.search(para))
            or (holds_any(para, _POSE_WORDS) and _POSE.search(para))
            or (
                holds_any(para, _CREDIT_WORDS)
                and _CREDIT.search(para)
                and (_PICTURE_VERB.search(para) or not _STORY_VERB.search(para))
                and "will" not in para
            )
        ):
            out.update(members)
    return out


def as_pictured(drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """A caption shows what has happened, whatever its tense ("... meet in Seoul on June 21")."""
    for d in drafts:
        if d.status is MeetingStatus.PLANNED:
            d.status = MeetingStatus.HELD
    return drafts


def pictured_together(
    text: str, sentence: Sentence, index: int, people: People, reference: _dt.date | None
) -> list[MeetingDraft]:
    """A caption with no meeting words: officials of two countries pictured together at a
    place or on a day ("Kang (left) with Pompeo in Washington on Mar. 29") met in person."""
    s0, s1 = sentence.start, sentence.end
    mentions = [m for m in people.mentions_between(s0, s1) if not acts_on(text, m, s0)]
    persons = list(dict.fromkeys(m.person for m in mentions))
    countries = list(dict.fromkeys(c for c in (people.persons[p].country for p in persons) if c))
    if len(persons) < 2 or len(countries) < 2:
        return []
    date = next((d.value for d in sentence_dates(sentence.text, reference) if d.value), None)
    spot = Trigger(mentions[0].start, mentions[-1].end, Modality.IN_PERSON, True, False, False)
    location = city_of(text, s0, s1, spot)
    if date is None and location is None:
        return []  # a file photo of the two, not of this meeting
    return [
        MeetingDraft(
            start=spot.start,
            end=spot.end,
            modality=Modality.IN_PERSON,
            status=MeetingStatus.HELD,
            date=date,
            location=location,
            participants=persons,
            countries=countries,
            sentence=index,
            explicit=True,  # pictured together
        )
    ]
