"""What forked extraction workers spend before they annotate: loading the model, importing the extractors.

    .venv/bin/python benchmarks/worker_setup.py [--workers 2]
    /work/main/.venv/bin/python benchmarks/worker_setup.py   # the same for another checkout

Four one-sentence invented texts are annotated by `annotate_in_batches` with forked worker processes
(as a build with more than 24 uncached articles does); the CPU seconds of this process and of the
workers are printed. With texts this short, the workers' time is almost all set-up. The code
measured is the interpreter's installed `generator` (each checkout's `.venv` holds its own).
"""

from __future__ import annotations

import argparse
import resource
import time

from generator.annotate.batch import annotate_in_batches
from generator.config import DEFAULT_MODEL
from generator.models import Article

TEXT = "The mayor said on Monday that the bridge would reopen in May."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    articles = [Article(id=f"a{n}", path=f"a{n}.txt", format="text", title="T", text=TEXT) for n in range(4)]
    start = time.process_time()
    annotate_in_batches(articles, DEFAULT_MODEL, args.workers, None, lambda _position, _annotated: None)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{args.workers} forked workers: this process {time.process_time() - start:.2f} CPU s, "
          f"the workers {workers.ru_utime + workers.ru_stime:.2f} CPU s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
