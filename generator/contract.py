"""The JSON contracts of `extract` and `annotate` (docs/contract.md). Field names here are relied on by
other tools: add fields freely, never rename or remove one."""

from __future__ import annotations

from typing import Any

from generator.models import ArticleAnnotations, Source, Story


def story_contract(story: Story) -> dict[str, Any]:
    return {
        "articles": [
            {
                "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "published_estimated": a.published_estimated, "author": a.author,
            }
            for a in story.articles
        ],
        "entities": [
            {
                "id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases,
                "roles": [role.role for role in e.roles],
                "mentions": [m.model_dump() for m in e.mentions],
                "description": e.description, "link": e.link,
            }
            for e in story.entities
        ],
        "quantities": [
            {
                "id": q.id, "text": q.text, "value": _number(q.value),
                "value_to": _number(q.value_to) if q.value_to is not None else None, "unit": q.unit,
                "qualifier": q.qualifier,
                "about": q.about, "rate": q.rate, "date": q.date, "sources": _sources(q.sources),
                **_fact_extras(q),
            }
            for q in story.quantities
        ],
        "quotes": [
            {
                "id": q.id, "speaker": q.speaker, "speaker_id": q.speaker_id, "text": q.text, "date": q.date,
                "reported_by": q.reported_by, "mood": q.mood, "sources": _sources(q.sources),
                **_fact_extras(q),
            }
            for q in story.quotes
        ],
        "claims": [
            {
                "id": c.id, "by": c.by, "by_id": c.by_id, "text": c.text, "kind": c.kind,
                "mood": c.mood, "polarity": c.polarity, "sources": _sources(c.sources), **_fact_extras(c),
            }
            for c in story.claims
        ],
        "timeline": [
            {
                "id": t.id, "date": t.date.model_dump(mode="json"), "text": t.text, "timex": t.timex,
                "kind": t.kind,
                "entities": t.entities, "reported": t.reported.isoformat() if t.reported else None,
                "sources": _sources(t.sources), **_fact_extras(t),
            }
            for t in story.timeline
        ],
        "timexes": [t.model_dump() for t in story.timexes],
    }


def annotations_contract(annotations: ArticleAnnotations) -> dict[str, Any]:
    return {
        "timexes": [
            {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
            for t in annotations.timexes
        ],
        "quantities": [
            {
                "start": q.start, "end": q.end, "text": q.text, "value": _number(q.value),
                "value_to": _number(q.value_to) if q.value_to is not None else None, "unit": q.unit,
                "qualifier": q.qualifier, "about": q.about, "rate": q.rate, "date": q.date,
            }
            for q in annotations.quantities
        ],
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "type": e.type, "label": e.label}
            for e in annotations.entities
        ],
        "quotes": [
            {"start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
             "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "date": q.date,
             "reported_by": q.reported_by, "mood": q.mood}
            for q in annotations.quotes
        ],
        "claims": [
            {"start": c.start, "end": c.end, "text": c.text, "by": c.by, "kind": c.kind, "mood": c.mood,
             "polarity": c.polarity}
            for c in annotations.claims
        ],
        "sentences": [{"start": s.start, "end": s.end} for s in annotations.sentences],
    }


def _sources(sources: list[Source]) -> list[dict[str, Any]]:
    return [
        {"article": s.article, "start": s.start, "end": s.end, "sentence": s.sentence,
         "sentence_index": s.sentence_index}
        for s in sources
    ]


def _fact_extras(fact: Any) -> dict[str, Any]:
    return {
        "corroboration": fact.corroboration, "outlets": fact.outlets, "conflicts_with": fact.conflicts_with,
        "edited": fact.edit.model_dump() if fact.edit else None,
    }


def _number(value: float) -> int | float:
    """300000.0 prints as 300000: integers stay integers in the contract."""
    return int(value) if float(value).is_integer() else value
