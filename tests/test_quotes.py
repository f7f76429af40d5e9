"""Quote finding and attribution.  Every sentence here is a made-up sample, not a real article."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koreadip.extract import quotes
from koreadip.extract.quotes import Quote, find_quotes
from koreadip.extract.transcript import find_turns


def only(text: str) -> Quote:
    quotes = find_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text)]


# ------------------------------------------------------------------ attribution after the quote


def test_trailing_comma_is_dropped_and_span_points_at_the_words() -> None:
    text = '"We reviewed the joint drills in detail," the envoy said on Monday.'
    q = only(text)
    assert q.text == "We reviewed the joint drills in detail"
    assert text[q.start : q.end] == q.text
    assert q.speaker == "the envoy"
    assert q.speaker_start is not None
    assert text[q.speaker_start : q.speaker_end] == "the envoy"
    assert not q.fragment
    assert not q.inherited


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("a diplomat at Tokyo's embassy said", "a diplomat at Tokyo's embassy"),
        ("Channel 7's defense ministry source said", "Channel 7's defense ministry source"),
        ("the foreign ministry said in a statement", "the foreign ministry"),
        (
            "Ottawa's Foreign Ministry said in a French-language statement",
            "Ottawa's Foreign Ministry",
        ),
        ("the consulate wrote on Facebook", "the consulate"),
        ("the resolution states", "the resolution"),
        ("Park told reporters in Busan", "Park"),
        ("he added", "he"),
        ("Lee also said Thursday", "Lee"),
    ],
)
def test_speaker_phrase_after_the_quote(attribution: str, speaker: str) -> None:
    assert only(f'"The allies will keep talking," {attribution}.').speaker == speaker


def test_inverted_attribution_with_a_reporting_agency() -> None:
    text = (
        '“The allies consult every week on sanctions," said a Pentagon spokesperson, '
        "according to Example Wire Agency."
    )
    q = only(text)
    assert q.text == "The allies consult every week on sanctions"
    assert q.speaker == "a Pentagon spokesperson"
    assert q.via == "Example Wire Agency"


def test_quoted_as_saying_by_names_the_reporter() -> None:
    text = (
        '"We agreed to tighten oversight of shipping," Park was quoted as saying by '
        "South Korean broadcaster Channel Nine after the talks."
    )
    q = only(text)
    assert q.speaker == "Park"
    assert q.via == "South Korean broadcaster Channel Nine"


def test_reporting_outlet_at_the_end_of_the_sentence() -> None:
    q = only('"The meeting ran long," the official said, Daily Example reported.')
    assert q.speaker == "the official"
    assert q.via == "Daily Example"


def test_next_sentence_is_not_an_attribution() -> None:
    text = 'The envoy said, "We will go." He added: "No timeline is set."'
    assert speakers(text) == ["The envoy", "He"]


def test_via_may_be_a_common_noun_phrase() -> None:
    q = only('"We cannot accept that," Park said, according to the ministry\'s readout.')
    assert (q.speaker, q.via) == ("Park", "the ministry's readout")


def test_question_closed_by_asked() -> None:
    assert only('"Why would we wait?" she asked.').speaker == "she"


# ------------------------------------------------------------------ attribution before the quote


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Minister Han said,", "Minister Han"),
        (
            "Choi Min-jae, director of the peace bureau, said on the 12th,",
            "Choi Min-jae, director of the peace bureau",
        ),
        ("The envoy told reporters,", "The envoy"),
        ("Lee on Tuesday said,", "Lee"),
        ("The spokesperson in Washington said:", "The spokesperson"),
        ("Regarding the aid plan, the vice minister said,", "the vice minister"),
        ("Minister Oh voiced concern, saying,", "Minister Oh"),
        ("Secretary Roe agreed and responded,", "Secretary Roe"),
        ("According to the unification ministry,", "the unification ministry"),
        ("This official said,", "This official"),
        ("Now the envoy said,", "the envoy"),
        ("When asked about the aid, Yoon replied,", "Yoon"),
        ("Last month, the vice minister told reporters,", "the vice minister"),
        (
            "On the 3rd, Kang Min-su, a lawmaker of the ruling party, appeared on a radio show "
            "and said,",
            "Kang Min-su, a lawmaker of the ruling party",
        ),
        (
            "The vice minister held a briefing at the press center on the morning of the day "
            "and said,",
            "The vice minister",
        ),
    ],
)
def test_speaker_phrase_before_the_quote(lead: str, speaker: str) -> None:
    q = only(f"The talks ended early. {lead} “We exchanged views on the missile tests.”")
    assert q.speaker == speaker
    assert q.text == "We exchanged views on the missile tests."
    assert not q.fragment


def test_quote_as_object_of_a_said_clause() -> None:
    text = (
        "In a brief statement, Jones on Wednesday said Washington backed the exchanges as well "
        "as “exploring options through the consultative body, which helps keep the region stable.”"
    )
    q = only(text)
    assert q.speaker == "Jones"
    assert not q.fragment


def test_single_quoted_title_before_the_quote_does_not_hide_the_subject() -> None:
    text = (
        "Yoon Ha-na, a city council member, joined the show 'Morning Talk' and said, \"We agree.\""
    )
    assert speakers(text) == [None, "Yoon Ha-na, a city council member"]


def test_according_to_does_not_attribute_a_label_in_a_later_clause() -> None:
    q = only("According to the ministry, the envoys held the 'Spring Dialogue' in Rome.")
    assert q.speaker is None
    assert q.fragment


def test_dateline_is_not_part_of_the_speaker() -> None:
    text = (
        'OTTAWA, May 3 (Newswire) -- The ministry said it called the pact a "cornerstone" of ties.'
    )
    q = only(text)
    assert q.speaker == "The ministry"
    assert q.fragment


# ------------------------------------------------------------------ several quotes, one speaker


def test_adding_keeps_the_speaker_of_the_first_quote() -> None:
    text = "Secretary Doe stated, “The alliance is strong,” adding, “We will stay in close touch.”"
    first, second = find_quotes(text)
    assert (first.text, second.text) == (
        "The alliance is strong",
        "We will stay in close touch.",
    )
    assert first.speaker == second.speaker == "Secretary Doe"
    assert not first.inherited
    assert second.inherited


def test_continued_and_mentioned_both_belong_to_the_subject() -> None:
    text = 'He continued, "There is no shortcut to peace," and mentioned, "Patience is required."'
    assert speakers(text) == ["He", "He"]


def test_second_quote_joined_by_and() -> None:
    text = 'She added, "First we talk with our partners," and "Then we decide together."'
    assert speakers(text) == ["She", "She"]


def test_standalone_quoted_paragraph_inherits_the_speaker() -> None:
    text = (
        '"We welcome the talks," Kim said in Busan.\n"More meetings will follow soon."\nOther news.'
    )
    first, second = find_quotes(text)
    assert first.speaker == "Kim"
    assert second.speaker == "Kim"
    assert second.inherited
    assert second.text == "More meetings will follow soon."


def test_standalone_paragraph_after_a_colon_line() -> None:
    text = "The adviser said:\n\n“We will need more time to study the proposal.”"
    q = only(text)
    assert q.speaker == "The adviser"
    assert q.inherited


def test_quote_opening_the_next_sentence_keeps_the_speaker() -> None:
    text = '"We are ready," the negotiator said on Sunday. "The next move is theirs."'
    _, second = find_quotes(text)
    assert second.speaker == "the negotiator"
    assert second.inherited


def test_quoted_paragraph_after_a_reported_speech_sentence() -> None:
    text = "Vice Minister Jang said the envoys had agreed on a timetable.\n\n“It is a good start.”"
    q = only(text)
    assert q.speaker == "Vice Minister Jang"
    assert q.inherited


def test_speaker_after_a_clause_and_a_comma() -> None:
    text = 'The meeting went smoothly, Yoon said. "Both sides listened carefully."'
    assert only(text).speaker == "Yoon"


def test_participial_phrase_is_not_part_of_the_speaker() -> None:
    text = 'An official, speaking on condition of anonymity, said, "No date has been set."'
    assert only(text).speaker == "An official"


def test_words_inside_the_quote_are_never_the_reporting_outlet() -> None:
    q = only('"We acted according to Example Law," the agency said.')
    assert q.via is None


def test_stray_closing_mark_does_not_open_a_quote() -> None:
    text = 'We will see." The envoys met again on Monday and talked for hours.'
    assert find_quotes(text) == []


def test_labels_in_one_sentence_share_its_closing_attribution() -> None:
    text = 'They agreed to "closely watch" the "tense" situation, the ministry said.'
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["closely watch", "tense"]
    assert [q.speaker for q in quotes] == ["the ministry", "the ministry"]
    assert all(q.fragment for q in quotes)


# ------------------------------------------------------------------ marks


def test_mixed_marks_open_curly_close_straight() -> None:
    q = only('“We keep coordinating closely," the embassy said.')
    assert q.text == "We keep coordinating closely"
    assert q.speaker == "the embassy"


def test_opening_mark_inside_an_open_quote_continues_it() -> None:
    text = "The minister said, “We reviewed the sanctions. “We will respond firmly.”"
    q = only(text)
    assert q.text == "We reviewed the sanctions. We will respond firmly."
    assert q.speaker == "The minister"


def test_straight_opening_mark_inside_an_open_quote_continues_it() -> None:
    q = only('The minister said, "We met twice. "Both meetings went well."')
    assert q.text == "We met twice. Both meetings went well."


def test_quote_continues_into_a_paragraph_that_opens_with_a_mark() -> None:
    text = (
        '"The first part of the remarks ends here.\n\n"The second part closes it," an adviser said.'
    )
    q = only(text)
    assert q.text == "The first part of the remarks ends here. The second part closes it"
    assert q.speaker == "an adviser"


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = 'He said, "We will see what happens\n\nThe talks end on Friday in Rome.'
    q = only(text)
    assert q.text == "We will see what happens"
    assert q.speaker == "He"


def test_quote_wrapped_over_a_line_break() -> None:
    q = only('"We will go to the\ntalks next week," the envoy said.')
    assert q.text == "We will go to the talks next week"
    assert q.speaker == "the envoy"


def test_runaway_mark_reports_nothing_longer_than_the_limit() -> None:
    text = 'Intro "' + "word " * 2000 + "\n\nNext paragraph."
    assert all(len(q.text) <= 3000 for q in find_quotes(text))


# ------------------------------------------------------------------ fragments and single quotes


def test_scare_quote_inside_a_sentence_is_a_fragment() -> None:
    q = only('The envoy said Seoul would "fully" back the plan.')
    assert q.fragment
    assert q.speaker == "The envoy"


def test_headline_quote_has_no_speaker() -> None:
    text = "Envoys meet in Geneva… “Door to dialogue remains open for both sides”\n\nBody text."
    q = only(text)
    assert q.speaker is None
    assert not q.fragment


def test_single_quotes_are_fragments_and_apostrophes_are_not_quotes() -> None:
    quotes = find_quotes("Envoys hold 'constructive talks' in Rome as Korea's envoy meets Japan's.")
    assert [(q.text, q.fragment) for q in quotes] == [("constructive talks", True)]
    assert find_quotes("Korea's envoy met the ministers' aides at the people's hall.") == []
    assert find_quotes("‘Cautious optimism’ marks the meeting")[0].text == "Cautious optimism"


def test_single_quote_inside_a_double_quote_is_not_reported_twice() -> None:
    quotes = find_quotes("“Talks resume… ‘Ties are firm’ says envoy”")
    assert len(quotes) == 1


# ------------------------------------------------------------------ robustness


_ALPHABET = st.sampled_from(
    [
        *"ab .,:\n\r\t\u00a0",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        " said",
        " the source",
        " He",
        " Lee",
        "\n\n",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_are_in_bounds_ordered_and_disjoint(text: str) -> None:
    quotes = find_quotes(text)
    last = 0
    for q in quotes:
        assert last <= q.start <= q.end <= len(text)
        last = q.end
        assert q.text
        if q.speaker is not None:
            assert q.speaker_start is not None
            assert q.speaker_end is not None
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
            assert " ".join(text[q.speaker_start : q.speaker_end].split()) == q.speaker


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)


# ------------------------------------------------------------------ recall on the shared corpus


SHARED = Path(__file__).resolve().parents[2] / "shared"


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return s.lower()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", _fold(s))).strip()


def text_match(gold: str, pred: str) -> bool:
    """The scorer's rule: equal, one inside the other at half its length, or 0.8 word overlap."""
    g, p = _norm(gold), _norm(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    short, long_ = sorted((g, p), key=len)
    if short in long_ and len(short) >= 0.5 * len(long_) and len(short) > 12:
        return True
    gs, ps = set(g.split()), set(p.split())
    return len(g) > 12 and len(p) > 12 and len(gs & ps) / len(gs | ps) >= 0.8


def _corpus() -> list[tuple[str, list[dict[str, object]]]]:
    out = []
    for name in ("seeds", "dev"):
        gold_file = SHARED / name / "gold.json"
        if gold_file.exists():
            for entry in json.loads(gold_file.read_text(encoding="utf-8")):
                text = (SHARED / name / entry["file"]).read_text(encoding="utf-8")
                out.append((text, entry["statements"]))
    return out


@pytest.mark.skipif(not (SHARED / "seeds" / "gold.json").exists(), reason="no shared corpus")
def test_recall_of_gold_statements_on_the_shared_corpus() -> None:
    found = wanted = stray = 0
    for text, gold in _corpus():
        preds = [q.text for q in find_quotes(text) if not q.fragment]
        preds += [t.text for t in find_turns(text) if not t.is_question]
        required = [g for g in gold if not g.get("optional") and g.get("kind") != "question"]
        wanted += len(required)
        found += sum(any(text_match(str(g["text"]), p) for p in preds) for g in required)
        stray += sum(not any(text_match(str(g["text"]), p) for g in gold) for p in preds)
    assert wanted
    assert found / wanted >= 0.9, (found, wanted)
    assert stray <= 0.2 * (found or 1), stray


def test_a_quote_spread_over_blank_runs_reads_as_one_spaced_line() -> None:
    from koreadip.extract.quotes import find_quotes

    # made-up quote with tabs, a line break and doubled spaces inside it
    (quote,) = find_quotes('"We  will\tmeet\n again  soon,"  the envoy said.')
    assert quote.text == "We will meet again soon"


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("ab \n\t\u00a0\u2003,"), max_size=12))
def test_spaced_makes_each_run_of_blanks_one_space(phrase: str) -> None:
    assert quotes._spaced(phrase) == re.sub(r"\s+", " ", phrase)


def test_guillemets_are_read_as_double_quote_marks() -> None:
    text = "«We met twice,» the official said (made-up)."
    [q] = find_quotes(text)
    assert (q.text, q.speaker) == ("We met twice", "the official")
    assert text[q.start : q.end] == "We met twice"


def test_a_quote_built_by_find_quotes_has_its_fields_in_place() -> None:
    text = 'The talks went well. "We agreed to meet again," Lee said (made-up).'
    [q] = find_quotes(text)
    assert q == Quote(
        start=text.index("We"),
        end=text.index(',"'),
        text="We agreed to meet again",
        speaker="Lee",
        speaker_start=text.index("Lee"),
        speaker_end=text.index("Lee") + 3,
    )
