"""Score the time-expression finder's spans on the time markables of ECB+.

    python -m generator.evaluate.ecbplus_timex [--part tune|heldout|all] [--topics N ...] [--errors]

ECB+ (Cybulska and Vossen, LREC 2014; annotation CC BY 3.0, © NewsReader project) marks time
expressions as TIME_DATE, TIME_OF_THE_DAY, TIME_DURATION and TIME_REPETITION markables on the sentences
it annotated for coreference. It gives no TIMEX3 values and no publication dates, so this scores
spans only: it is the recall check MEANTIME alone cannot give (a second set of stories, other outlets).

Each document's annotated sentences are read where they lie, joined into text one per paragraph
(figures, hyphenated words, clock times and dates the corpus split are joined back, as a saved page
writes them: "7 p. m." -> "7 p.m.", "3 : 33" -> "3:33", "27 / 09 / 2013" -> "27/09/2013",
"December 9 , 2008" -> "December 9, 2008"), parsed
once with the project's spaCy model and tagged by `find_timexes` with no publication date.

Measures, as the TempEval-3 span measures: a system timex and a gold markable match when their extents
overlap (one to one, exact extents first, then the largest overlap); *relaxed* precision is matched
system timexes over all system timexes in the annotated sentences, *relaxed* recall matched markables
over all markables; *strict* counts only identical extents. ECB+ extents take in the preposition ("on
June 8", "for 90 days") where TimeML leaves it out, so strict figures are low by convention; the
relaxed ones are the measure. Recall is also given per markable class.

Split: odd topics tune, even topics held out (`generator.evaluate.ecbplus.part_of_topic`); `--errors`
lists every missed and spurious expression and is refused on the held-out part.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.annotate.nlp import load_pipeline
from generator.annotate.timex.find import find_timexes
from generator.config import DEFAULT_MODEL
from generator.evaluate.ecbplus import _PTB_QUOTES, DEFAULT_CORPUS, EcbDocument, load_subtopics
from generator.evaluate.ecbplus_values import DocumentText, _glued
from generator.evaluate.timex_classes import ErrorClasses, classify_pairs, second_opinion, time_noun_phrases
from generator.evaluate.timex_classes import report as report_classes
from generator.evaluate.timexes import match
from generator.models import Timex

if TYPE_CHECKING:
    from spacy.language import Language

TIME_CLASSES = ("TIME_DATE", "TIME_OF_THE_DAY", "TIME_DURATION", "TIME_REPETITION")


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    text: str
    tag: str  # one of TIME_CLASSES


@dataclass
class TimexTotals:
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    gold: Counter[str] = field(default_factory=Counter)  # class -> markables
    found: Counter[str] = field(default_factory=Counter)  # class -> markables overlapped by a system timex

    @property
    def gold_total(self) -> int:
        return sum(self.gold.values())

    def add(self, other: TimexTotals) -> None:
        self.system += other.system
        self.relaxed += other.relaxed
        self.strict += other.strict
        self.gold.update(other.gold)
        self.found.update(other.found)


def annotated_text(document: EcbDocument, every_sentence: bool = False) -> DocumentText:
    """The annotated sentences (or, with `every_sentence`, all of them) as text, one per paragraph,
    split tokens joined back."""
    pieces: list[str] = []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    position = 0
    for number, tokens in sorted(document.sentences().items()):
        if number not in document.scored_sentences and not every_sentence:
            continue
        if pieces:
            pieces.append("\n\n")
            position += 2
        words = [_PTB_QUOTES.get(t.text, t.text) for t in tokens]
        for k, token in enumerate(tokens):
            separator = "" if k == 0 or _glued(words, k) or _glued_time(words, k) else " "
            pieces.append(separator + words[k])
            position += len(separator)
            spans[(number, token.number)] = (position, position + len(words[k]))
            position += len(words[k])
    return DocumentText("".join(pieces), spans)


_DAY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MERIDIEM_HALVES = {("a.", "m"), ("p.", "m"), ("a.", "m."), ("p.", "m.")}


def _glued_time(words: list[str], k: int) -> bool:
    """"7 p. m", "7 p . m .", "3 : 33", "27 / 09 / 2013": one expression the corpus split."""
    word, previous = words[k].lower(), words[k - 1].lower()
    if (previous, word) in _MERIDIEM_HALVES or (
            word == "m" and previous == "." and k >= 2 and words[k - 2].lower() in {"a", "p"}):
        return True
    following = words[k + 1] if k + 1 < len(words) else ""
    if word in {":", "/"} and previous.isdigit() and following.isdigit():
        return True
    if word == "," and _DAY.fullmatch(previous) and _YEAR.fullmatch(following):
        return True  # "December 9 , 2008": the comma of a date, not of a thousands figure
    return previous in {":", "/"} and word.isdigit() and k >= 2 and words[k - 2].isdigit()


def gold_times(document: EcbDocument, text: DocumentText) -> list[GoldTime]:
    """The time markables of the annotated sentences, as offsets into `text`."""
    number_of = {t.t_id: (t.sentence, t.number) for t in document.tokens}
    result = []
    for mention in document.mentions:
        if mention.tag not in TIME_CLASSES or mention.sentence not in document.scored_sentences:
            continue
        spans = [text.token_spans[number_of[t]] for t in mention.tokens if number_of[t] in text.token_spans]
        if spans:
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            result.append(GoldTime(start, end, text.text[start:end], mention.tag))
    return sorted(result, key=lambda g: (g.start, g.end))


def compare(system: Sequence[Timex], gold: Sequence[GoldTime], errors: list[str] | None = None,
            name: str = "", classes: ErrorClasses | None = None) -> TimexTotals:
    totals = TimexTotals(system=len(system), gold=Counter(g.tag for g in gold))
    pairs = match(system, gold)
    totals.relaxed = len(pairs)
    totals.strict = sum((p.start, p.end) == (g.start, g.end) for p, g in pairs)
    totals.found = Counter(g.tag for _, g in pairs)
    if errors is not None:
        matched_system, matched_gold = {id(p) for p, _ in pairs}, {id(g) for _, g in pairs}
        errors += [f"{name}\tmissed\t{g.tag}\t{g.text!r}" for g in gold if id(g) not in matched_gold]
        errors += [f"{name}\tspurious\t{p.type}\t{p.text!r}" for p in system if id(p) not in matched_system]
    if classes is not None:  # ECB+ gives no values: the kinds of what is missed or in excess
        matched_system, matched_gold = {id(p) for p, _ in pairs}, {id(g) for _, g in pairs}
        classify_pairs(classes, [], [(g.text, "", g.tag) for g in gold if id(g) not in matched_gold],
                       [p for p in system if id(p) not in matched_system], None)
    return totals


def evaluate(corpus: Path = DEFAULT_CORPUS, part: str = "tune", topics: Sequence[int] | None = None,
             errors: list[str] | None = None, classes: ErrorClasses | None = None) -> TimexTotals:
    documents = [d for s in load_subtopics(corpus, part, topics) for d in s.documents if d.scored_sentences]
    texts = [annotated_text(d) for d in documents]
    nlp = load_pipeline(DEFAULT_MODEL)
    totals = TimexTotals()
    for document, text, doc in zip(documents, texts, nlp.pipe([t.text for t in texts], batch_size=32),
                                   strict=True):
        system = find_timexes(text.text, None, doc)
        totals.add(compare(system, gold_times(document, text), errors, document.name, classes))
    if classes is not None:
        _second_opinions(documents, nlp, classes)
    return totals


def _second_opinions(documents: Sequence[EcbDocument], nlp: Language, classes: ErrorClasses) -> None:
    """What spaCy's DATE/TIME entities and time-noun phrases say is missed, over every sentence of
    the documents (the annotated ones are few): the recall check where no gold says anything."""
    texts = [annotated_text(d, every_sentence=True).text for d in documents]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=32), strict=True):
        system = find_timexes(text, None, doc)
        entities = [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
        second_opinion(classes, entities, system, text)
        chunks = [(c.start_char, c.end_char, c.text, c.root.lemma_) for c in doc.noun_chunks]
        time_noun_phrases(classes, chunks, system)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}" if whole else "-"


def report(totals: TimexTotals, title: str) -> str:
    gold = totals.gold_total
    precision = totals.relaxed / totals.system if totals.system else 0.0
    recall = totals.relaxed / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lines = [title, "", "| measure | P | R | F1 |", "| --- | --- | --- | --- |",
             f"| relaxed span | {100 * precision:.2f} | {100 * recall:.2f} | {100 * f1:.2f} |",
             f"| strict span | {_pct(totals.strict, totals.system)} | {_pct(totals.strict, gold)} | |",
             "", "| markable class | gold | found | recall |", "| --- | --- | --- | --- |"]
    for tag in TIME_CLASSES:
        found, wanted = totals.found[tag], totals.gold[tag]
        lines.append(f"| {tag} | {wanted} | {found} | {_pct(found, wanted)} |")
    lines.append(f"\n{totals.system} system timexes, {gold} gold markables")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate.ecbplus_timex", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="ECB+ folder")
    parser.add_argument("--part", choices=("tune", "heldout", "all"), default="tune",
                        help="tune: odd topics; heldout: even topics")
    parser.add_argument("--topics", type=int, nargs="+", help="only these topic numbers")
    parser.add_argument("--errors", action="store_true",
                        help="list missed and spurious expressions (tune only)")
    parser.add_argument("--classes", action="store_true",
                        help="count missed and spurious expressions by kind (tune only)")
    args = parser.parse_args(argv)
    if (args.errors or args.classes) and args.part != "tune":
        print("--errors and --classes read the tuning part only (--part tune): the held-out part is not "
              "looked at", file=sys.stderr)
        return 2
    errors: list[str] | None = [] if args.errors else None
    classes = ErrorClasses.empty() if args.classes else None
    try:
        totals = evaluate(args.corpus, args.part, args.topics, errors, classes)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    topics = f", topics {' '.join(map(str, args.topics))}" if args.topics else ""
    print(report(totals, f"ECB+ time markables ({args.part} part{topics}, annotated sentences, no "
                         "publication date; spans only)"))
    if classes is not None:
        print(report_classes(classes))
    if errors:
        print("\n" + "\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
