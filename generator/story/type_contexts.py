"""The words around each mention of a name as evidence of its type, counted over the whole story.

English marks the kind of a bare name by the words next to it, whatever the model's label says:

* a place: a locative preposition right before the name, with no article ("in Velmar", "near
  Dunsby", "outside Corrick"); with an article ("in the Senate", "in the Eastern League") the name is
  as often an institution's, so that is no cue; a possessive after it ("in Velmar's budget") neither;
* a person: an age in apposition ("Tarn Oduya, 45,") or a kinship noun or courtesy title right before
  it ("her husband Tarn", "Mrs. Oduya").

`story_type` lets these counts outvote the model's label only where the label is weak: a name it
could not type ("other"), and a name it called a person that the story mostly writes after a
locative preposition (see `entity_types.context_type`).
"""

from __future__ import annotations

import re
from collections import Counter

from generator.models import EntityType

_LOCATIVE_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:in|near|outside|around|throughout|across)\s+$",
                              re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")
_AGE_AFTER = re.compile(r"^,\s*\d{1,3}\s*,")
_KIN_OR_TITLE_BEFORE = re.compile(
    r"(?:^|\s)(?:husband|wife|son|daughter|brother|sister|father|mother|widow|widower|fianc[eé]e?|"
    r"girlfriend|boyfriend|grandson|granddaughter|nephew|niece|cousin|Mr\.?|Mrs\.?|Ms\.?|Miss)\s*,?\s+$")
_WINDOW = 30  # characters looked at on each side: a few words


def mention_context(text: str, start: int, end: int) -> EntityType | None:
    """"place" or "person" when the words next to text[start:end] say so, else None."""
    before, after = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW]
    if _AGE_AFTER.match(after) or _KIN_OR_TITLE_BEFORE.search(before):
        return "person"
    if _LOCATIVE_BEFORE.search(before) and not _POSSESSIVE_AFTER.match(after):
        return "place"
    return None


def context_votes(texts_and_spans: list[tuple[str, int, int]]) -> Counter[EntityType]:
    """Counts of `mention_context` over an entity's mentions, each given as (article text, start, end)."""
    votes: Counter[EntityType] = Counter()
    for text, start, end in texts_and_spans:
        kind = mention_context(text, start, end)
        if kind:
            votes[kind] += 1
    return votes
