"""Render a Story to the site's files: Markdown pages, data files, chart assets and CSS/JS.

`render_site` is the stage's one entry point. Pages come from the Jinja2 templates in
`site-templates/pages/`; this module decides which pages exist and where, and hands each template
a `SiteIndex` (render/index.py) with everything resolved.

Safety: article text is data. The environment escapes every expression for Markdown and HTML by
default (`finalize`), so a template that forgets the `md` filter still cannot let an article open
an admonition or inject HTML; only values our own code builds (relative links, anchors) are marked
safe. Data is never rendered as a template, so Jinja syntax inside an article is just text.
"""

from __future__ import annotations

import html
import multiprocessing
import os
import posixpath
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError, pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from generator.config import Settings
from generator.models import Article, Story
from generator.render.article_body import article_body
from generator.render.data_files import asset_files, chart_files, data_files
from generator.render.escape import (
    anchor_id,
    escape_attr,
    escape_md,
    glossary_term,
    plain_text,
    safe_url,
    truncate_chars,
    truncate_words,
)
from generator.render.excerpts import MAX_SHARE
from generator.render.index import SiteIndex
from generator.render.layout import FACT_LISTS
from generator.render.paths import article_folder
from generator.render.queries import SiteQueries
from generator.render.search_terms import unaccented_spellings
from generator.render.source_parts import sources_list
from generator.render.template_errors import template_problem
from generator.render.update_cache import updates_days
from generator.render.update_parts import updates_log
from generator.render.views import ArticleView
from generator.story.briefing import CLAIM_ORDER, BriefingLine, BriefingSection, build_briefing
from generator.story.summary import SentenceRef, publication_order
from generator.story.updates import UpdateLine, editor_corrections
from generator.wording import (
    ENTITY_TYPE_SECTIONS,
    UNDATED,
    count,
    date_tooltip,
    display_timex,
    exact_number,
    human_date,
    month_label,
)

if TYPE_CHECKING:  # the charts arrive built; rendering only reads them
    from generator.cache.views import StoryParts
    from generator.charts.build import Chart
    from generator.render.page_reuse import PageReuse, ReuseStats

T = TypeVar("T")

_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
DESCRIPTION_CHARS = 160  # what search engines show of a page's meta description


# --------------------------------------------------------------------------- environment


def _finalize(value: object) -> object:
    """Escape every expression's value unless our own code marked it safe (see module docstring)."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Markup(str(value))
    return escape_md(value)


@pass_context
def _link(context: Context, target: str) -> Markup:
    """A link from the page being rendered to `target` (a path under the docs root, maybe `#anchor`).

    Relative `.md` links are what MkDocs validates and rewrites, so a broken one fails `--strict`.
    """
    page_path = str(context["page_path"])
    path, _, anchor = target.partition("#")
    relative = relative_link(path, posixpath.dirname(page_path)) if path and path != page_path else ""
    return Markup(relative + (f"#{anchor_id(anchor)}" if anchor else ""))


@lru_cache(maxsize=1 << 16)
def relative_link(path: str, folder: str) -> str:
    """`path` relative to `folder`, both posix paths under the docs root (what posixpath.relpath
    gives, without its two abspath calls: pages link hundreds of thousands of times in a big story)."""
    target = path.split("/")
    base = folder.split("/") if folder else []
    common = 0
    while common < min(len(base), len(target)) and base[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + target[common:]) or "."


def _heading(level: int) -> Markup:
    """The `#` marks of a Markdown heading (a literal string would be escaped by `_finalize`)."""
    return Markup("#" * max(1, min(int(level), 6)))


def _glossary_text(value: object) -> Markup:
    """Verbatim text for an abbreviation definition, already restricted to safe characters."""
    text = glossary_term(value)
    if text is None:
        raise ValueError(f"not a safe glossary term: {value!r}")
    return Markup(text)


def _external_url(value: object) -> Markup:
    """An http(s) URL for an `href`: only URLs that `safe_url` accepts, HTML-escaped.

    Markdown stashes a raw inline tag whole, so inside the quoted attribute only HTML escaping is
    needed, and the URL stays readable in the page source.
    """
    url = safe_url(value)
    if url is None:
        raise ValueError(f"not an http(s) URL: {value!r}")
    return Markup(html.escape(url, quote=True))


def meta_description(value: object) -> Markup:
    """A page's front-matter `description`: one line of plain text, cut at a word boundary.

    The value arrives rendered (escaped for Markdown); it is read back as plain text, cut, and
    encoded again, so the cut never splits a character reference. Material prints it unescaped
    into a quoted attribute: the encoding leaves no quote, `<` or `&` of the data there.
    """
    text = plain_text(html.unescape(str(value)))
    return escape_attr(truncate_chars(text, DESCRIPTION_CHARS))


def page_title_filter(terms: Iterable[str]) -> Callable[[object], Markup]:
    """The `h1` filter: a page title escaped like any text, with glossary terms kept from matching.

    The abbr extension marks a term everywhere on the page; in the page title the dotted
    underline is noise. Writing the term's first letter as a character reference leaves the text
    the browser shows unchanged but hides the term from the extension.
    """
    patterns = [re.compile(rf"(?<![\w#&]){re.escape(term)}(?!\w)") for term in sorted(set(terms), key=len)]

    def page_title(value: object) -> Markup:
        text = str(escape_md(value))
        for pattern in patterns:
            text = pattern.sub(lambda match: f"&#{ord(match.group(0)[0])};{match.group(0)[1:]}", text)
        return Markup(text)

    return page_title


def make_environment(templates: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=True,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.do"],
    )
    env.filters.update(
        md=escape_md,
        attr=escape_attr,
        anchor=lambda value: Markup(anchor_id(value)),
        words=truncate_words,
        number=exact_number,
        count=count,
        glossary=_glossary_text,
        url=_external_url,
        human_date=human_date,
        timex=lambda value: display_timex(str(value), None),  # a TIMEX3 value in the site's date style
        date_tooltip=lambda value: date_tooltip(str(value), None),  # its words, never a bare code
        month_label=month_label,
        meta_description=meta_description,
        h1=page_title_filter(()),
        unaccented=unaccented_spellings,
    )
    env.globals.update(link=_link, heading=_heading, ENTITY_TYPE_SECTIONS=ENTITY_TYPE_SECTIONS)
    return env


# --------------------------------------------------------------------------- pages


class PageRenderer:
    """Renders templates into pages, each followed by the glossary terms it uses.

    `render` only queues a page; `finish` renders the queue, on several cores for a big story."""

    def __init__(self, env: Environment, common: dict[str, Any], glossary: list[tuple[str, str]]) -> None:
        self.env = env
        self.common = common
        self.glossary = glossary
        self.jobs: list[tuple[str, str, dict[str, Any]]] = []
        self.reuse: PageReuse | None = None  # set by `attach_reuse`: unchanged pages come from the cache

    def render(self, path: str, template: str, **context: Any) -> None:
        self.jobs.append((path, template, context))

    def finish(self, workers: int) -> dict[str, str]:
        """Every queued page, path -> Markdown. The pages are independent, so forked processes can
        each take a share of them without copying the story (they inherit it)."""
        if self.reuse is not None:
            rendered = self.reuse.finish(lambda indices, render: _render_many(indices, render, workers))
        else:
            rendered = _render_many(list(range(len(self.jobs))), self.render_one, workers)
        return {path: text for (path, _, _), text in zip(self.jobs, rendered, strict=True)}

    def attach_reuse(self, settings: Settings) -> None:
        """Reuse each page's Markdown from the cache while its inputs are unchanged (page_reuse.py)."""
        from generator.render.page_reuse import attach_page_reuse

        self.reuse = attach_page_reuse(settings, self)

    def render_one(self, index: int) -> str:
        path, template, context = self.jobs[index]
        try:
            body = self.env.get_template(template).render(**self.common, **context, page_path=path)
            words = set(_WORDS.findall(body))
            terms = [(term, name) for term, name in self.glossary if _uses_term(body, words, term)]
            if terms:
                glossary = self.env.get_template("partials/glossary.md.j2").render(terms=terms)
                body = body.rstrip("\n") + "\n\n" + glossary
        except TemplateError as error:  # an editor's template: say which file, line and page
            raise template_problem(error, template, path) from error
        return tidy_markdown(body)


# Below this many pages, starting processes costs more than rendering on one core.
PARALLEL_PAGES = 400
_FORKED_RENDER: Callable[[int], Any] | None = None  # what forked workers render with (set before forking)


def _can_fork() -> bool:
    # Forking a process that runs other threads (`mkdocs serve` watches files in one) can copy a
    # lock another thread holds; such a build renders on one core.
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _render_many(indices: list[int], render: Callable[[int], T], workers: int) -> list[T]:
    """`render` of each page index, in order: on several cores when there are many pages."""
    if workers > 1 and len(indices) >= PARALLEL_PAGES and _can_fork():
        return _render_in_processes(indices, render, workers)
    return [render(index) for index in indices]


def _render_in_processes(indices: list[int], render: Callable[[int], T], workers: int) -> list[T]:
    """The pages rendered by `workers` processes: this one and workers - 1 forked ones, each taking
    every workers-th page (page sizes vary along the queue, so interleaving balances the load)."""
    global _FORKED_RENDER
    _FORKED_RENDER = render
    try:
        shares = [indices[start::workers] for start in range(workers)]
        with multiprocessing.get_context("fork").Pool(workers - 1) as pool:
            pending = pool.map_async(_render_share, shares[1:])
            results = {0: [render(index) for index in shares[0]]}
            results.update(enumerate(pending.get(), start=1))
    finally:
        _FORKED_RENDER = None
    pages: dict[int, T] = {}
    for share, texts in results.items():
        pages.update(zip(shares[share], texts, strict=True))
    return [pages[index] for index in indices]


def _render_share(indices: list[int]) -> list[Any]:
    assert _FORKED_RENDER is not None, "only called in a process forked by _render_in_processes"
    return [_FORKED_RENDER(index) for index in indices]


_WORDS = re.compile(r"\w+")


def _uses_term(body: str, words: set[str], term: str) -> bool:
    """Whether `term` stands in `body` as a whole word. The page's word set answers at once for
    every term's words; only a term that could be there is searched for (pages x terms adds up)."""
    if not all(word in words for word in _WORDS.findall(term)):
        return False
    if _WORDS.fullmatch(term):
        return True
    return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", body) is not None


def tidy_markdown(text: str) -> str:
    """One blank line between blocks, no trailing spaces (Markdown's hard break), one final newline."""
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n") + "\n"


def _charts_by_page(charts: Sequence[Chart]) -> dict[str, list[Chart]]:
    pages: dict[str, list[Chart]] = {}
    for chart in charts:
        pages.setdefault(chart.page or "numbers", []).append(chart)
    return pages


def _render_pages(renderer: PageRenderer, site: SiteIndex, story: Story, settings: Settings,
                  briefing: list[BriefingSection], parts: StoryParts | None) -> None:
    ordered = publication_order(story.articles)
    renderer.render(
        "index.md",
        "pages/home.md.j2",
        briefing=briefing,
        ordered_articles=[site.articles[article.id] for article in ordered],
    )
    for fact_list in site.fact_lists.values():
        template = f"pages/{FACT_LISTS[fact_list.kind]}.md.j2"
        renderer.render(fact_list.page, template, part=fact_list)
        for part in fact_list.parts:
            renderer.render(part.page, template, part=part)
    sources = sources_list(list(site.articles.values()), settings.list_page_facts)
    renderer.render(sources.page, "pages/sources.md.j2", part=sources)
    for sources_period in sources.parts:
        renderer.render(sources_period.page, "pages/sources.md.j2", part=sources_period)
    days = updates_days(story, parts, settings.cache_path)
    for day in days:
        for update in day.articles:
            _quote_only_excerpts([*update.developments, *update.revisions], site)
            # a development whose sentence may not be quoted and whose own words are no sentence
            update.developments = [line for line in update.developments if line.text]
    log = updates_log(days, settings.updates_page_days)
    renderer.render(log.page, "pages/updates.md.j2", part=log, corrections=editor_corrections(story))
    for period in log.parts:  # the editor's corrections stand on the overview only
        renderer.render(period.page, "pages/updates.md.j2", part=period, corrections=[])
    renderer.render("people/index.md", "pages/people_index.md.j2")
    for section in site.entity_sections():
        renderer.render(f"{section.folder}/index.md", "pages/people_type.md.j2", section=section)
    for entity in site.major_entities():
        assert entity.page is not None
        renderer.render(entity.page, "pages/entity.md.j2", entity=entity)
    months = _articles_by_month(site, ordered)
    years = _months_by_year(months)
    renderer.render("articles/index.md", "pages/articles_index.md.j2", years=years)
    for year, year_months in years.items():
        if year != UNDATED:
            renderer.render(f"articles/{year}/index.md", "pages/articles_year.md.j2", year=year,
                            months=year_months)
    full_text = settings.article_text == "full"
    for month, views in months.items():
        renderer.render(f"{article_folder(month)}/index.md", "pages/articles_month.md.j2", month=month,
                        views=views)
        for view in views:
            body = article_body(site, view, full_text)
            renderer.render(view.page, "pages/article.md.j2", view=view, body=body)
    renderer.render("data/index.md", "pages/data.md.j2")


def _quote_only_excerpts(lines: Iterable[BriefingLine | UpdateLine], site: SiteIndex) -> None:
    """A line quotes its sentence only when the sentence is one of its article's excerpts (every
    sentence is, with `article_text: full`); otherwise it says its fact in the fact's own words (a
    number: its figure and what it counts). An editor's own wording stays."""
    for line in lines:
        edited = isinstance(line, BriefingLine) and line.edit is not None and bool(line.edit.text)
        if not edited and not line.paraphrased and not site.quotable(line.article, line.sentence_index):
            line.say_own_words()


def _months_by_year(months: dict[str, list[ArticleView]]) -> dict[str, dict[str, list[ArticleView]]]:
    years: dict[str, dict[str, list[ArticleView]]] = {}
    for month, views in months.items():
        year = UNDATED if month == UNDATED else month[:4]
        years.setdefault(year, {})[month] = views
    return years


def _articles_by_month(site: SiteIndex, ordered: Iterable[Article]) -> dict[str, list[ArticleView]]:
    months: dict[str, list[ArticleView]] = {}
    for article in ordered:
        view = site.articles[article.id]
        months.setdefault(view.month, []).append(view)
    return months


def render_site(story: Story, settings: Settings, charts: Sequence[Chart] = (),
                reuse_pages: ReuseStats | None = None,
                parts: StoryParts | None = None) -> dict[str, str | bytes]:
    """Every generated file of the site: relative posix path under the docs root -> content.
    With `reuse_pages`, each page whose inputs did not change comes from the cache
    (render/page_reuse.py), and `reuse_pages` is filled with what was reused and rendered. With
    `parts`, whole-story views are reused while the parts of the story they read are unchanged
    (cache/views.py)."""
    briefing = build_briefing(story, None if settings.article_text == "full" else MAX_SHARE)
    # Sentences the home page links to must be on the article pages, excerpts mode included.
    # The sentences the lines quote, the newest news first, then those "Who is involved" links to.
    lines = [line for section in briefing for line in section.lines]
    lines.sort(key=lambda line: CLAIM_ORDER.index(line.section))  # the order the lines claimed them
    linked = [SentenceRef(line.article, line.sentence_index, line.text, frozenset()) for line in lines]
    site = SiteIndex(story, linked, full_text=settings.article_text == "full",
                     list_page_facts=settings.list_page_facts)
    for section in briefing:
        if section.key != "involved":  # a role or a description, not an article's sentence
            _quote_only_excerpts(section.lines, site)
            section.lines = [line for line in section.lines if line.text or line.counts]
    env = make_environment(settings.templates_path)
    common = {
        "story": story,
        "site": site,
        "settings": settings,
        "title": settings.title or story.title,
        "charts": _charts_by_page(charts),
        "q": SiteQueries(site),
        "full_text": settings.article_text == "full",
        "seeds_label": _seeds_label(settings),
    }
    glossary = site.glossary()
    env.filters["h1"] = page_title_filter(term for term, _ in glossary)
    renderer = PageRenderer(env, common, glossary)
    if reuse_pages is not None:
        renderer.attach_reuse(settings)
    _render_pages(renderer, site, story, settings, briefing, parts)
    files: dict[str, str | bytes] = dict(renderer.finish(render_workers(settings)))
    if reuse_pages is not None and renderer.reuse is not None:
        vars(reuse_pages).update(vars(renderer.reuse.stats))
    elif reuse_pages is not None:  # without a cache folder every page was rendered
        reuse_pages.rendered = [path for path, _, _ in renderer.jobs]
    files.update(data_files(story, settings, site, parts))
    files.update(chart_files(charts))
    files.update(asset_files(settings.templates_path / "assets"))
    return dict(sorted(files.items()))


def render_workers(settings: Settings) -> int:
    """Processes that render pages: as configured, else one per core (at most 8)."""
    return settings.workers if settings.workers > 0 else max(1, min(os.cpu_count() or 1, 8))


def _seeds_label(settings: Settings) -> str:
    """How pages name the seeds folder: as configured when relative, else just its name."""
    seeds = settings.seeds_dir
    return seeds.as_posix().rstrip("/") if not seeds.is_absolute() else seeds.name
