"""The project's own extractors' cost as a share of spaCy's: the cold path's extraction, split in two.

    .venv/bin/python benchmarks/extractor_share.py [--articles 40] [--repeat 2]

The first N articles of the benchmark corpus (benchmarks/corpus.py) are parsed by the spaCy pipeline
(`nlp.pipe`, the model loaded, the time rules' gates and the extractors' word lists read and the heap
frozen beforehand, as a build's extraction workers inherit them; a build reads them once, in about
0.2 CPU s) and then
annotated by the project's extractors (`annotate_doc`: dates, names, roles, aliases, numbers,
quotes, claims), in one process, --repeat times; CPU seconds of each part are measured separately
and the run with the least total counts.
Issue 19's target: own / spaCy under 0.15.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.sample import sample_articles, sample_parser  # noqa: E402
from generator.config import DEFAULT_MODEL  # noqa: E402
from generator.models import Article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = sample_parser(__doc__, articles=40, repeat=2).parse_args(argv)
    articles = sample_articles(args.articles)
    runs = [measure(articles) for _ in range(max(1, args.repeat))]
    for spacy_seconds, own_seconds in runs:
        print(f"spaCy {spacy_seconds:.2f} CPU s, own extractors {own_seconds:.2f} CPU s, "
              f"own/spaCy {own_seconds / spacy_seconds:.2f}", flush=True)
    spacy_seconds, own_seconds = min(runs, key=sum)
    print("| articles | spaCy CPU s | own extractors CPU s | own/spaCy |\n|---|---|---|---|")
    share = own_seconds / spacy_seconds
    print(f"| {len(articles)} | {spacy_seconds:.2f} | {own_seconds:.2f} | {share:.2f} |")
    return 0


def measure(articles: list[Article]) -> tuple[float, float]:
    """(spaCy's CPU seconds, the extractors' CPU seconds) over the articles."""
    from generator.annotate.batch import prepare_extractors
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts

    nlp = load_pipeline(DEFAULT_MODEL)
    prepare_extractors()  # as a build does before forking its extraction workers (annotate/batch.py)
    gc.freeze()  # likewise
    start = time.process_time()
    docs = list(parse_texts(nlp, (article.text for article in articles)))
    parsed = time.process_time()
    for article, doc in zip(articles, docs, strict=True):
        annotate_doc(doc, article.id, article.published)
    finished = time.process_time()
    gc.unfreeze()
    return parsed - start, finished - parsed


if __name__ == "__main__":
    raise SystemExit(main())
