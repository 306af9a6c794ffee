"""Annotating in forked worker processes: the same annotations as in this process, the model loaded
once before the workers fork (they inherit it), and let go afterwards when nothing else holds it."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from generator.annotate.batch import annotate_in_batches
from generator.annotate.nlp import load_pipeline
from generator.models import Article, ArticleAnnotations

MODEL = "en_core_web_sm"
TEXTS = [
    "Mayor Jo Tarn of Wexbury said on Monday that the bridge would reopen in May.",
    "About 300 workers at the Quillon plant walked out, the union said. "
    "\"We want a fair deal,\" Ana Ruiz said.",
    "The council approved a $2.5 million budget last week, according to the Harbor Herald.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{n}", path=f"seeds/a{n}.txt", format="text", title="T", text=text,
                    published=dt.date(2025, 3, 3)) for n, text in enumerate(TEXTS)]


def _annotated(workers: int) -> list[ArticleAnnotations]:
    found: dict[int, ArticleAnnotations] = {}
    annotate_in_batches(_articles(), MODEL, workers, None, found.__setitem__)
    return [found[position] for position in sorted(found)]


def test_forked_workers_annotate_exactly_as_this_process(nlp: Language) -> None:
    assert _annotated(workers=2) == _annotated(workers=1)
    assert load_pipeline(MODEL) is nlp  # loaded before, so kept: a watching process reuses it


def test_a_model_loaded_only_for_the_workers_is_let_go_afterwards() -> None:
    load_pipeline.cache_clear()
    _annotated(workers=2)
    assert load_pipeline.cache_info().currsize == 0
