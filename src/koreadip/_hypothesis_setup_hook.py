"""Registers koreadip's strategies with hypothesis, through hypothesis's own entry point.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported (entry-point group
``hypothesis``), so ``st.from_type(koreadip.Meeting)`` works in any project with koreadip
installed.  The strategies themselves live in :mod:`koreadip.testing`, imported only when
hypothesis first asks for one: koreadip's core never imports hypothesis.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__: list[str] = []

# record class name -> name of its strategy in koreadip.testing
_STRATEGIES = {
    "PartialDate": "partial_dates",
    "Span": "spans",
    "Source": "sources",
    "Identifiers": "identifiers",
    "Official": "officials",
    "Participant": "participants",
    "Meeting": "meetings",
    "Statement": "statements",
    "Position": "positions",
    "Dossier": "dossiers",
}


def _lazy(strategy_name: str) -> Callable[[type], Any]:
    def resolve(_cls: type) -> Any:
        testing = importlib.import_module("koreadip.testing")
        return getattr(testing, strategy_name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every koreadip record type and :class:`~koreadip.PartialDate`."""
    import hypothesis.strategies as st

    import koreadip

    for class_name, strategy_name in _STRATEGIES.items():
        st.register_type_strategy(getattr(koreadip, class_name), _lazy(strategy_name))
