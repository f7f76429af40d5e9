"""parse_corpus: a folder of articles, each with its manifest row, becomes one true timeline.

Every article here is made up for the tests.
"""

from __future__ import annotations

import datetime
import doctest
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koreadip import Dossier, Failure, MeetingStatus, Modality, parse_corpus
from koreadip import corpus as corpus_module
from koreadip.corpus import iter_corpus

MET = (
    "Made-up sample: talks\n\n"
    "Secretary of State Mike Pompeo met Foreign Minister Kang Kyung-wha in Seoul on Tuesday.\n"
)
DATED = (
    "Made-up sample: talks\n\nOctober 4, 2018\n\n"
    "Secretary of State Mike Pompeo met Foreign Minister Kang Kyung-wha in Seoul on Tuesday.\n"
)
PLAN = (
    "Made-up sample: a visit ahead\n\n"
    "Secretary of State Mike Pompeo will meet Foreign Minister Kang Kyung-wha in Seoul "
    "on Oct. 9, 2018.\n"
)
CALL = (
    "Made-up sample: a call\n\n"
    "Secretary of State Mike Pompeo spoke by phone with Foreign Minister Kang Kyung-wha "
    "on Tuesday.\n"
)


def _folder(root: Path, texts: dict[str, str], rows: list[str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    if rows is not None:
        header = "file,reference_date,url,publisher,published"
        (root / "manifest.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return root


def _meetings(d: Dossier) -> Counter[tuple[object, ...]]:
    names = {o.id: o.name for o in d.officials}
    return Counter(
        (
            str(m.date),
            m.status,
            m.modality,
            m.location,
            frozenset(names[p.official_id] for p in m.participants),
        )
        for m in d.meetings
    )


# ------------------------------------------------------------------ reference dates


def test_each_file_is_read_on_its_own_manifest_date(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"a.txt": MET, "b.txt": CALL},
        ["a.txt,2018-10-05,,,", "b.txt,2021-03-12,,,"],
    )
    dossier, failures = parse_corpus([folder], manifest=folder / "manifest.csv")
    assert failures == []
    assert sorted(str(m.date) for m in dossier.meetings) == ["2018-10-02", "2021-03-09"]


def test_the_texts_own_date_wins_over_the_manifest_which_wins_over_the_callers(
    tmp_path: Path,
) -> None:
    folder = _folder(
        tmp_path,
        {"stated.txt": DATED, "listed.txt": MET, "unlisted.txt": CALL},
        ["stated.txt,2019-01-01,,,", "listed.txt,2020-06-05,,,"],
    )
    dossier, _ = parse_corpus(
        [folder], manifest=folder / "manifest.csv", reference_date=datetime.date(2021, 3, 12)
    )
    by_file = {Path(s.path).name: s for s in dossier.sources if s.path}
    assert by_file["stated.txt"].published == datetime.date(2018, 10, 4)
    assert by_file["stated.txt"].reference_date is None
    assert by_file["listed.txt"].reference_date == datetime.date(2020, 6, 5)
    assert by_file["unlisted.txt"].reference_date == datetime.date(2021, 3, 12)
    path_of = {s.id: Path(s.path).name for s in dossier.sources if s.path}
    dates = {path_of[m.sources[0]]: str(m.date) for m in dossier.meetings}
    assert dates == {
        "stated.txt": "2018-10-02",
        "listed.txt": "2020-06-02",
        "unlisted.txt": "2021-03-09",
    }


# ------------------------------------------------------------------ provenance


def test_every_source_records_its_file_as_given_and_the_manifests_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _folder(
        tmp_path / "corpus",
        {"a.txt": MET},
        ["a.txt,2018-10-05,https://example.org/a,Example Wire,2018-10-05"],
    )
    monkeypatch.chdir(tmp_path)
    dossier, _ = parse_corpus(["corpus"], manifest="corpus/manifest.csv")
    (source,) = dossier.sources
    assert source.path == str(Path("corpus") / "a.txt")
    assert (source.url, source.publisher) == ("https://example.org/a", "Example Wire")
    assert source.published == datetime.date(2018, 10, 5)


def test_with_no_paths_the_manifests_files_are_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": MET, "b.txt": CALL}, ["b.txt,2018-10-05,,,"])
    dossier, failures = parse_corpus(manifest=folder / "manifest.csv")
    assert failures == []
    assert [Path(s.path).name for s in dossier.sources] == ["b.txt"]


def test_sources_a_text_only_cites_have_no_file() -> None:
    folder = Path(__file__).parent / "fixtures" / "articles"
    digests = sorted(folder.glob("aggregator_*.txt"))
    assert digests
    for path in digests:
        d = corpus_module.read_file(path)
        cited = {c for s in d.sources for c in s.cites}
        assert cited
        assert all(s.path is None for s in d.sources if s.id in cited)
        assert all(s.path == str(path) for s in d.sources if s.id not in cited)


# ------------------------------------------------------------------ failures


def test_bad_rows_and_bad_files_are_failures_and_the_other_files_are_read(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"good.txt": MET, "baddate.txt": CALL, "empty.txt": ""},
        [
            "good.txt,2018-10-05,,,",
            "baddate.txt,2018-02-30,,,",
            "gone.txt,2018-10-05,,,",
            "empty.txt,2018-10-05,,,",
        ],
    )
    manifest = folder / "manifest.csv"
    dossier, failures = parse_corpus([folder], manifest=manifest)
    assert [Path(s.path).name for s in dossier.sources] == ["good.txt"]
    messages = [str(f) for f in failures]
    assert f"{manifest}:3: reference_date: not a date (YYYY-MM-DD): '2018-02-30'" in messages
    assert f"{manifest}:4: no such file: 'gone.txt'" in messages
    assert not any(m.startswith(str(folder / "baddate.txt")) for m in messages)  # said once
    assert any(m.startswith(str(folder / "empty.txt")) and "empty" in m for m in messages)
    assert all("\n" not in m for m in messages)


def test_an_empty_directory_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    dossier, failures = parse_corpus([tmp_path / "none"])
    assert dossier == Dossier()
    assert failures == [
        Failure(str(tmp_path / "none"), "no *.txt files (or *.html pages) in this directory")
    ]


def test_paths_are_taken_one_at_a_time(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {f"{i}.txt": MET for i in range(3)})
    taken: list[str] = []

    def paths() -> Iterator[Path]:
        for i in range(3):
            taken.append(str(i))
            yield folder / f"{i}.txt"

    results = iter_corpus(paths(), reference_date=datetime.date(2018, 10, 5))
    first = next(results)
    assert isinstance(first, Dossier)
    assert taken == ["0"]
    assert len(list(results)) == 2


# ------------------------------------------------------------------ one timeline


def test_a_plan_then_the_meeting_held_is_one_event_with_both_sources(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"plan.txt": PLAN, "held.txt": MET},
        ["plan.txt,2018-10-01,,,", "held.txt,2018-10-12,,,"],
    )
    dossier, _ = parse_corpus([folder], manifest=folder / "manifest.csv")
    (meeting,) = dossier.meetings
    assert (str(meeting.date), meeting.status, meeting.location) == (
        "2018-10-09",
        MeetingStatus.HELD,
        "Seoul",
    )
    assert meeting.source_count == 2


def test_a_call_and_a_meeting_of_the_same_people_stay_two_events(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        {"call.txt": CALL, "met.txt": MET},
        ["call.txt,2018-10-05,,,", "met.txt,2018-10-05,,,"],
    )
    dossier, _ = parse_corpus([folder], manifest=folder / "manifest.csv")
    assert sorted(m.modality.value for m in dossier.meetings) == ["in_person", "phone"]


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    copies=st.integers(2, 6),
    header=st.booleans(),
    texts=st.lists(st.sampled_from([MET, PLAN, CALL, DATED]), min_size=1, max_size=3, unique=True),
)
def test_copies_from_several_outlets_give_the_same_meetings_as_one_copy(
    tmp_path_factory: pytest.TempPathFactory, copies: int, header: bool, texts: list[str]
) -> None:
    one = tmp_path_factory.mktemp("one")
    many = tmp_path_factory.mktemp("many")
    rows_one, rows_many = [], []
    for i, text in enumerate(texts):
        (one / f"{i}.txt").write_text(text, encoding="utf-8")
        rows_one.append(f"{i}.txt,2018-10-05")
        for k in range(copies):
            body = f"Reposted by Example Outlet {k}\n\n{text}" if header else text
            (many / f"{i}-{k}.txt").write_text(body, encoding="utf-8")
            rows_many.append(f"{i}-{k}.txt,2018-10-05,https://outlet{k}.example/{i}")
    (one / "m.csv").write_text("file,reference_date\n" + "\n".join(rows_one) + "\n")
    (many / "m.csv").write_text("file,reference_date,url\n" + "\n".join(rows_many) + "\n")

    single, _ = parse_corpus([one], manifest=one / "m.csv")
    merged, _ = parse_corpus([many], manifest=many / "m.csv")
    assert _meetings(merged) == _meetings(single)
    assert len(merged.sources) == copies * len(texts)
    assert {m.source_count for m in merged.meetings} <= {copies * n for n in range(1, 5)}
    assert all(m.source_count >= copies for m in merged.meetings)
    assert len({s.id for s in merged.sources}) == len(merged.sources)


def test_the_module_examples_run() -> None:
    result = doctest.testmod(corpus_module)
    assert result.attempted > 0
    assert result.failed == 0


def test_a_corpus_unpacks_and_names_its_parts(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {"a.txt": MET})
    result = parse_corpus([folder / "a.txt"], reference_date=datetime.date(2018, 10, 5))
    dossier, failures = result
    assert (result.dossier, result.failures) == (dossier, failures)
    assert [m.modality for m in dossier.meetings] == [Modality.IN_PERSON]
