"""Events: which sides a text speaks of (made-up sentences)."""

from __future__ import annotations

from koreadip.extract import events


def test_three_sides_are_told_in_any_case_and_script() -> None:
    assert events._speaks_of_three("The Three Countries agreed to meet again.")
    assert events._speaks_of_three("the three met in Tokyo — again")  # not ASCII: the pattern
    assert not events._speaks_of_three("Threefold growth, the two countries said.")
    assert not events._speaks_of_three("The two sides met in Seoul — briefly.")
