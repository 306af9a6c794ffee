"""CPU time of the time-expression tagger per token, on the 120 MEANTIME articles.

    .venv/bin/python benchmarks/timex_speed.py [--code PATH] [--repeat 5]

The articles are parsed once with spaCy (not timed); then `find_timexes` tags every parsed article,
--repeat times, and the fastest pass counts (CPU seconds, so other work on a shared machine weighs
less). `--code` names the checkout whose `generator` package is measured (default: this one), so
one interpreter can time two versions of the tagger; run them alternately to compare, e.g.

    for i in 1 2 3; do
        .venv/bin/python benchmarks/timex_speed.py --code /path/to/old/checkout
        .venv/bin/python benchmarks/timex_speed.py
    done
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose generator is timed")
    parser.add_argument("--repeat", type=int, default=5, help="tagging passes; the fastest counts")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code.resolve()))
    from generator.annotate.nlp import load_pipeline
    from generator.annotate.timex.find import find_timexes
    from generator.evaluate.meantime import iter_documents

    documents = iter_documents()
    docs = list(load_pipeline("en_core_web_sm").pipe([d.text for d in documents], batch_size=16))
    tokens = sum(len(doc) for doc in docs)
    best = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        for document, doc in zip(documents, docs, strict=True):
            find_timexes(document.text, document.dct, doc)
        best = min(best, time.process_time() - started)
    print(f"{args.code.resolve()}: {len(documents)} articles, {tokens} tokens, "
          f"best of {args.repeat}: {best:.3f} s CPU = {1e6 * best / tokens:.2f} µs per token")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
