"""The first N articles of the benchmark corpus, loaded as the build loads them; shared by the
benchmarks that time extraction (extractor_share.py, dask_speed.py, extractor_profile.py,
same_annotations.py), so that they all take `--articles N --repeat R` and read the same articles."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus  # noqa: E402
from generator.ingest.reader import load_articles  # noqa: E402
from generator.models import Article  # noqa: E402


def sample_parser(docstring: str, articles: int, repeat: int) -> argparse.ArgumentParser:
    """A parser with `--articles` (how many of the corpus's first articles) and `--repeat`."""
    parser = argparse.ArgumentParser(description=docstring.splitlines()[0])
    parser.add_argument("--articles", type=int, default=articles, help="the corpus's first N articles")
    parser.add_argument("--repeat", type=int, default=repeat, help="runs; the fastest counts")
    return parser


def sample_articles(count: int) -> list[Article]:
    """The corpus's first `count` articles, written to a temporary folder and read back by the reader."""
    with tempfile.TemporaryDirectory(prefix="explainer-sample-") as folder:
        write_corpus(Path(folder), count)
        articles, _ = load_articles(Path(folder))
    return articles
