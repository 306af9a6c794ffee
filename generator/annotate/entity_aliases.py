"""Other names a text declares for an entity: "X, commonly known as Y", "X (Y)", "X, or Y,".

Works on token spans so that `entities.find_entities` can add the declared names as mentions and
`find_aliases` can report the declarations themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from generator.annotate.doc_spans import span_at
from generator.annotate.doc_tokens import token_texts

# "X, commonly known as Y": adverbs that may stand before "known as".
_KNOWN_AS_ADVERBS = frozenset({
    "commonly", "also", "better", "widely", "popularly", "often", "locally", "affectionately", "simply",
    "formerly", "previously", "officially", "informally", "now",
})
# Participles that introduce a name on their own ("X, nicknamed Y", "X, dubbed Y").
_NAMING_WORDS = frozenset({"nicknamed", "dubbed", "aka", "a.k.a.", "alias"})


@dataclass(frozen=True)
class AliasDeclaration:
    """Token offsets (end exclusive) of a named thing and of the other name the text gives it."""

    entity_start: int
    entity_end: int
    alias_start: int
    alias_end: int


def declared_aliases(doc: Doc, names: list[tuple[int, int]]) -> list[AliasDeclaration]:
    """Every alias declared right after one of `names` (token spans), in text order."""
    starts = {start: end for start, end in names}
    found: list[AliasDeclaration] = []
    for start, end in sorted(names):
        declaration = (_known_as(doc, start, end, starts) or _parenthesised(doc, start, end)
                       or _or_acronym(doc, start, end))
        if declaration:
            found.append(declaration)
    return found


def _known_as(doc: Doc, start: int, end: int, starts: dict[int, int]) -> AliasDeclaration | None:
    """X[,] (commonly) known as Y / X, nicknamed Y."""
    texts = token_texts(doc)  # the shared token texts: spaCy's `lower_` is the text's str.lower()
    length = len(texts)
    i = end
    if i < length and texts[i] in {",", "("}:
        i += 1
    while i < length and texts[i].lower() in _KNOWN_AS_ADVERBS:
        i += 1
    if i + 1 < length and texts[i].lower() in {"known", "called"} and texts[i + 1].lower() == "as":
        i += 2
    elif i < length and texts[i].lower() in _NAMING_WORDS and i > end:
        i += 1
    else:
        return None
    alias_end = starts.get(i) or _name_run_end(texts, i)
    return AliasDeclaration(start, end, i, alias_end) if alias_end > i else None


def _parenthesised(doc: Doc, start: int, end: int) -> AliasDeclaration | None:
    """X (ABC) where ABC abbreviates X; or ABC (X), the other way round."""
    texts = token_texts(doc)
    if end + 2 >= len(texts) or texts[end] != "(":
        return None
    close = next((i for i in range(end + 1, min(end + 8, len(texts))) if texts[i] == ")"), None)
    if close is None or close == end + 1:
        return None
    inner = span_at(doc, end + 1, close)
    if is_abbreviation_of(inner.text, span_at(doc, start, end)):
        return AliasDeclaration(start, end, end + 1, close)
    return None


def _or_acronym(doc: Doc, start: int, end: int) -> AliasDeclaration | None:
    """X, or ABC, ... where ABC abbreviates X."""
    texts = token_texts(doc)
    if end + 3 >= len(texts) or texts[end] != "," or texts[end + 1].lower() != "or":
        return None
    if texts[end + 3] in {",", ")"} and is_abbreviation_of(texts[end + 2], span_at(doc, start, end)):
        return AliasDeclaration(start, end, end + 2, end + 3)
    return None


def _name_run_end(texts: list[str], i: int) -> int:
    """End of the run of capitalised tokens (a name nobody tagged) starting at token `i`."""
    end = i
    while end < len(texts) and end - i < 6 and _looks_like_name_token(texts[end]):
        end += 1
    return end


def _looks_like_name_token(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text.isupper()) and any(c.isalpha() for c in text)


def is_abbreviation_of(short: str, long_form: Span | str) -> bool:
    """Whether `short` ("USAF", "S&P") abbreviates `long_form` ("United States Air Force").

    The letters of the short form must appear in order in the long form, the first one starting a
    word (Schwartz & Hearst, 2003: "A simple algorithm for identifying abbreviation definitions").
    """
    letters = [c.lower() for c in short if c.isalnum()]
    capitals = sum(1 for c in short if c.isupper())
    # An abbreviation is written mostly in capitals ("EPA", "S&P", "NiMH"); "Tim" is a short name.
    if not 2 <= len(letters) <= 10 or capitals * 2 < len(letters) or " " in short.strip():
        return False
    text = long_form if isinstance(long_form, str) else long_form.text
    words = text.split()
    if len(words) < 2 or (letters[0] != words[0][0].lower() and letters[0] not in _initials(words)):
        return False
    return _letters_in_order(letters, text.lower())


def _initials(words: list[str]) -> set[str]:
    return {word[0].lower() for word in words if word}


def _letters_in_order(letters: list[str], long_text: str) -> bool:
    """Right-to-left match; the first letter must begin a word of the long form."""
    position = len(long_text) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while position >= 0 and (long_text[position] != letter or (
                index == 0 and position > 0 and long_text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True
