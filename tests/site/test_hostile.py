"""Hostile article text and metadata (issue 9): nothing from an article becomes markup, runs, reads a
file or vanishes, and one bad file never takes the site (or the user's files) down with it.

Every case is a paragraph of an otherwise ordinary article. The whole pipeline builds the site into
memory (ingest, spaCy, merge, render), and each generated Markdown page is converted to HTML with
Python-Markdown and exactly the extensions MkDocs uses for this repo's mkdocs.yml. The HTML is then
compared with the same site built from clean twins of the articles: the hostile site may only contain
elements and text positions that the clean site has too.

File-level cases (encodings, sizes, odd names, symlinks) are in test_ingest.py and YAML cases in
test_overrides.py; the browser test over a built site is tests/browser/test_hostile.py."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement
from mkdocs.utils.meta import get_data

from generator.pipeline import BuildResult
from tests.conftest import FIXTURES, ROOT
from tests.site.build_tools import (
    HANG_GUARD_SECONDS,
    guarded_build,
    hang_guard,
    project_settings,
    write_project,
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

UNIT = FIXTURES / "hostile_unit"
BASELINE = (UNIT / "baseline.txt").read_text(encoding="utf-8")
MKDOCS = [sys.executable, "-m", "mkdocs"]
# A guard against a hung build, not a speed requirement: a healthy build of these inputs takes seconds.

# Attributes whose value the browser loads or runs as a URL.
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "srcset",
    "data",
)
SCRIPT_SCHEMES = re.compile(r"^(?:javascript|vbscript|data|file):", re.I)
# Text that exists on a page only if something read /etc/passwd or evaluated `{{ 12345*9 }}`.
LEAKS = ("root:x:0:0", "daemon:x:", "111105")
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


# =========================================================================== the corpus


@dataclass(frozen=True)
class Case:
    """A hostile paragraph (or several, separated by blank lines) added to an ordinary article.

    `MARK` in the payload becomes a word unique to the case; it is the text that must stay visible and
    must never end up inside structure made from the payload. `shown` lists what the reader must see
    literally (after ingest's documented cleaning of invisible and control characters).
    """

    name: str
    payload: str
    shown: tuple[str, ...] = ()

    @property
    def marker(self) -> str:
        return "zq" + self.name

    def text(self) -> str:
        return self.payload.replace("MARK", self.marker)

    def visible(self) -> tuple[str, ...]:
        expected = self.shown or tuple(p for p in self.text().split("\n\n") if p.strip())
        return tuple(item.replace("MARK", self.marker) for item in expected)


CASES = (
    Case("script", "Residents found <script>alert(1)</script> MARK on the board's website."),
    Case("img", "A commenter posted <img src=x onerror=alert(1)> MARK under the notice."),
    Case(
        "svg", 'The form accepted <svg onload=alert(1)> MARK and <iframe src="javascript:alert(1)"></iframe>.'
    ),
    Case("style", "<style>body { display: none }</style> MARK was pasted into the comments."),
    Case(
        "mdlink",
        "The agenda listed [MARK](javascript:alert(1)) and [a form](data:text/html;base64,PHNjcmlwdD4=).",
    ),
    Case(
        "htmllink",
        "The agenda listed <a href=\"javascript:alert(1)\">MARK</a> and <a href='data:text/html,x'>y</a>.",
    ),
    Case("autolink", "A reader sent <javascript:alert(1)> and <https://evil.example/MARK> to the board."),
    Case(
        "image",
        "A reader sent ![MARK](javascript:alert(1)) and ![x](data:image/svg+xml,<svg onload=alert(1)>).",
    ),
    Case("reflink", "[MARK][evil] was cited in the letter.\n\n[evil]: javascript:alert(1)"),
    Case("admonition", '!!! danger "MARK" was printed on the leaflets.'),
    Case("details", '??? note "MARK" appeared twice.\n\n<details><summary>MARK</summary>hidden</details>'),
    # A whole line that is pymdownx.details syntax, carrying a date and a number so that it becomes a fact
    # whose sentence is quoted on its own line on the fact pages.
    Case("detailsline", '??? danger "MARK: the board voted on Tuesday to spend $4 million"'),
    Case("heading", "# MARK appears in the minutes of the meeting."),
    Case("table", "| MARK | b | appeared in a leaked spreadsheet. |---|---|"),
    Case("footnote", "The report[^1] cited MARK.\n\n[^1]: MARK footnote text."),
    Case(
        "attrlist",
        'The chair spoke MARK{: onclick="alert(1)" } at length.\n\n{: #MARK .MARK onclick="alert(1)" }',
    ),
    Case("attrblock", "{#MARK .MARK}\n\nThe clerk read the MARK motion aloud.{: .injected }"),
    Case("abbr", "*[water]: MARK\n\n*[HTML]: abbr"),
    Case("mdinhtml", '<div markdown="1">**MARK**</div>'),
    Case("emphasis", "**MARK** and _under_ and ==marked== and ~~gone~~ and ^^ins^^ and `code` were typed."),
    Case("fenced", "``` MARK ``` and ~~~ fence ~~~ were typed too."),
    Case("comment", "<!-- MARK --> was hidden in the page source."),
    Case("charref", "The page showed &lt;script&gt;MARK&lt;/script&gt; and &#60;b&#62; and &amp;amp; too."),
    Case("jinja", "An engineer typed {{ 7*7 }} and {{ 12345*9 }} MARK into the form."),
    Case(
        "jinjablock",
        "{% for x in range(3) %}MARK{% endfor %} {# hidden #} {% raw %}{{ config }}{% endraw %}.",
    ),
    Case("snippet", '--8<-- "/etc/passwd"\n\n;--8<-- "/etc/passwd" MARK\n\n--8<-- "mkdocs.yml"'),
    Case("fence", "---\n\ntitle: MARK injected title\n\n---", shown=("title: MARK injected title",)),
    Case(
        "placeholder",
        "Markdown uses \x02wzxhzdk:0\x03 MARK \x02klzzwxh:1\x03 internally.",
        shown=("Markdown uses wzxhzdk:0 MARK klzzwxh:1 internally.",),
    ),
    Case(
        "emoji",
        "Fans posted :smile: \U0001f6a2\U0001f389 MARK \U0001f468\u200d\U0001f469\u200d\U0001f467"
        " :material-alert:.",
    ),
    Case(
        "rtl",
        'The notice said "\u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u064a\u0627\u0647" and '
        '"\u05de\u05d5\u05e2\u05e6\u05ea \u05d4\u05de\u05d9\u05dd" MARK.',
    ),
    # Joiners and direction marks are part of the text: ingest keeps them, so must the page. The
    # Persian word needs its zero-width non-joiner, the family emoji its zero-width joiners.
    Case("persian", "A resident wrote \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 MARK on the form."),
    Case("marks", "The sign read \u05de\u05d9\u05dd\u200f 42 MARK\u200e on the door."),
    Case(
        "invisible",
        "The wa\u200bter MARK file was \u202egnp.exe and \u2066isolated\u2069 text.",
        shown=("The water MARK file was gnp.exe and isolated text.",),
    ),
    Case(
        "controls",
        "Bell\x07 escape\x1b[31m delete\x7f MARK ended.",
        shown=("Bell escape[31m delete MARK ended.",),
    ),
)
# Values a clean twin writes in place of the payload: the same position, nothing hostile.
CLEAN_TEXT = "MARK was posted on the notice board."


def hostile_article(case: Case) -> str:
    """The baseline article with the case's paragraphs between the quote and the demand."""
    paragraphs = BASELINE.rstrip("\n").split("\n\n")
    return "\n\n".join([*paragraphs[:4], case.text(), *paragraphs[4:]]) + "\n"


def clean_article(case: Case) -> str:
    return hostile_article(Case(case.name, CLEAN_TEXT))


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


def corpus_files(article_for: Callable[[Case], str]) -> dict[str, str]:
    files = {"baseline.txt": BASELINE, "metadata.md": (UNIT / "metadata.md").read_text(encoding="utf-8")}
    files.update({f"case-{case.name}.txt": article_for(case) for case in CASES})
    return files


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


def url_is_script(value: str) -> bool:
    # Browsers ignore whitespace and control characters inside a scheme ("java\tscript:").
    return bool(SCRIPT_SCHEMES.match(re.sub(r"[\x00-\x20\x7f-\x9f]+", "", value)))


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


# =========================================================================== one bad article, nothing lost


def test_bad_files_are_skipped_with_a_message_naming_them_and_the_rest_builds(tmp_path: Path) -> None:
    project = write_project(tmp_path, {"good.txt": BASELINE})
    seeds = project / "seeds"
    (seeds / "binary.txt").write_bytes(b"\x00\x01\x02\x03\xff\xfe garbage")
    (seeds / "empty.md").write_bytes(b"")
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(seeds / "pipe.txt")  # reading it would block forever
    result = guarded_build(project_settings(project))
    assert [article.id for article in result.story.articles] == ["good"]
    assert any(path.endswith("/good.md") for path in result.files)
    messages = result.warnings + result.errors
    for name in ("binary.txt", "empty.md", "passwd.txt", "dangling.txt"):
        named = [message for message in messages if f"seeds/{name}" in message]
        assert len(named) == 1, (name, messages)
        assert "(" in named[0] and named[0].rstrip().endswith(")"), f"no advice on what to do: {named[0]}"
    assert not [leak for leak in LEAKS for content in result.files.values() if leak in str(content)]


def test_a_file_name_that_is_not_utf8_does_not_stop_the_build(tmp_path: Path) -> None:
    # Names from old archives or other systems may be Latin-1 bytes; Python hands them over with
    # surrogate escapes, which cannot be written as UTF-8 (JSON cache keys, pages, logs).
    project = write_project(tmp_path, {"good.txt": BASELINE})
    Path(os.fsdecode(os.fsencode(project / "seeds") + b"/caf\xe9.txt")).write_bytes(BASELINE.encode("utf-8"))
    result = guarded_build(project_settings(project))
    assert "good" in [article.id for article in result.story.articles]
    for path, content in result.files.items():
        path.encode("utf-8")
        if isinstance(content, str):
            content.encode("utf-8")
    for message in result.warnings + result.errors:
        message.encode("utf-8")


def tree(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under `folder` (links as their target path) except under the `skip` subfolders."""
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.split("/")[0] in skip:
            continue
        if path.is_symlink():
            found[relative] = os.readlink(path).encode()
        elif path.is_file():
            found[relative] = path.read_bytes()
    return found


def test_cli_build_writes_around_the_users_files_in_the_output_folder(tmp_path: Path) -> None:
    from generator.cli import main

    project = write_project(
        tmp_path / "project", {"good.txt": BASELINE, "bad.txt": hostile_article(CASES[0])}
    )
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.md").write_text("# My own home page\n", encoding="utf-8")  # the name of a generated page
    (out / "notes.txt").write_bytes(b"\x00 not text, and not the generator's")
    users = tree(out)
    inputs = tree(project)
    command = [
        "--project",
        str(project),
        "--templates",
        str(ROOT / "site-templates"),
        "build",
        "--out",
        str(out),
    ]
    with hang_guard():
        assert main([*command, "--quiet"]) == 0
    after = tree(out)
    assert {name: after[name] for name in users} == users
    assert any(name.startswith("articles/") for name in after)
    assert tree(project, skip=(".cache",)) == inputs


# =========================================================================== through MkDocs


def mkdocs_project(folder: Path, articles: dict[str, str]) -> Path:
    """A project with this repo's mkdocs.yml (templates by absolute path), the given seeds and a page
    written by hand in docs/."""
    project = write_project(folder, articles)
    (project / "docs").mkdir()
    (project / "docs" / "notes.md").write_text("# Editor's notes\n\nWritten by hand.\n", encoding="utf-8")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    templates = ROOT / "site-templates"
    config = config.replace("custom_dir: site-templates/overrides", f"custom_dir: {templates / 'overrides'}")
    config = config.replace("templates_dir: site-templates", f"templates_dir: {templates}")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def mkdocs_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*MKDOCS, "build", "--strict"], cwd=project, capture_output=True, text=True,
        timeout=HANG_GUARD_SECONDS, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip


def logged_problems(stderr: str) -> list[str]:
    """The WARNING and ERROR lines of MkDocs' log (what `--strict` counts)."""
    return re.findall(r"^(?:WARNING|ERROR)\b.*$", stderr, re.M)


def script_problems(page: HtmlElement) -> list[str]:
    """Scripts, handlers and script URLs that came from articles (every payload calls alert())."""
    found = [
        f"script: {s.text_content()[:80]!r}" for s in page.iter("script") if "alert(" in s.text_content()
    ]
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        found += [f"handler {name}" for name in element.attrib if name.lower().startswith("on")]
        found += [
            f"{name}={element.get(name)!r}" for name in URL_ATTRIBUTES if url_is_script(element.get(name, ""))
        ]
    return found


@pytest.mark.slow
def test_mkdocs_strict_builds_the_hostile_corpus_cleanly_and_writes_only_what_it_owns(tmp_path: Path) -> None:
    project = mkdocs_project(tmp_path / "project", corpus_files(hostile_article))
    before = tree(project)
    completed = mkdocs_build(project)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert logged_problems(completed.stderr) == []
    assert tree(project, skip=("site", ".cache")) == before
    site = project / "site"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > len(CASES)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not [leak for leak in LEAKS if leak in html], page
        assert not script_problems(lxml.html.document_fromstring(html)), (page, script_problems(page))
    search = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert not [leak for leak in LEAKS if leak in search]
    metadata = lxml.html.parse(str(next(site.rglob("articles/**/metadata/index.html")))).getroot()
    title = metadata.findtext(".//title")
    assert title is not None and "Pump station <script>alert(1)</script> {{ 7*7 }}" in title
    assert "Written by hand." in (site / "notes" / "index.html").read_text(encoding="utf-8")


@dataclass
class FailedBuild:
    completed: subprocess.CompletedProcess[str]
    site_before: dict[str, bytes]
    site_after: dict[str, bytes]
    user_before: dict[str, bytes]
    user_after: dict[str, bytes]


@pytest.fixture(scope="module")
def failed_build(tmp_path_factory: pytest.TempPathFactory) -> FailedBuild:
    """A project that built once, then gets a binary file among its articles and is built again."""
    project = mkdocs_project(tmp_path_factory.mktemp("failing"), {"good.txt": BASELINE})
    first = mkdocs_build(project)
    assert first.returncode == 0, first.stderr[-3000:]
    site_before = tree(project / "site")
    (project / "seeds" / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    user_before = tree(project, skip=("site", ".cache"))
    completed = mkdocs_build(project)
    return FailedBuild(
        completed, site_before, tree(project / "site"), user_before, tree(project, skip=("site", ".cache"))
    )


@pytest.mark.slow
def test_a_bad_article_fails_the_strict_build_with_a_message_naming_it(failed_build: FailedBuild) -> None:
    assert failed_build.completed.returncode != 0
    lines = failed_build.completed.stderr.splitlines()
    named = [line for line in lines if "seeds/scan.txt" in line and "strict mode stops" not in line]
    assert len(named) == 1 and "PNG" in named[0] and "save the article as plain text" in named[0], named
    assert "seeds/scan.txt" in next(line for line in lines if "strict mode stops" in line)  # issue 14


@pytest.mark.slow
def test_a_failed_build_leaves_every_file_the_user_wrote_untouched(failed_build: FailedBuild) -> None:
    assert failed_build.user_after == failed_build.user_before


@pytest.mark.slow
def test_a_failed_build_leaves_the_previous_site_intact(failed_build: FailedBuild) -> None:
    assert failed_build.completed.returncode != 0
    assert failed_build.site_after == failed_build.site_before


# =========================================================================== bounded time


@pytest.mark.parametrize(
    "text",
    [
        # Plain news prose, no tricks: each once sent an extractor into a loop that never ended.
        "The water board said on Thursday that the old pump station will close in April, engineer Ann Lee "
        "said.",
        "Final score: 42 points.",  # a number, no verb
        "Budget for 2025: $38 million.",
    ],
    ids=["two-reporting-verbs", "verbless-score", "verbless-budget"],
)
def test_ordinary_sentences_are_annotated_in_bounded_time(nlp: object, text: str) -> None:
    from generator.annotate.batch import annotate_text

    with hang_guard(60):
        annotations = annotate_text(text, None, "en_core_web_sm")
    assert annotations.sentences


# A long article's paragraphs, and how much more work the long build may take per added paragraph:
# the work grows about 4.3-fold from SHORT to LONG paragraphs (CPU seconds over the one-article
# baseline, 2.0 -> 8.6 s, 2026-12-06); linear is 4, quadratic 16. Far enough below 16 that a quadratic
# step is caught, far enough above 4.3 that a loaded machine's noise does not fail the test.
SHORT_ARTICLE, LONG_ARTICLE, GROWTH_ALLOWED = 500, 2_000, 10.0


def build_cpu_seconds(project: Path, out: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Build with the CLI; the CPU seconds it took (its own and its workers'), under a hang guard.

    CPU time, not wall time: on a loaded machine the wall clock grows with everyone else's work, the
    CPU time of this build far less."""
    import resource  # Unix only, like the hang guard's signals

    command = [
        sys.executable, "-m", "generator", "--project", str(project),
        "--templates", str(ROOT / "site-templates"), "build", "--out", str(out), "--quiet",
    ]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=HANG_GUARD_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the build did not finish within {HANG_GUARD_SECONDS} s")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, completed


def long_article(paragraphs: int) -> str:
    lines = (f"Paragraph {n} reports that the count reached {n * 7} by noon." for n in range(paragraphs))
    return "\n".join(lines)


@pytest.mark.slow
def test_a_huge_and_a_very_long_article_do_not_hang_the_build(tmp_path: Path) -> None:
    """A 20 MB article is refused by its size before it is read, and a very long one is built, in time
    linear in its length: the work a 2,000-paragraph article adds is compared with what a 500-paragraph
    one adds, each over a build of the baseline article alone, all measured in this test."""
    baseline, _ = build_cpu_seconds(write_project(tmp_path / "baseline", {"good.txt": BASELINE}),
                                    tmp_path / "baseline-out")
    cpu: dict[int, float] = {}
    for paragraphs in (SHORT_ARTICLE, LONG_ARTICLE):
        project = write_project(tmp_path / f"p{paragraphs}",
                                {"good.txt": BASELINE, "long.txt": long_article(paragraphs) + "\n"})
        if paragraphs == LONG_ARTICLE:
            dump = "The board met again on Tuesday and adjourned without a vote. " * 20 + "\n\n"
            (project / "seeds" / "archive-dump.txt").write_text(dump * (20 * 1024 * 1024 // len(dump) + 1),
                                                                encoding="utf-8")
        out = tmp_path / f"p{paragraphs}-out"
        cpu[paragraphs], completed = build_cpu_seconds(project, out)
        assert [page.name for page in out.rglob("long.md")] == ["long.md"]
    refusal = [line for line in completed.stderr.splitlines() if "seeds/archive-dump.txt" in line]
    assert len(refusal) == 1 and "20.0 MB" in refusal[0] and "split it" in refusal[0], refusal
    short, long = (max(cpu[n] - baseline, 0.1) for n in (SHORT_ARTICLE, LONG_ARTICLE))
    growth = long / short
    assert growth < GROWTH_ALLOWED, (
        f"{LONG_ARTICLE // SHORT_ARTICLE}x the paragraphs took {growth:.1f}x the work "
        f"({short:.1f} -> {long:.1f} CPU s over a {baseline:.1f} s baseline): not linear"
    )
