"""Annotating many articles: in this process, in worker processes that each load spaCy once, or on
the workers of a Dask cluster (`annotate_on_dask`) when a scheduler address is configured.

Articles in, `ArticleAnnotations` out, each handed to the caller as soon as it is made (so that an
interrupted build keeps what it did). spaCy is imported only when there is something to annotate.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from generator.models import Article, ArticleAnnotations

# Below this many uncached articles, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24


def worker_count(requested: int, uncached: int) -> int:
    """Processes for `uncached` articles: `requested` when set (> 0), else from the work and the cores."""
    if requested > 0:
        return requested
    if uncached < PARALLEL_THRESHOLD:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def annotate_in_batches(
    articles: list[Article], model: str, workers: int, progress: Callable[[int, int], None] | None,
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
    from generator.annotate.nlp import load_pipeline

    chunks = _chunks(articles, workers * 4)
    done = 0
    loaded_here = _load_before_forking(model)
    # The workers inherit the model and everything loaded so far; frozen, their collections skip it
    # (and so do not touch, and copy, the pages they share with this process).
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=workers, initializer=load_pipeline, initargs=(model,)) as pool:
            for chunk_result in pool.map(_annotate_chunk, chunks, [model] * len(chunks)):
                for annotated in chunk_result:
                    keep(done, annotated)
                    done += 1
                if progress:
                    progress(done, len(articles))
    finally:
        gc.unfreeze()  # the rest of the build (and a long `mkdocs serve`) collects as usual
        if loaded_here:  # the rest of the build needs no model: its memory goes back
            load_pipeline.cache_clear()


def _load_before_forking(model: str) -> bool:
    """Load the model in this process when workers are forked from it, so that they inherit it
    loaded (and share its memory pages) instead of each loading it again: one load per build, not
    one per worker; the extractors' modules (and the patterns they compile) likewise. Whether this
    call loaded the model (it was not loaded before)."""
    from generator.annotate.nlp import load_pipeline

    if multiprocessing.get_start_method() != "fork":
        return False  # spawned workers start empty and load it themselves
    import generator.annotate.document  # noqa: F401  # imported once here, not once per worker
    prepare_extractors()
    loaded_before = load_pipeline.cache_info().currsize > 0
    load_pipeline(model)
    return not loaded_before


def prepare_extractors() -> None:
    """What every worker's extractors would otherwise read on their first article: the time rules'
    gates, and the word lists read from packages' data (pycountry's languages, the census names, the
    state abbreviations; about 0.07 CPU s)."""
    from generator.annotate.entity_generic_plurals import language_names
    from generator.annotate.given_names import census_surnames
    from generator.annotate.quantities.find import all_given_names
    from generator.annotate.us_states import ap_abbreviations, postal_codes

    prepare_time_rules()
    for read in (language_names, census_surnames, all_given_names, ap_abbreviations, postal_codes):
        read()


def prepare_time_rules() -> None:
    """Read the time-expression rules' gates and required words here, once, for every forked worker
    (each would otherwise read all of them again on its first article)."""
    from generator.annotate.regex_literals import required_word_sets, required_words
    from generator.annotate.regex_scan import prepare
    from generator.annotate.timex import rule_scan
    from generator.annotate.timex.grammar import RULES

    rule_scan.prepare()  # one pass over a text finds where every rule may match
    for index in rule_scan.unread_rules():
        prepare(RULES[index].pattern)  # the few it cannot take: their own companions
    for rule in RULES:
        required_words(rule.pattern)
        required_word_sets(rule.pattern)


def _annotate_chunk(chunk: list[Article], model: str) -> list[ArticleAnnotations]:
    return list(_annotate_serially(chunk, model))


def _annotate_serially(articles: list[Article], model: str) -> Iterator[ArticleAnnotations]:
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(model)
    docs = parse_texts(nlp, (article.text for article in articles))
    for article, doc in zip(articles, docs, strict=True):
        yield annotate_doc(doc, article.id, article.published)


def _chunks(items: list[Article], count: int) -> list[list[Article]]:
    size = max(1, -(-len(items) // count))
    return [items[i:i + size] for i in range(0, len(items), size)]


# Articles per Dask task: enough for spaCy's batching, small enough to spread over the workers.
DASK_CHUNK = 8


class DaskUnavailable(RuntimeError):
    """The configured scheduler cannot be reached, or its workers run another extractor."""


def annotate_on_dask(
    articles: list[Article], model: str, scheduler: str, shared_cache: Path | None,
    keys: list[str], extractor: str, progress: Callable[[int, int], None] | None,
    keep: Callable[[int, ArticleAnnotations], None],
) -> None:
    """Annotate `articles` on the Dask cluster at `scheduler`, handing each result to `keep`.

    Each task also writes its annotations into `shared_cache` under the key computed here, so that
    what a worker did survives an interrupted build; workers must see that folder at the same path."""
    if not articles:
        return
    from distributed import Client, as_completed

    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as error:
        raise DaskUnavailable(
            f"cannot reach the Dask scheduler at {scheduler!r} ({error}); start it with "
            f"`dask scheduler` or remove the dask_scheduler option / --dask-scheduler flag"
        ) from error
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        size = _dask_chunk_size(len(articles), workers)
        futures = {
            client.submit(_annotate_and_store, articles[start:start + size], model, shared_cache,
                          keys[start:start + size], extractor, pure=False): start
            for start in range(0, len(articles), size)
        }
        done = 0
        for future in as_completed(futures):
            results = future.result()
            for offset, annotated in enumerate(results):
                keep(futures[future] + offset, annotated)
            done += len(results)
            if progress:
                progress(done, len(articles))


def _dask_chunk_size(count: int, workers: int) -> int:
    """At least four tasks per worker (so a slow one does not hold the rest), at most DASK_CHUNK."""
    return max(1, min(DASK_CHUNK, -(-count // (workers * 4))))


def _annotate_and_store(
    chunk: list[Article], model: str, shared_cache: Path | None, keys: list[str], extractor: str
) -> list[ArticleAnnotations]:
    """One Dask task, run on a worker: refuse to annotate with other code or another model than the
    client's (the entries would be stored under the client's key), then annotate and store."""
    from generator.cache.keys import extractor_fingerprint
    from generator.cache.store import Cache
    from generator.config import Settings

    if extractor_fingerprint(Settings(model=model)) != extractor:
        raise DaskUnavailable(
            "a Dask worker runs another version of the extractor or the spaCy model than this build; "
            "install the same package and model on every worker"
        )
    cache = Cache(shared_cache, "annotations")
    annotated = list(_annotate_serially(chunk, model))
    for key, result in zip(keys, annotated, strict=True):
        cache.store(key, result)
    return annotated


def annotate_text(text: str, published: dt.date | None, model: str) -> ArticleAnnotations:
    """The `annotate` command's work: one raw text, offsets into exactly that text."""
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts

    doc = next(parse_texts(load_pipeline(model), [text]))  # in pieces when the text is very long
    return annotate_doc(doc, "-", published)
