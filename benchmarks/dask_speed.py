"""Extraction throughput on a Dask LocalCluster: two worker processes against one.

    .venv/bin/python benchmarks/dask_speed.py [--articles 60] [--repeat 2]

The first N articles of the benchmark corpus (benchmarks/corpus.py) are annotated by the same tasks
a build sends with `dask_scheduler` set (`annotate_on_dask`: `_annotate_and_store` on chunks of at
most 8 articles, at least four per worker), without a cache, on a cluster of one worker process and
on one of two (one thread each: spaCy holds the GIL, so workers are processes), alternately,
--repeat times; the fastest run of each counts. Only the tasks are timed, on a client already
connected. Every worker annotates one article before the clock starts (loading the model, importing the
extractors): a cluster keeps its workers, and what they loaded, between builds. Besides wall-clock
seconds the table gives the CPU seconds the workers spent and the cores they got on average
(CPU / wall): on a machine shared with other work, two workers may get fewer than two cores, and the
speed-up cannot exceed what they got.
"""

from __future__ import annotations

import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.sample import sample_articles, sample_parser  # noqa: E402
from generator.annotate.batch import _annotate_and_store, _dask_chunk_size  # noqa: E402
from generator.cache.keys import annotation_key, extractor_fingerprint  # noqa: E402
from generator.config import DEFAULT_MODEL, Settings  # noqa: E402
from generator.models import Article  # noqa: E402


@dataclass
class Run:
    workers: int
    seconds: float
    cpu_seconds: float
    per_worker: tuple[float, ...]  # CPU seconds of each worker: both must have worked

    @property
    def cores(self) -> float:
        return self.cpu_seconds / self.seconds


def main(argv: list[str] | None = None) -> int:
    args = sample_parser(__doc__, articles=60, repeat=2).parse_args(argv)
    articles = sample_articles(args.articles)
    best: dict[int, Run] = {}
    for _ in range(max(1, args.repeat)):
        for workers in (1, 2):
            run = measure(articles, workers)
            print(f"{workers} worker(s): {run.seconds:.1f} s, {run.cpu_seconds:.1f} CPU s", flush=True)
            if workers not in best or run.seconds < best[workers].seconds:
                best[workers] = run
    print(table(best, len(articles)))
    return 0


def measure(articles: list[Article], workers: int) -> Run:
    from distributed import Client, LocalCluster

    settings = Settings(model=DEFAULT_MODEL)
    extractor = extractor_fingerprint(settings)
    keys = [annotation_key(article, settings, extractor) for article in articles]
    done: list[int] = []

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(_warm_up, articles[0], extractor)
        before = client.run(_cpu_seconds)
        # Timed: the extraction tasks alone, as annotate_on_dask splits them, on the client already
        # connected (a build connects once; that is not extraction throughput).
        size = _dask_chunk_size(len(articles), workers)
        starts = range(0, len(articles), size)
        start = time.perf_counter()
        futures = [client.submit(_annotate_and_store, articles[first:first + size], DEFAULT_MODEL, None,
                                 keys[first:first + size], extractor, pure=False) for first in starts]
        for first, annotated in zip(starts, client.gather(futures), strict=True):
            done.extend(range(first, first + len(annotated)))
        seconds = time.perf_counter() - start
        after = client.run(_cpu_seconds)
    assert sorted(done) == list(range(len(articles)))
    per_worker = tuple(sorted(after[name] - before[name] for name in after))
    return Run(workers, seconds, sum(per_worker), per_worker)


def _warm_up(article: Article, extractor: str) -> None:
    """On each worker: load the model and import every extractor, as a long-running worker has."""
    _annotate_and_store([article], DEFAULT_MODEL, None, ["warm-up"], extractor)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def table(best: dict[int, Run], articles: int) -> str:
    one = best[1]
    lines = ["| workers | articles | seconds | articles/s | worker CPU s | CPU s per worker | cores used "
             "| speed-up |", "|---|---|---|---|---|---|---|---|"]
    for workers, run in sorted(best.items()):
        lines.append(f"| {workers} | {articles} | {run.seconds:.1f} | {articles / run.seconds:.2f} "
                     f"| {run.cpu_seconds:.1f} | {' + '.join(f'{c:.1f}' for c in run.per_worker)} "
                     f"| {run.cores:.2f} | {one.seconds / run.seconds:.2f}× |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
