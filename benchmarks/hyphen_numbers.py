"""What the extractor makes of a number hyphened to a word ("a four-door car", "a two-man crew") in the
ECB+ articles of one part, where no gold annotates quantities (the hand annotations cover held-out
topics only).

    .venv/bin/python benchmarks/hyphen_numbers.py [--part tune] [--examples]

Every sentence of every article of the part is read where it lies (text rebuilt as
`explainer evaluate ecbplus-values` rebuilds it); the sentences holding a number, a hyphen and a word
("12-member", "two-man", "four-door") are parsed and run through the real quantity finder. One line
per word after the hyphen: how often it occurs and how often the number became a quantity. A word of
measure ("mile", "day") is listed apart from the others, whose number either counts (a member of a
group: "two-man crew") or names a kind ("a four-door car"). `--examples` adds each compound with the
noun after it (never the sentence). Only the tuning part (odd topics) is meant to be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.annotate.quantities.lexicon import TENS_WORDS, UNITS_WORDS  # noqa: E402
from generator.annotate.quantities.units import unit_of  # noqa: E402
from generator.evaluate.ecbplus import (  # noqa: E402
    DEFAULT_CORPUS,
    SENTENCE_LIST,
    part_of_topic,
    read_document,
    read_sentence_list,
)
from generator.evaluate.ecbplus_values import document_text  # noqa: E402

NUMBER_WORD = "|".join(sorted(UNITS_WORDS | TENS_WORDS, key=len, reverse=True))
COMPOUND = re.compile(rf"(?i)\b(?P<number>\d[\d,.]*|{NUMBER_WORD})-(?P<word>[a-z]+)\b(?!-)")


def sentences_of_part(corpus: Path, part: str) -> list[str]:
    """Every sentence (one per paragraph of the rebuilt text) of the part's articles that holds a compound."""
    scored = read_sentence_list(corpus / SENTENCE_LIST)
    found: list[str] = []
    for folder in sorted((corpus / "topics").iterdir(), key=lambda p: int(p.name)):
        if part != "all" and part_of_topic(int(folder.name)) != part:
            continue
        for path in sorted(folder.glob("*.xml")):
            text = document_text(read_document(path, scored), frozenset()).text
            found.extend(s for s in text.split("\n\n") if COMPOUND.search(s))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("tune", "all"), default="tune")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--examples", action="store_true")
    args = parser.parse_args(argv)

    from generator.annotate.nlp import load_pipeline
    from generator.annotate.quantities.find import find_quantities

    nlp = load_pipeline("en_core_web_sm")
    seen: Counter[tuple[bool, str]] = Counter()
    kept: Counter[tuple[bool, str]] = Counter()
    examples: list[str] = []
    sentences = sentences_of_part(args.corpus, args.part)
    for doc in nlp.pipe(sentences, batch_size=32):
        quantities = find_quantities(doc, [])
        for match in COMPOUND.finditer(doc.text):
            word = match.group("word").lower()
            key = (unit_of(word) is not None, word)
            counted = any(q.start <= match.start() < q.end for q in quantities)
            seen[key] += 1
            kept[key] += counted
            after = doc.text[match.end():].split()[:1]
            examples.append(f"{'quantity' if counted else 'none    '}\t{match.group(0)} {' '.join(after)}")
    print(f"ECB+ part {args.part}: {len(sentences)} sentences with a number hyphened to a word")
    for is_unit, label in ((True, "words of measure"), (False, "other words")):
        rows = sorted(((w, n) for (u, w), n in seen.items() if u == is_unit), key=lambda r: (-r[1], r[0]))
        total, read = sum(n for _, n in rows), sum(kept[(is_unit, w)] for w, _ in rows)
        print(f"\n{label}: {total} compounds, {read} read as quantities")
        print("| word | compounds | quantities |\n| --- | --- | --- |")
        for word, count in rows:
            print(f"| {word} | {count} | {kept[(is_unit, word)]} |")
    if args.examples:
        print("\n" + "\n".join(sorted(examples)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
