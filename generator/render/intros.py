"""Entity pages' opening lines: what the articles say a law or policy is, linked to the sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from generator.models import Entity, Source
from generator.render.views import SourceLink
from generator.story.briefing import own_words
from generator.story.summary import opens_with_anaphor, publication_order
from generator.wording import display_event_date

if TYPE_CHECKING:
    from generator.render.index import SiteIndex

_DEFINES = re.compile(r"\b(?:known as|called|(?:is|was) (?:an?|the))\b", re.IGNORECASE)


def entity_intros(index: SiteIndex) -> dict[str, SourceLink]:
    """What the articles say a law or policy is: the first sentence (in publication order) that
    names it, for its page's opening line; the sentence is kept on its article page."""
    order = {article.id: rank for rank, article in enumerate(publication_order(index.story.articles))}
    intros = {}
    for entity in index.story.entities:
        if entity.type != "law" or not entity.mentions:
            continue
        found = [(m, index.articles[m.article]) for m in entity.mentions if m.article in index.articles]
        sentences = [(m, view, view.article.sentence_at(m.start)) for m, view in found]
        candidates = [(m, view, sentence) for m, view, sentence in sentences if sentence is not None]
        if not candidates:
            continue
        # A sentence that says what it is ("known as", "is a") first, else the earliest.
        mention, view, sentence = min(
            candidates,
            key=lambda c: (not _DEFINES.search(c[2].text), order.get(c[0].article, 0), c[0].start),
        )
        source = Source(article=mention.article, start=mention.start, end=mention.end,
                        sentence=sentence.text, sentence_index=sentence.index)
        link = _event_intro(index, entity) if opens_with_anaphor(" ".join(sentence.text.split())) else None
        link = link or index.source_link(source)
        if link is not None:
            intros[entity.id] = link
            view.sentences.add(sentence.index)
            index.link_sentence(mention.article, sentence.index)
    return intros


def _event_intro(index: SiteIndex, entity: Entity) -> SourceLink | None:
    """For a law whose sentences all open by pointing back ("That stopped ... since the rule,
    known as Section 9, lapsed"): the first event whose own words name it ("The rule, known as
    Section 9, lapsed"), led by its date and linked to its sentence."""
    names = [entity.name, *entity.aliases]
    for entry in index.story.timeline:
        names_it = any(name in entry.text for name in names)
        if entry.sources and names_it and not opens_with_anaphor(entry.text) and own_words(entry):
            link = index.source_link(entry.sources[0])
            if link is not None:
                return replace(link, sentence=own_words(entry), lead=display_event_date(entry.date))
    return None
