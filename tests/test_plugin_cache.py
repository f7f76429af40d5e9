"""``koreadip formats`` reads its listing from the cache while nothing that could change it has,
and loads the plugins afresh as soon as something has.

The listings run as real commands (``python -m koreadip formats``) in fresh processes: only a
process that has not loaded the plugins uses the cache.  Each test has its own cache folder and a
folder of made-up distributions on ``PYTHONPATH``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fake_dists import EXPORTER, make_dist
from koreadip import plugin_cache, plugins

#: a row no plugin registers: seeing it proves the listing came from the cache file
MARKER = ["exporter", "from-the-cache", "marker", "none 0", "ok", ""]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "cwd").mkdir()
    return {
        **os.environ,
        plugin_cache.ENV_CACHE_DIR: str(tmp_path / "cache"),
        plugins.ENV_LOAD_PLUGINS: "koreadip,fake-plugin",
        "PYTHONPATH": str(site),
    }


def formats(env: dict[str, str], *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "koreadip", "formats", *args],
        env=env,
        cwd=Path(env["PYTHONPATH"]).parent / "cwd",
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()


def kept(env: dict[str, str]) -> Path:
    files = list(Path(env[plugin_cache.ENV_CACHE_DIR]).glob("formats-*.json"))
    assert len(files) == 1, files
    return files[0]


def mark(env: dict[str, str]) -> None:
    """Add MARKER to the kept listing, leaving its key alone."""
    path = kept(env)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["rows"].append(MARKER)
    path.write_text(json.dumps(data), encoding="utf-8")


def marked(listing: list[str]) -> bool:
    return any("from-the-cache" in line for line in listing)


def test_a_second_listing_is_read_from_the_cache_and_refresh_loads_afresh(
    env: dict[str, str],
) -> None:
    first = formats(env)
    assert any(line.split()[:2] == ["exporter", "ical"] for line in first)
    mark(env)
    assert marked(formats(env))
    refreshed = formats(env, "--refresh")
    assert refreshed == first
    assert not marked(formats(env))  # the refresh replaced the kept listing


def test_installing_a_distribution_loads_the_plugins_again(env: dict[str, str]) -> None:
    formats(env)
    mark(env)
    make_dist(Path(env["PYTHONPATH"]), EXPORTER.format(name="upper"))
    listing = formats(env)
    assert not marked(listing)
    assert any(line.split()[:4] == ["exporter", "upper", "fake", "fake-plugin"] for line in listing)


def test_editing_a_plugin_module_loads_the_plugins_again(env: dict[str, str]) -> None:
    module = make_dist(Path(env["PYTHONPATH"]), EXPORTER.format(name="upper"))
    formats(env)
    mark(env)
    assert marked(formats(env))
    source = Path(env["PYTHONPATH"]) / f"{module}.py"
    source.write_text(textwrap.dedent(EXPORTER.format(name="lower")), encoding="utf-8")
    later = source.stat().st_mtime_ns + 1_000_000_000  # a clock tick apart, whatever the disk
    os.utime(source, ns=(later, later))
    listing = formats(env)
    assert not marked(listing)
    assert any(line.split()[:2] == ["exporter", "lower"] for line in listing)


def test_another_plugin_limit_loads_the_plugins_again(env: dict[str, str]) -> None:
    make_dist(Path(env["PYTHONPATH"]), EXPORTER.format(name="upper"))
    formats(env)
    mark(env)
    listing = formats({**env, plugins.ENV_LOAD_PLUGINS: "koreadip"})
    assert not marked(listing)
    assert any("fake-plugin" in line and "blocked" in line for line in listing)


def test_a_listing_with_a_failed_plugin_is_not_kept(env: dict[str, str]) -> None:
    make_dist(Path(env["PYTHONPATH"]), "raise RuntimeError('boom at import')")
    listing = formats(env)
    assert any("failed" in line and "boom at import" in line for line in listing)
    assert not Path(env[plugin_cache.ENV_CACHE_DIR]).exists()


def test_a_damaged_cache_file_is_loaded_over(env: dict[str, str]) -> None:
    first = formats(env)
    kept(env).write_text('{"header": [1, 2', encoding="utf-8")
    assert formats(env) == first
    assert json.loads(kept(env).read_text(encoding="utf-8"))["rows"]
    # a row of the wrong length, under a key that still holds
    data = json.loads(kept(env).read_text(encoding="utf-8"))
    data["rows"].append(["exporter", "short"])
    kept(env).write_text(json.dumps(data), encoding="utf-8")
    assert formats(env) == first


def test_an_unwritable_cache_folder_still_lists(env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    listing = formats({**env, plugin_cache.ENV_CACHE_DIR: str(blocker / "cache")})
    assert any(line.split()[:2] == ["exporter", "json"] for line in listing)


def test_a_process_with_the_plugins_loaded_lists_them_live_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(plugin_cache.ENV_CACHE_DIR, str(tmp_path / "cache"))
    live = [
        (r.kind, r.name, r.plugin, r.distribution, r.status, r.error or "")
        for r in plugins.plugin_report()
    ]
    assert plugin_cache.plugin_rows() == live
    assert not (tmp_path / "cache").exists()


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(plugin_cache.ENV_CACHE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert plugin_cache.cache_dir() == os.path.join("/somewhere/cache", "koreadip")
    monkeypatch.setenv(plugin_cache.ENV_CACHE_DIR, "/elsewhere")
    assert plugin_cache.cache_dir() == "/elsewhere"
    assert plugin_cache.cache_file().startswith(os.path.join("/elsewhere", "formats-"))


def test_the_plugin_limit_variable_is_the_plugin_hosts() -> None:
    assert plugin_cache._ENV_LOAD_PLUGINS == plugins.ENV_LOAD_PLUGINS


def test_only_pythons_own_library_is_left_out_of_the_key() -> None:
    stdlib = os.path.dirname(os.__file__)
    assert plugin_cache._pythons_own(os.path.join(stdlib, "json", "decoder.py"))
    assert plugin_cache._pythons_own(os.path.join(stdlib, "lib-dynload", "_json.so"))
    # Fedora-like systems install distributions inside the library's folder
    assert not plugin_cache._pythons_own(os.path.join(stdlib, "site-packages", "attr", "x.py"))
    assert not plugin_cache._pythons_own(os.path.join(stdlib, "dist-packages", "pluggy", "x.py"))
    assert not plugin_cache._pythons_own(plugin_cache.__file__)
