"""Saved web pages: the article's text, the page's metadata, no script or style text, no URLs.

The pages in ``tests/fixtures/html`` are made up for these tests.
"""

from __future__ import annotations

import datetime
import doctest
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import koreadip
from koreadip import Dossier, ParseError, Source, webpage
from koreadip.cli import main
from koreadip.webpage import Page, is_html, read_page

PAGES = Path(__file__).resolve().parent / "fixtures" / "html"
ENVOYS = PAGES / "envoys_meet.html"
# names that the fixtures' <script> and <style> elements mention, and their running text not
SCRIPTED = ("Mike Pompeo", "Kim Yong-chol", "Kang Kyung-wha", "Pyongyang", "Tokyo")


def test_the_article_text_and_the_page_metadata_are_read() -> None:
    d = koreadip.parse_file(ENVOYS)
    (source,) = d.sources
    assert source.title == "Envoys meet in Seoul on sanctions"
    assert source.published == datetime.date(2018, 12, 21)
    assert source.url == "https://news.example.org/politics/2018/12/envoys-meet"
    assert sorted(o.name for o in d.officials) == ["Lee Do-hoon", "Stephen Biegun"]
    (meeting,) = d.meetings
    # "on Friday", resolved against the page's own date
    assert (str(meeting.date), meeting.location) == ("2018-12-21", "Seoul")


def test_script_and_style_text_is_never_read() -> None:
    for path in sorted(PAGES.glob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert all(name in html for name in SCRIPTED[:1])  # the fixture does hide them
        page = read_page(html, name=path.name)
        assert not any(name in page.text for name in SCRIPTED), path.name
        assert "dataLayer" not in page.text
        assert "font-family" not in page.text
        assert "color" not in page.text
        names = {o.name for o in koreadip.parse_file(path).officials}
        assert not names & set(SCRIPTED), path.name


def test_boilerplate_around_the_article_is_left_out() -> None:
    text = read_page(ENVOYS.read_text(encoding="utf-8")).text
    assert text.startswith("Envoys meet in Seoul on sanctions\n\n")
    assert "Most read" not in text
    assert "Copyright" not in text
    assert "Home" not in text


def test_evidence_offsets_index_the_extracted_text() -> None:
    page = read_page(ENVOYS.read_text(encoding="utf-8"))
    d = koreadip.parse(page.text, reference_date=page.published)
    for official in d.officials:
        spellings = {official.name, *official.aliases, official.name.split()[-1]}
        for span in official.evidence:
            assert page.text[span.start : span.end] in spellings


def test_a_page_with_no_article_gives_its_title_and_nothing_else() -> None:
    d = koreadip.parse_file(PAGES / "no_article.html")
    assert [s.title for s in d.sources] == ["Made-up: Page not found"]
    assert d.officials == ()
    assert d.meetings == ()


def test_html_is_told_by_suffix_or_by_content(tmp_path: Path) -> None:
    saved = tmp_path / "saved.txt"
    saved.write_bytes(ENVOYS.read_bytes())
    assert koreadip.parse_file(saved).sources[0].url is not None
    assert is_html("page.HTM", "plain words")
    assert is_html("x", "\ufeff  <!-- saved --> <HTML lang='ko'>")
    assert not is_html("x", "Dec. 7 (made-up) -- the <html> tag was mentioned")


def test_many_comments_before_no_html_are_refused_at_once() -> None:
    # a backtracking pattern takes 2^n steps here: this would not finish
    assert not is_html("x", "<!-- -->" * 500 + "plain text")
    assert is_html("x", "<!-- -->" * 500 + "<html>")


@pytest.mark.parametrize(
    "name", ["https://news.example.org/a", "http://x.example", "file:///tmp/a.html"]
)
def test_a_url_is_refused_with_one_clear_line(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ParseError, match="koreadip does not fetch URLs"):
        koreadip.parse_file(name)
    assert main(["parse", name, "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"koreadip: error: {name}: koreadip does not fetch URLs; save the page and give the "
        "file (koreadip parse page.html)"
    ]


def test_the_cli_reads_html_files_of_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.html").write_bytes(ENVOYS.read_bytes())
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--to", "json"]) == 0
    out = capsys.readouterr().out
    assert koreadip.loads(out).sources[0].url == (
        "https://news.example.org/politics/2018/12/envoys-meet"
    )


def test_a_page_piped_to_stdin_is_read_as_a_page(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENVOYS.read_bytes())))
    assert main(["parse", "-", "-q"]) == 0
    (source,) = koreadip.loads(capsys.readouterr().out).sources
    assert source.published == datetime.date(2018, 12, 21)


def test_without_the_extractor_the_error_names_the_file_and_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ParseError, match=r"envoys_meet\.html: .*pip install 'koreadip\[html\]'"):
        koreadip.parse_file(ENVOYS)


def test_page_metadata_fills_only_the_page_own_empty_fields() -> None:
    page = Page(
        text="x", title="Page title", published=datetime.date(2018, 12, 7), url="https://e.x/p"
    )
    digest = Source(id="digest", cites=("cited",))
    cited = Source(id="cited")
    titled = Source(id="titled", title="Its own title", published=datetime.date(2018, 1, 1))
    out = page.annotate(Dossier(sources=[digest, cited, titled]))
    assert [(s.title, s.published, s.url) for s in out.sources] == [
        ("Page title", datetime.date(2018, 12, 7), "https://e.x/p"),
        (None, None, None),
        ("Its own title", datetime.date(2018, 1, 1), "https://e.x/p"),
    ]


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<script>", "</script>", "<style>", "<!--", "-->", "<div class='a'>",
     "</div>", "<html>", "<body>", "<title>", "</title>", "&amp;", "&#x", "<", ">", "\n"]
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=30).map(
        lambda parts: "<!DOCTYPE html>" + "".join(parts)
    )
)
def test_any_html_gives_a_page_or_a_parse_error(html: str) -> None:
    try:
        page = read_page(html)
    except ParseError:
        return
    assert page.text.strip()


def test_module_examples_run() -> None:
    assert doctest.testmod(webpage).failed == 0
