"""A large, realistic story for benchmarks, made from real sentences.

Each synthetic article recombines MEANTIME news articles (read in place from ../shared, CC BY 4.0)
and the demo seeds: one main article plus paragraphs of others until it has 300–900 words. People
get new names from a pool (so the story has many distinct people), years are shifted so dates vary,
and each article gets an outlet, a URL and a publication date in its front matter. Nothing is copied
into the repository: the corpus is written to a folder the caller chooses.

    python benchmarks/corpus.py OUT_DIR --articles 1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.evaluate.meantime import DEFAULT_CORPUS, MeantimeDocument, iter_documents  # noqa: E402

FIRST_NAMES = [
    "Amara",
    "Bruno",
    "Chen",
    "Dalia",
    "Emeka",
    "Farah",
    "Goran",
    "Hana",
    "Ivan",
    "Jia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zora",
    "Aiko",
    "Bilal",
    "Carmen",
    "Dmitri",
    "Elif",
    "Femi",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
]
LAST_NAMES = [
    "Abbott",
    "Baptiste",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fontaine",
    "Gupta",
    "Horvath",
    "Ibrahim",
    "Jansen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quintero",
    "Rahman",
    "Silva",
    "Tanaka",
    "Ueda",
    "Varga",
    "Wojcik",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Achebe",
    "Brennan",
    "Costa",
    "Delgado",
    "Engel",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jovanovic",
    "Kim",
    "Lindqvist",
    "Mensah",
    "Novak",
]
OUTLETS = ("Harbor Herald", "Daily Ledger", "Northern Courier", "Metro Wire", "Valley Times", "Capital Post")
MIN_WORDS, MAX_WORDS = 300, 900


@dataclass
class Source:
    title: str
    paragraphs: list[str]
    people: list[str]
    published: dt.date


def load_sources(corpus: Path = DEFAULT_CORPUS) -> list[Source]:
    sources = [_from_meantime(doc) for doc in iter_documents(corpus)]
    return [s for s in sources if s.paragraphs]


def _from_meantime(doc: MeantimeDocument) -> Source:
    # MEANTIME keeps Penn Treebank quotes (`` and ''); news text has straight ones.
    lines = [
        doc.text[start:end].replace("`` ", '"').replace(" ''", '"').replace("``", '"').replace("''", '"')
        for start, end in doc.sentences
    ]
    title, body = (lines[0], lines[2:]) if len(lines) > 2 else ("", lines)
    paragraphs = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
    people = sorted(
        {
            e.text
            for e in doc.entities
            if e.type == "PER" and e.syntactic_type == "NAM" and len(e.text.split()) >= 2
        },
        key=len,
        reverse=True,
    )
    return Source(title, paragraphs, people, doc.dct or dt.date(2008, 1, 1))


def make_article(index: int, sources: list[Source], rng: random.Random) -> tuple[str, str]:
    main = sources[index % len(sources)]
    paragraphs = list(main.paragraphs)
    while _words(paragraphs) < MIN_WORDS:
        paragraphs.extend(rng.choice(sources).paragraphs[:2])
    while _words(paragraphs) > MAX_WORDS and len(paragraphs) > 1:
        paragraphs.pop()
    shift = index // len(sources)
    renamed = _rename_people(paragraphs, main.people, index, rng)
    text = "\n\n".join(_shift_years(p, shift) for p in renamed)
    published = _shifted_date(main.published, shift) + dt.timedelta(days=index % 5)
    outlet = OUTLETS[index % len(OUTLETS)]
    title = _shift_years(main.title, shift) or f"Report {index}"
    front = (
        f"---\ntitle: {_yaml_string(title)}\noutlet: {outlet}\n"
        f"url: https://news.example/{index:05d}\npublished: {published.isoformat()}\n---\n\n"
    )
    return f"bench-{index:05d}.md", front + text + "\n"


def _rename_people(paragraphs: list[str], people: list[str], index: int, rng: random.Random) -> list[str]:
    """Give the main article's people new names, so that a 1,000-article story has many people."""
    mapping = {name: f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for name in people}
    surnames = {name.split()[-1]: new.split()[-1] for name, new in mapping.items()}
    result = []
    for paragraph in paragraphs:
        for old, new in mapping.items():
            paragraph = paragraph.replace(old, new)
        for old, new in surnames.items():
            paragraph = re.sub(rf"\b{re.escape(old)}\b", new, paragraph)
        result.append(paragraph)
    return result


def _shift_years(text: str, shift: int) -> str:
    return re.sub(r"\b(19[5-9]\d|20[0-4]\d)\b", lambda m: str(int(m.group(1)) + shift), text)


def _shifted_date(date: dt.date, shift: int) -> dt.date:
    try:
        return date.replace(year=date.year + shift)
    except ValueError:  # 29 February
        return date.replace(year=date.year + shift, day=28)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_corpus(out: Path, count: int, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    sources = load_sources()
    rng = random.Random(seed)
    written = []
    for index in range(count):
        name, content = make_article(index, sources, rng)
        (out / name).write_text(content, encoding="utf-8")
        written.append(out / name)
    return written


def write_next_article(out: Path, count: int, seed: int = 7) -> Path:
    """The article a corpus of `count` articles would get next: one more article arriving, with its
    own people and date (the random sequence is replayed, so it is the same on every run)."""
    sources = load_sources()
    rng = random.Random(seed)
    for index in range(count + 1):
        name, content = make_article(index, sources, rng)
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
    print(f"wrote {len(files)} articles to {args.out}: {min(words)}–{max(words)} words each")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
