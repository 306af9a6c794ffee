"""The stages in order, one function per step; `generator.build` is the entry that calls them.

    ingest -> sidecar metadata -> annotate (cached, parallel) -> resolve -> merge -> timeline
           -> overrides -> charts -> render

Reading inputs happens in `ingest`/`overrides`; writing outputs is left to the caller (CLI or
plugin), which receives the rendered files as a mapping from path to content.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.annotate.batch import annotate_in_batches, annotate_on_dask, worker_count
from generator.cache.keys import annotation_key, extractor_fingerprint, site_key, story_key
from generator.cache.site import load_site, store_site
from generator.cache.store import Cache, collection_paused, content_key, long_lived, source_fingerprint
from generator.config import Settings
from generator.ingest.problems import IngestError
from generator.ingest.reader import load_articles, read_article
from generator.models import Article, ArticleAnnotations, ArticleTimex, IngestProblem, Model, Story
from generator.overrides.api import (
    Overrides,
    apply_article_metadata,
    apply_overrides,
    load_overrides,
)
from generator.overrides.files import OverrideProblem
from generator.results import BuildResult, BuildStats

Progress = Callable[[int, int], None]


# A problem of the ingest (IngestProblem: severity) or of an override file (OverrideProblem: kind).
Problem = IngestProblem | OverrideProblem


# --------------------------------------------------------------------------- story


def build_story(settings: Settings, progress: Progress | None = None) -> tuple[Story, BuildResult]:
    """Everything up to a Story as the editor wants it; problems are collected, not raised."""
    articles, ingest_problems = read_seeds(settings)
    return story_from_articles(settings, articles, ingest_problems, progress)


def read_seeds(settings: Settings) -> tuple[list[Article], list[IngestProblem]]:
    """The seeds folder's articles; files read before with the same bytes come from the cache."""
    if settings.cache_path is None:
        return load_articles(settings.seeds_path)
    from generator.cache.ingest import CachedReader

    reader = CachedReader(settings.cache_path)
    found = load_articles(settings.seeds_path, read=reader)
    reader.prune()
    return found


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
    result = BuildResult()
    _collect(result, ingest_problems)
    overrides, override_problems = load_overrides(
        settings.story_path, settings.overrides_path, [article.id for article in articles]
    )
    _collect(result, override_problems)
    result.editor_errors.extend(_editor_errors(override_problems))
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
    story, extraction_problems = merged_story(settings, inputs.articles, result.stats, progress)
    result.warnings += extraction_problems
    story.problems = list(inputs.ingest_problems)
    story, stale = apply_overrides(story, inputs.overrides, in_place=True)  # the story was made here
    _collect(result, stale)
    result.editor_errors.extend(_editor_errors(stale))
    result.story = story
    result.stats.articles = len(inputs.articles)
    return story, result


# Merged stories kept: the current one and a few recent ones (an editor undoing a change).
STORIES_KEPT = 4


def merged_story(settings: Settings, articles: list[Article], stats: BuildStats,
                 progress: Progress | None = None) -> tuple[Story, list[str]]:
    """The story before the editor's overrides, and the problems extraction met (one message per
    problem, naming the article's file): from the cache when no article, article metadata or code
    changed (an editor's fix re-applies overrides only), else annotated and merged afresh."""
    cache = Cache(settings.cache_path, "stories")
    key = story_key(settings, articles)
    with collection_paused():  # the story's objects hold no garbage (cache/store.py)
        cached = _cached_story(cache.load_text(key))
    if cached is not None:
        stats.from_cache, stats.story_from_cache = len(articles), True
        return cached
    annotations = annotate_articles(articles, settings, stats, progress)
    problems = [f"{article.path}: {problem}" for article, annotated in zip(articles, annotations, strict=True)
                for problem in annotated.problems]
    # Merging allocates many small objects; without freezing, each collection walks the thousands
    # of loaded annotations too (a quarter of merge time at 1,000 articles).
    gc.freeze()
    try:
        sentenced = [_with_sentences(a, n) for a, n in zip(articles, annotations, strict=True)]
        story = _assembled_with_name_memo(settings, sentenced, annotations)
    finally:
        gc.unfreeze()  # a long `mkdocs serve` session must still collect the annotations' cycles
    # The problems are kept with the story: a build that reuses it reports them again.
    cache.store_text(key, _story_entry(story, problems))
    cache.prune(STORIES_KEPT)
    return story, problems


def _assembled_with_name_memo(settings: Settings, articles: list[Article],
                              annotations: list[ArticleAnnotations]) -> Story:
    """`assemble_story`, with the person names an earlier build parsed handed in and the names this
    one asked for stored (story/name_memo.py: a pure function's results, so the same story)."""
    from generator.story import name_memo

    memo = Cache(settings.cache_path, "person-names")
    key = content_key(name_memo.parser_version(), source_fingerprint(name_memo.memo_sources()))
    earlier = memo.load_json(key)
    name_memo.begin()
    name_memo.remember(earlier)
    story = assemble_story(articles, annotations, title=settings.title or "")
    asked = name_memo.asked_entries()
    if asked != earlier:
        memo.store_json(key, asked)
        memo.prune(2)
    return story


class StoryEntry(Model):
    """The merged story's cache entry: the story and the problems extraction met."""

    story: Story
    problems: list[str]


def _story_entry(story: Story, problems: list[str]) -> str:
    """The entry as pydantic's compiled serialiser writes it: a quarter of the time of
    `model_dump(mode="json")` then `json.dumps` (about 0.8 s at 1,000 articles, paid by every
    added article). Non-finite floats are written as JSON's `Infinity`/`NaN` constants
    (`Model`'s `ser_json_inf_nan`), so they come back as themselves, not as None."""
    entry = StoryEntry.model_construct(story=story, problems=problems)
    return StoryEntry.__pydantic_serializer__.to_json(entry).decode("utf-8")


def _cached_story(text: str | None) -> tuple[Story, list[str]] | None:
    from pydantic import ValidationError

    if text is None:
        return None
    try:
        entry = StoryEntry.model_validate_json(text)
    except ValidationError:
        return None
    return entry.story, entry.problems


def assemble_story(articles: list[Article], annotations: list[ArticleAnnotations], title: str) -> Story:
    """Resolve entities and merge facts and dates across all articles into one Story."""
    # Imported here: a warm rebuild takes the rendered site from the cache and never needs them.
    from generator.story.merge import merge_facts
    from generator.story.resolve import resolve_entities
    from generator.story.subjects import resolve_timeline_subjects
    from generator.story.timeline import build_timeline

    entities, entity_ids = resolve_entities(articles, annotations)
    quantities, quotes, claims = merge_facts(articles, annotations, entities, entity_ids)
    timeline = build_timeline(articles, annotations, entity_ids, {e.id: e.type for e in entities})
    timexes = [
        ArticleTimex(article=n.article_id, start=t.start, end=t.end, text=t.text, type=t.type,
                     value=t.value, mod=t.mod)
        for n in annotations for t in n.timexes
    ]
    story = Story(
        title=title or _title_from_articles(articles), articles=articles, entities=entities,
        quantities=quantities, quotes=quotes, claims=claims, timeline=timeline, timexes=timexes,
    )
    resolve_timeline_subjects(story)
    return story


def _title_from_articles(articles: list[Article]) -> str:
    return articles[0].title if articles else "Explainer"


def _collect(result: BuildResult, problems: Sequence[Problem]) -> None:
    for problem in problems:
        target = result.errors if _is_error(problem) else result.warnings
        target.append(problem.describe())


def _editor_errors(problems: Sequence[OverrideProblem]) -> list[str]:
    return [problem.describe() for problem in problems if problem.kind == "error"]


def _is_error(problem: Problem) -> bool:
    if isinstance(problem, IngestProblem):
        return problem.severity == "error"
    return problem.kind == "error"


def _with_publication_date(article: Article, result: BuildResult) -> Article:
    if article.published is not None:
        return article
    from generator.annotate.timex.publication import estimate_publication_date

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
    with collection_paused():  # thousands of annotations read back make no garbage (cache/store.py)
        for index, key in enumerate(keys):
            cached = cache.load(key, ArticleAnnotations)
            if cached is not None and cached.article_id == articles[index].id:
                found[index] = cached
    missing = [index for index in range(len(articles)) if index not in found]
    stats.from_cache, stats.annotated = len(found), len(missing)
    pending = [articles[i] for i in missing]
    if settings.dask_scheduler:
        def keep_from_worker(position: int, annotated: ArticleAnnotations) -> None:
            found[missing[position]] = annotated  # the worker already stored it in the shared cache

        annotate_on_dask(pending, settings.model, settings.dask_scheduler, settings.cache_path,
                         [keys[i] for i in missing], extractor, progress, keep_from_worker)
        return [found[index] for index in range(len(articles))]
    workers = worker_count(settings.workers, len(missing))
    stats.workers = workers
    if pending and workers <= 1:
        _load_extractors(settings.model)

    def keep(position: int, annotated: ArticleAnnotations) -> None:
        # Stored as soon as it is made: an interrupted build of 1,000 articles keeps what it did.
        index = missing[position]
        cache.store(keys[index], annotated)
        found[index] = annotated

    annotate_in_batches(pending, settings.model, workers, progress, keep)
    return [found[index] for index in range(len(articles))]


def _load_extractors(model: str) -> None:
    """The extractors' modules (with pint's registry, made at import) and the spaCy model, loaded
    before annotating in this process: they stay for the rest of the process (`long_lived`: no
    collections while they load, then frozen). Forked workers load them in `annotate_in_batches`."""
    with long_lived():
        import generator.annotate.document  # noqa: F401
        from generator.annotate.nlp import load_pipeline

        load_pipeline(model)


# --------------------------------------------------------------------------- site


def build_site_files(settings: Settings, progress: Progress | None = None) -> BuildResult:
    """The Story rendered to Markdown pages, charts and data files (path -> content)."""
    articles, problems = read_seeds(settings)
    inputs = prepare_inputs(settings, articles, problems)
    result = inputs.result
    key = site_key(settings, inputs.articles, inputs.overrides.model_dump_json(), result.warnings,
                   result.errors)
    result.updated = max((a.published for a in inputs.articles if a.published), default=None)
    result.site_key = key
    cached = load_site(settings.cache_path, key)
    if cached is not None:
        result.files = cached
        result.stats.articles = len(inputs.articles)
        result.stats.from_cache = len(inputs.articles)
        return result
    from generator.cache.views import StoryParts
    from generator.charts.build import build_charts
    from generator.render.page_reuse import ReuseStats
    from generator.render.site import render_site

    story, result = story_from_inputs(settings, inputs, progress)
    # The story is only read from here on: without freezing, every collection walks all of it
    # again, and in the forked render workers it would touch (and so copy) the pages they share.
    gc.freeze()
    try:
        parts = StoryParts(story)  # digests of the story's parts: whole-story views reused by them
        charts = build_charts(story, settings.cache_path, parts)
        result.stats.charts_rendered = sum(1 for chart in charts if chart.rendered)
        reuse = ReuseStats()
        result.files = render_site(story, settings, charts, reuse_pages=reuse, parts=parts)
        result.stats.pages_reused, result.stats.pages_rendered = reuse.reused, reuse.rendered
    finally:
        gc.unfreeze()
    store_site(settings.cache_path, key, result.files)
    return result


__all__ = [
    "BuildResult", "BuildStats", "Overrides", "annotate_articles", "assemble_story",
    "build_site_files", "build_story", "build_story_from_paths", "story_from_articles",
]
