"""Score entity extraction on MEANTIME, ours next to plain en_core_web_sm.

    python -m generator.evaluate.entities [--corpus DIR] [--model NAME]

What is compared (documented so that the figures can be read):

* Gold: MEANTIME entity mentions of the types PER, ORG and LOC (mapped to person, organization,
  place) whose syntactic type is NAM (a name) or PRE.NAM (a name used as a pre-modifier, "U.S." in
  "a U.S. carmaker"). PRO (products), FIN (financial) and MIX are left out; so are common nouns and
  pronouns. MEANTIME annotates only the title and the first sentences of each article, so every
  prediction that starts after the last sentence holding a gold markable is ignored.
* Baseline: `doc.ents` of the same spaCy pipeline, PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC.
  Ours: `find_entities` (and `resolve_entities` for the entity level).
* Mention level, "exact": same type and same span, after stripping from both sides a leading
  determiner ("the", "a", "an") and a trailing possessive: MEANTIME spans include "the" and the
  possessive, ours leave them out by design. (MEANTIME also puts a title written before a name inside
  the person mention, "President Jane Doe", but not consistently; no allowance is made for it.)
  "overlap": same type and overlapping spans, each gold and each predicted mention used at most once.
* Entity level: gold entities are the MEANTIME coreference clusters (REFERS_TO) with a named mention
  in the scored region; predicted entities are our resolved entities (the baseline's: its distinct
  mention texts). A predicted entity matches a gold one of the same type when a mention of one
  overlaps a mention of the other; each is matched at most once. Splitting one real entity in two
  costs precision, merging two costs recall.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from generator.annotate import split_sentences
from generator.evaluate.meantime import DEFAULT_CORPUS, MeantimeDocument, iter_documents
from generator.extract.entities import find_aliases, find_entities
from generator.models import Article, ArticleAnnotations
from generator.nlp import load_pipeline, parse_texts
from generator.resolve import resolve_entities

TYPES = ("PER", "ORG", "LOC")
GOLD_SYNTACTIC_TYPES = frozenset({"NAM", "PRE.NAM"})
BASELINE_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
OUR_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
SYSTEMS = ("baseline", "ours")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    cluster: str  # gold: MEANTIME instance; predicted: entity id or name


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


LEVELS = ("exact", "overlap", "entity")


def evaluate(corpus: Path = DEFAULT_CORPUS, model: str = "en_core_web_sm") -> dict:
    """{"documents": n, "baseline"|"ours": {level: {type|"all": score dict}}}."""
    documents = iter_documents(corpus)
    nlp = load_pipeline(model)
    scores = {system: {level: {t: Score() for t in (*TYPES, "all")} for level in LEVELS}
              for system in SYSTEMS}
    for document, doc in zip(documents, parse_texts(nlp, (d.text for d in documents)), strict=True):
        limit = annotated_region_end(document)
        gold = gold_mentions(document)
        predicted = {"baseline": baseline_mentions(doc, limit), "ours": our_mentions(document, doc, limit)}
        for system in SYSTEMS:
            _score_document(scores[system], document.text, gold, predicted[system])
    result: dict = {"documents": len(documents)}
    for system in SYSTEMS:
        result[system] = {level: {t: s.as_dict() for t, s in by_type.items()}
                          for level, by_type in scores[system].items()}
    return result


def annotated_region_end(document: MeantimeDocument) -> int:
    """End of the last sentence holding any gold markable: MEANTIME annotates only a prefix."""
    spans = document.entities + document.timexes + document.values
    if not spans:
        return 0
    last = max(span.end for span in spans)
    return next((end for _, end in document.sentences if end >= last), len(document.text))


def gold_mentions(document: MeantimeDocument) -> list[Mention]:
    return [Mention(g.start, g.end, g.type, g.instance or f"{g.start}:{g.end}") for g in document.entities
            if g.type in TYPES and g.syntactic_type in GOLD_SYNTACTIC_TYPES]


def baseline_mentions(doc: Doc, limit: int) -> list[Mention]:
    return [Mention(e.start_char, e.end_char, BASELINE_LABELS[e.label_], e.text) for e in doc.ents
            if e.label_ in BASELINE_LABELS and e.start_char < limit]


def our_mentions(document: MeantimeDocument, doc: Doc, limit: int) -> list[Mention]:
    entities = find_entities(doc)
    article = Article(id=document.doc_id, path=str(document.path), format="text", title=document.name,
                      text=document.text)
    annotations = ArticleAnnotations(article_id=article.id, sentences=split_sentences(doc), entities=entities,
                                     aliases=find_aliases(doc, entities))
    _, entity_of = resolve_entities([article], [annotations])
    return [Mention(e.start, e.end, OUR_TYPES[e.type], entity_of[(article.id, e.start, e.end)])
            for e in entities if e.type in OUR_TYPES and e.start < limit]


# --------------------------------------------------------------------------- scoring


def _score_document(scores: dict[str, dict[str, Score]], text: str, gold: list[Mention],
                    predicted: list[Mention]) -> None:
    for level in ("exact", "overlap"):
        for entity_type in TYPES:
            g = [m for m in gold if m.type == entity_type]
            p = [m for m in predicted if m.type == entity_type]
            tp = _exact_matches(text, g, p) if level == "exact" else _overlap_matches(g, p)
            scores[level][entity_type].add(tp, len(p) - tp, len(g) - tp)
            scores[level]["all"].add(tp, len(p) - tp, len(g) - tp)
    for entity_type in TYPES:
        g = _clusters(m for m in gold if m.type == entity_type)
        p = _clusters(m for m in predicted if m.type == entity_type)
        tp = _cluster_matches(g, p)
        scores["entity"][entity_type].add(tp, len(p) - tp, len(g) - tp)
        scores["entity"]["all"].add(tp, len(p) - tp, len(g) - tp)


def normalised_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading determiner or a trailing possessive."""
    piece = text[start:end]
    determiner = _DETERMINER.match(piece)
    if determiner and determiner.end() < len(piece):
        start += determiner.end()
    possessive = _POSSESSIVE.search(text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    return start, end


def _exact_matches(text: str, gold: list[Mention], predicted: list[Mention]) -> int:
    g = Counter(normalised_span(text, m.start, m.end) for m in gold)
    p = Counter(normalised_span(text, m.start, m.end) for m in predicted)
    return sum((g & p).values())


def _overlap_matches(gold: list[Mention], predicted: list[Mention]) -> int:
    used: set[int] = set()
    matched = 0
    for p in sorted(predicted, key=lambda m: (m.start, m.end)):
        for index, g in enumerate(gold):
            if index not in used and g.start < p.end and p.start < g.end:
                used.add(index)
                matched += 1
                break
    return matched


def _clusters(mentions: Iterable[Mention]) -> list[list[Mention]]:
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.cluster, []).append(m)
    return [groups[key] for key in sorted(groups)]


def _cluster_matches(gold: list[list[Mention]], predicted: list[list[Mention]]) -> int:
    """Greedy one-to-one matching, pairs with most overlapping mentions first."""
    pairs = sorted(
        ((sum(1 for a in g for b in p if a.start < b.end and b.start < a.end), gi, pi)
         for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for overlap, gi, pi in pairs:
        if overlap and gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
    return len(used_gold)


# --------------------------------------------------------------------------- report


def markdown_report(result: dict) -> str:
    lines = [f"MEANTIME English, {result['documents']} documents; "
             "gold: NAM + PRE.NAM mentions of PER/ORG/LOC.", ""]
    for level in LEVELS:
        lines += [f"### {level}", "", "| type | system | P | R | F1 | tp | fp | fn |",
                  "|---|---|---|---|---|---|---|---|"]
        for entity_type in (*TYPES, "all"):
            for system in SYSTEMS:
                s = result[system][level][entity_type]
                lines.append(f"| {entity_type} | {system} | {s['precision']:.3f} | {s['recall']:.3f} | "
                             f"{s['f1']:.3f} | {s['tp']} | {s['fp']} | {s['fn']} |")
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate.entities",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="MEANTIME folder")
    parser.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline to use")
    args = parser.parse_args(argv)
    try:
        result = evaluate(args.corpus, args.model)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    print(markdown_report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
