"""koreadip.names: folding names for comparison (made-up names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from koreadip.names import _fold_any, _tokens, _tokens_of_folded, fold, name_tokens


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fold_of_ascii_text_is_the_full_fold(text: str) -> None:
    # the ASCII fast path (lower case only) gives what decomposing and stripping would
    assert fold.__wrapped__(text) == _fold_any(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text(alphabet="aZ -'.,\u00e9\u2019"))
def test_name_tokens_of_ascii_text_by_translation_are_those_by_pattern(text: str) -> None:
    # the ASCII fast path (a translation table, then a split) gives the pattern's tokens
    assert _tokens.__wrapped__(text) == _tokens_of_folded(_fold_any(text))


def test_fold_strips_accents_and_plain_dashes_and_quotes() -> None:
    assert fold("Jos\u00e9 Kim\u2013Park\u2019s") == "jose kim-park's"


def test_name_tokens_of_a_made_up_name_drop_hyphens() -> None:
    assert name_tokens("Ha-Neul P\u00e4rk") == ["haneul", "park"]


def test_docstring_examples_run() -> None:
    import doctest

    import koreadip.names

    result = doctest.testmod(koreadip.names)
    assert result.attempted > 0
    assert result.failed == 0
