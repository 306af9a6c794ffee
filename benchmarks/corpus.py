"""A large story of distinct real articles for benchmarks: MEANTIME's 120 plus ECB+'s 915.

Both corpora are read in place from ../shared/corpora (CC BY 4.0 / CC BY 3.0); nothing is copied into
the repository: the articles are written to a folder the caller chooses. Text is rebuilt from the
corpora's tokens (MEANTIME: generator/evaluate/meantime.py; ECB+: generator/evaluate/ecbplus.py), the
first sentence is the title, the rest is grouped three sentences to a paragraph.

The replaced corpus recombined MEANTIME's 120 articles into 1,000 (61 % of paragraphs at 1,000 were
verbatim repeats), which flattered every size above 120; it is gone.

Publication dates, deterministically, as in a long-running story covered in bursts:
  MEANTIME articles keep their own document creation dates (2004-2011).
  ECB+ has none. Its topics become the story's chapters, in topic order, 30 days apart from
  2012-01-02 (after MEANTIME's last date); a topic's documents appear in the corpus's own document
  order, three a day from the chapter's first day (the coverage of one event over about a week).
The order in which articles join the story (the first N make the N-article corpus, the next one is
the "+1 article") is by a hash of each article's name: a fixed mix of both corpora at every size.

    python benchmarks/corpus.py OUT_DIR --articles 1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.evaluate import ecbplus, meantime  # noqa: E402

OUTLETS = ("Harbor Herald", "Daily Ledger", "Northern Courier", "Metro Wire", "Valley Times", "Capital Post")
ECB_FIRST_DAY = dt.date(2012, 1, 2)
DAYS_PER_CHAPTER = 30
ARTICLES_PER_DAY = 3
SENTENCES_PER_PARAGRAPH = 3


@dataclass(frozen=True)
class Source:
    name: str  # the corpus document's name, unique across both corpora
    title: str
    paragraphs: tuple[str, ...]
    published: dt.date


@lru_cache(maxsize=2)
def load_sources(meantime_dir: Path = meantime.DEFAULT_CORPUS,
                 ecbplus_dir: Path = ecbplus.DEFAULT_CORPUS) -> tuple[Source, ...]:
    """Every usable article of both corpora, in the order they join the story."""
    sources = [*_meantime_sources(meantime_dir), *_ecbplus_sources(ecbplus_dir)]
    usable = [source for source in sources if source.title and source.paragraphs]
    return tuple(sorted(usable, key=lambda source: hashlib.sha256(source.name.encode()).hexdigest()))


def _meantime_sources(corpus: Path) -> list[Source]:
    result = []
    for doc in meantime.iter_documents(corpus):
        # MEANTIME keeps Penn Treebank quotes (`` and ''); news text has straight ones.
        lines = [_straight_quotes(doc.text[start:end]) for start, end in doc.sentences]
        published = doc.dct or dt.date(2008, 1, 1)
        result.append(_source(f"meantime/{doc.name}", lines, published))
    return result


def _straight_quotes(text: str) -> str:
    return text.replace("`` ", '"').replace(" ''", '"').replace("``", '"').replace("''", '"')


def _ecbplus_sources(corpus: Path) -> list[Source]:
    result = []
    for chapter, subtopic in enumerate(_topics_in_order(ecbplus.load_subtopics(corpus))):
        for position, document in enumerate(subtopic):
            lines = [_joined_tokens(sentence.text) for sentence in ecbplus.sentence_texts(document)]
            day = chapter * DAYS_PER_CHAPTER + position // ARTICLES_PER_DAY
            result.append(_source(f"ecbplus/{document.name}", lines, ECB_FIRST_DAY + dt.timedelta(days=day)))
    return result


# Tokens the evaluation's light detokeniser leaves apart: "first - degree", "3: 47", "10, 000", "a. m.".
_GLUED = ((re.compile(r"(?<=[a-z]) - (?=[a-z])"), "-"), (re.compile(r"(?<=\d)([:,]) (?=\d)"), r"\1"),
          (re.compile(r"\b([ap])\. m\."), r"\1.m."))


def _joined_tokens(text: str) -> str:
    for pattern, replacement in _GLUED:
        text = pattern.sub(replacement, text)
    return text


def _topics_in_order(subtopics: list[ecbplus.SubTopic]) -> list[list[ecbplus.EcbDocument]]:
    """One chapter per topic: its ecb and ecbplus documents together, in the corpus's order."""
    chapters: dict[int, list[ecbplus.EcbDocument]] = {}
    for subtopic in subtopics:
        chapters.setdefault(subtopic.topic, []).extend(subtopic.documents)
    return [chapters[topic] for topic in sorted(chapters)]


def _source(name: str, lines: list[str], published: dt.date) -> Source:
    lines = [line.strip() for line in lines if line.strip()]
    # A one-sentence brief (52 in ECB+) keeps its sentence as the text; its first words are the title.
    title, body = (lines[0], lines[1:]) if len(lines) > 1 else (_first_words(lines), lines)
    paragraphs = tuple(" ".join(body[i:i + SENTENCES_PER_PARAGRAPH])
                       for i in range(0, len(body), SENTENCES_PER_PARAGRAPH))
    return Source(name, title, paragraphs, published)


def _first_words(lines: list[str], count: int = 10) -> str:
    return " ".join(lines[0].split()[:count]) if lines else ""


def make_article(index: int, source: Source) -> tuple[str, str]:
    """The seed file (name, content) of the story's `index`-th article."""
    front = (
        f"---\ntitle: {_yaml_string(source.title)}\noutlet: {OUTLETS[index % len(OUTLETS)]}\n"
        f"url: https://news.example/{index:05d}\npublished: {source.published.isoformat()}\n---\n\n"
    )
    return f"bench-{index:05d}.md", front + "\n\n".join(source.paragraphs) + "\n"


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_corpus(out: Path, count: int) -> list[Path]:
    """The story's first `count` articles as seed files in `out`."""
    sources = load_sources()
    if count > len(sources):
        raise ValueError(f"the corpora hold {len(sources)} usable articles, not {count}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        name, content = make_article(index, sources[index])
        (out / name).write_text(content, encoding="utf-8")
        written.append(out / name)
    return written


def write_next_article(out: Path, count: int) -> Path:
    """The article a story of `count` articles gets next (the same one on every run)."""
    name, content = make_article(count, load_sources()[count])
    path = out / name
    path.write_text(content, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args(argv)
    files = write_corpus(args.out, args.articles)
    words = [len(p.read_text(encoding="utf-8").split()) for p in files]
    print(f"wrote {len(files)} distinct articles to {args.out}: {min(words)}-{max(words)} words each, "
          f"{sum(words)} in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
