"""Timeline rows that start with a pronoun get their subject back: "It was able to send back ..."
becomes "Mexico was able to send back ...".

A row's text is a clause cut out of a sentence, so its opening pronoun points at a name said
earlier. The antecedent taken is the nearest entity of a fitting type named before the clause in
the same sentence (people for "he"/"she", organisations, places, laws and groups for "it"/"they");
failing that, the first one named in the sentence before. A pronoun with no fitting antecedent is
left as it is: a wrong name is worse than a pronoun. Runs before the editor's overrides, so an
editor's rewrite of a row always wins.
"""

from __future__ import annotations

import re

from generator.models import Article, Entity, Story, TimelineEntry
from generator.story.briefing import PRONOUNS, SentenceEntities

_OPENING = re.compile(r"^([A-Za-z]+)\b")


def _clause_start(article: Article, sentence_index: int, text: str) -> int | None:
    """Offset in the article where the row's clause (its first words) starts inside the sentence."""
    sentence = article.sentences[sentence_index]
    words = text.split()[:4]
    if len(words) < 2:
        return None
    pattern = r"\b" + r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, sentence.text, flags=re.IGNORECASE)
    return sentence.start + match.start() if match else None


def _antecedent(
    entry: TimelineEntry, types: frozenset[str], articles: dict[str, Article], names: SentenceEntities
) -> Entity | None:
    for source in entry.sources:
        article = articles.get(source.article)
        index = source.sentence_index
        if article is None or not 0 <= index < len(article.sentences):
            continue
        start = _clause_start(article, index, entry.text)
        if start is not None:
            before = [e for offset, e in names.by_sentence.get((article.id, index), []) if offset < start]
            fitting = [entity for entity in before if entity.type in types]
            if fitting:
                return fitting[-1]
            if index > 0 and article.sentences[index].start == start:  # the clause opens the sentence
                found = names.first_of(article.id, index - 1, types)
                if found is not None:
                    return found
    return None


def resolve_timeline_subjects(story: Story) -> None:
    """Replace the opening pronoun of each timeline row by the entity it stands for, where known."""
    names: SentenceEntities | None = None
    articles = {article.id: article for article in story.articles}
    for entry in story.timeline:
        match = _OPENING.match(entry.text)
        pronoun = match.group(1).lower() if match else ""
        if pronoun not in PRONOUNS:
            continue
        names = names or SentenceEntities(story)
        types, possessive = PRONOUNS[pronoun]
        entity = _antecedent(entry, types, articles, names)
        if entity is not None:
            name = f"{entity.name}’s" if possessive else entity.name
            entry.text = name + entry.text[len(pronoun):]
