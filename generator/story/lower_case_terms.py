"""Capitalised terms that are no names, by the story's own writing (issue 16, wave 9).

A headline or a subhead written in title case ("Kicker Placed On Injured Reserve") capitalises every
word, and some copy capitalises a trade's term ("moved to Injured Reserve"); the small model then
reads the capitalised words as a name. The story itself tells a term from a name, phrase by phrase
(two words or more), by a vote of its writings:

* on a title-case line capitals prove nothing: the phrase is a term there if any article of the story
  writes it all in lower case ("put on injured reserve");
* in running text it is a term if the story writes it in lower case more often than capitalised
  outside title-case lines: an organisation that one outlet writes in lower case ("the harbour
  guard") stays a name where the others capitalise it (wave 9: dropping on a single lower-case
  writing cost names on the held-out part).

Kept as names whatever the vote: a phrase that opens with a known given name (a person is never
dropped on this evidence), a place of the gazetteer, and a phrase an institution's last word, a
trade designator, or a place, address or team cue marks.
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
# Words of a line that title case capitalises: four letters or more ("on", "by", "the" are often not).
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# So many capitalised long words, and no lower-case one, make a line title case.
TITLE_CASE_WORDS = 3


def drop_lower_case_terms(found: list[Found], articles: Iterable[Article]) -> list[Found]:
    """`found` without the mentions of terms (see the module): on a title-case line, a phrase the story
    writes in lower case at all; elsewhere, one it writes in lower case more often than capitalised."""
    texts = {article.id: article.text for article in articles}
    candidates = {item.mention.text for item in found if _is_candidate(item.mention.text)}
    if not candidates:
        return found
    counts = {text: _writings(text, list(texts.values())) for text in sorted(candidates)}
    dropped = set()
    for item in found:
        lower, capitalised = counts.get(item.mention.text, (0, 0))
        if not lower:
            continue
        on_title_line = is_title_case_line(_line_at(texts.get(item.article, ""), item.mention.start))
        if on_title_line or lower > capitalised:
            dropped.add(_at(item))
    return [item for item in found if _at(item) not in dropped] if dropped else found


def _at(item: Found) -> tuple[str, int, int]:
    return item.article, item.mention.start, item.mention.end


def is_title_case_line(line: str) -> bool:
    """Every word of four letters or more is capitalised, and there are `TITLE_CASE_WORDS` or more."""
    words = _LONG_WORD.findall(line)
    return len(words) >= TITLE_CASE_WORDS and all(word[:1].isupper() for word in words)


def _line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def _is_candidate(text: str) -> bool:
    """Two words or more, each a capitalised word, with no cue that makes the phrase a name anyway."""
    words = text.split()
    if len(words) < 2 or not all(_WORD.match(w) and w[:1].isupper() for w in words):
        return False
    if fold(words[0].strip(".")) in entity_types.given_names() or entity_types.place_rank(fold(text)):
        return False  # a person's name; a place of the gazetteer ("Grand Rapids")
    return not (entity_types.has_organisation_cue(text) or entity_types.has_place_cue(text)
                or entity_types.has_address_cue(text) or entity_types.has_team_cue(text))


def _writings(text: str, texts: list[str]) -> tuple[int, int]:
    """How often the story writes `text`'s words all in lower case, and as `text` itself outside
    title-case lines: whole words, spaced by any white space."""
    words = text.split()
    first = words[0].lower()
    if not any(first in body for body in texts):
        return 0, 0
    pattern = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w'’-])", re.IGNORECASE)
    lower = capitalised = 0
    for body in texts:
        for match in pattern.finditer(body):
            written = match.group(0)
            if written.islower():
                lower += 1
            elif written.split() == words and not is_title_case_line(_line_at(body, match.start())):
                capitalised += 1
    return lower, capitalised
