"""Every benchmark script under ``bench/`` still runs, on a few inputs, to its last line.

The figures are not looked at (speed is never asserted in a test); this keeps the scripts from
falling behind the library: a field added to the records once left ``bench/codec_speed.py``'s
pydantic and msgspec models one short, and the script failing its own equality check.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

#: each script with arguments small enough for a test, and words of its last lines
RUNS = {
    "ab_parse.py": (["--n", "5", "--turns", "1"], "the same JSON"),
    "codec_speed.py": (["--n", "60", "--repeat", "1"], "ratio to msgspec"),
    "dask_scaling.py": (["--n", "10", "--workers", "1"], "worker"),
    "export_scaling.py": (["--n", "20", "--repeat", "1"], "popolo"),
    "export_throughput.py": (["--n", "60"], "ical"),
    "fuzz_mutations.py": (["--n", "20"], "0 raised"),
    "merge_scaling.py": (["--sizes", "5", "10", "--repeat", "1"], "time per dossier at 10"),
    "parse_throughput.py": (["--n", "10"], "translation"),
    "parse_memory.py": (["--n", "10"], "MB"),
    "pattern_floor.py": (["--n", "3", "--repeat", "1", "--top", "2"], "one pass over the words"),
    "pattern_runs.py": (["--only", "splits", "--units", " ", "--size", "200"], "than the run"),
    "parse_jobs.py": (["--n", "6", "--jobs", "1", "2", "--repeat", "1"], "speedup"),
    "roster_load.py": (["--runs", "1"], "Roster.from_json"),
    "startup.py": (["--repeat", "1"], "koreadip formats"),
}


def test_every_bench_script_is_run_here_or_by_its_own_test() -> None:
    own_tests = {"adversarial.py", "timing.py"}  # test_adversarial.py; the others' clock
    assert {p.name for p in BENCH.glob("*.py")} == set(RUNS) | own_tests


def _run_bench(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``bench/script`` with ``args`` from the checkout's root; it must exit 0."""
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        cwd=BENCH.parent,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(RUNS))
def test_bench_script_runs_to_its_report(script: str) -> None:
    args, last_word = RUNS[script]
    if script == "ab_parse.py" and not (BENCH.parent / ".git").exists():
        pytest.skip("ab_parse.py takes the older code from git: not a git checkout")
    done = _run_bench(script, *args)
    assert last_word in done.stdout, done.stdout[-2000:]


@pytest.mark.slow
def test_ab_parse_times_the_texts_of_a_folder_when_asked() -> None:
    if not (BENCH.parent / ".git").exists():
        pytest.skip("ab_parse.py takes the older code from git: not a git checkout")
    done = _run_bench("ab_parse.py", "--texts", "examples/articles", "--turns", "1")
    count = len(list((BENCH.parent / "examples" / "articles").glob("*.txt")))
    assert f"{count} texts of examples/articles" in done.stdout, done.stdout
    assert f"the same JSON for {count} of {count}" in done.stdout, done.stdout


def test_merge_scaling_times_a_git_revisions_merge_beside_this_one_when_asked() -> None:
    if not (BENCH.parent / ".git").exists():
        pytest.skip("merge_scaling.py --base takes the older code from git: not a git checkout")
    done = _run_bench("merge_scaling.py", "--sizes", "4", "8", "--repeat", "1", "--base", "HEAD")
    assert "\nHEAD:\n" in done.stdout, done.stdout[-2000:]
    assert "merged output at 8 the same as HEAD's: yes" in done.stdout, done.stdout[-2000:]
