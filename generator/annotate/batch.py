"""Annotating many articles: in this process, or in worker processes that each load spaCy once.

Articles in, `ArticleAnnotations` out, each handed to the caller as soon as it is made (so that an
interrupted build keeps what it did). spaCy is imported only when there is something to annotate.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

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
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(model)
    docs = parse_texts(nlp, (article.text for article in articles))
    for article, doc in zip(articles, docs, strict=True):
        yield annotate_doc(doc, article.id, article.published)


def _chunks(items: list[Article], count: int) -> list[list[Article]]:
    size = max(1, -(-len(items) // count))
    return [items[i:i + size] for i in range(0, len(items), size)]


def annotate_text(text: str, published: dt.date | None, model: str) -> ArticleAnnotations:
    """The `annotate` command's work: one raw text, offsets into exactly that text."""
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts

    doc = next(parse_texts(load_pipeline(model), [text]))  # in pieces when the text is very long
    return annotate_doc(doc, "-", published)
