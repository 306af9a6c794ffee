"""Cross-document entity clusters on ECB+: the story's entities against gold entity coreference.

Per sub-topic (one story), the real pipeline runs on its articles (see ecbplus_story.py); every
name mention of every entity of the Story is compared with the gold entity mentions (HUMAN_PART_*,
NON_HUMAN_PART*, LOC_*) of the scored sentences, clustered by their gold instance (a cross-document
instance, else an intra-document chain, else the mention alone).

Which gold mentions are scored: name mentions only, because the product resolves names, not
pronouns or descriptions ("the actress"). A gold mention is a name mention when its last word (the
head in English noun phrases, a trailing possessive left out) is capitalised and not a capitalised
function word, and, at the start of a sentence, is a word no article of the story writes in lower
case (wave 5: the story, not the one article: "Voters" opening a sentence is a description whether
or not that article also writes "voters").
Decided from the gold tokens alone, so the system under test does not choose what it is scored on.

Alignment: one-to-one by character overlap (alignment.py). A system mention aligned with no scored
gold mention is not scored when it overlaps another gold entity mention (a name inside a
description, "Los Angeles" in "a Los Angeles man"); otherwise it names something ECB+ did not
annotate, which the corpus does not let us call right or wrong: it is counted, not scored.

Scores: MUC, B³, CEAFe and CoNLL F1 with key = scored gold name mentions and response = the
aligned system mentions clustered by entity id (a missed mention lowers recall; precision reflects
wrong merges). "Merge" B³ restricts the key to the aligned mentions: the clustering decisions
alone. Wave 6: a third B³ restricts key and response to the gold mentions of a cross-document
instance: ECB+ links across articles only the participants of its seminal events, so the same name
in two articles of a participant it did not link is two gold entities (an in-article chain each),
and joining them costs precision (`--errors` counts this class); that row shows the figure without
them (a diagnostic: the headline figures stay the B³ above). Type accuracy over aligned mentions
whose gold tag has an expected type (TYPE_OF_TAG).
Junk names: entities of the story whose name cannot be a name (junk_reason).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import DEFAULT_MODEL
from generator.evaluate.alignment import Located, align, overlaps_any
from generator.evaluate.coref_scores import EMPTY_SCORES, CorefScores, score_all
from generator.evaluate.ecbplus import DEFAULT_CORPUS, PARTS, EcbDocument, GoldMention, load_subtopics
from generator.evaluate.ecbplus_story import StoryRun, run_stories

# Gold tag -> the product's entity types that count as right. Tags left out have no type to score:
# NON_HUMAN_PART* (objects, products, weapons, documents), HUMAN_PART_VEH (a vehicle and its crew),
# plain HUMAN_PART (no subtype given).
TYPE_OF_TAG: dict[str, frozenset[str]] = {
    "HUMAN_PART_PER": frozenset({"person"}),
    # ECB+ files companies, agencies, teams and parties here; the product's "group" is its type for
    # political, religious and national groups ("Democrats"), which ECB+ files as organisations too.
    "HUMAN_PART_ORG": frozenset({"organization", "group"}),
    "HUMAN_PART_GPE": frozenset({"place"}),  # a country or city acting ("France sent troops")
    "HUMAN_PART_FAC": frozenset({"place", "organization"}),
    "HUMAN_PART_MET": frozenset({"place", "organization"}),  # metonymy: "the White House said"
    "HUMAN_PART_GENERIC": frozenset({"group", "person"}),
    "LOC_GEO": frozenset({"place"}),
    # A facility is a place and often also the institution in it ("Betty Ford Center"): both count.
    "LOC_FAC": frozenset({"place", "organization"}),
    "LOC_OTHER": frozenset({"place"}),
}

_CAPITALISED_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
    "my", "your", "him", "them", "us", "me", "this", "that", "these", "those", "who", "which", "what",
    "one", "some", "all", "both", "each", "another", "other", "someone", "everyone", "anyone", "nobody",
    "there", "here", "mr.", "mrs.", "ms.", "dr.",
})
_TRAILING = frozenset({"'s", "’s", "'", "’", ",", ".", ")", "”", '"', "''"})
_JUNK_ENDINGS = frozenset({"and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "with", "by", "at"})


def is_name_mention(document: EcbDocument, mention: GoldMention,
                    story_words: frozenset[str] = frozenset()) -> bool:
    """`story_words`: the words the other articles of the story write in lower case."""
    tokens = {t.t_id: t for t in document.tokens}
    words = [tokens[t] for t in mention.tokens if t in tokens]
    while words and words[-1].text in _TRAILING:
        words.pop()
    if not words:
        return False
    head = words[-1]
    if not head.text[:1].isupper() or head.text.lower() in _CAPITALISED_FUNCTION_WORDS:
        return False
    return head.number > 0 or head.text.lower() not in _lower_case_words(document) | story_words


def _lower_case_words(document: EcbDocument) -> frozenset[str]:
    """Words the article writes in lower case (its address line left out: "…/velko-resigns")."""
    sentences = document.sentences().values()
    return frozenset(t.text for tokens in sentences for t in tokens if t.text[:1].islower())


# Names that open in lower case on purpose: a brand in camel case with one lower-case letter
# ("eBay", "nCircle") and an Arabic name's article ("al-Aqsa"); a provision of a law is named by its
# number ("Section 7"). Wave 4: these were counted as junk before.
_LOWER_CASE_NAME = re.compile(r"^(?:[a-z][A-Z][a-z]|(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin)-[A-Z])")
_PROVISION = re.compile(r"^(?:Section|Article|Chapter|Title|Rule|Amendment) \d+[A-Za-z]?$")
# Wave 11: a street named by its ordinal ("117th Street", "West 42nd St.") is a place's name, not junk.
_NUMBERED_STREET = re.compile(r"^(?:(?:North|South|East|West|[NSEW]\.?) )?\d{1,4}(?:st|nd|rd|th) "
                              r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Lane|Place)$")


def junk_reason(name: str, entity_type: str = "") -> str | None:
    """Why a string cannot be the name of an entity, or None."""
    words = name.split()
    if not words or not re.search(r"[^\W\d_]", name):
        return "no letters"
    if name[:1].islower() and not _LOWER_CASE_NAME.match(name):
        return "lower case"
    if words[-1].lower() in _JUNK_ENDINGS:
        return f"ends in '{words[-1].lower()}'"
    if re.search(r"\d", name) and not (entity_type == "law" and _PROVISION.match(name)) \
            and not (entity_type == "place" and _NUMBERED_STREET.match(name)):
        return "digits"
    if len(name.replace(".", "").strip()) < 2:
        return "one letter"
    return None


@dataclass
class EntityTotals:
    stories: int = 0
    gold_mentions: int = 0
    aligned: int = 0
    unannotated_mentions: int = 0
    scores: CorefScores = EMPTY_SCORES
    merge_scores: CorefScores = EMPTY_SCORES
    linked_scores: CorefScores = EMPTY_SCORES  # gold mentions of a cross-document instance only
    typed: int = 0
    typed_right: int = 0
    entities: int = 0
    unmatched_entities: int = 0
    junk: Counter[str] = field(default_factory=Counter)
    failed: list[str] = field(default_factory=list)  # sub-topics the pipeline crashed on
    per_story: list[tuple[str, EntityTotals]] = field(default_factory=list)  # (sub-topic, its figures)
    errors: list[str] = field(default_factory=list)  # lines of `--errors`, story by story
    types: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold tag, system type)

    def add(self, other: EntityTotals) -> None:
        for name in ("stories", "gold_mentions", "aligned", "unannotated_mentions", "typed", "typed_right",
                     "entities", "unmatched_entities"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.scores = self.scores + other.scores
        self.merge_scores = self.merge_scores + other.merge_scores
        self.linked_scores = self.linked_scores + other.linked_scores
        self.junk.update(other.junk)
        self.types.update(other.types)


def scored_mentions(run: StoryRun) -> tuple[list[Located], dict[Hashable, str], dict[Hashable, str]]:
    """The story's mentions inside the corpus's scored sentences, with the entity and the words of each
    (both keyed by the mention's (article, start, end))."""
    system: list[Located] = []
    entity_of: dict[Hashable, str] = {}
    text_of: dict[Hashable, str] = {}
    for entity in run.story.entities:
        for m in entity.mentions:
            if m.article in run.documents and run.documents[m.article].in_scored_sentence(m.start):
                span = (m.article, m.start, m.end)
                entity_of[span], text_of[span] = entity.id, m.text
                system.append(Located(m.article, m.start, m.end, span))
    return system, entity_of, text_of


def score_story(run: StoryRun) -> EntityTotals:
    gold_names, gold_other = gold_spans(run)
    system, mention_entity, _ = scored_mentions(run)
    pairs = align(system, [g for g, _ in gold_names])
    gold_of = {g.key: mention for g, mention in gold_names}
    key = {g.key: mention.instance for g, mention in gold_names}
    response = {gold: mention_entity[s] for s, gold in pairs.items()}
    totals = EntityTotals(stories=1, gold_mentions=len(key), aligned=len(response))
    totals.scores = score_all(key, response)
    totals.merge_scores = score_all({g: key[g] for g in response}, response)
    linked = {g: instance for g, instance in key.items() if gold_of[g].cross_doc}
    totals.linked_scores = score_all(linked, {g: e for g, e in response.items() if g in linked})
    unaligned = [s for s in system if s.key not in pairs]
    others = [g for g, _ in gold_other] + [g for g, _ in gold_names]
    unannotated = [s for s in unaligned if not overlaps_any(s, others)]
    totals.unannotated_mentions = len(unannotated)
    _score_types(run, pairs, gold_of, mention_entity, totals)
    _count_entities(run, system, unannotated, totals)
    return totals


def gold_spans(run: StoryRun) -> tuple[list[tuple[Located, GoldMention]], list[tuple[Located, GoldMention]]]:
    names: list[tuple[Located, GoldMention]] = []
    others: list[tuple[Located, GoldMention]] = []
    story_words = frozenset().union(*(_lower_case_words(m.document) for m in run.documents.values()))
    for article_id, mapped in run.documents.items():
        for mention in mapped.document.mentions:
            if not mention.is_entity or not mapped.is_scored(mention):
                continue
            start, end = mapped.mention_span(mention) or (0, 0)
            located = Located(article_id, start, end, (mention.doc, mention.m_id))
            is_name = is_name_mention(mapped.document, mention, story_words)
            (names if is_name else others).append((located, mention))
    return names, others


def _score_types(run: StoryRun, pairs: dict, gold_of: dict, mention_entity: dict,
                 totals: EntityTotals) -> None:
    type_of_entity = {entity.id: entity.type for entity in run.story.entities}
    for system_key, gold_key in pairs.items():
        tag = gold_of[gold_key].tag
        system_type = type_of_entity[mention_entity[system_key]]
        totals.types[(tag, system_type)] += 1
        if tag in TYPE_OF_TAG:
            totals.typed += 1
            totals.typed_right += system_type in TYPE_OF_TAG[tag]


def _count_entities(run: StoryRun, system: list[Located], unannotated: list[Located],
                    totals: EntityTotals) -> None:
    totals.entities = len(run.story.entities)
    for entity in run.story.entities:
        reason = junk_reason(entity.name, entity.type)
        if reason:
            totals.junk[reason] += 1
    unannotated_keys = {s.key for s in unannotated}
    in_scored: dict[str, list[bool]] = {}
    for entity in run.story.entities:
        for m in entity.mentions:
            key = (m.article, m.start, m.end)
            if any(s.key == key for s in system):
                in_scored.setdefault(entity.id, []).append(key in unannotated_keys)
    totals.unmatched_entities = sum(1 for flags in in_scored.values() if all(flags))


def evaluate(corpus: Path = DEFAULT_CORPUS, part: str = "heldout", topics: Sequence[int] | None = None,
             model: str = DEFAULT_MODEL, cache_dir: Path | None = None, errors: bool = False) -> EntityTotals:
    # Imported here: the error listing builds on this module's gold spans.
    from generator.evaluate.ecbplus_entity_errors import ErrorClasses, classify_story, story_errors

    totals = EntityTotals()
    classes = ErrorClasses()
    for run in run_stories(load_subtopics(corpus, part, topics), totals.failed, model, cache_dir):
        story = score_story(run)
        totals.add(story)
        totals.per_story.append((run.subtopic.name, story))
        if errors:
            totals.errors += story_errors(run)
            classes.add(classify_story(run))
    if errors:  # the classes with their counts first, then the errors story by story
        totals.errors[:0] = ["### Errors by class", "", *classes.report(totals.aligned, totals.gold_mentions)]
    return totals


def report(totals: EntityTotals, title: str) -> str:
    s, m, linked = totals.scores, totals.merge_scores, totals.linked_scores.b_cubed
    lines = [
        f"### {title}", "",
        f"{totals.stories} stories (sub-topics); {totals.gold_mentions} gold name mentions in the scored "
        f"sentences, {totals.aligned} found ({_share(totals.aligned, totals.gold_mentions)}).",
        *failure_note(totals.failed), "",
        "| measure | P | R | F1 |", "|---|---|---|---|",
        *(f"| {name} | {p.precision:.3f} | {p.recall:.3f} | {p.f1:.3f} |"
          for name, p in (("MUC", s.muc), ("B³", s.b_cubed), ("CEAFe", s.ceaf_e))),
        f"| CoNLL F1 | | | {s.conll_f1:.3f} |",
        f"| merge B³ (found mentions only) | {m.b_cubed.precision:.3f} | {m.b_cubed.recall:.3f} | "
        f"{m.b_cubed.f1:.3f} |",
        f"| B³, gold mentions of a cross-document instance only | {linked.precision:.3f} | "
        f"{linked.recall:.3f} | {linked.f1:.3f} |", "",
        "| other figure | value |", "|---|---|",
        f"| type accuracy (found mentions with a typed gold tag) | "
        f"{_share(totals.typed_right, totals.typed)} ({totals.typed_right}/{totals.typed}) |",
        f"| entities in the stories | {totals.entities} |",
        f"| junk names | {sum(totals.junk.values())} "
        f"({', '.join(f'{r}: {n}' for r, n in sorted(totals.junk.items())) or 'none'}) |",
        f"| entities in scored sentences matching no gold mention | {totals.unmatched_entities} |",
        f"| system name mentions ECB+ did not annotate (not scored) | {totals.unannotated_mentions} |", "",
    ]
    return "\n".join(lines + _type_table(totals))


def failure_note(failed: list[str]) -> list[str]:
    if not failed:
        return []
    return [f"The pipeline crashed on {len(failed)} stories, left out of the figures: {'; '.join(failed)}."]


def _type_table(totals: EntityTotals) -> list[str]:
    system_types = sorted({t for _, t in totals.types})
    tags = sorted({tag for tag, _ in totals.types})
    lines = ["| gold tag \\ system type | " + " | ".join(system_types) + " |",
             "|---|" + "---|" * len(system_types)]
    for tag in tags:
        cells = " | ".join(str(totals.types.get((tag, t), 0)) for t in system_types)
        lines.append(f"| {tag} | {cells} |")
    return [*lines, ""]


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer evaluate ecbplus-entities",
                                     description=__doc__.split("\n")[0])
    add_arguments(parser)
    parser.add_argument("--errors", action="store_true",
                        help="also count the wrong merges, splits and wrong types by class, then list each "
                             "story's wrong merges, splits, wrong types, missed names, junk (error analysis: "
                             "use it on the tuning part only)")
    args = parser.parse_args(argv)
    return run(args)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="ECB+ folder")
    parser.add_argument("--part", choices=PARTS, default="heldout", help="tune: odd topics; heldout: even")
    parser.add_argument("--topics", type=int, nargs="+", help="only these topic numbers")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="spaCy pipeline to use")
    parser.add_argument("--per-story", action="store_true", help="also a table with a row per story")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the articles' annotations in this folder and reuse them on the next run "
                             "(a change to the story stage then re-runs only the story stage)")


def run(args: argparse.Namespace) -> int:
    try:
        totals = evaluate(args.corpus, args.part, args.topics, args.model, args.cache, args.errors)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 2
    print(report(totals, describe_selection(args.part, args.topics)))
    if args.per_story:
        print(per_story_report(totals))
    if args.errors:
        print("\n".join(totals.errors))
    return 0


def per_story_report(totals: EntityTotals) -> str:
    lines = ["| story | gold names | found | B³ P | B³ R | merge B³ F1 | type accuracy | junk names |",
             "|---|---|---|---|---|---|---|---|"]
    for name, t in totals.per_story:
        b, m = t.scores.b_cubed, t.merge_scores.b_cubed
        lines.append(f"| {name} | {t.gold_mentions} | {t.aligned} | {b.precision:.3f} | {b.recall:.3f} | "
                     f"{m.f1:.3f} | {_share(t.typed_right, t.typed)} | {sum(t.junk.values())} |")
    return "\n".join(lines) + "\n"


def describe_selection(part: str, topics: Sequence[int] | None) -> str:
    names = {"tune": "tuning part (odd topics)", "heldout": "held-out part (even topics)",
             "all": "all topics"}
    text = f"ECB+ {names[part]}"
    return f"{text}, topics {' '.join(map(str, topics))}" if topics else text


if __name__ == "__main__":
    raise SystemExit(main())
