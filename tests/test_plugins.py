"""The plugin host: discovery through entry points, isolation of broken plugins, the env limit."""

from __future__ import annotations

import inspect
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import koreadip
from fake_dists import EXPORTER, make_dist
from koreadip import hookspecs, plugins
from koreadip.errors import PluginError
from koreadip.plugins import KoreadipPluginWarning

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "markdown_plugin"
BUILTIN_EXPORTERS = {"csv", "ical", "json", "jsonl", "jsonld"}


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory on ``sys.path`` that fake distributions are installed into; all allowed."""
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "koreadip,fake-plugin,other-plugin")
    return tmp_path


def test_builtin_exporters_come_through_the_entry_point_group() -> None:
    assert set(koreadip.plugins.exporters()) >= BUILTIN_EXPORTERS
    rows = {r.name: r for r in plugins.plugin_report() if r.kind == "exporter"}
    assert rows["ical"].plugin == "koreadip_ical"
    assert rows["csv"].plugin == "koreadip_csv"
    assert rows["json"].distribution.startswith("koreadip ")
    assert all(r.status == "ok" for r in rows.values())


def test_plugins_load_once_until_reset() -> None:
    first = plugins.plugin_manager()
    assert plugins.plugin_manager() is first
    plugins.reset_plugins()
    assert plugins.plugin_manager() is not first


def test_export_writes_through_the_named_exporter() -> None:
    out = io.StringIO()
    plugins.export(koreadip.Dossier(), "json", out)
    assert koreadip.loads(out.getvalue()) == koreadip.Dossier()


def test_unknown_exporter_error_lists_known_names() -> None:
    with pytest.raises(PluginError, match=r"no exporter called 'yaml'.*csv, ical, json"):
        plugins.get_exporter("yaml")


def test_third_party_exporter_is_discovered_and_attributed(site: Path) -> None:
    module = make_dist(site, EXPORTER.format(name="upper"))
    out = io.StringIO()
    plugins.export(koreadip.Dossier(), "upper", out)
    assert out.getvalue() == "UPPER\n"
    row = next(r for r in plugins.plugin_report() if r.name == "upper")
    assert (row.kind, row.plugin, row.distribution, row.status) == (
        "exporter",
        "fake",
        "fake-plugin 1.0",
        "ok",
    )
    assert module in sys.modules


def test_plugin_whose_import_raises_is_named_and_isolated(site: Path) -> None:
    make_dist(site, "raise RuntimeError('boom at import')")
    with pytest.warns(KoreadipPluginWarning, match=r"'fake' \(fake-plugin 1.0\).*boom at import"):
        names = set(plugins.exporters())
    assert names >= BUILTIN_EXPORTERS
    failed = [r for r in plugins.plugin_report() if r.status == "failed"]
    assert [(r.plugin, r.distribution) for r in failed if r.plugin == "fake"] == [
        ("fake", "fake-plugin 1.0")
    ]
    assert "RuntimeError: boom at import" in (failed[-1].error or "")


def test_hook_that_raises_is_named_and_registers_nothing(site: Path) -> None:
    make_dist(
        site,
        """
        from koreadip.hookspecs import hookimpl
        from koreadip_plugins.native import JsonExporter

        class Half(JsonExporter):
            name = "half"

        @hookimpl
        def register_exporters(register):
            register(Half())
            raise ValueError("hook broke halfway")
        """,
    )
    with pytest.warns(KoreadipPluginWarning, match="register_exporters raised ValueError"):
        names = set(plugins.exporters())
    assert "half" not in names
    assert names >= BUILTIN_EXPORTERS


def test_hook_that_returns_garbage_is_named(site: Path) -> None:
    make_dist(
        site,
        """
        from koreadip.hookspecs import hookimpl

        @hookimpl
        def register_exporters(register):
            return ["not", "how", "it", "works"]
        """,
    )
    with pytest.warns(KoreadipPluginWarning, match="returned"):
        plugins.exporters()
    row = next(r for r in plugins.plugin_report() if r.plugin == "fake")
    assert row.status == "failed"
    assert "return None" in (row.error or "")


def test_invalid_exporter_is_refused_with_what_it_lacks(site: Path) -> None:
    make_dist(
        site,
        """
        from koreadip.hookspecs import hookimpl

        class Bare:
            name = "bare"
            def dump(self, dossier, fp): ...

        @hookimpl
        def register_exporters(register):
            register(Bare())
        """,
    )
    with pytest.warns(KoreadipPluginWarning, match="lacks media_type, suffix, description"):
        assert "bare" not in plugins.exporters()


def test_misspelt_hook_is_caught_by_check_pending(site: Path) -> None:
    make_dist(
        site,
        """
        from koreadip.hookspecs import hookimpl

        @hookimpl
        def register_exporter(register):
            pass
        """,
    )
    with pytest.warns(KoreadipPluginWarning, match="invalid hooks.*register_exporter"):
        plugins.exporters()


def test_two_plugins_claiming_one_name_is_an_error_naming_both(site: Path) -> None:
    make_dist(site, EXPORTER.format(name="json"))
    with pytest.warns(KoreadipPluginWarning) as caught:
        exporter = plugins.get_exporter("json")
    assert type(exporter).__module__ == "koreadip_plugins.native"
    message = str(caught[0].message)
    assert "'json' is claimed by plugin 'koreadip_json' and by plugin 'fake'" in message


def test_duplicate_between_third_party_plugins(site: Path) -> None:
    make_dist(site, EXPORTER.format(name="twin"))
    make_dist(site, EXPORTER.format(name="twin"), dist="other-plugin", entry="other")
    with pytest.warns(
        KoreadipPluginWarning, match="'twin' is claimed by plugin 'fake' and by plugin 'other'"
    ):
        assert "twin" in plugins.exporters()


def test_env_limits_which_distributions_load(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_dist(site, EXPORTER.format(name="upper"))
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "other-plugin")
    plugins.reset_plugins()
    assert "upper" not in plugins.exporters()
    assert set(plugins.exporters()) >= BUILTIN_EXPORTERS, "koreadip itself always loads"
    blocked = [r for r in plugins.plugin_report() if r.status == "blocked"]
    assert [r.distribution for r in blocked] == ["fake-plugin 1.0"]
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "Fake_Plugin")
    plugins.reset_plugins()
    assert "upper" in plugins.exporters(), "distribution names compare normalised"


def test_register_after_the_hook_returned_is_refused(site: Path) -> None:
    module = make_dist(
        site,
        """
        from koreadip.hookspecs import hookimpl
        saved = []

        @hookimpl
        def register_exporters(register):
            saved.append(register)
        """,
    )
    plugins.exporters()
    late = sys.modules[module].saved[0]
    with pytest.raises(PluginError, match="after its hook returned"):
        late(plugins.get_exporter("json"))


def test_example_markdown_plugin_is_discovered_from_its_built_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Build the example's wheel with its own pyproject, unpack it as pip would, and load it."""
    code = "import sys; from hatchling.build import build_wheel; print(build_wheel(sys.argv[1]))"
    built = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=EXAMPLE,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    wheel = tmp_path / built.stdout.strip().splitlines()[-1]
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv(plugins.ENV_LOAD_PLUGINS, "koreadip,koreadip-markdown")
    plugins.reset_plugins()
    exporter = plugins.get_exporter("markdown")
    row = next(r for r in plugins.plugin_report() if r.name == "markdown")
    assert row.distribution == "koreadip-markdown 0.1.0"
    d = koreadip.Dossier(
        meetings=[
            koreadip.Meeting(id="b", title="Later", date=koreadip.PartialDate(year=2019)),
            koreadip.Meeting(id="a", title="*Earlier*", date=koreadip.PartialDate(year=2018)),
        ]
    )
    out = io.StringIO()
    exporter.dump(d, out)
    assert out.getvalue() == "# Timeline\n\n- **2018** — \\*Earlier\\*\n- **2019** — Later\n"
    assert not exporter.can_load


def test_every_hookspec_is_documented_typed_and_exercised() -> None:
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    tests = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").glob("test_*.py"))
    plugin_code = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "plugins" / "koreadip_plugins").glob("*.py")
    )
    specs = [
        name
        for name, f in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(f, "koreadip_spec")
    ]
    assert sorted(specs) == ["register_exporters", "register_source_formats"]
    for name in specs:
        spec = getattr(hookspecs, name)
        assert spec.__doc__, name
        assert "register(" in spec.__doc__, name
        assert inspect.signature(spec).parameters["register"].annotation != inspect.Parameter.empty
        assert name in docs, f"{name} is not in docs/plugins.md"
        assert f"def {name}(" in plugin_code, f"no built-in plugin implements {name}"
        assert name in tests.replace(
            inspect.getsource(test_every_hookspec_is_documented_typed_and_exercised), ""
        ), name


def test_source_format_hook_registers_readers_with_their_plugin(site: Path) -> None:
    make_dist(
        site,
        """
        from koreadip.hookspecs import hookimpl

        class Memo:
            name = "memo"
            description = "a made-up memo format"
            def detect(self, text):
                return 1.0 if text.startswith("MEMO") else 0.0
            def split(self, text, *, reference_date=None):
                return []

        @hookimpl
        def register_source_formats(register):
            register(Memo())
        """,
    )
    formats = plugins.source_formats()
    assert formats["memo"].detect("MEMO: hello") == 1.0
    row = next(r for r in plugins.plugin_report() if r.name == "memo")
    assert (row.kind, row.plugin) == ("source_format", "fake")
