"""How many ECB+ articles ingest dates from their own text (date line, or a dateline opening the lede).

Each document of the chosen part is written as evaluate/ecbplus_story.py writes it (headline and date
line first, one sentence per paragraph) into a temporary folder and read by `ingest` alone; no text
is kept. Prints the counts per sub-corpus (`ecb`, `ecbplus`), and of the dated articles whose address
shows a date (".../2013/04/24/..."), how many ingest dated to that day. Odd topics tune, even topics are held
out (say which part a figure is on).

    .venv/bin/python benchmarks/ecbplus_dates.py --part tune
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from generator.evaluate.ecbplus import (
    DEFAULT_CORPUS,
    SUBTOPICS,
    article_file_text,
    load_subtopics,
    sentence_texts,
)
from generator.ingest.reader import read_article
from generator.models import IngestProblem

_ADDRESS_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/")


def dated_counts(corpus: Path, part: str) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(articles, dated articles, dated articles checked against their address: "same" / "other")."""
    articles: Counter[str] = Counter()
    dated: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="explainer-ecbplus-dates-") as folder:
        seeds = Path(folder)
        for subtopic in load_subtopics(corpus, part):
            for document in subtopic.documents:
                path = seeds / f"{document.name}.txt"
                path.write_text(article_file_text(sentence_texts(document)), encoding="utf-8")
                problems: list[IngestProblem] = []
                article = read_article(path, seeds, problems=problems)
                path.unlink()
                articles[subtopic.subtopic] += 1
                dated[subtopic.subtopic] += article.published is not None
                shown = _ADDRESS_DATE.search(document.url or "")
                if shown and article.published is not None:
                    same = article.published == dt.date(int(shown[1]), int(shown[2]), int(shown[3]))
                    checked["same" if same else "other"] += 1
    return articles, dated, checked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="ECB+ folder")
    parser.add_argument("--part", choices=("tune", "heldout", "all"), default="tune")
    args = parser.parse_args(argv)
    articles, dated, checked = dated_counts(args.corpus, args.part)
    print(f"ECB+ part {args.part}: articles with a publication date from ingest")
    for name in SUBTOPICS:
        print(f"{name}: {dated[name]} of {articles[name]}")
    print(f"all: {sum(dated.values())} of {sum(articles.values())}")
    print(f"dated and the address shows a date: {checked['same']} the same day, {checked['other']} another")
    return 0


if __name__ == "__main__":
    sys.exit(main())
