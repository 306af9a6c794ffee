"""Score the quantity extractor on MEANTIME's VALUE annotations (money, percentages, other quantities).

    python -m generator.evaluate.values [--corpus PATH] [--part tune|held-out|all] [--errors]

MEANTIME marks the span of each value and its type (MONEY, PERCENT, QUANTITY) but writes no normalised
number, so the gold number is read off the annotated words by the small reader below (figures with their
scale words, "two percent", "almost a thousand points"); it shares no code with the extractor.

* value F1: a system quantity overlapping a gold value (one-to-one, largest overlap first) whose value
  or range end equals a number written in the gold span (to 0.5 %: "£20.1 billion" against 20.1e9);
* value+unit F1: the same, and the unit is of the gold type: a currency code for MONEY, "%" or
  percentage points for PERCENT, neither for QUANTITY.

Scored region and credit, stated because they move the numbers:

* like the timex evaluation, only the title and first sentences (token sentences 0-5, MEANTIME's
  annotated part) are scored, without the date line;
* gold values with no number in them ("many", "the amount", "hundreds of points") are left out, and a
  system quantity overlapping one is neither right nor wrong; so is a system quantity overlapping a
  gold timex (durations are quantities in this project and timexes in MEANTIME: "in six years",
  "three days later") or a
  second figure inside one gold span ("$4.16 per share or $57 million" is one gold span);
* split: MEANTIME's four corpora; rules were tuned on corpus_airbus and corpus_apple (`--part tune`),
  the figures to quote are corpus_gm and corpus_stock (`--part heldout`, the default).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycountry

from generator.annotate.nlp import load_pipeline
from generator.annotate.quantities.find import find_quantities
from generator.annotate.timex.find import find_timexes
from generator.evaluate.meantime import DEFAULT_CORPUS, GoldSpan, MeantimeDocument, iter_documents
from generator.evaluate.timexes import _f1, _inside, scored_region
from generator.models import QuantityMention

PARTS = {
    "tune": ("corpus_airbus", "corpus_apple"),
    "heldout": ("corpus_gm", "corpus_stock"),
    "all": ("corpus_airbus", "corpus_apple", "corpus_gm", "corpus_stock"),
}
CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies)
PERCENT_UNITS = {"%", "percentage points"}
RELATIVE_TOLERANCE = 0.005

# --------------------------------------------------------------------------- the gold numbers

SMALL_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
               "fifteen sixteen seventeen eighteen nineteen")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SMALL = {word: number for number, word in enumerate(SMALL_WORDS.split())}
TENS = {word: 20 + 10 * number for number, word in enumerate(TENS_WORDS)}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "dozen": 12}
MINUS = re.compile(r"(?:^|\s)[-−]$")  # "-36": a minus sign right before the first figure
GOLD_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+", re.IGNORECASE)


def gold_numbers(text: str) -> list[float]:
    """Every number written in a gold span: "US$ 2.7 billion" -> [2.7e9], "15-20%" -> [15, 20]."""
    numbers: list[float] = []
    current: float | None = None
    for word in GOLD_TOKEN.findall(text):
        lower = word.lower()
        if word[0].isdigit() or word[0] == ".":
            if current is not None:
                numbers.append(current)
            current = float(word.replace(",", ""))
            if MINUS.search(text[:text.find(word)]):
                current = -current
        elif lower in SMALL or lower in TENS:
            value = SMALL.get(lower, TENS.get(lower, 0))
            current = value if current is None or current >= 100 or word[0].isdigit() else current + value
        elif lower in {"cent", "cents", "pence"} and current is not None:
            current /= 100
        elif lower in SCALES and current is not None:
            current *= SCALES[lower]
        elif lower in SCALES and lower in {"hundred", "thousand", "million", "billion", "dozen"}:
            current = SCALES[lower]  # "a thousand points"
        elif lower in {"a", "an", "and"}:
            continue
        elif current is not None:
            numbers.append(current)
            current = None
    if current is not None:
        numbers.append(current)
    return numbers


def unit_fits(unit: str | None, gold_type: str) -> bool:
    if gold_type == "MONEY":
        return unit in CURRENCY_CODES
    if gold_type == "PERCENT":
        return unit in PERCENT_UNITS
    return unit not in CURRENCY_CODES and unit not in PERCENT_UNITS


def value_fits(mention: QuantityMention, numbers: list[float]) -> bool:
    values = [mention.value] + ([mention.value_to] if mention.value_to is not None else [])
    return any(abs(v - n) <= RELATIVE_TOLERANCE * max(abs(n), 1e-9) for v in values for n in numbers)


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    value: int = 0
    value_unit: int = 0

    def add(self, other: Counts) -> None:
        for name in ("system", "gold", "value", "value_unit"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def results(self, documents: int) -> dict[str, float]:
        """Precision, recall and F1 of the values and of the values with their units."""
        value = _f1(self.value, self.system, self.gold)
        value_unit = _f1(self.value_unit, self.system, self.gold)
        return {"documents": documents, "gold": self.gold, "system": self.system,
                "value_p": value[0], "value_r": value[1], "value_f1": value[2],
                "value_unit_p": value_unit[0], "value_unit_r": value_unit[1], "value_unit_f1": value_unit[2]}


def overlaps(a_start: int, a_end: int, b: GoldSpan) -> bool:
    return min(a_end, b.end) > max(a_start, b.start)


def compare(system: Sequence[QuantityMention], gold: Sequence[GoldSpan], neutral: Sequence[GoldSpan],
            errors: list[str] | None = None, text: str = "") -> Counts:
    """Counts for one document; `neutral` spans (vague values, durations) neither reward nor punish."""
    counts = Counts(gold=len(gold))
    matched: dict[int, QuantityMention] = {}
    for mention in sorted(system, key=lambda m: m.start):
        candidates = [k for k, g in enumerate(gold) if overlaps(mention.start, mention.end, g)]
        free = [k for k in candidates if k not in matched]
        if free and mention.value_to is not None and len(free) > 1:
            # "20 to 25 percent" is one range here and two values in MEANTIME: the range answers both
            for k in free[1:]:
                matched[k] = mention
                counts.system += 1
                right = value_fits(mention, gold_numbers(gold[k].text))
                counts.value += right
                counts.value_unit += right and unit_fits(mention.unit, gold[k].type)
            free = free[:1]
        if free:
            best = max(free, key=lambda k: min(mention.end, gold[k].end) - max(mention.start, gold[k].start))
            matched[best] = mention
            counts.system += 1
            numbers = gold_numbers(gold[best].text)
            right = value_fits(mention, numbers)
            counts.value += right
            counts.value_unit += right and unit_fits(mention.unit, gold[best].type)
            if errors is not None and not (right and unit_fits(mention.unit, gold[best].type)):
                errors.append(f"wrong\t{mention.text!r} {mention.value} {mention.unit} | gold "
                              f"{gold[best].text!r} {gold[best].type} {numbers}")
            continue
        if candidates or any(overlaps(mention.start, mention.end, n) for n in neutral):
            continue  # a second figure in one gold span, a vague value or a duration
        counts.system += 1
        if errors is not None:
            errors.append(f"spurious\t{mention.text!r} {mention.value} {mention.unit}\t"
                          f"{text[max(0, mention.start - 40):mention.end + 20]!r}")
    if errors is not None:
        errors.extend(f"missed\t{g.text!r} {g.type}\t{text[max(0, g.start - 40):g.end + 20]!r}"
                      for k, g in enumerate(gold) if k not in matched)
    return counts


def evaluate(corpus: Path = DEFAULT_CORPUS, part: str = "heldout", errors: list[str] | None = None
             ) -> dict[str, float]:
    documents = [d for d in iter_documents(corpus) if d.path.parent.name in PARTS[part]]
    nlp = load_pipeline("en_core_web_sm")
    docs = list(nlp.pipe([d.text for d in documents], batch_size=16))
    total = Counts()
    seconds = 0.0
    for document, doc in zip(documents, docs, strict=True):
        started = time.perf_counter()
        timexes = find_timexes(document.text, document.dct, doc)
        system = find_quantities(doc, timexes)
        seconds += time.perf_counter() - started
        total.add(score_document(document, system, errors))
    return {**total.results(len(documents)), "seconds": seconds}


def score_document(document: MeantimeDocument, system: Sequence[QuantityMention],
                   errors: list[str] | None) -> Counts:
    region = scored_region(document, include_dct=False)
    system = [m for m in system if _inside(m.start, region)]
    values = innermost([g for g in document.values if _inside(g.start, region)])
    gold = [g for g in values if gold_numbers(g.text)]
    neutral = [g for g in values if not gold_numbers(g.text)]
    neutral += document.timexes  # "six years", "three days later": timexes in MEANTIME, quantities here too
    return compare(system, gold, neutral, errors, document.text)


def innermost(spans: list[GoldSpan]) -> list[GoldSpan]:
    """MEANTIME sometimes marks "$381 million, or $0.67" and each of its two sums: keep the two."""
    return [g for g in spans if not any(o is not g and g.start <= o.start and o.end <= g.end
                                        and (o.start, o.end) != (g.start, g.end) for o in spans)]


def markdown_table(results: dict[str, float]) -> str:
    def pct(name: str) -> str:
        return f"{100 * results[name]:.2f}"

    return "\n".join([
        "| measure | P | R | F1 |",
        "| --- | --- | --- | --- |",
        f"| value | {pct('value_p')} | {pct('value_r')} | {pct('value_f1')} |",
        f"| value+unit | {pct('value_unit_p')} | {pct('value_unit_r')} | {pct('value_unit_f1')} |",
    ])


def value_arguments(prog: str, description: str | None, corpus: Path, corpus_help: str,
                    parts: Sequence[str], part_help: str, errors_help: str) -> argparse.ArgumentParser:
    """The options both value evaluations take: the corpus, the part to score, and --errors."""
    parser = argparse.ArgumentParser(prog=prog, description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=corpus, help=corpus_help)
    parser.add_argument("--part", choices=tuple(parts), default="heldout", help=part_help)
    parser.add_argument("--errors", action="store_true", help=errors_help)
    return parser


def print_value_report(run: Callable[[list[str] | None], dict[str, float]],
                       heading: Callable[[dict[str, float]], str], show_errors: bool,
                       failures: tuple[type[Exception], ...] = (FileNotFoundError,)) -> int:
    """Run a value evaluation and print its heading, its table and (with --errors) every error; a
    missing corpus or a bad annotation file is printed as it is, with exit code 2."""
    errors: list[str] | None = [] if show_errors else None
    try:
        results = run(errors)
    except failures as error:
        print(error, file=sys.stderr)
        return 2
    print(heading(results) + "\n")
    print(markdown_table(results))
    for line in errors or []:
        print(line)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = value_arguments(
        "python -m generator.evaluate.values", __doc__, DEFAULT_CORPUS, "MEANTIME folder", tuple(PARTS),
        "tune: airbus+apple; heldout: gm+stock (the figures to quote); all",
        "list every wrong, missed or spurious value")
    args = parser.parse_args(argv)
    return print_value_report(
        lambda errors: evaluate(args.corpus, args.part, errors),
        lambda results: f"MEANTIME values, part {args.part} ({', '.join(PARTS[args.part])}): "
                        f"{results['documents']} documents, {results['gold']} gold values with a number",
        args.errors)


if __name__ == "__main__":
    sys.exit(main())
