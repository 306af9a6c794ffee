"""Score the time-expression tagger on MEANTIME with the TempEval-3 measures.

    python -m generator.evaluate.timexes [--corpus PATH] [--include-dct]

Measures (UzZaman et al., TempEval-3, 2013):

* strict span P/R/F1: system and gold extents identical;
* relaxed span P/R/F1: extents overlap (one-to-one matching);
* value F1: a relaxed match whose TIMEX3 value is identical counts as correct; precision over the
  system timexes, recall over the gold ones;
* type accuracy: correct types over relaxed matches.

Three choices, stated because they move the numbers:

* MEANTIME annotates only the title and the first sentences of each article (token sentences 0-5);
  system timexes after that are left out of the count, as they have no gold to be judged against.
* Every article carries its creation time as a line under the title ("March 01, 2008"). That line
  is metadata, not running text, and the tagger finds it every time (120 easy hits out of 488), so it
  is left out of both sides by default; `--include-dct` scores it too.
* A counted date ("two years ago", "three weeks earlier", "a week after the vote") is two TIMEX3s in
  MEANTIME's gold, as in TimeML's anchored durations: a DURATION over the counted words ("two years",
  P2Y) whose beginPoint or endPoint is an empty TIMEX3, with no words, holding the date it reaches;
  no span scorer can match that one. The tagger writes one DATE over the whole phrase (2006: what the
  timeline dates by) and says which duration it counted (`Timex.counted`, P2Y). Its value (and type)
  is scored right against a gold DURATION when the counted duration is that DURATION's value;
  otherwise only the date's value is compared. Nothing is credited that the tagger did not read: a
  wrong amount or unit stays wrong, and a gold DATE over the same words is compared with the date.

Split, for tuning honestly: `--part tune` scores the airbus and apple corpora (the only ones looked
at while tuning the rules), `--part heldout` the gm and stock corpora; `--part all` (the default)
scores all four.

The ratio printed last is tagging time over spaCy time on the same texts (the tagger is meant to
cost at most a fifth of the parse it runs on).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from generator.annotate.nlp import load_pipeline
from generator.annotate.timex.find import find_timexes
from generator.evaluate.meantime import DEFAULT_CORPUS, GoldSpan, MeantimeDocument, iter_documents
from generator.evaluate.timex_classes import (
    ErrorClasses,
    classify_pairs,
    second_opinion,
    time_noun_phrases,
    value_agrees,
)
from generator.evaluate.timex_classes import report as report_classes
from generator.models import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARTS = {"tune": ("corpus_airbus", "corpus_apple"), "heldout": ("corpus_gm", "corpus_stock")}
TUNING_SLICES = ("airbus", "apple")
ANNOTATED_SENTENCES = 6  # MEANTIME annotates token sentences 0-5: title, date line, first sentences
DATELINE_SENTENCE = 1
# TempEval-3 task A results on the platinum test set (only the figures we quote; "" where not quoted).
PUBLISHED_YARDSTICKS = {
    "HeidelTime": {"value_f1": "77.61", "relaxed_f1": "90.30", "strict_f1": ""},
    "SUTime": {"value_f1": "67.38", "relaxed_f1": "", "strict_f1": ""},
}


@dataclass
class Counts:
    system: int = 0
    gold: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        for name in ("system", "gold", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _f1(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def scored_region(document: MeantimeDocument, include_dct: bool) -> list[tuple[int, int]]:
    """Character ranges of the sentences that MEANTIME annotated (and that we score)."""
    sentences = document.sentences[:ANNOTATED_SENTENCES]
    return [span for index, span in enumerate(sentences) if include_dct or index != DATELINE_SENTENCE]


def _inside(start: int, region: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in region)


class Extent(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


GoldExtent = TypeVar("GoldExtent", bound=Extent)


def match(system: Sequence[Timex], gold: Sequence[GoldExtent]) -> list[tuple[Timex, GoldExtent]]:
    """One-to-one matching: exact extents first, then the largest overlap (any gold with extents:
    MEANTIME's spans here, ECB+'s time markables in `ecbplus_timex`)."""
    unmatched = list(range(len(gold)))
    pairs: list[tuple[Timex, GoldExtent]] = []
    for predicted in sorted(system, key=lambda t: t.start):
        best, best_overlap = None, 0
        for index in unmatched:
            candidate = gold[index]
            overlap = min(predicted.end, candidate.end) - max(predicted.start, candidate.start)
            exact = (predicted.start, predicted.end) == (candidate.start, candidate.end)
            score = overlap + (10_000 if exact else 0)
            if overlap > 0 and score > best_overlap:
                best, best_overlap = index, score
        if best is None:
            continue
        unmatched.remove(best)
        pairs.append((predicted, gold[best]))
    return pairs


def compare(system: Sequence[Timex], gold: Sequence[GoldSpan]) -> Counts:
    counts = Counts(system=len(system), gold=len(gold))
    for predicted, expected in match(system, gold):
        counts.relaxed += 1
        counts.strict += (predicted.start, predicted.end) == (expected.start, expected.end)
        counted = expected.type == "DURATION" and predicted.counted == expected.value
        counts.value += value_agrees(predicted, expected.value, expected.type)
        counts.type += predicted.type == expected.type or counted
    return counts


def in_part(document: MeantimeDocument, part: str) -> bool:
    """`part`: tune, heldout, all, or one tuning corpus by name (airbus, apple: a slice of the tuning
    part, to confirm a rule written from the other)."""
    if part in TUNING_SLICES:
        return document.path.parent.name == f"corpus_{part}"
    return part == "all" or document.path.parent.name in PARTS[part]


def evaluate(corpus: Path = DEFAULT_CORPUS, include_dct: bool = False,
             errors: list[str] | None = None, part: str = "all",
             classes: ErrorClasses | None = None) -> dict[str, float]:
    """All measures over the corpus (or one part of it), as fractions, plus the tagging/spaCy time ratio.

    When `errors` is a list, one line per wrong, missed or spurious timex is appended to it; when
    `classes` is given, the errors are counted by class into it (`timex_classes`)."""
    documents = [d for d in iter_documents(corpus) if in_part(d, part)]
    nlp = load_pipeline("en_core_web_sm")
    started = time.perf_counter()
    docs = list(nlp.pipe([d.text for d in documents], batch_size=16))
    spacy_seconds = time.perf_counter() - started
    total = Counts()
    tagging_seconds = 0.0
    for document, doc in zip(documents, docs, strict=True):
        started = time.perf_counter()
        system = find_timexes(document.text, document.dct, doc)
        tagging_seconds += time.perf_counter() - started
        region = scored_region(document, include_dct)
        if classes is not None:
            _second_opinions(classes, document, doc, system)
        system = [t for t in system if _inside(t.start, region)]
        gold = [g for g in document.timexes if _inside(g.start, region)]
        total.add(compare(system, gold))
        if errors is not None:
            errors.extend(describe_errors(document, system, gold))
        if classes is not None:
            _classify(classes, document, system, gold)
    return _measures(total, len(documents), tagging_seconds, spacy_seconds)


def describe_errors(document: MeantimeDocument, system: Sequence[Timex],
                    gold: Sequence[GoldSpan]) -> list[str]:
    pairs = match(system, gold)
    matched_system = {id(p) for p, _ in pairs}
    matched_gold = {id(g) for _, g in pairs}
    dct = document.dct
    lines = [f"{dct}\twrong\t{p.text!r} {p.type} {p.value} | gold {g.text!r} {g.type} {g.value}"
             for p, g in pairs
             if not value_agrees(p, g.value, g.type) or (p.start, p.end) != (g.start, g.end)]
    lines += [f"{dct}\tmissed\t{g.text!r} {g.type} {g.value}" for g in gold if id(g) not in matched_gold]
    lines += [f"{dct}\tspurious\t{p.text!r} {p.type} {p.value}\t"
              f"{document.text[max(0, p.start - 40):p.end + 20]!r}"
              for p in system if id(p) not in matched_system]
    return lines


def _second_opinions(classes: ErrorClasses, document: MeantimeDocument, doc: Doc,
                     system: Sequence[Timex]) -> None:
    """What spaCy's entities and time nouns say is missed, in every sentence below the date line."""
    heading = document.sentences[:DATELINE_SENTENCE + 1]  # the title and the date line
    entities = [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents
                if not _inside(e.start_char, heading)]
    second_opinion(classes, entities, system, document.text)
    chunks = [(c.start_char, c.end_char, c.text, c.root.lemma_) for c in doc.noun_chunks
              if not _inside(c.start_char, heading)]
    time_noun_phrases(classes, chunks, system)


def _classify(classes: ErrorClasses, document: MeantimeDocument, system: Sequence[Timex],
              gold: Sequence[GoldSpan]) -> None:
    pairs = match(system, gold)
    matched_system, matched_gold = {id(p) for p, _ in pairs}, {id(g) for _, g in pairs}
    classify_pairs(classes, [(p, g.text, g.value, g.type) for p, g in pairs],
                   [(g.text, g.value, g.type) for g in gold if id(g) not in matched_gold],
                   [p for p in system if id(p) not in matched_system], document.dct)


def _measures(total: Counts, documents: int, tagging: float, spacy: float) -> dict[str, float]:
    strict = _f1(total.strict, total.system, total.gold)
    relaxed = _f1(total.relaxed, total.system, total.gold)
    value = _f1(total.value, total.system, total.gold)
    return {
        "documents": documents, "gold": total.gold, "system": total.system,
        "strict_p": strict[0], "strict_r": strict[1], "strict_f1": strict[2],
        "relaxed_p": relaxed[0], "relaxed_r": relaxed[1], "relaxed_f1": relaxed[2],
        "value_p": value[0], "value_r": value[1], "value_f1": value[2],
        "type_accuracy": total.type / total.relaxed if total.relaxed else 0.0,
        "tagging_seconds": tagging, "spacy_seconds": spacy,
        "time_ratio": tagging / spacy if spacy else 0.0,
    }


def markdown_table(results: dict[str, float]) -> str:
    def pct(name: str) -> str:
        return f"{100 * results[name]:.2f}"

    def yardsticks(measure: str) -> str:
        return " | ".join(PUBLISHED_YARDSTICKS[system][measure] for system in ("HeidelTime", "SUTime"))

    rows = [
        "| measure | P | R | F1 | HeidelTime F1 | SUTime F1 |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| strict span | {pct('strict_p')} | {pct('strict_r')} | {pct('strict_f1')} | "
        f"{yardsticks('strict_f1')} |",
        f"| relaxed span | {pct('relaxed_p')} | {pct('relaxed_r')} | {pct('relaxed_f1')} | "
        f"{yardsticks('relaxed_f1')} |",
        f"| value | {pct('value_p')} | {pct('value_r')} | {pct('value_f1')} | {yardsticks('value_f1')} |",
        f"| type accuracy | | | {pct('type_accuracy')} | | |",
    ]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate.timexes", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="MEANTIME folder")
    parser.add_argument("--include-dct", action="store_true", help="also score the date line")
    parser.add_argument("--part", choices=("tune", "heldout", "all", *TUNING_SLICES), default="all",
                        help="tune: airbus+apple; heldout: gm+stock; all: the four corpora; airbus, apple: "
                             "one tuning corpus")
    parser.add_argument("--errors", action="store_true", help="list every wrong, missed or spurious timex")
    parser.add_argument("--classes", action="store_true",
                        help="count the errors by class (tuning part only; see timex_classes)")
    args = parser.parse_args(argv)
    if args.classes and args.part not in ("tune", *TUNING_SLICES):
        print("--classes reads the tuning part only (--part tune): the held-out part is not looked at",
              file=sys.stderr)
        return 2
    errors: list[str] | None = [] if args.errors else None
    classes = ErrorClasses.empty() if args.classes else None
    try:
        results = evaluate(args.corpus, include_dct=args.include_dct, errors=errors, part=args.part,
                           classes=classes)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    scope = "with" if args.include_dct else "without"
    print(f"MEANTIME ({args.part} part, English, {results['documents']} documents, "
          f"{results['gold']} gold timexes, "
          f"{scope} the date line); yardsticks: TempEval-3 platinum test set\n")
    print(markdown_table(results))
    print(f"\ntagging {results['tagging_seconds']:.3f} s / spaCy {results['spacy_seconds']:.3f} s "
          f"= {results['time_ratio']:.3f}")
    if classes is not None:
        print(report_classes(classes))
    if errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
