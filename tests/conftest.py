"""Suite-wide settings: only koreadip's own plugins load, so a stray installed plugin cannot
change any result (a test that needs others sets ``KOREADIP_LOAD_PLUGINS`` itself), and no test
keeps a ``koreadip formats`` listing in the user's cache; and
hypothesis judges no example by its speed, since CI machines are shared and slow at times
(speed is measured in ``bench/``, never asserted in a test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from koreadip import plugin_cache, plugins

settings.register_profile("koreadip", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("koreadip")


@pytest.fixture(autouse=True)
def only_koreadip(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "koreadip")
    # a `koreadip formats` run in a subprocess keeps its listing here, not in the user's cache
    monkeypatch.setenv(plugin_cache.ENV_CACHE_DIR, str(tmp_path_factory.getbasetemp() / "cache"))
    plugins.reset_plugins()
    yield
    plugins.reset_plugins()
