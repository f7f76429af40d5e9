"""The phrase that says who said a quote, found in bounded windows around its marks: the
subject of a speech verb before the opening mark ("Lee said, ..."), the clause after the closing
mark ("...," the ministry said), a closing ", X said" at the end of the sentence, and who reported
it ("according to Yonhap").  Offsets only: :mod:`.quotes` builds the quotes from them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .quote_marks import RawQuote

__all__ = [
    "OK_FIRST",
    "SPACE_RE",
    "Breaks",
    "first_break",
    "last_break",
    "may_name_a_reporter",
    "names_a_reporter",
    "reported_by",
    "speaker_after",
    "speaker_at_sentence_end",
    "speaker_before",
    "strip_span",
]

# ------------------------------------------------------------------ vocabulary

_SPEECH = (
    r"(?:(?:was|were|is|are) )?quoted as saying|according to|pointed out|"
    r"said|says|say|told|tells|stated|states|added|adds|adding|noted|notes|noting|"
    r"stressed|stresses|stressing|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|explained|explains|"
    r"explaining|asked|asks|urged|urges|urging|wrote|writes|writing|continued|continues|"
    r"mentioned|mentions|responded|responds|replied|replies|announced|announces|declared|"
    r"declares|remarked|remarks|commented|comments|insisted|insists|warned|warns|warning|"
    r"claimed|claims|saying|argued|argues|arguing|suggested|suggests|reaffirmed|affirmed|"
    r"acknowledged|confirmed|reiterated|underscored|highlighted|tweeted|posted|concluded|"
    r"recalled|vowed|pledged|assured|called|described|admitted|quipped|elaborated|answered|"
    r"expressed|expresses|expressing|requested|requests|requesting"
)
_SPEECH_RE = re.compile(rf"\b(?:{_SPEECH})\b")


def _vocab(words: str) -> frozenset[str]:
    return frozenset(words.split())


_VERB_WORDS = _vocab(
    "is was were are has have had will would could should can may might must did does do "
    "also then later reportedly previously recently again earlier further once still already "
    "separately jointly immediately first met held made gave took sent went came left began saw "
    "spoke wrote told said says led sat stood brought kept got put set won sought hopes wants "
    "who which whose where"
)
_DETERMINERS = _vocab("a an the this that these those his her its their our my your")
OK_FIRST = _vocab(
    "he she they it we i the a an one both another this that these those some many several "
    "two three his her their its our him them"
)
_LEADS = _vocab(
    "on in at during regarding according meanwhile speaking asked after before when while as "
    "earlier later also however then separately afterward afterwards following ahead "
    "since despite amid upon prior addressing responding referring commenting with under for "
    "through from yesterday today previously recently moreover furthermore additionally "
    "therefore besides instead now about unlike like given citing"
)
_CONNECTORS = _vocab("and but so then while when as also or")
_SKIPPABLE = _LEADS | _CONNECTORS
_ABBREV = _vocab(
    "mr mrs ms dr sen rep gov gen lt col sgt st jr sr jan feb mar apr aug sept sep oct nov dec "
    "no vol co corp inc ltd vs etc amb adm pres prof rev capt cmdr maj dept gov't u.s u.n"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TIME = (
    rf"(?:(?:on|last|this|next|early|late|earlier|later)\s+)?(?:{_WEEKDAY}|the\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)|{_MONTH}\s+\d{{1,2}}|yesterday|today|tonight|earlier|(?:this|last)\s+"
    r"(?:morning|afternoon|evening|week|month|year|night))(?:\s*\([^()]{0,20}\))?"
)
_PLACE = (
    r"(?:in|at|on|during|via|through)\s+(?:a|an|the|his|her|its|their)\s+[^,.;:]{0,60}?"
    r"(?:statement|release|briefing|interview|post|message|address|letter|report|speech|"
    r"conference|call|tweet|remarks|session|meeting|forum|hearing)|in\s+[A-Z][a-z]+|"
    r"(?:to|with)\s+reporters|on\s+(?:Facebook|Twitter|X|social media)"
)
_TAIL_RE = re.compile(rf"(?:,|\s)+(?:{_TIME}|{_PLACE})$")
_HEAD_TIME_RE = re.compile(rf"(?:{_TIME}),?\s+", re.IGNORECASE)  # used with .match
_BREAK_RE = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_WORD_RE = re.compile(r"\S+")
_PUNCT = " ,;:.-–—\"'“”‘’…"
SPACE_RE = re.compile(r"\s+")
_VIA_RE = re.compile(
    r"\baccording to\s+|\bquoted as saying by\s+|\breported by\s+|\bciting\s+|,\s*(?=[^,]{1,60}"
    r"\breported\b)"
)
_VIA_STOP_RE = re.compile(
    r"\s+(?:and|in|on|at|following|after|before|during|which|who|when|while|as|that|reported|"
    r"citing|said|says)\b|[,;:(]|[.!?](?:\s|$)"
)
_DATELINE_RE = re.compile(r"[^\"“”\n]{0,60}?\([A-Za-z0-9 .]{2,30}\)\s*(?:--|—|–|-)\s+")
_QUOTED_AS_RE = re.compile(r"\bquoted\s+([^,;:]{1,80})\s+as saying")


# ------------------------------------------------------------------ spans of phrases


def strip_span(text: str, a: int, b: int, chars: str = " \t\r\n,;:-–—") -> tuple[int, int]:
    """``a``..``b`` with ``chars`` and blanks stripped from both ends.

    >>> strip_span(" , Lee said", 0, 6)
    (3, 6)
    """
    while a < b and (text[a] in chars or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in chars or text[b - 1].isspace()):
        b -= 1
    return a, b


def last_break(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding ``hi`` starts, looking no further back than ``lo``."""
    start = lo
    for m in _BREAK_RE.finditer(text, lo, min(len(text), hi + 2)):  # + the mark after a break
        if m.end() > hi:
            break
        word = text[max(lo, m.start() - 12) : m.start()].rsplit(None, 1)[-1:] or [""]
        w = word[0].lower().lstrip("(\"'“")
        if w in _ABBREV or (len(w) == 1 and w.isalpha()) or ("." in w and len(w) <= 6):
            continue
        start = m.end()
    return start


def first_break(text: str, lo: int, hi: int) -> int:
    """Just past the end of the first sentence in ``text[lo:hi]`` (``hi`` if it goes on)."""
    for m in _BREAK_RE.finditer(text, lo, hi):
        w = (text[max(lo, m.start() - 12) : m.start()].rsplit(None, 1)[-1:] or [""])[0].lower()
        if w not in _ABBREV and not (len(w) == 1 and w.isalpha()) and "." not in w:
            return m.start() + 1
    return hi


# what may open the sentence after a break (the optional first item of _BREAK_RE's lookahead)
_BREAK_OPENERS = "\"“‘'(["


class Breaks:
    """The sentence breaks of a text, found by one scan: ``first``/``last`` answer as
    ``first_break``/``last_break`` do, by bisection instead of a scan of each window.

    A break (``_BREAK_RE``) is a mark, closers and blanks, then a look at the next one or two
    characters; none starts inside another, so a window's breaks are the text's breaks that
    start in it and whose look ends by its end.

    >>> b = Breaks("He said so. She agreed. They left.")
    >>> b.first(0, 34), b.last(0, 30)
    (11, 24)
    """

    __slots__ = ("_ends", "_reach", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [m.span() for m in _BREAK_RE.finditer(text)]
        self._starts = [s for s, _e in spans]
        self._ends = [e for _s, e in spans]
        # where the lookahead ends: a window must hold it
        self._reach = [e + 2 if text[e] in _BREAK_OPENERS else e + 1 for e in self._ends]

    def last(self, lo: int, hi: int) -> int:
        """``last_break(text, lo, hi)``."""
        text = self.text
        start = lo
        reach_limit = min(len(text), hi + 2)
        starts, ends, reach = self._starts, self._ends, self._reach
        for k in range(bisect_left(starts, lo), len(starts)):
            if reach[k] > reach_limit or ends[k] > hi:
                break
            s = starts[k]
            word = text[max(lo, s - 12) : s].rsplit(None, 1)[-1:] or [""]
            w = word[0].lower().lstrip("(\"'“")
            if w in _ABBREV or (len(w) == 1 and w.isalpha()) or ("." in w and len(w) <= 6):
                continue
            start = ends[k]
        return start

    def first(self, lo: int, hi: int) -> int:
        """``first_break(text, lo, hi)``."""
        text = self.text
        starts, reach = self._starts, self._reach
        for k in range(bisect_left(starts, lo), len(starts)):
            if reach[k] > hi:
                break
            s = starts[k]
            w = (text[max(lo, s - 12) : s].rsplit(None, 1)[-1:] or [""])[0].lower()
            if w not in _ABBREV and not (len(w) == 1 and w.isalpha()) and "." not in w:
                return s + 1
        return hi


def _first_break_of(text: str) -> Callable[[int, int], int]:
    def first(lo: int, hi: int) -> int:
        return first_break(text, lo, hi)

    return first


def _cut_at_verb(text: str, a: int, b: int) -> int:
    """End of the subject noun phrase in ``text[a:b]``: just before its first verb."""
    if len(text[a:b].split(None, 1)) < 2:
        return b  # one word: the first is never read as a verb
    prev = prev_tok = ""
    for i, m in enumerate(_WORD_RE.finditer(text, a, b)):
        tok = m.group()
        w = tok.strip(",;:()\"'“”’").lower()
        if i and tok[0].islower():
            verb = w in _VERB_WORDS or _SPEECH_RE.fullmatch(w) is not None
            if not verb and w.endswith("ed") and len(w) > 4 and "-" not in w and w != "hundred":
                verb = prev not in _DETERMINERS and not prev.endswith("ly")
            if not verb and w.endswith("ing") and prev_tok.endswith(","):
                verb = True  # ", speaking on condition of anonymity,"
            if verb:
                return m.start()
        prev, prev_tok = w, tok
    return b


def _clean(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The speaker noun phrase in ``text[a:b]``: verbs cut, time and place words trimmed."""
    a, b = strip_span(text, a, b, _PUNCT)
    b = _cut_at_verb(text, a, b)
    a, b = strip_span(text, a, b)
    for _ in range(4):
        m = _TAIL_RE.search(text, a, b)
        if m is None:
            break
        a, b = strip_span(text, a, m.start())
    phrase = text[a:b]
    words = phrase.split()
    if not words or len(words) > 16 or '"' in phrase or "“" in phrase or "”" in phrase:
        return None
    first = words[0].strip("(").lower()
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or first in OK_FIRST):
        return None
    return a, b


def _strip_leads(text: str, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """Skip connectors and introductory clauses ("On the 22nd,", "According to X,")."""
    via: tuple[int, int] | None = None
    dateline = _DATELINE_RE.match(text, a, b)  # SEOUL, Jan. 3 (Yonhap) --
    if dateline is not None:
        a = dateline.end()
    for _ in range(6):
        a, _b = strip_span(text, a, b, _PUNCT)
        m = _WORD_RE.match(text, a, b)
        if m is None:
            break
        w = m.group().lower().strip(",")
        t = _HEAD_TIME_RE.match(text, a, b)
        comma = text.find(",", a, min(b, a + 160))
        if t is not None:
            a = t.end()
        elif w in _LEADS and comma > 0:
            if w == "according":
                via = strip_span(text, m.end() + 4, comma)
            a = comma + 1
        elif w in _CONNECTORS:
            a = m.end()
        else:
            break
    return a, via


def speaker_after(
    text: str, raw: RawQuote, hi: int, words: str, breaks: Breaks | None = None
) -> tuple[int, int] | None:
    """``"...," the source said`` / ``"...," said a spokesperson``: the clause after the mark
    (``breaks``: the text's, if found already)."""
    first_break_ = breaks.first if breaks is not None else _first_break_of(text)
    c = raw.close_mark
    if c is None:
        return None
    lo = c + 1
    hi = min(hi, first_break_(lo, hi))
    m = _SPEECH_RE.search(text, lo, hi)
    if m is None:
        return None
    a, b = strip_span(text, lo, m.start(), " \t,")
    comma_led = words[-1:] in (",", "?", "!", "—", "-") or text[lo : lo + 1] == ","
    if a == b:  # inverted: said a State Department spokesperson
        end = m.end()
        stop = _VIA_STOP_RE.search(text, end, hi)
        found = _clean(text, end, stop.start() if stop else hi)
        return found if comma_led else None
    subject = text[a:b].split()
    first = subject[0] if subject else ""
    if not comma_led and not (words.endswith(".") and first.islower() and first in OK_FIRST):
        return None
    if len(subject) > 12 or first_break_(a, b) != b:
        return None
    return _clean(text, a, b)


def speaker_before(
    text: str, lo: int, hi: int, breaks: Breaks | None = None
) -> tuple[int, int] | None:
    """``X said, "..."`` / ``X said ... "..."``: the subject of a speech verb in ``text[lo:hi]``
    (``breaks``: the text's, if found already)."""
    start = breaks.last(lo, hi) if breaks is not None else last_break(text, lo, hi)
    a, via = _strip_leads(text, start, hi)
    if via is None and _SPEECH_RE.search(text, a, hi) is None:
        # the "introductory clause" held the attribution: "Now the envoy said, ..."
        a = strip_span(text, start, hi, _PUNCT)[0]
        word = _WORD_RE.match(text, a, hi)
        if word is not None and word.group().lower() in _SKIPPABLE:
            a = word.end()
    qa = _QUOTED_AS_RE.search(text, a, hi)
    if qa is not None:  # Yonhap quoted Lee as saying
        return _clean(text, qa.start(1), qa.end(1))
    m = _SPEECH_RE.search(text, a, hi)
    if m is None:  # According to the ministry, "..." (but not: ..., Lee held the "X" talks)
        return _clean(text, *via) if via and not text[a:hi].strip() else None
    if m.group() == "according to":
        stop = _VIA_STOP_RE.search(text, m.end(), hi)
        return _clean(text, m.end(), stop.start() if stop else hi)
    comma = text.rfind(",", a, m.start())
    if comma >= 0 and text[comma + 1 : m.start()].strip() and _cut_at_verb(text, a, comma) < comma:
        found = _clean(text, comma + 1, m.start())  # the talks went well, Lee said
        if found is not None:
            return found
    return _clean(text, a, m.start())


def speaker_at_sentence_end(
    text: str, raw: RawQuote, hi: int, breaks: Breaks | None = None
) -> tuple[int, int] | None:
    """``... the "grave" situation, the ministry said.``: a closing ", X said" in the sentence
    (``breaks``: the text's, if found already)."""
    lo = (raw.close_mark if raw.close_mark is not None else raw.segs[-1][1]) + 1
    hi = breaks.first(lo, hi) if breaks is not None else first_break(text, lo, hi)
    last = None
    for last in _SPEECH_RE.finditer(text, lo, hi):  # noqa: B007 - keep the last
        pass
    if last is None:
        return None
    if last.group() == "according to":
        stop = _VIA_STOP_RE.search(text, last.end(), hi)
        return _clean(text, last.end(), stop.start() if stop else hi)
    comma = text.rfind(",", lo, last.start())
    if comma < 0 or len(text[comma + 1 : last.start()].split()) > 8:
        return None
    return _clean(text, comma + 1, last.start())


# every match of _VIA_RE holds one of these (it is case-sensitive); tests check it
_VIA_WORDS = ("reported", "according to", "citing", "quoted as saying by")


def names_a_reporter(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a phrase that names who reported a quote ("according to",
    ", ... reported"): the words it needs are looked for first, the pattern only where one is.

    >>> names_a_reporter("He said, Yonhap reported", 0, 24), names_a_reporter("He said", 0, 7)
    (True, False)
    """
    return _via_match(text, lo, hi) is not None


def may_name_a_reporter(text: str, lo: int, hi: int) -> bool:
    """False only where no window inside ``text[lo:hi]`` names a reporter (``names_a_reporter``):
    none of the words such a phrase needs stands there.  A test for several windows at once.

    >>> may_name_a_reporter("He said, Yonhap reported", 0, 24), may_name_a_reporter("He", 0, 2)
    (True, False)
    """
    for word in _VIA_WORDS:  # noqa: SIM110 (a loop: faster than any() over a generator)
        if text.find(word, lo, hi) >= 0:
            return True
    return False


def _via_match(text: str, lo: int, hi: int) -> re.Match[str] | None:
    if may_name_a_reporter(text, lo, hi):
        return _VIA_RE.search(text, lo, hi)
    return None


def reported_by(text: str, lo: int, hi: int, speaker: str | None) -> str | None:
    """Who reported a quote, named in ``text[lo:hi]`` ("according to Yonhap"), unless it is
    the ``speaker``."""
    m = _via_match(text, lo, hi)
    if m is None:
        return None
    stop = _VIA_STOP_RE.search(text, m.end(), hi)
    a, b = strip_span(text, m.end(), stop.start() if stop else hi)
    via = SPACE_RE.sub(" ", text[a:b])
    first = via.split()[0] if via else ""
    if not via or len(via.split()) > 8 or via == speaker:
        return None
    if not (first[:1].isupper() or first in ("the", "a", "an")):
        return None
    return via
