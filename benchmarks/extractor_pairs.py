"""The project's own extractors, this checkout against another, timed in pairs.

    .venv/bin/python benchmarks/extractor_pairs.py --other /path/to/main [--articles 40] [--rounds 20]

`extractor_share.py` measures one checkout at a time, and on a shared machine its figure moves by tens of
percent from run to run. Here each checkout gets one warm worker process (its own venv's Python, its own
code: the model loaded, the first N articles of the benchmark corpus parsed once, the extractors prepared);
then, round after round, each worker annotates the same parsed articles once (`annotate_doc`, CPU seconds
of that pass) in turn, the order swapped every round, so both see the same load. Prints the fastest pass
of each and the median of the per-round ratios this/other.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if "--worker" in sys.argv:
    sys.path.insert(0, str(Path.cwd()))  # a worker runs the code of the checkout it was started in

from benchmarks.sample import sample_articles  # noqa: E402


def worker(articles: int) -> None:
    """Parse once, then answer each line on stdin with the CPU seconds of one annotation pass."""
    from generator.annotate.batch import prepare_extractors
    from generator.annotate.document import annotate_doc
    from generator.annotate.nlp import load_pipeline, parse_texts
    from generator.config import DEFAULT_MODEL

    sample = sample_articles(articles)
    docs = list(parse_texts(load_pipeline(DEFAULT_MODEL), (article.text for article in sample)))
    prepare_extractors()
    parsed_state = [dict(doc.user_data) for doc in docs]

    def one_pass() -> float:
        for doc, state in zip(docs, parsed_state, strict=True):  # each pass starts from the parse alone
            doc.user_data.clear()
            doc.user_data.update(state)
        start = time.process_time()
        for article, doc in zip(sample, docs, strict=True):
            annotate_doc(doc, article.id, article.published)
        return time.process_time() - start

    one_pass()  # warm: first-use memos and compiled patterns
    print("ready", flush=True)
    for _ in sys.stdin:
        print(f"{one_pass():.5f}", flush=True)


def start(checkout: Path, articles: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [str(checkout / ".venv" / "bin" / "python"), str(Path(__file__).resolve()), "--worker",
         "--articles", str(articles)],
        cwd=checkout, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def timed(process: subprocess.Popen[str]) -> float:
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write("go\n")
    process.stdin.flush()
    return float(process.stdout.readline())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40, help="the corpus's first N articles")
    parser.add_argument("--other", type=Path, help="the checkout to compare with (with its own .venv)")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker(args.articles)
        return 0
    if args.other is None:
        parser.error("--other CHECKOUT is required")
    workers = {"this": start(ROOT, args.articles), "other": start(args.other.resolve(), args.articles)}
    times: dict[str, list[float]] = {name: [] for name in workers}
    ratios = []
    for round_number in range(args.rounds):
        order = list(workers) if round_number % 2 == 0 else list(reversed(workers))
        pair = {name: timed(workers[name]) for name in order}
        for name, seconds in pair.items():
            times[name].append(seconds)
        ratios.append(pair["this"] / pair["other"])
    for process in workers.values():
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    print("| checkout | fastest pass CPU s | median pass CPU s |\n|---|---|---|")
    for name, passes in times.items():
        print(f"| {name} | {min(passes):.3f} | {statistics.median(passes):.3f} |")
    print(f"\nthis/other: fastest {min(times['this']) / min(times['other']):.3f}, "
          f"median of {len(ratios)} paired ratios {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
