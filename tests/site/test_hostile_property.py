"""Property tests (issue 9): any Unicode text from an article renders as text, never as markup.

The render stage gets a Story built by hand, so hypothesis can try hundreds of texts without running
spaCy: the text is an article's title, outlet, author and one of its sentences, an entity's name and
alias, a quote, a claim, what a number is about and a timeline entry. Every generated page is read as
the browser would get it (Python-Markdown with MkDocs' extensions for this repo, then an HTML parser)
and compared with the same story rendered with a plain word in place of the text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import markdown
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement, document_fromstring

from generator.config import Settings
from generator.models import (
    Article,
    Claim,
    Entity,
    EventDate,
    Mention,
    Paragraph,
    Quantity,
    Quote,
    Sentence,
    Source,
    Story,
    TimelineEntry,
)
from generator.render.escape import escape_attr, escape_md, plain_text
from generator.render.site import render_site
from tests.conftest import ROOT
from tests.site.site_html import (
    elements,
    markdown_pages,
    page_html,
    signature,
    site_markdown_options,
    squeeze,
    visible_text,
)

# Pieces of every syntax the site's Markdown, its extensions, Jinja and HTML know, mixed with any
# Unicode text (surrogates cannot be encoded, so no file or page can carry them).
SYNTAX = (
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:alert(1)'>", "</a>",
    "javascript:", "data:text/html,", "[", "](", ")", "![", "<https://evil.example>", "!!! danger ", '"x"',
    "??? note ", "# ", "\n", "\n\n", "    ", "\t", "| ", " |", "|---|", "---", "***", "{: ", "}", "{#id .c}",
    '{: onclick="alert(1)" }', "*[", "]: ", "[^1]", "[^1]: ", "{{ ", " }}", "{% ", " %}", "{#", "#}",
    '--8<-- "/etc/passwd"', ";--8<--", "`", "```", "~~~", "*", "_", "==", "~~", "^^", "\\", "&", "&amp;",
    "&#60;", "&lt;", "<", ">", "<!--", "-->", "<div markdown>", "</div>", "<details>", "- ", "1. ", "> ",
    ":smile:", "\x02", "\x03", "wzxhzdk:0", "klzzwxh:0", "\u200b", "\u202e", "\u2066", "\x00", "\x1b", "\x85",
    "\u2028", "\ufeff", "\U0001f6a2", "\u0645\u062c\u0644\u0633", "\u05de\u05d9\u05dd", "e\u0301",
)  # fmt: skip
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))
HOSTILE_TEXT = st.lists(
    st.sampled_from(SYNTAX) | st.text(ANY_CHARACTER, min_size=1, max_size=8), max_size=14
).map("".join)
# What ingest and the extractors hand on always has a word in it (an empty title or name takes another
# template branch, which is not what these tests are about).
ARTICLE_TEXT = HOSTILE_TEXT.filter(lambda text: any(char.isalpha() for char in text))
PLAIN = "plainword"
PLAIN_TEXTS = (
    PLAIN,
    "Plain words of an ordinary sentence that goes on and on, long enough to be a summary point and to be "
    "cut short where the page has room for only a few words of it",
    # a word that is no sentence on its own (an auxiliary): its home-page line quotes the source
    # sentence instead (story/sentence_form.py), a branch that shows "What each side wants"
    "Were",
    # a future word ("will", "shall"): the line moves to "What happens next" (story/briefing_lines.py),
    # a section of its own that a text may rightly open
    "Plain words shall follow",
)
BEFORE = "The council met on Tuesday."
AFTER = "The vote was delayed."
CONTEXT_DATE = dt.date(2024, 3, 5)
ARTICLE_URL = "https://news.example/a"
SAFE_ID = re.compile(r"^[A-Za-z0-9_-]*$")
SAFE_FRAGMENT = re.compile(r"^#[A-Za-z0-9_-]*$")
PROPERTY_SETTINGS = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


# =========================================================================== the story


def source(article: Article, sentence: Sentence) -> Source:
    return Source(
        article=article.id, start=sentence.start, end=sentence.end, sentence=sentence.text,
        sentence_index=sentence.index,
    )  # fmt: skip


def hand_built_article(text: str) -> Article:
    """An article whose second sentence is `text`, with offsets as ingest and spaCy would give them."""
    body = f"{BEFORE} {text} {AFTER}"
    bounds = [(0, len(BEFORE)), (len(BEFORE) + 1, len(BEFORE) + 1 + len(text))]
    bounds.append((bounds[1][1] + 1, len(body)))
    sentences = [
        Sentence(index=index, start=start, end=end, text=body[start:end], paragraph=0)
        for index, (start, end) in enumerate(bounds)
    ]
    return Article(
        id="hostile-article", path="seeds/hostile-article.txt", format="text", title=text, outlet=text,
        author=text, url=ARTICLE_URL, published=CONTEXT_DATE, text=body,
        paragraphs=[Paragraph(index=0, start=0, end=len(body))], sentences=sentences,
    )  # fmt: skip


def story_about(text: str) -> Story:
    """A story in which `text` stands wherever article content can reach a page."""
    article = hand_built_article(text)
    middle = article.sentences[1]
    cited = [source(article, middle)]
    person = Entity(
        id="someone", name=text, type="person", aliases=[text],
        mentions=[Mention(article=article.id, start=middle.start, end=middle.end, text=text)] * 2,
    )  # fmt: skip
    return Story(
        title=text, dek=text, articles=[article], entities=[person],
        quantities=[Quantity(id="q-1", text=text, value=7, about=text, sources=cited, outlets=[text])],
        quotes=[Quote(id="quote-1", speaker=text, speaker_id="someone", text=text, sources=cited)],
        claims=[Claim(id="claim-1", by=text, by_id="someone", text=text, kind="demand", sources=cited)],
        timeline=[
            TimelineEntry(
                id="t-1", date=EventDate(value="2024-03-05", edtf="2024-03-05", start=CONTEXT_DATE,
                end=CONTEXT_DATE), text=text, timex=text, sources=cited,
            )
        ],
    )  # fmt: skip


def render_pages(text: str) -> dict[str, HtmlElement]:
    files = render_site(story_about(text), Settings(project_dir=ROOT, article_text="full", cache_dir=None))
    return {path: page_html(page) for path, page in markdown_pages(files).items()}


@dataclass(frozen=True)
class Baseline:
    """What a page of the same story has when its text is a plain word."""

    elements: frozenset[tuple[str, tuple[str, ...], str]]
    links: frozenset[str]


@cache
def baseline_pages() -> dict[str, Baseline]:
    """Per page, the union over plain texts: some parts of a page depend on the length of a text
    (a summary needs sentences of some length, long names are cut), so both a word and a long
    sentence are rendered."""
    renders = [render_pages(plain) for plain in PLAIN_TEXTS]
    return {
        path: Baseline(
            frozenset(signature(e) for pages in renders for e in elements(pages[path])),
            frozenset(
                str(e.get("href"))
                for pages in renders
                for e in elements(pages[path])
                if e.get("href") is not None
            ),
        )
        for path in renders[0]
    }


def shown_as(text: str) -> str:
    """What a reader must see of `text`: control, format and private-use characters are dropped (they
    are never text), whitespace does not count."""
    kept = "".join(
        c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cs") or c in "\t\n\r "
    )
    return squeeze(kept)


# =========================================================================== properties


def unexpected_attribute_values(element: HtmlElement, baseline: Baseline) -> list[str]:
    """Link targets and ids that the page's own code did not make: links must be those of the plain
    page or anchors in the page (heading permalinks are made from the heading text), ids must be made
    of safe characters."""
    problems = []
    href = element.get("href")
    if href is not None and href not in baseline.links and not SAFE_FRAGMENT.match(href):
        problems.append(f"href={href!r}")
    ident = element.get("id")
    if ident is not None and not SAFE_ID.match(ident):
        problems.append(f"id={ident!r}")
    return problems


@pytest.mark.slow  # renders a whole site per example: about a minute on a shared machine
@PROPERTY_SETTINGS
@given(text=ARTICLE_TEXT)
@example(
    text='<script>alert(1)</script> !!! danger "x" {{ 7*7 }} --8<-- "/etc/passwd" {: onclick="alert(1)" }'
)
@example(text="\x02wzxhzdk:0\x03 \u202e\u200b \x00\x1f")
@example(text="??? note x")  # pymdownx.details: a line that is only `??? type` opens a <details>
@example(text="<script>alert(1)</script>SHALL")  # found by hypothesis: "What happens next" (a future word)
def test_any_article_text_renders_as_text_with_the_structure_of_a_plain_word(text: str) -> None:
    pages = render_pages(text)
    baseline = baseline_pages()
    assert set(pages) == set(baseline)
    for path, body in pages.items():
        for element in elements(body):
            assert signature(element) in baseline[path].elements, f"{path}: {signature(element)}"
            problems = unexpected_attribute_values(element, baseline[path])
            assert not problems, f"{path}: {problems}"
    article = next(body for path, body in pages.items() if path.endswith("/hostile-article.md"))
    heading = article.find(".//h1")
    assert heading is not None
    title = "".join(t for t in heading.xpath("text()|*[not(contains(@class, 'headerlink'))]//text()"))
    assert squeeze(title) == shown_as(text)
    if shown_as(text):
        assert shown_as(text) in visible_text(article)


# The places where the templates put article text, as Markdown around the escaped value: a paragraph, a
# heading, a table cell, a list item, an admonition body, a Markdown-in-HTML block, link text, a
# bold name and an HTML attribute. Names are bold only after `plain_text` (render_context.py) trimmed
# them: emphasis cannot close after a space, whatever the escaping.
CONTEXTS = {
    "paragraph": "Before {md} after.",
    "heading": "## {md} {{: #anchor }}",
    "table": "| Name | Role |\n|---|---|\n| {md} | x |",
    "list": "- {md}\n- second",
    "admonition": '!!! note "Sources disagree"\n\n    {md}',
    "html_block": '<div class="box" markdown>\n\n{md}\n\n</div>',
    "link": "[{md}](page.md#s1)",
    "bold": "**{name}** label",
    "attribute": '<abbr title="{attr}">value</abbr>',
}


def context_html(context: str, text: str) -> HtmlElement:
    markup = CONTEXTS[context].format(
        md=escape_md(text), attr=escape_attr(text), name=escape_md(plain_text(text))
    )
    extensions, configs = site_markdown_options()
    html = markdown.markdown(markup, extensions=extensions, extension_configs=configs)
    return document_fromstring(f"<html><body>{html}</body></html>").body


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=ARTICLE_TEXT, context=st.sampled_from(sorted(CONTEXTS)))
def test_escaped_text_keeps_the_structure_of_its_context(text: str, context: str) -> None:
    plain = context_html(context, PLAIN)
    hostile = context_html(context, text)
    assert [signature(e) for e in elements(hostile)] == [signature(e) for e in elements(plain)]
    if context == "attribute":
        title = hostile.find(".//abbr").get("title")
        assert squeeze(title) == shown_as(text)
    else:
        assert visible_text(hostile) == visible_text(plain).replace(PLAIN, shown_as(text))
