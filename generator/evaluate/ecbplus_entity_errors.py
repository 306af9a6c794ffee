"""The entity errors of one ECB+ story, for error analysis on the tuning part (`--errors`).

Lists, per story: wrong merges (one entity of the story holding the name mentions of two gold
instances or more), splits (one gold instance spread over two entities or more), wrong types (an
entity's type that its gold tags do not allow), missed gold name mentions and junk names. Mention
texts are shown as written, each with how often it occurs; nothing is written to the repository.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable

from generator.evaluate.alignment import Located, align
from generator.evaluate.ecbplus import GoldMention
from generator.evaluate.ecbplus_entities import TYPE_OF_TAG, gold_spans, junk_reason, scored_mentions
from generator.evaluate.ecbplus_story import StoryRun


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
