"""Score entity extraction on MEANTIME, ours next to plain en_core_web_sm.

    python -m generator.evaluate.entities [--corpus DIR] [--model NAME] [--part tune|heldout|all]
        [--subcorpus corpus_airbus ...] [--errors]

`--part tune` scores airbus and apple (the rules are tuned on them), `--part heldout` gm and stock;
`--subcorpus` narrows to the named folders (to read one tuning corpus and keep the other unread).
The types the product gives the gold names are counted by class after the tables
(`meantime_entity_types.py`); `--errors` also lists every wrong type.

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

Two protocols, both applied to the baseline and to ours in exactly the same way:

* "strict": the above, nothing more.
* "conventions": also follows two MEANTIME conventions the strict protocol ignores.
  (1) A nationality or regional adjective that modifies a noun ("German airline", "American
  automakers") is annotated as a LOC mention of its country, in the country's coreference cluster.
  Both systems type these as a nationality (baseline NORP, ours `group`), so such a mention counts as
  a LOC mention whose cluster is the one the system gives the country's name in the same document
  (the baseline: the country's name as text). (2) Some gold mentions carry no syntactic type at all
  (the annotators left it empty: "US" in "US stock markets", "Japan" in "Japan's Nikkei"); they are
  neither NAM nor not-NAM, so a prediction that coincides with one (same type, same normalised span)
  and overlaps no scored gold mention is not scored at all, neither as a hit nor as a false alarm.
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

from generator.annotate.document import split_sentences
from generator.annotate.entities import find_aliases, find_entities
from generator.annotate.entity_rules import DEMONYMS
from generator.annotate.nlp import load_pipeline, parse_texts
from generator.evaluate.meantime import DEFAULT_CORPUS, MeantimeDocument, iter_documents
from generator.evaluate.meantime_entity_types import TypeConfusion, confusion_report, document_confusion
from generator.models import Article, ArticleAnnotations
from generator.story.resolve import name_key, resolve_entities

TYPES = ("PER", "ORG", "LOC")
GOLD_SYNTACTIC_TYPES = frozenset({"NAM", "PRE.NAM"})
BASELINE_LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
OUR_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
SYSTEMS = ("baseline", "ours")
PROTOCOLS = ("strict", "conventions")
PARTS = {"tune": ("corpus_airbus", "corpus_apple"), "heldout": ("corpus_gm", "corpus_stock")}
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
Scores = dict[str, dict[str, Score]]  # level -> type|"all" -> score


def evaluate(corpus: Path = DEFAULT_CORPUS, model: str = "en_core_web_sm",
             subcorpora: tuple[str, ...] = ()) -> dict:
    """{"documents": n, protocol: {system: {level: {type|"all": score dict}}},
    "subcorpora": {name: the same for the documents of that subcorpus},
    "types": {"all" | subcorpus: TypeConfusion}}. `subcorpora`: only these folders (all when empty)."""
    documents = [d for d in iter_documents(corpus) if not subcorpora or d.path.parent.name in subcorpora]
    nlp = load_pipeline(model)
    totals = _empty_scores()
    by_subcorpus: dict[str, dict[str, dict[str, Scores]]] = {}
    types: dict[str, TypeConfusion] = {"all": TypeConfusion()}
    for document, doc in zip(documents, parse_texts(nlp, (d.text for d in documents)), strict=True):
        subcorpus = by_subcorpus.setdefault(document.path.parent.name, _empty_scores())
        for protocol, system, gold, predicted in _document_runs(document, doc):
            for scores in (totals, subcorpus):
                _score_document(scores[protocol][system], document.text, gold, predicted)
        confusion = _type_confusion(document, doc)
        for key in ("all", document.path.parent.name):
            types.setdefault(key, TypeConfusion()).add(confusion)
    result: dict = {"documents": len(documents), **_as_dicts(totals)}
    result["subcorpora"] = {name: _as_dicts(scores) for name, scores in sorted(by_subcorpus.items())}
    result["types"] = types
    return result


def _type_confusion(document: MeantimeDocument, doc: Doc) -> TypeConfusion:
    limit = annotated_region_end(document)
    name = f"{document.path.parent.name}/{document.path.stem}"
    return document_confusion(name, document.text, gold_mentions(document),
                              _our_typed_mentions(document, doc, limit, story_types=True))


def _empty_scores() -> dict[str, dict[str, Scores]]:
    return {protocol: {system: {level: {t: Score() for t in (*TYPES, "all")} for level in LEVELS}
                       for system in SYSTEMS} for protocol in PROTOCOLS}


def _as_dicts(scores: dict[str, dict[str, Scores]]) -> dict:
    return {protocol: {system: {level: {t: s.as_dict() for t, s in by_type.items()}
                                for level, by_type in levels.items()}
                       for system, levels in systems.items()}
            for protocol, systems in scores.items()}


Run = tuple[str, str, list[Mention], list[Mention]]  # protocol, system, gold, predicted


def _document_runs(document: MeantimeDocument, doc: Doc) -> Iterable[Run]:
    """(protocol, system, gold, predicted) for every way one document is scored."""
    limit = annotated_region_end(document)
    gold = gold_mentions(document)
    unscored = unscored_gold_spans(document)
    predicted = {"baseline": baseline_mentions(doc, limit), "ours": our_mentions(document, doc, limit)}
    demonyms = {"baseline": baseline_demonyms(doc, limit), "ours": our_demonyms(document, doc, limit)}
    for system in SYSTEMS:
        yield "strict", system, gold, predicted[system]
        mapped = predicted[system] + demonyms[system]
        yield "conventions", system, gold, without_unscored(document.text, gold, unscored, mapped)


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


def unscored_gold_spans(document: MeantimeDocument) -> set[tuple[str, int, int]]:
    """(type, start, end) of the gold mentions of our types that are not scored: no syntactic type, or
    one other than a name (subcorpora differ: "Japanese" in "Japanese stocks" is NOM in one, PRE.NAM
    in another). A gold mention with no entity type is listed once per type."""
    spans = set()
    for g in document.entities:
        if g.syntactic_type in GOLD_SYNTACTIC_TYPES and g.type in TYPES:
            continue
        for entity_type in ((g.type,) if g.type else TYPES):
            spans.add((entity_type, *normalised_span(document.text, g.start, g.end)))
    return {span for span in spans if span[0] in TYPES}


def without_unscored(text: str, gold: list[Mention], unscored: set[tuple[str, int, int]],
                     predicted: list[Mention]) -> list[Mention]:
    """Predictions minus those that coincide with an unscored gold mention of their type and overlap no
    scored one: they name what the annotators marked, so they are no false alarm, but no hit either."""
    def is_unscored(p: Mention) -> bool:
        if (p.type, *normalised_span(text, p.start, p.end)) not in unscored:
            return False
        return not any(g.type == p.type and g.start < p.end and p.start < g.end for g in gold)

    return [p for p in predicted if not is_unscored(p)]


def baseline_mentions(doc: Doc, limit: int) -> list[Mention]:
    return [Mention(e.start_char, e.end_char, BASELINE_LABELS[e.label_], e.text) for e in doc.ents
            if e.label_ in BASELINE_LABELS and e.start_char < limit]


def our_mentions(document: MeantimeDocument, doc: Doc, limit: int) -> list[Mention]:
    return [m for m in _our_typed_mentions(document, doc, limit) if m.type in OUR_TYPES.values()]


def _our_typed_mentions(document: MeantimeDocument, doc: Doc, limit: int,
                        story_types: bool = False) -> list[Mention]:
    """All our mentions before `limit`, typed PER/ORG/LOC or with our own type name, clustered by entity;
    typed as each mention was found, or with `story_types` as its resolved entity (the type the reader
    sees, decided over the whole article)."""
    entities = find_entities(doc)
    article = Article(id=document.doc_id, path=str(document.path), format="text", title=document.name,
                      text=document.text)
    annotations = ArticleAnnotations(article_id=article.id, sentences=split_sentences(doc), entities=entities,
                                     aliases=find_aliases(doc, entities))
    resolved, entity_of = resolve_entities([article], [annotations])
    type_of = {entity.id: entity.type for entity in resolved}
    # A span the resolver finds to be no name ("Eyewitnesses", "45") is no entity and no mention.
    found = [(e, entity_of[(article.id, e.start, e.end)]) for e in entities
             if e.start < limit and (article.id, e.start, e.end) in entity_of]
    return [Mention(e.start, e.end, OUR_TYPES.get(t, t), cluster) for e, cluster in found
            for t in ((type_of[cluster] if story_types else e.type),)]


# --------------------------------------------------------------------------- demonyms as places


def baseline_demonyms(doc: Doc, limit: int) -> list[Mention]:
    """The baseline's NORP mentions that MEANTIME annotates as places, in its cluster of the country."""
    return [Mention(e.start_char, e.end_char, "LOC", DEMONYMS[e.text]) for e in doc.ents
            if e.label_ == "NORP" and e.start_char < limit
            and is_modifying_demonym(doc, e.start_char, e.end_char)]


def our_demonyms(document: MeantimeDocument, doc: Doc, limit: int) -> list[Mention]:
    """Our group mentions that MEANTIME annotates as places, in our cluster of the country if any."""
    mentions = _our_typed_mentions(document, doc, limit)
    clusters = {name_key(document.text[m.start:m.end]): m.cluster for m in mentions if m.type == "LOC"}
    return [Mention(m.start, m.end, "LOC", clusters.get(name_key(country), country)) for m in mentions
            if m.type == "group" and is_modifying_demonym(doc, m.start, m.end)
            for country in (DEMONYMS[document.text[m.start:m.end]],)]


def is_modifying_demonym(doc: Doc, start: int, end: int) -> bool:
    """A nationality adjective written before the noun it modifies ("German airline")."""
    span = doc.char_span(start, end)
    if span is None or span.text not in DEMONYMS or span.end >= len(doc):
        return False
    return doc[span.end].pos_ in {"NOUN", "PROPN", "ADJ"}


# --------------------------------------------------------------------------- scoring


def _score_document(scores: Scores, text: str, gold: list[Mention], predicted: list[Mention]) -> None:
    for level in ("exact", "overlap"):
        for entity_type in TYPES:
            g = [m for m in gold if m.type == entity_type]
            p = [m for m in predicted if m.type == entity_type]
            tp = _exact_matches(text, g, p) if level == "exact" else _overlap_matches(g, p)
            scores[level][entity_type].add(tp, len(p) - tp, len(g) - tp)
            scores[level]["all"].add(tp, len(p) - tp, len(g) - tp)
    for entity_type in TYPES:
        gold_clusters = _clusters(m for m in gold if m.type == entity_type)
        found_clusters = _clusters(m for m in predicted if m.type == entity_type)
        tp = _cluster_matches(gold_clusters, found_clusters)
        missed = len(gold_clusters) - tp
        scores["entity"][entity_type].add(tp, len(found_clusters) - tp, missed)
        scores["entity"]["all"].add(tp, len(found_clusters) - tp, missed)


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


def markdown_report(result: dict, list_errors: bool = False) -> str:
    lines = [f"MEANTIME English, {result['documents']} documents; "
             "gold: NAM + PRE.NAM mentions of PER/ORG/LOC.", ""]
    for protocol in PROTOCOLS:
        lines += [f"## Protocol: {protocol}", ""]
        for level in LEVELS:
            lines += [f"### {protocol}, {level}", "",
                      "| type | system | P | R | F1 | tp | fp | fn | gain (F1 points) |",
                      "|---|---|---|---|---|---|---|---|---|"]
            for entity_type in (*TYPES, "all"):
                baseline_f1 = result[protocol]["baseline"][level][entity_type]["f1"]
                for system in SYSTEMS:
                    s = result[protocol][system][level][entity_type]
                    gain = f"{100 * (s['f1'] - baseline_f1):+.1f}" if system == "ours" else ""
                    lines.append(f"| {entity_type} | {system} | {s['precision']:.3f} | {s['recall']:.3f} | "
                                 f"{s['f1']:.3f} | {s['tp']} | {s['fp']} | {s['fn']} | {gain} |")
            lines.append("")
    lines += subcorpus_report(result)
    types: dict[str, TypeConfusion] = result.get("types", {})
    for key in sorted(types, key=lambda k: (k != "all", k)):
        if key != "all" or len(types) > 2:
            lines += confusion_report(key, types[key], list_errors)
    return "\n".join(lines)


def subcorpus_report(result: dict) -> list[str]:
    """F1 gain of ours over the baseline per subcorpus, protocol and level (points)."""
    lines = ["## Gain per subcorpus (F1 points, ours minus baseline)", "",
             "| subcorpus | protocol | level | PER | ORG | LOC |", "|---|---|---|---|---|---|"]
    for name, scores in result["subcorpora"].items():
        for protocol in PROTOCOLS:
            for level in LEVELS:
                systems = scores[protocol]
                gains = [100 * (systems["ours"][level][t]["f1"] - systems["baseline"][level][t]["f1"])
                         for t in TYPES]
                cells = " | ".join(f"{g:+.1f}" for g in gains)
                lines.append(f"| {name} | {protocol} | {level} | {cells} |")
    return [*lines, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.evaluate.entities",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="MEANTIME folder")
    parser.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline to use")
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all",
                        help="tune: airbus+apple; heldout: gm+stock; all: the four corpora")
    parser.add_argument("--subcorpus", nargs="+", default=(), help="only these folders (corpus_airbus ...)")
    parser.add_argument("--errors", action="store_true", help="also list every wrong type")
    args = parser.parse_args(argv)
    subcorpora = tuple(args.subcorpus) or PARTS.get(args.part, ())
    if args.errors and not (subcorpora and set(subcorpora) <= set(PARTS["tune"])):
        print("--errors lists errors on the tuning part only: add --part tune or --subcorpus corpus_airbus "
              "(or corpus_apple)", file=sys.stderr)
        return 2
    try:
        result = evaluate(args.corpus, args.model, subcorpora)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    print(markdown_report(result, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
