"""Hostile article text and metadata (issue 9): nothing from an article becomes markup, runs, reads a
file or vanishes, and one bad file never takes the site (or the user's files) down with it.

Every case is a paragraph of an otherwise ordinary article. The whole pipeline builds the site into
memory (ingest, spaCy, merge, render), and each generated Markdown page is converted to HTML with
Python-Markdown and exactly the extensions MkDocs uses for this repo's mkdocs.yml. The HTML is then
compared with the same site built from clean twins of the articles: the hostile site may only contain
elements and text positions that the clean site has too.

The corpus is in hostile_corpus.py; bad files and the user's files (also through MkDocs) are tested in
test_hostile_files.py, bounded time in test_hostile_time.py. File-level cases (encodings, sizes, odd
names, symlinks) are in test_ingest.py and YAML cases in test_overrides.py; the browser test over a built
site is tests/browser/test_hostile.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement
from mkdocs.utils.meta import get_data

from generator.pipeline import BuildResult
from tests.site.build_tools import guarded_build, project_settings, write_project
from tests.site.hostile_corpus import (
    CASES,
    LEAKS,
    UNIT,
    URL_ATTRIBUTES,
    Case,
    clean_article,
    corpus_files,
    hostile_article,
    url_is_script,
)
from tests.site.site_html import (
    elements,
    markdown_pages,
    page_html,
    position,
    signature,
    squeeze,
    text_nodes,
    visible_text,
)

# An article's running text on its page: paragraphs of anchored sentences, "…" gaps between excerpts,
# entity links and the tooltips of numbers and dates. Nothing else, whatever the article contains.
RUNNING_TEXT_ELEMENTS = frozenset(
    {
        ("p", (), ""),
        ("p", ("class",), "ex-gap"),
        ("span", ("class", "id"), "ex-s"),
        ("span", ("class", "id"), "ex-omitted"),  # the anchor of a sentence that excerpts leave out
        ("p", ("class",), "ex-excerpt"),
        ("a", ("href",), ""),
        ("abbr", ("title",), ""),
    }
)
OWN_PAGE_LINK = re.compile(r"^(?:\.\./)*[a-z0-9_/-]+\.md(?:#[A-Za-z0-9_-]+)?$")


# =========================================================================== building


@dataclass
class Built:
    """One site built in both article-text modes, as HTML bodies per page."""

    results: dict[str, BuildResult]
    pages: dict[tuple[str, str], HtmlElement]  # (mode, path) -> body
    sources: dict[tuple[str, str], str]  # (mode, path) -> Markdown


def build_both_modes(project: Path) -> Built:
    results, pages, sources = {}, {}, {}
    for mode in ("full", "excerpts"):  # the second build reuses the cached annotations
        result = guarded_build(project_settings(project, article_text=mode))
        results[mode] = result
        for path, page in markdown_pages(result.files).items():
            sources[mode, path] = page
            pages[mode, path] = page_html(page)
    return Built(results, pages, sources)



@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build_both_modes(write_project(tmp_path_factory.mktemp("hostile"), corpus_files(hostile_article)))


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Built:
    files = corpus_files(clean_article)
    files["metadata.md"] = clean_metadata()
    return build_both_modes(write_project(tmp_path_factory.mktemp("clean"), files))


def clean_metadata() -> str:
    return (
        "---\ntitle: Pump station zqtitle\noutlet: Shore Gazette zqoutlet\nauthor: Ann Lee zqauthor\n"
        "url: https://shore.example/pump\npublished: 2024-03-07\n---\n\n"
        + (UNIT / "metadata.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    )


# =========================================================================== nothing injected


def article_page(built: Built, mode: str, article_id: str) -> HtmlElement:
    matches = [
        body for (m, path), body in built.pages.items() if m == mode and path.endswith(f"/{article_id}.md")
    ]
    assert len(matches) == 1, f"no page for article {article_id} in {mode} mode"
    return matches[0]



def test_hostile_but_readable_articles_build_without_a_warning(hostile: Built) -> None:
    for result in hostile.results.values():
        assert result.warnings == [] and result.errors == []
        assert len(result.story.articles) == len(CASES) + 2


def test_no_page_has_script_handlers_or_script_urls(hostile: Built) -> None:
    for (mode, path), body in hostile.pages.items():
        for element in elements(body):
            where = f"{mode} {path}: {lxml.html.tostring(element)[:160]!r}"
            assert element.tag not in {"script", "iframe", "object", "embed", "frame", "style", "base"}, where
            assert not [name for name in element.attrib if name.lower().startswith("on")], where
            assert not [n for n in URL_ATTRIBUTES if url_is_script(element.get(n, ""))], where


def test_hostile_pages_use_only_elements_and_text_positions_of_the_clean_site(
    hostile: Built, clean: Built
) -> None:
    allowed_elements = {signature(e) for body in clean.pages.values() for e in elements(body)}
    allowed_positions = {
        position(holder) for body in clean.pages.values() for text, holder in text_nodes(body) if text.strip()
    }
    for (mode, path), body in hostile.pages.items():
        for element in elements(body):
            assert signature(element) in allowed_elements, (
                f"{mode} {path}: {lxml.html.tostring(element)[:200]!r}"
            )
        for text, holder in text_nodes(body):
            if text.strip():
                assert position(holder) in allowed_positions, (
                    f"{mode} {path}: {text[:80]!r} at {position(holder)}"
                )


KNOWN_TEXT_LOSS: dict[str, pytest.MarkDecorator] = {}


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=c.name, marks=KNOWN_TEXT_LOSS.get(c.name, ())) for c in CASES]
)
def test_article_text_is_shown_literally(hostile: Built, case: Case) -> None:
    article = hostile.results["full"].story.article(f"case-{case.name}")
    assert article is not None
    shown = visible_text(article_page(hostile, "full", f"case-{case.name}"))
    for expected in case.visible():
        assert expected in article.text, f"ingest changed {expected!r}"
        assert squeeze(expected) in shown, f"{expected!r} is in the article but not on its page as text"


def running_text_problems(element: HtmlElement) -> list[str]:
    """What is wrong with an element inside an article's running text, which may hold only sentences,
    the gap marks of excerpts, links to our own pages and the tooltips of numbers and dates."""
    kind = signature(element)
    if kind not in RUNNING_TEXT_ELEMENTS:
        return [f"unexpected element {kind}"]
    if element.tag == "a" and not OWN_PAGE_LINK.match(element.get("href", "")):
        return [f"link to {element.get('href')!r}"]
    if element.tag in ("span", "p") and not re.fullmatch(r"(?:s\d+)?", element.get("id", "")):
        return [f"id {element.get('id')!r}"]
    if element.tag == "abbr" and [case for case in CASES if case.marker in element.get("title", "")]:
        return [f"tooltip made from article text: {element.get('title')!r}"]
    return []


def test_article_running_text_holds_only_sentences_links_and_values(hostile: Built) -> None:
    checked = 0
    for (mode, path), body in hostile.pages.items():
        for text in body.find_class("ex-article-text"):
            for element in text.iterdescendants():
                if isinstance(element.tag, str):
                    assert not running_text_problems(element), (
                        f"{mode} {path}: {running_text_problems(element)}"
                    )
                    checked += 1
    assert checked > 500


def test_templates_and_includes_are_never_evaluated(hostile: Built) -> None:
    for result in hostile.results.values():
        for path, content in result.files.items():
            text = content if isinstance(content, str) else content.decode("latin-1")
            assert not [leak for leak in LEAKS if leak in text], path
    shown = visible_text(article_page(hostile, "full", "case-jinja"))
    assert squeeze("{{ 7*7 }} and {{ 12345*9 }}") in shown and "49" not in shown
    assert squeeze('--8<-- "/etc/passwd"') in visible_text(article_page(hostile, "full", "case-snippet"))


def test_front_matter_fence_in_the_body_is_text_not_metadata(hostile: Built) -> None:
    article = hostile.results["full"].story.article("case-fence")
    assert article is not None
    assert article.title == "Lakeside water board approves new filtration plant"
    assert "title: zqfence injected title" in article.text


def heading_text(body: HtmlElement) -> str:
    heading = body.find(".//h1")
    assert heading is not None
    return squeeze("".join(t for t in heading.itertext() if t != "¶"))


def test_hostile_metadata_is_shown_as_text_and_the_url_stays_one_attribute(hostile: Built) -> None:
    article = hostile.results["full"].story.article("metadata")
    assert article is not None
    assert article.title == (
        "Pump station <script>alert(1)</script> {{ 7*7 }} <img src=x onerror=alert(1)> # !!! danger zqtitle"
    )
    assert article.author == "<script>alert(1)</script> [x](javascript:alert(1)) *[HTML]: abbr [31m zqauthor"
    for mode in ("full", "excerpts"):
        page = article_page(hostile, mode, "metadata")
        assert heading_text(page) == squeeze(article.title)
        shown = visible_text(page)
        assert squeeze(str(article.outlet)) in shown and squeeze(str(article.author)) in shown
        originals = [a for a in page.iter("a") if a.text == "Read the original"]
        assert [a.get("href") for a in originals] == [article.url]
        assert set(originals[0].attrib) == {"href", "rel"}
    listings = [
        visible_text(body) for (mode, path), body in hostile.pages.items()
        if mode == "full" and path.startswith("articles/") and path.endswith("/index.md")
    ]  # fmt: skip
    assert [listing for listing in listings if squeeze(article.title) in listing]


def test_front_matter_of_every_page_keeps_the_keys_of_the_clean_site(hostile: Built, clean: Built) -> None:
    for key, page in hostile.sources.items():
        meta = get_data(page)[1]
        clean_meta = get_data(clean.sources[key])[1] if key in clean.sources else {}
        assert set(meta) <= set(clean_meta) | {"description", "title"}, f"{key}: {sorted(meta)}"
        assert isinstance(meta.get("description", ""), str), f"{key}: {meta}"

