"""A party tag after a lawmaker's name (issue 16, wave 10): "Sen. Jo Roe (D-Calif.)", "Rep. Al Doe,
R-Texas, said". American news writes the party's letter and the state the lawmaker represents right
after the name. The model reads the letter as a name ("D", "R") and the state as a thing of its own;
in the tag

* the letter and the hyphen are no entity;
* the state is a place (written out or abbreviated as AP writes it; a postal code, "D-MA", is left
  out: its page would be called "MA");
* the name before the tag is a person's (a tag follows no other kind of name).

Spans are token offsets, end exclusive, like `entity_places`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from generator.annotate import us_states
from generator.annotate.doc_tokens import span_text, token_texts
from generator.annotate.entity_candidates import _RULE, RULE_LABEL, Candidate

_PARTY_LETTERS = frozenset({"D", "R", "I"})
_HYPHENS = frozenset({"-", "–"})
_TAG_ENDS = frozenset({")", ",", ".", ";"})


def party_tag(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of the state of a party tag whose letter is token `i` ("D-Calif.", "R-Texas",
    "I-Vt."), written in brackets or between commas right after a capitalised word; else None."""
    if doc[i].text not in _PARTY_LETTERS or i < 2 or doc[i - 1].text not in {"(", ","}:
        return None
    if not doc[i - 2].text[:1].isupper() or i + 2 >= len(doc) or doc[i + 1].text not in _HYPHENS:
        return None
    if doc[i].whitespace_ or doc[i + 1].whitespace_:
        return None  # "D - Ohio", spaced, is no tag
    start = i + 2
    end = us_states.state_end(doc, start) or us_states.full_state_end(doc, start)
    if end is None or (end < len(doc) and doc[end].text not in _TAG_ENDS):
        return None
    return start, end


def without_party_tags(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each party tag read as the module says."""
    tags = [(i, tag) for i, text in enumerate(token_texts(doc))
            if text in _PARTY_LETTERS and (tag := party_tag(doc, i)) is not None]  # a tag's letter first
    if not tags:
        return candidates
    letters = {t for i, _ in tags for t in (i, i + 1)}
    states = {tag for _, tag in tags}
    named_before = {i - 2 for i, _ in tags}  # last token of the name the tag follows
    result = []
    for c in candidates:
        if any(t in letters for t in range(c.start, c.end)):
            continue  # "D", "D-Calif": the letter is no name
        if any(c.start < end and start < c.end for start, end in states):
            continue  # the state, given back whole as a place below
        if c.end - 1 in named_before and c.type != "person":
            c = replace(c, type="person", label=RULE_LABEL)
        result.append(c)
    result += [Candidate(start, end, RULE_LABEL, "place", _RULE) for start, end in states
               if span_text(doc, start, end) not in us_states.postal_codes()]  # "MA" alone: a page "MA"
    covered = {t for c in result for t in range(c.start, c.end)}
    result += [Candidate(start, last + 1, RULE_LABEL, "person", _RULE) for last in named_before
               if last not in covered and (start := _name_start(doc, last)) is not None]
    return sorted(result, key=lambda c: (c.start, -c.end))


# Longest name taken from a tag's evidence alone ("Jo Ann Roe (D-Ohio)").
_LONGEST_NAME = 3


def _name_start(doc: Doc, last: int) -> int | None:
    """Start of the run of capitalised proper nouns the model left untagged that ends at token `last`
    ("Vantrobe (D-Mass.)": the tagger may call a surname opening the sentence a common noun, but the
    tag says it is a name); None when `last` is no capitalised word."""
    if not (doc[last].is_title and doc[last].is_alpha) or doc[last].is_stop:
        return None
    start = last
    while start > 0 and last + 1 - start < _LONGEST_NAME and _is_name_word(doc[start - 1]):
        start -= 1
    return start if start <= last else None


def _is_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha
