"""The whole flow of DESIGN.md as one function per step, shared by the CLI and the MkDocs plugin.

    ingest -> sidecar metadata -> annotate (cached, parallel) -> resolve -> merge -> timeline
           -> overrides -> charts -> render

Reading inputs happens in `ingest`/`overrides`; writing outputs is left to the caller (CLI or
plugin), which receives the rendered files as a mapping from path to content.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from generator.cache import Cache, content_key, package_files, source_fingerprint
from generator.config import Settings
from generator.ingest import IngestError, load_articles, read_article
from generator.models import Article, ArticleAnnotations, ArticleTimex, IngestProblem, Story
from generator.nlp_info import model_fingerprint
from generator.overrides import (
    Overrides,
    apply_article_metadata,
    apply_overrides,
    load_overrides,
)

PACKAGE_ROOT = Path(__file__).resolve().parent
# The modules whose code decides what an article's annotations contain.
EXTRACTOR_SOURCES = ("annotate.py", "nlp.py", "models.py", "extract/*.py", "timeline/timex.py")
# Below this many uncached articles, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
# Whole rendered sites kept in the cache: the current one and the one before it (undoing an edit).
# Each is about the size of the generated Markdown, so older ones would only fill the disk.
SITES_KEPT = 2

Progress = Callable[[int, int], None]


class Problem(Protocol):
    def describe(self) -> str: ...


@dataclass
class BuildStats:
    articles: int = 0
    annotated: int = 0
    from_cache: int = 0
    charts_rendered: int = 0
    workers: int = 1


@dataclass
class BuildResult:
    story: Story
    files: dict[str, str | bytes]
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    stats: BuildStats = field(default_factory=BuildStats)
    updated: dt.date | None = None  # newest publication date: the explainer's "last updated"
    site_key: str | None = None  # the rendered site's cache key


# --------------------------------------------------------------------------- story


def build_story(settings: Settings, progress: Progress | None = None) -> tuple[Story, BuildResult]:
    """Everything up to a Story as the editor wants it; problems are collected, not raised."""
    articles, ingest_problems = load_articles(settings.seeds_path)
    return story_from_articles(settings, articles, ingest_problems, progress)


def build_story_from_paths(settings: Settings, paths: Sequence[Path]) -> tuple[Story, BuildResult]:
    """Like build_story, over the given article files and folders (default: the seeds folder)."""
    if not paths:
        return build_story(settings)
    articles: list[Article] = []
    problems: list[IngestProblem] = []
    for path in paths:
        if path.is_dir():
            found, trouble = load_articles(path)
            articles.extend(found)
            problems.extend(trouble)
            continue
        try:
            articles.append(read_article(path, path.parent, problems=problems))
        except IngestError as error:
            problems.append(error.problem)
    return story_from_articles(settings, articles, problems, None)


@dataclass
class Inputs:
    """Everything a build reads, after ingest and the editor's article metadata."""

    articles: list[Article]
    overrides: Overrides
    ingest_problems: list[IngestProblem]
    result: BuildResult


def prepare_inputs(
    settings: Settings, articles: list[Article], ingest_problems: Sequence[IngestProblem]
) -> Inputs:
    result = BuildResult(story=Story(title="", articles=[]), files={})
    _collect(result, ingest_problems)
    overrides, override_problems = load_overrides(
        settings.story_path, settings.overrides_path, [article.id for article in articles]
    )
    _collect(result, override_problems)
    articles = apply_article_metadata(articles, overrides)
    articles = [_with_publication_date(article, result) for article in articles]
    return Inputs(articles, overrides, list(ingest_problems), result)


def story_from_articles(
    settings: Settings, articles: list[Article], ingest_problems: Sequence[IngestProblem],
    progress: Progress | None = None,
) -> tuple[Story, BuildResult]:
    return story_from_inputs(settings, prepare_inputs(settings, articles, ingest_problems), progress)


def story_from_inputs(
    settings: Settings, inputs: Inputs, progress: Progress | None = None
) -> tuple[Story, BuildResult]:
    result = inputs.result
    annotations = annotate_articles(inputs.articles, settings, result.stats, progress)
    result.warnings += [f"{article.path}: {problem}" for article, annotated in
                        zip(inputs.articles, annotations, strict=True) for problem in annotated.problems]
    articles = [_with_sentences(a, n) for a, n in zip(inputs.articles, annotations, strict=True)]
    story = assemble_story(articles, annotations, title=settings.title or "")
    story.problems = list(inputs.ingest_problems)
    story, stale = apply_overrides(story, inputs.overrides, in_place=True)  # the story was made here
    _collect(result, stale)
    result.story = story
    result.stats.articles = len(articles)
    return story, result


def assemble_story(articles: list[Article], annotations: list[ArticleAnnotations], title: str) -> Story:
    """Resolve entities and merge facts and dates across all articles into one Story."""
    # Imported here: a warm rebuild takes the rendered site from the cache and never needs them.
    from generator.merge import merge_facts
    from generator.resolve import resolve_entities
    from generator.timeline.events import build_timeline

    entities, entity_ids = resolve_entities(articles, annotations)
    quantities, quotes, claims = merge_facts(articles, annotations, entities, entity_ids)
    timeline = build_timeline(articles, annotations, entity_ids)
    timexes = [
        ArticleTimex(article=n.article_id, start=t.start, end=t.end, text=t.text, type=t.type,
                     value=t.value, mod=t.mod)
        for n in annotations for t in n.timexes
    ]
    return Story(
        title=title or _title_from_articles(articles), articles=articles, entities=entities,
        quantities=quantities, quotes=quotes, claims=claims, timeline=timeline, timexes=timexes,
    )


def _title_from_articles(articles: list[Article]) -> str:
    return articles[0].title if articles else "Explainer"


def _collect(result: BuildResult, problems: Sequence[Any]) -> None:
    for problem in problems:
        target = result.errors if _is_error(problem) else result.warnings
        target.append(problem.describe())


def _is_error(problem: Any) -> bool:
    return getattr(problem, "severity", None) == "error" or getattr(problem, "kind", None) == "error"


def _with_publication_date(article: Article, result: BuildResult) -> Article:
    if article.published is not None:
        return article
    from generator.timeline.published import estimate_publication_date

    try:
        estimate = estimate_publication_date(article.text, article.copyright_year)
    except Exception as error:  # a date rule failing on odd text: the article builds without the estimate
        result.warnings.append(f"{article.path}: reading a publication date from the text failed "
                               f"({type(error).__name__}); set `published:` in {article.id}.yml")
        return article
    if estimate is None:
        result.warnings.append(
            f"{article.path}: no publication date in the metadata or the text; relative dates stay "
            f"unanchored (set `published:` in {article.id}.yml next to the article)"
        )
        return article
    result.warnings.append(
        f"{article.path}: publication date estimated as {estimate.isoformat()} from the text "
        f"(set `published:` in {article.id}.yml next to the article to fix it)"
    )
    return article.model_copy(update={"published": estimate, "published_estimated": True})


def _with_sentences(article: Article, annotations: ArticleAnnotations) -> Article:
    return article.model_copy(update={"sentences": annotations.sentences})


# --------------------------------------------------------------------------- annotate


def extractor_fingerprint(settings: Settings) -> str:
    """The extractor's version: its own source code, the spaCy model and spaCy's version."""
    return content_key(source_fingerprint(package_files(PACKAGE_ROOT, EXTRACTOR_SOURCES)),
                       model_fingerprint(settings.model))


def annotation_key(article: Article, settings: Settings, extractor: str | None = None) -> str:
    """What an article's annotations depend on: its text and publication date (relative dates are
    read against it) and the extractor. Title, outlet or templates do not change what is found."""
    return content_key(
        article.id, article.text, article.published.isoformat() if article.published else "",
        extractor or extractor_fingerprint(settings),
    )


def annotate_articles(
    articles: list[Article], settings: Settings, stats: BuildStats | None = None,
    progress: Progress | None = None,
) -> list[ArticleAnnotations]:
    """Annotations for every article, from the cache where possible, in the articles' order."""
    stats = stats or BuildStats()
    cache = Cache(settings.cache_path, "annotations")
    extractor = extractor_fingerprint(settings)
    keys = [annotation_key(article, settings, extractor) for article in articles]
    found: dict[int, ArticleAnnotations] = {}
    for index, key in enumerate(keys):
        cached = cache.load(key, ArticleAnnotations)
        if cached is not None and cached.article_id == articles[index].id:
            found[index] = cached
    missing = [index for index in range(len(articles)) if index not in found]
    stats.from_cache, stats.annotated = len(found), len(missing)
    workers = _worker_count(settings, len(missing))
    stats.workers = workers
    pending = [articles[i] for i in missing]

    def keep(position: int, annotated: ArticleAnnotations) -> None:
        # Stored as soon as it is made: an interrupted build of 1,000 articles keeps what it did.
        index = missing[position]
        cache.store(keys[index], annotated)
        found[index] = annotated

    _annotate_uncached(pending, settings.model, workers, progress, keep)
    return [found[index] for index in range(len(articles))]


def _worker_count(settings: Settings, uncached: int) -> int:
    if settings.workers > 0:
        return settings.workers
    if uncached < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _annotate_uncached(
    articles: list[Article], model: str, workers: int, progress: Progress | None,
    keep: Callable[[int, ArticleAnnotations], None],
) -> None:
    """Annotate `articles`, handing each result to `keep(position, annotations)` as it is ready."""
    if not articles:
        return
    if workers <= 1:
        for position, annotated in enumerate(_annotate_serially(articles, model)):
            keep(position, annotated)
            if progress:
                progress(position + 1, len(articles))
        return
    from generator.nlp import load_pipeline

    chunks = _chunks(articles, workers * 4)
    done = 0
    with ProcessPoolExecutor(max_workers=workers, initializer=load_pipeline, initargs=(model,)) as pool:
        for chunk_result in pool.map(_annotate_chunk, chunks, [model] * len(chunks)):
            for annotated in chunk_result:
                keep(done, annotated)
                done += 1
            if progress:
                progress(done, len(articles))


def _annotate_chunk(chunk: list[Article], model: str) -> list[ArticleAnnotations]:
    return list(_annotate_serially(chunk, model))


def _annotate_serially(articles: list[Article], model: str) -> Iterator[ArticleAnnotations]:
    from generator.annotate import annotate_doc
    from generator.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(model)
    docs = parse_texts(nlp, (article.text for article in articles))
    for article, doc in zip(articles, docs, strict=True):
        yield annotate_doc(doc, article.id, article.published)


def _chunks(items: list[Article], count: int) -> list[list[Article]]:
    size = max(1, -(-len(items) // count))
    return [items[i:i + size] for i in range(0, len(items), size)]


# --------------------------------------------------------------------------- site


class RenderedSite(BaseModel):
    """The cached output of a whole build: what render_site returned, keyed by every input."""

    texts: dict[str, str]
    binaries: dict[str, str]  # base64

    @classmethod
    def of(cls, files: dict[str, str | bytes]) -> RenderedSite:
        texts = {k: v for k, v in files.items() if isinstance(v, str)}
        binaries = {k: base64.b64encode(v).decode("ascii") for k, v in files.items() if isinstance(v, bytes)}
        return cls(texts=texts, binaries=binaries)

    def files(self) -> dict[str, str | bytes]:
        files: dict[str, str | bytes] = dict(self.texts)
        files.update({k: base64.b64decode(v) for k, v in self.binaries.items()})
        return files


def site_key(settings: Settings, inputs: Inputs) -> str:
    """Everything the rendered site depends on. A hit skips extraction, merging and rendering."""
    templates = package_files(settings.templates_path, ("**/*",))
    extractor = extractor_fingerprint(settings)
    return content_key(
        *(annotation_key(article, settings, extractor) for article in inputs.articles),
        *(article.model_dump_json() for article in inputs.articles),
        inputs.overrides.model_dump_json(),
        source_fingerprint(package_files(PACKAGE_ROOT, ("**/*.py",))),
        source_fingerprint(tuple(p for p in templates if p.is_file())),
        json.dumps(settings.output_options(), sort_keys=True),
        "|".join(inputs.result.warnings), "|".join(inputs.result.errors),
    )


def build_site_files(settings: Settings, progress: Progress | None = None) -> BuildResult:
    """The Story rendered to Markdown pages, charts and data files (path -> content)."""
    articles, problems = load_articles(settings.seeds_path)
    inputs = prepare_inputs(settings, articles, problems)
    cache = Cache(settings.cache_path, "site")
    key = site_key(settings, inputs)
    inputs.result.updated = max((a.published for a in inputs.articles if a.published), default=None)
    inputs.result.site_key = key
    cached = cache.load(key, RenderedSite)
    if cached is not None:
        result = inputs.result
        result.files = cached.files()
        result.stats.articles = len(inputs.articles)
        result.stats.from_cache = len(inputs.articles)
        return result
    from generator.charts import build_charts
    from generator.render import render_site

    story, result = story_from_inputs(settings, inputs, progress)
    charts = build_charts(story, settings.cache_path)
    result.stats.charts_rendered = sum(1 for chart in charts if getattr(chart, "rendered", False))
    result.files = render_site(story, settings, charts)
    cache.store(key, RenderedSite.of(result.files))
    cache.prune(keep=SITES_KEPT)
    return result


def annotate_text(text: str, published: dt.date | None, model: str) -> ArticleAnnotations:
    """The `annotate` command's work: one raw text, offsets into exactly that text."""
    from generator.annotate import annotate_doc
    from generator.nlp import load_pipeline, parse_texts

    doc = next(parse_texts(load_pipeline(model), [text]))  # in pieces when the text is very long
    return annotate_doc(doc, "-", published)


__all__ = [
    "BuildResult", "BuildStats", "Overrides", "annotate_articles", "annotate_text", "assemble_story",
    "build_site_files", "build_story", "build_story_from_paths", "story_from_articles",
]
