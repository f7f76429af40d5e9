"""Every Python snippet in README.md and docs/*.md runs, and every ``>>>`` example gives its output.

Fenced blocks tagged ``python``, ``py``, ``pycon`` or ``python3`` are checked; a block whose lines
start with ``>>>`` is a doctest (ELLIPSIS and NORMALIZE_WHITESPACE on), any other block is run as
code.  The blocks of one file share a namespace, in order, so a later block can use what an
earlier one defined.  They run in a temporary directory where ``examples/`` points at the
project's, so they may write files.  To show a snippet without running it, tag the fence
``python no-test`` (or put ``<!-- no-test -->`` on the line before it).
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
LANGUAGES = {"python", "py", "pycon", "python3"}
FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$")


def snippets(text: str) -> Iterator[tuple[int, str]]:
    """(line number, code) of each Python block to check, in order."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        info = m["info"].strip().split()
        start, fence, indent = i, m["fence"], len(m["indent"])
        i += 1
        body: list[str] = []
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i][indent:] if lines[i][:indent].isspace() else lines[i])
            i += 1
        i += 1
        skipped = "no-test" in info or (start > 0 and "<!-- no-test -->" in lines[start - 1])
        if info and info[0].lower() in LANGUAGES and not skipped:
            yield start + 2, "\n".join(body) + "\n"


def test_snippets_finds_python_blocks_and_skips_others() -> None:
    page = (
        "Text\n\n```python\nx = 1\n```\n\n```console\n$ ls\n```\n\n"
        "```pycon\n>>> x + 1\n2\n```\n\n```python no-test\nboom()\n```\n"
        "<!-- no-test -->\n```python\nboom()\n```\n"
    )
    assert list(snippets(page)) == [(4, "x = 1\n"), (12, ">>> x + 1\n2\n")]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if (ROOT / "examples").is_dir():
        (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1544140800")
    return tmp_path


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_every_python_snippet_in_the_docs_runs(page: Path, workdir: Path) -> None:
    if not page.exists():
        pytest.skip(f"{page.name} not written yet")
    name = page.relative_to(ROOT).as_posix()
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    parser = doctest.DocTestParser()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for lineno, code in snippets(page.read_text(encoding="utf-8")):
        where = f"{name}:{lineno}"
        if code.lstrip().startswith(">>>"):
            test = parser.get_doctest(code, namespace, where, str(page), lineno - 1)
            report: list[str] = []
            runner = doctest.DocTestRunner(optionflags=flags)
            result = runner.run(test, out=report.append, clear_globs=False)
            assert result.failed == 0, f"doctest failed at {where}:\n" + "".join(report)
            namespace.update(test.globs)  # DocTest ran on a copy
        else:
            exec(compile(code, where, "exec"), namespace)


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```(?:console|sh|bash|shell)\n(.*?)^```", text, re.M | re.S)
    return [ln.strip() for b in blocks for ln in b.splitlines() if "python3 -m venv" in ln]


def test_readme_gives_exactly_two_commands_install_and_test() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    install, tests = commands
    assert "koreadip parse examples" in install
    assert "--to ical" in install
    assert "--to jsonld" in install
    assert tests.endswith("pytest -q")


def test_ci_runs_the_readme_test_command_in_its_own_venv() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme_tests = _readme_commands()[1]
    steps = [s.strip() for s in readme_tests.split("&&")]
    ci_steps = [s.replace(".venv", ".ci-venv") for s in steps[:-1]]
    for step in ci_steps:
        assert step in ci, step
    assert re.search(r"^\s*pytest -q\b", ci, re.M), "CI must run the same pytest command"
    assert os.access(ROOT / ".ci" / "run", os.X_OK)
    assert shlex.split(steps[-1]) == ["pytest", "-q"]


def test_the_timeline_example_prints_a_table_and_writes_a_calendar(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import runpy

    folder = workdir / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Made-up sample: Ministers talk\n\nSecretary of State Mike Pompeo met Foreign Minister "
        "Kang Kyung-wha in Seoul on Oct. 7, 2018.\n",
        encoding="utf-8",
    )
    module = runpy.run_path(str(ROOT / "examples" / "timeline.py"))
    assert module["main"]([str(folder), "out.ics"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["date", "status", "modality", "participants", "location"]
    assert (workdir / "out.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
