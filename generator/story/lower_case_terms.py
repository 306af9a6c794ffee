"""Capitalised terms that are no names, by whole-story evidence (issue 16, wave 9).

Headlines are written in title case, and news copy capitalises some terms of a trade ("placed on
Injured Reserve", "the Trade Deadline"); the small model then reads the capitalised words as a name.
Capitals prove nothing there, but the story itself tells a term from a name: a phrase of two words or
more that some article of the story also writes all in lower case ("put on injured reserve") is a
term, wherever it is capitalised. Kept as names: a phrase that ends in an institution's word or a
trade designator ("Health Ministry", even when one outlet writes "the health ministry"), that a
place cue, an address or a team cue marks, a place of the gazetteer, or a phrase that opens with a
known given name (a person is never dropped on this evidence, "Rose Garden" beside "rose garden").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.models import Article
from generator.story import entity_types
from generator.story.name_groups import Found
from generator.story.names import fold

# A name's words: letters, with inner apostrophes, hyphens or dots ("O'Neil", "Tar-Heel", "St.").
_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")


def drop_lower_case_terms(found: list[Found], articles: Iterable[Article]) -> list[Found]:
    """`found` without the mentions of capitalised terms the story also writes in lower case."""
    texts = [article.text for article in articles]
    terms = {text for text in {item.mention.text for item in found} if _is_candidate(text)
             and _written_in_lower_case(text, texts)}
    return [item for item in found if item.mention.text not in terms] if terms else found


def _is_candidate(text: str) -> bool:
    """Two words or more, each a capitalised word, with no cue that makes the phrase a name anyway."""
    words = text.split()
    if len(words) < 2 or not all(_WORD.match(w) and w[:1].isupper() for w in words):
        return False
    if fold(words[0].strip(".")) in entity_types.given_names() or entity_types.place_rank(fold(text)):
        return False  # a person's name; a place of the gazetteer ("Grand Rapids")
    return not (entity_types.has_organisation_cue(text) or entity_types.has_place_cue(text)
                or entity_types.has_address_cue(text) or entity_types.has_team_cue(text))


def _written_in_lower_case(text: str, texts: list[str]) -> bool:
    """Some article writes `text`'s words in lower case, as whole words, spaced by any white space."""
    lowered = text.lower()
    pattern = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, lowered.split())) + r"(?![\w'’-])")
    first_word = lowered.split()[0]
    return any(first_word in body and pattern.search(body) for body in texts)
