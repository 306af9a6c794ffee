"""A plural common noun opening a sentence is no name (issue 16, wave 10): "Shoppers lined up",
"Eyewitnesses said", "Residents fled". English capitalises a sentence's first word, and the small model
sometimes reads the capital as a name's (an organisation, most often). A bare plural noun written
without a determiner speaks of people in general, never of one named thing.

The word is taken for a common noun when the tagger calls it a plural common noun (NNS) whose lemma is
a lower-case singular ("shopper"), and

* it is one word (a name of several words, "Shoppers Drug Mart", is a name);
* it is no common surname ("Banks said", "Waters added": surnames that are plural nouns too);
* its singular is no nationality or people ("Turkmens", "Palestinians": English writes them capitalised
  anywhere; the known demonyms, and the names of languages, which name their peoples too, from
  `pycountry`);
* the text never writes it capitalised elsewhere but at a sentence's start ("the Giants", "at Shoppers"
  say it is a name there).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from generator.annotate.doc_sentences import sentence_starts
from generator.annotate.entity_candidates import Candidate
from generator.annotate.entity_rules import PLACE_OR_NATIONALITY_WORDS
from generator.annotate.given_names import census_surnames, fold

_OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "["})


def without_generic_plurals(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` less the plural common nouns that open a sentence."""
    return [c for c in candidates if not is_generic_plural(doc, c)]


def is_generic_plural(doc: Doc, c: Candidate) -> bool:
    if c.end - c.start != 1:
        return False
    token = doc[c.start]
    lemma = token.lemma_
    if not (token.tag_ == "NNS" and lemma.islower() and lemma != token.text.casefold()
            and token.text[:1].isupper() and token.text[1:].islower()):
        return False
    return (_opens_sentence(doc, token) and fold(token.text) not in census_surnames()
            and not _is_people_word(lemma) and not _written_as_name_elsewhere(doc, token))


def _is_people_word(singular: str) -> bool:
    return singular.capitalize() in PLACE_OR_NATIONALITY_WORDS or singular in language_names()


@functools.lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """Folded names of languages ("turkmen", "kurdish"): read only when a plural opens a sentence."""
    import pycountry

    return frozenset(fold(language.name) for language in pycountry.languages)


def _opens_sentence(doc: Doc, token: Token) -> bool:
    starts = set(sentence_starts(doc))
    i = token.i
    while i > 0 and doc[i - 1].text in _OPENING_MARKS:
        i -= 1
    return doc[i].idx in starts


def _written_as_name_elsewhere(doc: Doc, token: Token) -> bool:
    """The same capitalised word anywhere but at a sentence's start."""
    return any(other.text == token.text and other.i != token.i and not _opens_sentence(doc, other)
               for other in doc)
