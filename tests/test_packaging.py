"""What a user expects of the distribution: a licence, honest classifiers, declared extras."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_license_file_is_the_mit_license_pyproject_declares() -> None:
    assert PROJECT["license"] == "MIT"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Permission is hereby granted, free of charge" in text


def test_classifiers_are_known_to_pypi() -> None:
    trove = pytest.importorskip("trove_classifiers")
    unknown = [c for c in PROJECT["classifiers"] if c not in trove.classifiers]
    assert unknown == []


def test_the_lowest_supported_python_has_its_classifier() -> None:
    lowest = re.fullmatch(r">=(3\.\d+)", PROJECT["requires-python"])
    assert lowest is not None
    assert f"Programming Language :: Python :: {lowest[1]}" in PROJECT["classifiers"]
    assert sys.version_info >= tuple(int(n) for n in lowest[1].split("."))


def test_the_test_extra_pulls_in_every_optional_extra() -> None:
    extras = PROJECT["optional-dependencies"]
    test = set(extras["test"])
    for name, requirements in extras.items():
        if name in ("test", "bench"):
            continue
        assert set(requirements) <= test, name
