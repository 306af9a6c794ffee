"""Reading the seed files with and without the article cache (generator/cache/ingest.py).

    .venv/bin/python benchmarks/ingest_speed.py SEEDS_DIR [--repeat 2]

Prints the CPU seconds (this process) of `load_articles` over the folder: plainly, through an empty
article cache (parsing and storing every file), and through the filled cache, alternately.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.cache.ingest import CachedReader  # noqa: E402
from generator.ingest.reader import load_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    print("| reading | files | CPU s |\n|---|---|---|")
    for _ in range(max(1, args.repeat)):
        with tempfile.TemporaryDirectory(prefix="explainer-ingest-") as cache:
            for label, reader in (("plain", None), ("empty cache", CachedReader(Path(cache))),
                                  ("filled cache", CachedReader(Path(cache)))):
                start = time.process_time()
                articles, _ = load_articles(args.seeds, read=reader)
                print(f"| {label} | {len(articles)} | {time.process_time() - start:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
