"""Titles and roles the text gives a person.

Three shapes, found with the dependency parse and checked with token patterns (the small parser
misses some appositions):

* a title before the name: "Homeland Security Secretary Jane Doe", "president John Roe";
* an apposition after it: "Jane Doe, the Secretary of State,", "John Roe, Acme's chief executive";
* an apposition before it: "the country's Foreign Minister, Jane Doe";
* (wave 8) a player's position abbreviated before the name: "RB Jane Doe" (`name_edges.POSITIONS`).

Normal form of a role (documented so that roles from different articles de-duplicate): the phrase as
written, without a leading determiner, possessive pronoun or "the country's"-like possessive of a
common noun; a possessive name is turned round ("Acme's chief executive" -> "Chief Executive of
Acme"); every word capitalised except short function words ("of", "for", "and", ...), words already
holding a capital ("CEO", "U.S.") kept as written; nationality adjectives stay as written ("Mexican
President", not "President of Mexico": that would need a demonym table per language).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from generator.annotate import entity_rules as rules
from generator.annotate.doc_sentences import sentence_starts
from generator.annotate.doc_spans import span_at
from generator.annotate.name_edges import position_before, position_role
from generator.models import EntityMention, RoleMention

_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "to", "in", "on", "at", "&", "-"})
_QUALIFIERS = frozenset({"former", "acting", "interim", "outgoing", "incoming", "then", "longtime"})
# Title words that cannot end a title (they modify the head noun after them).
_NOT_HEADS = frozenset({"vice", "prime", "deputy"})
_MAX_ROLE_TOKENS = 12
# Penn tags of a determiner and a possessive pronoun, dropped where they open a role.
_DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$", "WP$"})
# Parts of speech of the grammatical words a title leaves in lower case (by the parse, not a list).
_SMALL_WORD_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})


def find_roles(doc: Doc, entities: list[EntityMention]) -> list[RoleMention]:
    """Roles of every person mention, one per distinct normal form per mention, in text order."""
    people = [span for e in entities if e.type == "person"
              if (span := doc.char_span(e.start, e.end)) is not None]
    taken = _entity_tokens(doc, entities)
    starts = sentence_starts(doc)
    roles: list[RoleMention] = []
    for person in people:
        seen: set[str] = set()
        for phrase, role in _roles_of(doc, person, taken):
            if role and role.casefold() not in seen:
                seen.add(role.casefold())
                roles.append(RoleMention(
                    entity_start=person.start_char, entity_end=person.end_char, role=role,
                    start=phrase.start_char, end=phrase.end_char,
                    sentence=bisect.bisect_right(starts, phrase.start_char) - 1,
                ))
    return roles


def _roles_of(doc: Doc, person: Span, taken: dict[int, str]) -> list[tuple[Span, str]]:
    """(phrase, normal form) of the person's roles; a player's position abbreviation before the name
    ("RB Jo Roe") is the position spelled out ("Running Back")."""
    roles = [(phrase, normal_role(phrase)) for phrase in _role_phrases(doc, person, taken)]
    position = position_before(doc, person.start)
    if position is not None:
        roles.append((position, position_role(position.text)))
    return roles


def _entity_tokens(doc: Doc, entities: list[EntityMention]) -> dict[int, str]:
    """Token index -> type of the entity covering it."""
    covered: dict[int, str] = {}
    for e in entities:
        span = doc.char_span(e.start, e.end)
        if span is not None:
            covered.update(dict.fromkeys(range(span.start, span.end), e.type))
    return covered


def _role_phrases(doc: Doc, person: Span, taken: dict[int, str]) -> list[Span]:
    phrases = [_title_before(doc, person.start, taken), _apposition_after(doc, person),
               _apposition_before(doc, person, taken)]
    return [p for p in phrases if p is not None and len(p) <= _MAX_ROLE_TOKENS]


# --------------------------------------------------------------------------- the three shapes


def _title_before(doc: Doc, end: int, taken: dict[int, str]) -> Span | None:
    """The run of title words right before token `end`: "Homeland Security Secretary" Jane Doe,
    "Secretary of State" Jane Doe."""
    if end == 0:
        return None
    start = _elected_title_start(doc, end - 1)
    if start is None:
        start = end - 1 if _is_title_head(doc[end - 1]) else _portfolio_title_start(doc, end, taken)
    if start is None:
        return None
    while start > 0 and _continues_title(doc, start - 1, taken):
        start -= 1
    while start < end and doc[start].lower_ in _FUNCTION_WORDS | {"'s", "’s"}:
        start += 1
    return span_at(doc, start, end)


def _elected_title_start(doc: Doc, last: int) -> int | None:
    """Start of "Senator-elect" written as three tokens ("Senator", "-", "elect") ending at `last`
    (written as one token, "Rep.-elect" is a title head itself: `_is_title_head`)."""
    hyphenated = doc[last].lower_ == "elect" and last >= 2 and doc[last - 1].text == "-"
    if hyphenated and _is_title_head(doc[last - 2]):
        return last - 2
    return None


def _portfolio_title_start(doc: Doc, end: int, taken: dict[int, str]) -> int | None:
    """Start of "<title> of|for <Capitalised words>" ending at token `end`, if that is what precedes it."""
    i = end - 1
    while i >= 0 and end - i <= 4 and _is_capitalised(doc[i]) and taken.get(i) != "person":
        i -= 1
    if i == end - 1 or i < 1 or doc[i].lower_ not in {"of", "for"} or doc[i + 1].is_sent_start:
        return None
    return i - 1 if _is_title_head(doc[i - 1]) else None


def _continues_title(doc: Doc, i: int, taken: dict[int, str]) -> bool:
    token = doc[i]
    if taken.get(i) == "person" or doc[i + 1].is_sent_start:
        return False
    if token.lower_ in rules.TITLE_WORDS or token.lower_ in _QUALIFIERS:
        return True
    if token.lower_ in {"of", "for", "and", "&"}:
        return i > 0 and _is_capitalised(doc[i - 1]) and taken.get(i - 1) != "person"
    if token.lower_ in {"'s", "’s"}:
        return i > 0 and i - 1 in taken
    return _is_capitalised(token) and (token.pos_ in {"PROPN", "NOUN", "ADJ"} or i in taken)


def _apposition_after(doc: Doc, person: Span) -> Span | None:
    """Jane Doe, the Secretary of State, / Jane Doe, Acme's chief executive."""
    if person.end >= len(doc) or doc[person.end].text != ",":
        return None
    for child in person.root.children:
        if child.dep_ == "appos" and child.i > person.end and child.lower_ in rules.TITLE_WORDS:
            return _trim(doc, child.left_edge.i, child.right_edge.i + 1)
    return _comma_phrase(doc, person.end + 1)


def _comma_phrase(doc: Doc, start: int) -> Span | None:
    """Pattern fallback: ", the|its|Name's <... title word ...>" up to the next comma or stop."""
    end = start
    while end < len(doc) and doc[end].text not in {",", ".", ";", ":", "(", ")"} and not (
            end > start and doc[end].is_sent_start):
        end += 1
    if end == start or end - start > _MAX_ROLE_TOKENS:
        return None
    phrase = span_at(doc, start, end)
    possessive = any(t.lower_ in {"'s", "’s"} for t in phrase[:4])
    opens_np = phrase[0].lower_ in rules.LEADING_DETERMINERS or possessive
    if not opens_np or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return None
    if not any(t.lower_ in rules.TITLE_WORDS and t.pos_ in {"NOUN", "PROPN"} for t in phrase):
        return None
    return _trim(doc, start, end)


def _apposition_before(doc: Doc, person: Span, taken: dict[int, str]) -> Span | None:
    """the country's Foreign Minister, Jane Doe."""
    if person.start < 2 or doc[person.start - 1].text != ",":
        return None
    head = person.root.head
    if person.root.dep_ == "appos" and head.i < person.start and head.lower_ in rules.TITLE_WORDS:
        return _trim(doc, max(head.left_edge.i, person.start - _MAX_ROLE_TOKENS), person.start - 1)
    return _title_before(doc, person.start - 1, taken)


# --------------------------------------------------------------------------- normal form


def _is_title_head(token: Token) -> bool:
    word = token.lower_.removesuffix("-elect")  # "Rep.-elect" as one token
    return word in rules.TITLE_WORDS and word not in _NOT_HEADS


def _is_capitalised(token: Token) -> bool:
    return token.is_title or (token.is_upper and any(c.isalpha() for c in token.text))


def _trim(doc: Doc, start: int, end: int) -> Span | None:
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].lower_ in rules.LEADING_DETERMINERS):
        start += 1
    return span_at(doc, start, end) if end > start else None


def normal_role(phrase: Span) -> str:
    """Normal form of a role phrase: "the country's foreign minister" -> "Foreign Minister"."""
    tokens = list(phrase)
    owner: list[Token] = []
    possessive = next((i for i, t in enumerate(tokens) if t.lower_ in {"'s", "’s", "'"}), None)
    if possessive is not None:
        before = [t for t in tokens[:possessive] if t.lower_ not in rules.LEADING_DETERMINERS]
        owner = before if before and all(_is_capitalised(t) for t in before) else []
        tokens = tokens[possessive + 1:]
    while tokens and _is_determiner(tokens[0]):
        tokens = tokens[1:]
    if not tokens or not any(_is_title_head(t) or t.lower_ in rules.TITLE_WORDS for t in tokens):
        return ""
    words = [t.text if _is_small_word(t) else _capitalised(t.text) for t in tokens]
    text = _join(tokens, words)
    if owner:
        text += " of " + _join(owner, [t.text for t in owner])
    return text


def _is_determiner(token: Token) -> bool:
    """A determiner or possessive pronoun ("the", "its", "Their"): no part of a role's name."""
    return token.lower_ in rules.LEADING_DETERMINERS or token.tag_ in _DETERMINER_TAGS


def _is_small_word(token: Token) -> bool:
    """A grammatical word inside a role ("at", "and", "its", "with") keeps its own case, as in a
    title: only the role's content words are capitalised ("Head of Press at the Port")."""
    return token.pos_ in _SMALL_WORD_POS or token.lower_ in _FUNCTION_WORDS


def _join(tokens: list[Token], words: list[str]) -> str:
    parts = []
    for token, word in zip(tokens, words, strict=True):
        parts.append(word + (" " if token.whitespace_ else ""))
    return "".join(parts).strip()


def _capitalised(word: str) -> str:
    if word.lower() in _FUNCTION_WORDS or any(c.isupper() for c in word):
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
