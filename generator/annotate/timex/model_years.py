"""A year before a make or "model" that dates what happened to the product, not the product itself:
"the 2010 model recall", "the 2010 Rovana recall" (a recall in 2010), where "a 2009 Rovana sedan" names
the sedan's model year (see `date_attachment._is_model_year`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token

# What happens to a make's products, named by a noun after the make: a year before the make dates it.
PRODUCT_EVENT_NOUNS = frozenset({
    "recall", "crash", "launch", "debut", "release", "rollout", "unveiling", "redesign", "sale", "strike",
    "shortage", "lawsuit", "probe", "investigation", "scandal", "hearing", "settlement", "shutdown",
})


def dates_a_product_event(make: Token) -> bool:
    """Whether the noun phrase that `make` (the word after a year: a make or "model") opens ends in a
    noun naming what happened to the product ("the 2010 model recall"), not the product ("the 2010
    model sedan")."""
    noun = make
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun.i > make.i and noun.lemma_.lower() in PRODUCT_EVENT_NOUNS
