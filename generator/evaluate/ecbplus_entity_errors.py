"""The entity errors of one ECB+ story, for error analysis on the tuning part (`--errors`).

Lists, per story: wrong merges (one entity of the story holding the name mentions of two gold
instances or more), splits (one gold instance spread over two entities or more), wrong types (an
entity's type that its gold tags do not allow), missed gold name mentions and junk names. Mention
texts are shown as written, each with how often it occurs; nothing is written to the repository.

Wave 6: the errors are also counted by class over the whole selection (`classify_story`), so that
work goes to the largest class rather than to the sentences read:

* a wrong merge is classed by how the joined gold instance's names relate to those of the entity's
  main instance (its largest): the same written name (split by whether a gold side is an in-article
  chain or lone mention that the corpus links to no cross-document instance, and else by the two gold
  tags: a country and its government, a team and its city), a shorter form of a longer name, an
  acronym, or another name; each class also gets the B³ precision it costs (in mentions, so that a
  sum over the selection divided by the mentions found gives points of B³ precision);
* a split (a piece of a gold instance in another entity than most of it) likewise: the same name,
  an acronym, one word of the name alone, a shorter form, another spelling, names sharing a word,
  two different names; each class with the B³ recall it costs;
* a wrong type is classed by (gold tag, our type, the evidence the story had for the entity: an
  organisation or place cue in a name, the gazetteer, a known given name, a stated role, a one-word
  name, an acronym).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio

from generator.evaluate.alignment import Located, align
from generator.evaluate.ecbplus import GoldMention
from generator.evaluate.ecbplus_entities import TYPE_OF_TAG, gold_spans, junk_reason, scored_mentions
from generator.evaluate.ecbplus_story import StoryRun
from generator.models import Entity
from generator.story import entity_types
from generator.story.name_groups import name_key
from generator.story.names import fold

SPELLING_RATIO = 80.0  # rapidfuzz similarity (0-100) above which two names count as spellings of one


def story_errors(run: StoryRun) -> list[str]:
    """Readable lines, one per error, headed by the story's name; none when the story has none."""
    gold_names, _ = gold_spans(run)
    system, entity_of, text_of = scored_mentions(run)
    pairs = align(system, [g for g, _ in gold_names])
    gold_of = {g.key: mention for g, mention in gold_names}
    lines = [*_merges(pairs, gold_of, entity_of, text_of), *_splits(pairs, gold_of, entity_of, text_of),
             *_types(run, pairs, gold_of, entity_of), *_missed(run, gold_names, pairs),
             *_junk(run)]
    return [f"#### {run.subtopic.name}", *lines, ""] if lines else []


def _merges(pairs: dict, gold_of: dict[Hashable, GoldMention], entity_of: dict, text_of: dict) -> list[str]:
    instances: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for system_key, gold_key in pairs.items():
        instances[entity_of[system_key]][gold_of[gold_key].instance][text_of[system_key]] += 1
    return [f"- merge {entity}: " + " | ".join(_texts(texts) for _, texts in sorted(by_instance.items()))
            for entity, by_instance in sorted(instances.items()) if len(by_instance) > 1]


def _splits(pairs: dict, gold_of: dict[Hashable, GoldMention], entity_of: dict, text_of: dict) -> list[str]:
    entities: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for system_key, gold_key in pairs.items():
        entities[gold_of[gold_key].instance][entity_of[system_key]][text_of[system_key]] += 1
    return [f"- split {instance}: " + " | ".join(f"{entity}: {_texts(texts)}"
                                                 for entity, texts in sorted(by_entity.items()))
            for instance, by_entity in sorted(entities.items()) if len(by_entity) > 1]


def _types(run: StoryRun, pairs: dict, gold_of: dict[Hashable, GoldMention], entity_of: dict) -> list[str]:
    type_of = {entity.id: entity.type for entity in run.story.entities}
    wrong: Counter[tuple[str, str, str]] = Counter()
    for system_key, gold_key in pairs.items():
        tag, entity = gold_of[gold_key].tag, entity_of[system_key]
        if tag in TYPE_OF_TAG and type_of[entity] not in TYPE_OF_TAG[tag]:
            wrong[(entity, type_of[entity], tag)] += 1
    return [f"- type {entity}: {system_type}, gold {tag} (x{count})"
            for (entity, system_type, tag), count in sorted(wrong.items())]


def _missed(run: StoryRun, gold_names: list[tuple[Located, GoldMention]], pairs: dict) -> list[str]:
    aligned = set(pairs.values())
    missed: Counter[str] = Counter()
    for located, mention in gold_names:
        if located.key not in aligned:
            text = run.documents[located.article].article.text[located.start:located.end]
            missed[f"{text} ({mention.tag})"] += 1
    return [f"- missed: {_texts(missed)}"] if missed else []


def _junk(run: StoryRun) -> list[str]:
    return [f"- junk {entity.name!r} ({entity.type}): {reason}" for entity in run.story.entities
            if (reason := junk_reason(entity.name, entity.type))]


def _texts(texts: Counter[str]) -> str:
    return ", ".join(f"{text} x{count}" if count > 1 else text for text, count in sorted(texts.items()))


# --------------------------------------------------------------------------- classes with counts


@dataclass
class ErrorClasses:
    """Counts over a selection of stories: wrong merges (joined gold instances and the B³ precision they
    cost, in mentions) and wrong types (mentions), each by class."""

    merges: Counter[str] = field(default_factory=Counter)
    merge_cost: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    splits: Counter[str] = field(default_factory=Counter)
    split_cost: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # B³ recall, mentions
    types: Counter[str] = field(default_factory=Counter)

    def add(self, other: ErrorClasses) -> None:
        self.merges.update(other.merges)
        self.splits.update(other.splits)
        self.types.update(other.types)
        for name, cost in other.merge_cost.items():
            self.merge_cost[name] += cost
        for name, cost in other.split_cost.items():
            self.split_cost[name] += cost

    def report(self, mentions_found: int, gold_mentions: int) -> list[str]:
        lines = [*_cost_table("wrong-merge class | gold instances joined | B³ precision lost (points)",
                              self.merges, self.merge_cost, mentions_found), "",
                 *_cost_table("split class | entities split off | B³ recall lost (points)",
                              self.splits, self.split_cost, gold_mentions)]
        lines += ["", "| wrong-type class (gold tag, our type: evidence) | mentions |", "|---|---|"]
        lines += [f"| {name} | {count} |" for name, count in sorted(self.types.items(),
                                                                    key=lambda item: (-item[1], item[0]))]
        return [*lines, ""]


def _cost_table(header: str, counts: Counter[str], cost: dict[str, float], whole: int) -> list[str]:
    lines = [f"| {header} |", "|---|---|---|"]
    for name, count in sorted(counts.items(), key=lambda item: (-cost[item[0]], item[0])):
        lines.append(f"| {name} | {count} | {100 * cost[name] / whole if whole else 0.0:.2f} |")
    return lines


def classify_story(run: StoryRun) -> ErrorClasses:
    gold_names, _ = gold_spans(run)
    system, entity_of, text_of = scored_mentions(run)
    pairs = align(system, [g for g, _ in gold_names])
    gold_of = {g.key: mention for g, mention in gold_names}
    classes = ErrorClasses()
    members: dict[str, dict[str, list[tuple[GoldMention, str]]]] = defaultdict(lambda: defaultdict(list))
    for system_key, gold_key in pairs.items():
        gold = gold_of[gold_key]
        members[entity_of[system_key]][gold.instance].append((gold, text_of[system_key]))
    for by_instance in members.values():
        if len(by_instance) > 1:
            _classify_merge(by_instance, classes)
    entities = {entity.id: entity for entity in run.story.entities}
    types: dict[str, str] = {entity_id: entity.type for entity_id, entity in entities.items()}
    _classify_splits(pairs, gold_of, (entity_of, types), text_of, Counter(m.instance for _, m in gold_names),
                     classes)
    for system_key, gold_key in pairs.items():
        tag, entity = gold_of[gold_key].tag, entities[entity_of[system_key]]
        if tag in TYPE_OF_TAG and entity.type not in TYPE_OF_TAG[tag]:
            classes.types[f"{tag} as {entity.type}: {type_evidence(entity)}"] += 1
    return classes


def _classify_merge(by_instance: dict[str, list[tuple[GoldMention, str]]], classes: ErrorClasses) -> None:
    """Each gold instance joined to the entity's main one, classed; the entity's B³ precision loss
    (Σ over its instances of n·(N−n)/N) shared among the joined instances by their own loss and their
    share of the main instance's."""
    ordered = sorted(by_instance.items(), key=lambda item: (-len(item[1]), item[0]))
    (_, main), others = ordered[0], ordered[1:]
    total = sum(len(m) for m in by_instance.values())
    main_loss = len(main) * (total - len(main)) / total
    for _, joined in others:
        name = merge_class(main, joined)
        classes.merges[name] += 1
        own = len(joined) * (total - len(joined)) / total
        classes.merge_cost[name] += own + main_loss * len(joined) / (total - len(main))


def _classify_splits(pairs: dict, gold_of: dict[Hashable, GoldMention], entities: tuple[dict, dict[str, str]],
                     text_of: dict, gold_sizes: Counter[str], classes: ErrorClasses) -> None:
    """Each entity holding part of a gold instance besides the one holding most of it, classed; the
    B³ recall the split costs ((Σn)² − Σn²)/|K|, K the gold instance with its missed mentions, shared
    among the pieces split off by size. `entities`: system mention -> entity id, entity id -> type.
    (Wave 9) Two different names are classed further by the gold tag and our two entities' types
    ("gold LOC_FAC, ours place / organization": a facility filed by ECB+ under its town), so that the
    largest class can be told apart into conventions and the product's misses by counting, without
    reading stories."""
    entity_of, types = entities
    pieces: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    tag_of: dict[str, str] = {}
    for system_key, gold_key in pairs.items():
        pieces[gold_of[gold_key].instance][entity_of[system_key]].append(text_of[system_key])
        tag_of[gold_of[gold_key].instance] = gold_of[gold_key].tag
    for instance, by_entity in pieces.items():
        if len(by_entity) < 2:
            continue
        ordered = sorted(by_entity.items(), key=lambda item: (-len(item[1]), sorted(item[1])))
        sizes = [len(texts) for _, texts in ordered]
        lost = (sum(sizes) ** 2 - sum(n * n for n in sizes)) / gold_sizes[instance]
        (main_id, main), others = ordered[0], ordered[1:]
        for entity_id, texts in others:
            name = split_class(main, texts)
            if name == DIFFERENT_NAMES:
                ours = f"{types.get(main_id, '?')} / {types.get(entity_id, '?')}"
                name = f"{name}: gold {tag_of[instance]}, ours {ours}"
            classes.splits[name] += 1
            classes.split_cost[name] += lost * len(texts) / sum(sizes[1:])


def split_class(main: list[str], apart: list[str]) -> str:
    """How the names of a piece split off a gold instance relate to those of its main piece."""
    main_names, apart_names = {fold(t) for t in main}, {fold(t) for t in apart}
    if main_names & apart_names:
        return "the same name in two entities"
    if any(_is_acronym(text) for text in main + apart):
        return "an acronym and another name"
    main_words = {w for name in main_names for w in name.replace(",", "").split()}
    if all(len(name.split()) == 1 and name in main_words for name in apart_names):
        return "one word of the name alone (a surname, a first name)"
    if any(_is_shorter_form(a, b) or _is_shorter_form(b, a) for a in main_names for b in apart_names):
        return "a shorter form of the name"
    if any(ratio(a, b) >= SPELLING_RATIO for a in main_names for b in apart_names):
        return "another spelling"
    if any(set(a.split()) & set(b.split()) for a in main_names for b in apart_names):
        return "names sharing a word"
    return DIFFERENT_NAMES


DIFFERENT_NAMES = "two different names (a nickname, a description)"


def merge_class(main: list[tuple[GoldMention, str]], joined: list[tuple[GoldMention, str]]) -> str:
    main_names = {fold(text) for _, text in main}
    joined_names = {fold(text) for _, text in joined}
    if main_names & joined_names:
        if not (main[0][0].cross_doc and joined[0][0].cross_doc):
            return "same name; a gold side is an in-article chain linked to no cross-document instance"
        tags = " / ".join(sorted({main[0][0].tag, joined[0][0].tag}))
        return f"same name, two cross-document instances ({tags})"
    if any(_is_acronym(text) for _, text in main + joined):
        return "an acronym and another name"
    if any(_is_shorter_form(a, b) or _is_shorter_form(b, a) for a in main_names for b in joined_names):
        return "a shorter form joined to a longer name"
    return "two different names"


def _is_acronym(written: str) -> bool:
    letters = written.replace(".", "")
    return letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6


def _is_shorter_form(short: str, long: str) -> bool:
    """The words of `short` are the first or last words of `long`."""
    s, full = short.replace(",", "").split(), long.replace(",", "").split()
    return len(s) < len(full) and (full[:len(s)] == s or full[-len(s):] == s)


def type_evidence(entity: Entity) -> str:
    """The cues the story had for an entity's type, as `entity_types.story_type` weighs them."""
    texts = sorted({m.text for m in entity.mentions} | {entity.name})
    cues = [cue for cue, present in (
        ("organisation cue", any(entity_types.has_organisation_cue(t) for t in texts)),
        ("place cue", any(entity_types.has_place_cue(t) for t in texts)),
        ("gazetteer " + ("country/state/big city" if entity_types.place_rank(name_key(entity.name)) == 2
                         else "town"), entity_types.place_rank(name_key(entity.name)) > 0),
        ("given name", entity_types.has_person_cue(texts, has_role=False)),
        ("stated role", bool(entity.roles)),
    ) if present]
    words = "acronym" if entity.name.isupper() else "one word" if len(entity.name.split()) == 1 else "words"
    return ", ".join([words, *cues])
