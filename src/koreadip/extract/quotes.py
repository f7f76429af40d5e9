"""Quoted words in running text, and the phrase that says who said them.

The marks are paired by :mod:`.quote_marks`; attribution looks only at bounded windows around
each quote (the sentence before the opening mark, the clause after the closing mark), so the work
is linear in the length of the text whatever it holds.  People are not resolved here: ``speaker``
is the attribution as written ("a source at Seoul's foreign ministry", "Lee", "He").
"""

from __future__ import annotations

import re

import attrs

from .quote_marks import MAX_QUOTE, RawQuote, scan_double, scan_single

__all__ = ["Quote", "find_quotes"]

_BEHIND = 300  # look-behind window for "X said, ..." (one long sentence)
_AHEAD = 200  # look-ahead window for "..., X said"


@attrs.frozen(slots=True, kw_only=True)
class Quote:
    """Words inside quote marks, with the attribution phrase as the text writes it.

    ``start``/``end`` span the quoted words (inside the marks); ``text`` is those words with
    whitespace normalised, a trailing comma dropped and a quote continued across a stray opening
    mark or a paragraph joined into one.  ``speaker`` is the speaker's noun phrase (apposition
    kept, time and place words dropped) and ``via`` who reported it ("Yonhap News Agency").
    ``fragment`` marks a partial quote or scare quote inside a running sentence; ``inherited``
    marks a speaker taken from a neighbouring quote or the sentence before; ``label`` a bare name
    standing before the quote with nothing between ("Sung Kim “...”"), which names the speaker
    only if it names a person.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    via: str | None = None
    fragment: bool = False
    inherited: bool = False
    label: bool = False


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
_OK_FIRST = _vocab(
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
_SPACE_RE = re.compile(r"\s+")
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
_GUILLEMETS = str.maketrans("«»", "“”")
# a name standing before a quote as its label: "Kim: '...'", "Kim Says '...'", "Sung Kim “...”"
_LABEL_RE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]{0,30}(?: (?!Says?\b)[A-Z][\w.'’-]{0,30}){0,3})"
    r"(?P<cue>\s*:|\s+[Ss]ays?)?\s*\Z"
)


# ------------------------------------------------------------------ spans of phrases


def _strip_span(text: str, a: int, b: int, chars: str = " \t\r\n,;:-–—") -> tuple[int, int]:
    while a < b and (text[a] in chars or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in chars or text[b - 1].isspace()):
        b -= 1
    return a, b


def _last_break(text: str, lo: int, hi: int) -> int:
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


def _first_break(text: str, lo: int, hi: int) -> int:
    for m in _BREAK_RE.finditer(text, lo, hi):
        w = (text[max(lo, m.start() - 12) : m.start()].rsplit(None, 1)[-1:] or [""])[0].lower()
        if w not in _ABBREV and not (len(w) == 1 and w.isalpha()) and "." not in w:
            return m.start() + 1
    return hi


def _cut_at_verb(text: str, a: int, b: int) -> int:
    """End of the subject noun phrase in ``text[a:b]``: just before its first verb."""
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
    a, b = _strip_span(text, a, b, _PUNCT)
    b = _cut_at_verb(text, a, b)
    a, b = _strip_span(text, a, b)
    for _ in range(4):
        m = _TAIL_RE.search(text, a, b)
        if m is None:
            break
        a, b = _strip_span(text, a, m.start())
    words = text[a:b].split()
    if not words or len(words) > 16 or any(c in text[a:b] for c in '"“”'):
        return None
    first = words[0].strip("(").lower()
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or first in _OK_FIRST):
        return None
    return a, b


def _strip_leads(text: str, a: int, b: int) -> tuple[int, tuple[int, int] | None]:
    """Skip connectors and introductory clauses ("On the 22nd,", "According to X,")."""
    via: tuple[int, int] | None = None
    dateline = _DATELINE_RE.match(text, a, b)  # SEOUL, Jan. 3 (Yonhap) --
    if dateline is not None:
        a = dateline.end()
    for _ in range(6):
        a, _b = _strip_span(text, a, b, _PUNCT)
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
                via = _strip_span(text, m.end() + 4, comma)
            a = comma + 1
        elif w in _CONNECTORS:
            a = m.end()
        else:
            break
    return a, via


def _post(text: str, raw: RawQuote, hi: int, words: str) -> tuple[int, int] | None:
    """``"...," the source said`` / ``"...," said a spokesperson``: the clause after the mark."""
    c = raw.close_mark
    if c is None:
        return None
    lo = c + 1
    hi = min(hi, _first_break(text, lo, hi))
    m = _SPEECH_RE.search(text, lo, hi)
    if m is None:
        return None
    a, b = _strip_span(text, lo, m.start(), " \t,")
    comma_led = words[-1:] in (",", "?", "!", "—", "-") or text[lo : lo + 1] == ","
    if a == b:  # inverted: said a State Department spokesperson
        end = m.end()
        stop = _VIA_STOP_RE.search(text, end, hi)
        found = _clean(text, end, stop.start() if stop else hi)
        return found if comma_led else None
    first = (text[a:b].split() or [""])[0]
    if not comma_led and not (words.endswith(".") and first.islower() and first in _OK_FIRST):
        return None
    if len(text[a:b].split()) > 12 or _first_break(text, a, b) != b:
        return None
    return _clean(text, a, b)


def _pre(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """``X said, "..."`` / ``X said ... "..."``: the subject of a speech verb in ``text[lo:hi]``."""
    start = _last_break(text, lo, hi)
    a, via = _strip_leads(text, start, hi)
    if via is None and _SPEECH_RE.search(text, a, hi) is None:
        # the "introductory clause" held the attribution: "Now the envoy said, ..."
        a = _strip_span(text, start, hi, _PUNCT)[0]
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


def _sentence_end(text: str, raw: RawQuote, hi: int) -> tuple[int, int] | None:
    """``... the "grave" situation, the ministry said.``: a closing ", X said" in the sentence."""
    lo = (raw.close_mark if raw.close_mark is not None else raw.segs[-1][1]) + 1
    hi = _first_break(text, lo, hi)
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


def _via(text: str, lo: int, hi: int, speaker: str | None) -> str | None:
    m = _VIA_RE.search(text, lo, hi)
    if m is None:
        return None
    stop = _VIA_STOP_RE.search(text, m.end(), hi)
    a, b = _strip_span(text, m.end(), stop.start() if stop else hi)
    via = _SPACE_RE.sub(" ", text[a:b])
    first = via.split()[0] if via else ""
    if not via or len(via.split()) > 8 or via == speaker:
        return None
    if not (first[:1].isupper() or first in ("the", "a", "an")):
        return None
    return via


def _words(text: str, raw: RawQuote) -> str:
    # runs of blanks made one space, the ends stripped (\s is exactly what str.split() splits at)
    return " ".join(" ".join(text[a:b] for a, b in raw.segs).split())


def _end_of(raw: RawQuote) -> int:
    return raw.close_mark if raw.close_mark is not None else raw.segs[-1][1]


def _speaker_of(
    text: str, raw: RawQuote, hi: int, words: str, prev: tuple[RawQuote, Quote] | None, floor: int
) -> tuple[tuple[int, int] | None, bool, bool, int]:
    """The speaker span, whether it was inherited, whether it followed the quote, and ``lo``."""
    last = _end_of(raw)
    prev_close = -1
    if prev is not None and _end_of(prev[0]) >= raw.para_start:
        prev_close = _end_of(prev[0])
    lo = max(raw.para_start, prev_close + 1, floor, raw.open_mark - _BEHIND)
    speaker = _post(text, raw, min(hi, last + 1 + _AHEAD), words)
    if speaker is not None:
        return speaker, False, True, lo
    speaker = _pre(text, lo, raw.open_mark)
    if speaker is not None:
        return speaker, False, False, lo
    prev_span = None
    if prev is not None and prev[1].speaker_start is not None and prev[1].speaker_end is not None:
        prev_span = (prev[1].speaker_start, prev[1].speaker_end)
    if prev_span and prev_close >= 0 and _last_break(text, prev_close, raw.open_mark) == prev_close:
        return prev_span, True, False, lo  # "...," and "..." / "...," adding, "..."
    speaker = _sentence_end(text, raw, min(hi, last + 1 + _BEHIND))
    if speaker is not None or raw.single:
        return speaker, False, False, lo
    # A quote opening a paragraph or a sentence goes on with the speech of the one before.
    start = _last_break(text, lo, raw.open_mark)
    if raw.standalone and raw.prev_para is not None:
        before: tuple[int, int] | None = raw.prev_para
    elif not raw.standalone and not text[start : raw.open_mark].strip() and start > raw.para_start:
        before = (raw.para_start, _strip_span(text, raw.para_start, start)[1])
    else:
        return None, False, False, lo
    assert before is not None
    pa, pb = before
    if prev is not None and prev_span and not prev[1].fragment and _end_of(prev[0]) >= pa:
        return prev_span, True, False, lo
    found = _pre(text, _last_break(text, max(pa, pb - _BEHIND), pb), pb)
    return found, found is not None, False, lo


def _label(text: str, raw: RawQuote) -> tuple[int, int, bool] | None:
    """A name that is all that stands before the quote on its line, as a headline's label
    ("Kim: '...'", "Kim Says '...'", "Sung Kim “...”"): its span, and whether it is bare (no
    colon or "says" marks it as the speaker)."""
    a, b = _strip_span(text, raw.para_start, raw.open_mark, " \t")
    m = _LABEL_RE.fullmatch(text, a, b)
    if m is None or m.group("name").lower() in _OK_FIRST:
        return None
    return m.start("name"), m.end("name"), m.group("cue") is None


def _build(text: str, raws: list[RawQuote]) -> list[Quote]:
    out: list[Quote] = []
    prev: tuple[RawQuote, Quote] | None = None
    for n, raw in enumerate(raws):
        words = _words(text, raw)
        body = words.rstrip(", ").strip()
        if not any(ch.isalnum() for ch in body) or len(body) > MAX_QUOTE:
            continue
        last = _end_of(raw)
        nxt = raws[n + 1].open_mark if n + 1 < len(raws) else len(text)
        para_end = text.find("\n", last, last + _BEHIND + 2)
        hi = min(nxt, para_end if para_end >= 0 else last + _BEHIND + 2, len(text))
        # never look back past the previous quote (a label only bounds another label's window)
        floor = _end_of(raws[n - 1]) + 1 if n and (raw.single or not raws[n - 1].single) else 0
        speaker, inherited, post, lo = _speaker_of(text, raw, hi, words, prev, floor)
        label = _label(text, raw) if speaker is None or inherited else None
        if label is not None:
            speaker, inherited = label[:2], False
        before = text[lo : raw.open_mark].rstrip()[-1:]
        introduced = raw.standalone or post or before in (",", ":")
        sentence_like = body[:1].isupper() and body[-1:] in ".?!…"
        fragment = raw.single or not (introduced or sentence_like or len(body.split()) >= 8)
        a, b = _strip_span(text, raw.segs[0][0], raw.segs[-1][1], " \t\r\n,")
        sp = _SPACE_RE.sub(" ", text[speaker[0] : speaker[1]]) if speaker else None
        # a phrase naming who reported it, in the sentence before the quote (none from ``lo`` on:
        # none in that sentence, which starts there or later) or in the clause after it
        before_via = None
        if _VIA_RE.search(text, lo, raw.open_mark) is not None:
            before_via = _via(text, _last_break(text, lo, raw.open_mark), raw.open_mark, sp)
        via = before_via or _via(text, last, _first_break(text, last, hi), sp)
        quote = Quote(
            start=a,
            end=max(a, b),
            text=body,
            speaker=sp,
            speaker_start=speaker[0] if speaker else None,
            speaker_end=speaker[1] if speaker else None,
            via=via,
            fragment=fragment,
            inherited=inherited,
            label=label is not None and label[2],
        )
        out.append(quote)
        if not raw.single:
            prev = (raw, quote)
    return _borrow_forward(text, out)


def _borrow_forward(text: str, quotes: list[Quote]) -> list[Quote]:
    """``... "stably manage" the "grave" situation, the ministry said``: the first takes the
    speaker the sentence's later quote found, when nothing stands between but the sentence."""
    for k in range(len(quotes) - 2, -1, -1):
        q, nxt = quotes[k], quotes[k + 1]
        if q.speaker is not None or nxt.speaker is None or nxt.speaker_start is None:
            continue
        if nxt.speaker_start < nxt.start or "\n" in text[q.end : nxt.start]:
            continue  # the later quote's attribution is before it: not ours
        if _last_break(text, q.end, nxt.start) == q.end:
            quotes[k] = attrs.evolve(
                q,
                speaker=nxt.speaker,
                speaker_start=nxt.speaker_start,
                speaker_end=nxt.speaker_end,
                inherited=True,
            )
    return quotes


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order, with its attribution phrase where there is one.

    >>> [(q.text, q.speaker) for q in find_quotes('"We met twice," the official said.')]
    [('We met twice', 'the official')]
    """
    text = text.translate(_GUILLEMETS)  # « » are double marks; the offsets stay the same
    doubles = scan_double(text)
    singles = scan_single(text, [(r.open_mark, _end_of(r)) for r in doubles])
    raws = sorted(doubles + singles, key=lambda r: r.open_mark)
    return _build(text, raws)
