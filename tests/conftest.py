"""Suite-wide settings: only koreadip's own plugins load, so a stray installed plugin cannot
change any result (a test that needs others sets ``KOREADIP_LOAD_PLUGINS`` itself)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from koreadip import plugins


@pytest.fixture(autouse=True)
def only_koreadip(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "koreadip")
    plugins.reset_plugins()
    yield
    plugins.reset_plugins()
