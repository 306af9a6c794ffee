"""A new user's story from one ECB+ topic, and what a reader would trip over on its pages.

    python benchmarks/new_user_story.py seeds 29 OUT_DIR     # OUT_DIR/seeds: the topic's ecbplus articles
    python benchmarks/new_user_story.py seeds 29 OUT_DIR --half ecb   # or its ecb articles (undated)
    .venv/bin/explainer --project OUT_DIR build --out OUT_DIR/gen
    python benchmarks/new_user_story.py count OUT_DIR/gen     # the counts below, for before/after runs

`seeds` writes what a user saving the articles would have (read in place from ../shared/corpora/ecbplus,
written outside the repository; never commit it): one text file per `ecbplus` article of the topic,
its lines as saved (headline, date line, text; the address line left out, the corpus's token spaces
closed: "59 - year - old", "2: 30"), and a sidecar with the address, the outlet (the address's host)
and the date where the address shows one; ingest dates the rest from their date lines.

`count` reads the generated Markdown pages and counts what a reader meets that the wave-8 review
(docs/evaluation.md, "A new user's view (wave 8)") names as defects: TIMEX3 codes shown as dates, on
the page or in a tooltip ("XXXX-XX-XXTXX:XX", "2013-W37-WE"; the machine-readable data/ folder is
not counted), lines of the home page and the Updates page, revised figures and "Sources disagree"
notes; and (wave 10) lines of those two pages that open with a word in -ing (of the shape "Killing
two.", mostly participle phrases; a proxy), number headings with a time unit in the singular after a
figure ("20 year"), and how many days the first "What happened" line lies before the newest article
of the home page's source list (-1: no such line).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.evaluate import ecbplus  # noqa: E402

_TOKEN_SPACES = (
    (re.compile(r"(?<=\w) - (?=\w)"), "-"), (re.compile(r"(?<=\d): (?=\d)"), ":"),
    (re.compile(r"(?<=\d) / (?=\d)"), "/"), (re.compile(r"(?<=\d), (?=\d{3}\b)"), ","),
    (re.compile(r"\b([ap])\. m\."), r"\1.m."),
)
_ADDRESS_DATE = (re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/"), re.compile(r"(20\d\d)-(\d\d)-(\d\d)"))
# A TIMEX3 code where a reader reads a date: X placeholders, an ISO week, a clock time glued to a date.
_CODE = re.compile(r"\bX{4}\b|\bX{4}-|\b\d{4}-W\d{2}|\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{4}-\d{2}-\d{2}TXX")
_LINE = re.compile(r"^- ", re.MULTILINE)
_ING_LINE = re.compile(r"^- \*\*[^*]+\*\* — (?:<span class=\"ex-own\">)?[A-Z][a-z]+ing\b", re.MULTILINE)
_SINGULAR_HEADING = re.compile(r"^#+ (?:[\d.,]+) (?:year|month|week|day|hour|minute)\b(?!s)", re.MULTILINE)
_DAY = re.compile(r"(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
                  r"November|December) (\d{4})")


def write_seeds(topic: int, out: Path, corpus: Path = ecbplus.DEFAULT_CORPUS, half: str = "ecbplus") -> int:
    """Write the topic's articles of one half; the `ecb` half has no address line, so no sidecar."""
    seeds = out / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    scored = ecbplus.read_sentence_list(corpus / "ECBplus_coreference_sentences.csv")
    written = 0
    for path in sorted((corpus / "topics" / str(topic)).glob(f"{topic}_*{half}.xml")):
        document = ecbplus.read_document(path, scored)
        lines = [_closed(sentence.text) for sentence in ecbplus.sentence_texts(document)]
        (seeds / f"{path.stem}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        if document.url:
            (seeds / f"{path.stem}.yml").write_text(_sidecar(document.url), encoding="utf-8")
        written += 1
    return written


def _closed(text: str) -> str:
    for pattern, replacement in _TOKEN_SPACES:
        text = pattern.sub(replacement, text)
    return text


def _sidecar(address: str) -> str:
    lines = [f"url: {address!r}", f"outlet: {urlparse(address).netloc.removeprefix('www.')!r}"]
    for pattern in _ADDRESS_DATE:
        if match := pattern.search(address):
            lines.append(f"published: {match[1]}-{match[2]}-{match[3]}")
            break
    return "\n".join(lines) + "\n"


def count(generated: Path) -> dict[str, int]:
    pages = [path for path in sorted(generated.rglob("*.md"))
             if "data" not in path.relative_to(generated).parts]
    texts = {path: html.unescape(path.read_text(encoding="utf-8")) for path in pages}
    updates = texts.get(generated / "updates.md", "")
    home = texts.get(generated / "index.md", "")
    return {
        "date codes shown": sum(len(_CODE.findall(text)) for text in texts.values()),
        "home page lines": len(_LINE.findall(texts.get(generated / "index.md", ""))),
        "Updates page lines": len(_LINE.findall(updates)),
        "revised figures": updates.count("earlier reported as"),
        "'Sources disagree' notes": sum(text.count('"Sources disagree"') for text in texts.values()),
        "lines opening with an -ing word": len(_ING_LINE.findall(home)) + len(_ING_LINE.findall(updates)),
        "headings with a singular time unit": sum(len(_SINGULAR_HEADING.findall(t)) for t in texts.values()),
        "days from the first 'What happened' line to the newest article": _lead_lag(home),
    }


def _lead_lag(home: str) -> int:
    happened = home.split("## What happened", 1)[1].split("\n## ", 1)[0] if "## What happened" in home else ""
    first = _DAY.search(happened)
    sources = home.split("## Sources", 1)[1] if "## Sources" in home else ""
    days = [_date(match) for match in _DAY.finditer(sources)]
    return (max(days) - _date(first)).days if first and days else -1


def _date(match: re.Match[str]) -> dt.date:
    return dt.datetime.strptime(" ".join(match.groups()), "%d %B %Y").date()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    seeds = commands.add_parser("seeds", help="write a topic's ecbplus articles as a user's seeds folder")
    seeds.add_argument("topic", type=int)
    seeds.add_argument("out", type=Path)
    seeds.add_argument("--half", choices=("ecbplus", "ecb"), default="ecbplus",
                       help="the topic's ecbplus articles (default) or its ecb articles")
    counted = commands.add_parser("count", help="count what a reader trips over in generated pages")
    counted.add_argument("generated", type=Path)
    args = parser.parse_args(argv)
    if args.command == "seeds":
        print(f"{write_seeds(args.topic, args.out, half=args.half)} articles written to {args.out / 'seeds'}")
        return 0
    for name, number in count(args.generated).items():
        print(f"{name}: {number}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
