"""``import koreadip`` and ``koreadip --help`` load only what they need; every name still works.

The time it saves is measured by ``bench/startup.py``; these tests pin the cause, which does not
depend on how busy the machine is: which modules a fresh interpreter has loaded.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

import koreadip
from koreadip import api, cli, textio

#: what ``--help`` must not pay for: the schema, the codec, the plugin host, and big stdlib parts
HEAVY = {
    "attrs",
    "cattrs",
    "msgspec",
    "pluggy",
    "importlib.metadata",
    "typing",
    "pathlib",
    "json",
    "datetime",
    "tempfile",
    "koreadip.records",
    "koreadip.codec",
    "koreadip.plugins",
    "koreadip.api",
}


def _loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter loads running ``code`` (beyond its own start)."""
    program = (
        "import sys, io, contextlib\n"
        "before = set(sys.modules)\n"
        f"{code}\n"
        "sys.__stdout__.write(repr(sorted(set(sys.modules) - before)))\n"
    )
    command = [sys.executable, "-c", program]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    return set(ast.literal_eval(run.stdout))


def test_help_loads_argparse_and_the_command_only() -> None:
    loaded = _loaded_by(
        "from koreadip.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['--help'])\n"
    )
    assert "argparse" in loaded
    assert not loaded & HEAVY, sorted(loaded & HEAVY)
    assert {m for m in loaded if m.startswith("koreadip")} == {
        "koreadip",
        "koreadip.cli",
        "koreadip.errors",
    }


def test_import_koreadip_loads_a_name_when_it_is_first_used() -> None:
    loaded = _loaded_by("import koreadip")
    assert not loaded & HEAVY, sorted(loaded & HEAVY)
    loaded = _loaded_by("import koreadip\nkoreadip.Dossier")
    assert "koreadip.records" in loaded
    assert "koreadip.codec" not in loaded


def test_every_public_name_resolves_to_its_module_object() -> None:
    from koreadip import codec, errors, plugins, records

    for name in koreadip.__all__:
        assert getattr(koreadip, name) is not None
    assert koreadip.Dossier is records.Dossier
    assert koreadip.dumps is codec.dumps
    assert koreadip.SchemaError is errors.SchemaError
    assert koreadip.export is plugins.export
    assert koreadip.parse is api.parse
    assert set(koreadip.__all__) <= set(dir(koreadip))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        koreadip.Nope  # noqa: B018
    assert not hasattr(koreadip, "nope")


def test_the_command_size_limit_is_the_library_one() -> None:
    assert cli.DEFAULT_MAX_BYTES == textio.DEFAULT_MAX_BYTES == api.DEFAULT_MAX_BYTES


def test_exporters_stays_the_function_after_its_namesake_module_is_imported() -> None:
    loaded = _loaded_by(
        "import koreadip\n"
        "import koreadip.exporters\n"
        "from koreadip.exporters import BaseExporter\n"
        "assert callable(koreadip.exporters) and 'json' in koreadip.exporters()\n"
        "assert sys.modules['koreadip.exporters'].BaseExporter is BaseExporter\n"
    )
    assert "koreadip.plugins" in loaded


def test_formats_with_its_listing_kept_loads_no_plugin_host() -> None:
    listing = (
        "from koreadip.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    code = main(['formats'])\n"
    )
    first = _loaded_by(listing)  # loads the plugins and keeps the listing (conftest's folder)
    assert "koreadip.plugins" in first
    loaded = _loaded_by(listing)
    assert not loaded & (HEAVY - {"json"}), sorted(loaded & HEAVY)
    assert {m for m in loaded if m.startswith("koreadip")} == {
        "koreadip",
        "koreadip.cli",
        "koreadip.errors",
        "koreadip.plugin_cache",
    }
