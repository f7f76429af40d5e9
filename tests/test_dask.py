"""koreadip.dask.parse_bag: the same dossier and failures as parse_corpus, read on a cluster.

Every article here is made up for the tests.  The cluster is small (two single-threaded
workers) and the corpus tiny: CI machines have two cores.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import koreadip

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from koreadip.dask import parse_bag  # noqa: E402  (after the skip: needs the dask extra)

TEXTS = {
    "talks.txt": "Made-up sample: talks\n\nSecretary of State Mike Pompeo met Foreign Minister "
    "Kang Kyung-wha in Seoul on Tuesday.\n",
    "call.txt": "Made-up sample: a call\n\nSecretary of State Mike Pompeo spoke by phone with "
    "Foreign Minister Kang Kyung-wha on Tuesday.\n",
    "plan.txt": "Made-up sample: a visit ahead\n\nSecretary of State Mike Pompeo will meet "
    "Foreign Minister Kang Kyung-wha in Seoul on Oct. 9, 2018.\n",
    "envoys.txt": "Made-up sample: envoys\n\nSpecial Representative Stephen Biegun met Lee "
    "Do-hoon in Washington on Friday, and Biegun said talks were productive.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        (tmp_path / f"copy-{name}").write_text(f"Reposted by Example Outlet\n\n{text}")
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01\x02" * 50)
    rows = [f"{name},2018-10-05,https://example.org/{name}" for name in TEXTS]
    rows += [f"copy-{name},2018-10-12," for name in TEXTS]
    rows += ["gone.txt,2018-10-05,", "photo.txt,2018-10-05,"]
    (tmp_path / "manifest.csv").write_text("file,reference_date,url\n" + "\n".join(rows) + "\n")
    return tmp_path


@pytest.mark.slow
def test_a_two_worker_cluster_gives_the_same_dossier_as_parse_corpus(corpus: Path) -> None:
    expected = koreadip.parse_corpus([corpus], manifest=corpus / "manifest.csv")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        got = parse_bag([corpus], manifest=corpus / "manifest.csv", npartitions=4)
    assert got.dossier == expected.dossier
    assert got.failures == expected.failures
    assert got.dossier.meetings  # the corpus says something
    assert [Path(f.path).name for f in got.failures] == ["manifest.csv:10", "photo.txt"]


def test_without_a_cluster_the_bag_runs_on_dasks_own_scheduler(corpus: Path) -> None:
    day = datetime.date(2018, 10, 5)
    files = [corpus / name for name in TEXTS]
    expected = koreadip.parse_corpus(files, reference_date=day)
    got = parse_bag(files, reference_date=day, scheduler="synchronous", npartitions=2)
    assert got == expected


def test_nothing_to_read_gives_the_failures_and_an_empty_dossier(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    got = parse_bag([tmp_path / "empty"], scheduler="synchronous")
    assert got == koreadip.parse_corpus([tmp_path / "empty"])
    assert got.dossier == koreadip.Dossier()
    assert len(got.failures) == 1
