"""Suite-wide settings: only koreadip's own plugins load, so a stray installed plugin cannot
change any result (a test that needs others sets ``KOREADIP_LOAD_PLUGINS`` itself); and
hypothesis judges no example by its speed, since CI machines are shared and slow at times
(speed is measured in ``bench/``, never asserted in a test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from koreadip import plugins

settings.register_profile("koreadip", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("koreadip")


@pytest.fixture(autouse=True)
def only_koreadip(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "koreadip")
    plugins.reset_plugins()
    yield
    plugins.reset_plugins()
