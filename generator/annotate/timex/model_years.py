"""A year before a make or "model" that dates what happened to the product, not the product itself:
"the 2010 model recall", "the 2010 Rovana recall" (a recall in 2010), where "a 2009 Rovana sedan" names
the sedan's model year (see `date_attachment._is_model_year`); and a year inside a name that the
model tags as no maker ("a gray 2019 Honda Civic", `names_a_model`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.doc_spans import span_at

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


# What opens a phrase that names one thing someone has or uses: "a gray 2019 Honda Civic", "his 2015
# Ford F-150". An event's name takes "the" ("the 2008 Beijing Olympics"), which is left alone here.
_ONE_THING = frozenset({"a", "an", "his", "her", "their", "its", "my", "our", "your"})
# Labels of a name that a year dates: an event's ("the 2008 Games") or an award's ("a 2014 Pulitzer Prize").
_DATED_NAMES = frozenset({"EVENT", "WORK_OF_ART", "LAW"})


def names_a_model(year: Token) -> bool:
    """Whether a bare year stands inside a phrase that names a product by its make and model ("a gray
    2019 Honda Civic", "his 2018 Nissan Altima", "a 2017 blue Civic"): names follow the year (after
    any adjectives), end the phrase and are tagged as no event, and the phrase opens with "a" or a
    possessive (after any adjectives: "a stolen gray ..."), as one thing someone owns or drives does.
    Read off the words, not the parse, which often hangs such a year on the preposition as its
    object; and the small model often tags neither the make nor the model as a maker or product, so
    `_is_model_year`'s label test misses these. The year is the car's model year, no date of the
    clause ("was hit by a 2019 Honda Civic" did not happen in 2019)."""
    doc = year.doc
    if not year.is_digit or len(year) != 4:
        return False
    after = year.i + 1
    while after < len(doc) and doc[after].pos_ == "ADJ":
        after += 1  # "a 2017 blue Civic"
    names = after
    while names < len(doc) and doc[names].pos_ == "PROPN" and (doc[names].is_title or doc[names].is_upper):
        names += 1
    if names == after or (names < len(doc) and doc[names].pos_ == "NOUN"):
        return False  # no name, or a name before a noun ("a 2008 Olympics medal": the medal's games)
    if any(token.ent_type_ in _DATED_NAMES for token in span_at(doc, after, names)):
        return False  # "a 2010 Vancouver Games ...": a year of an event's or an award's name
    before = year.i - 1
    while before >= 0 and doc[before].pos_ == "ADJ":
        before -= 1  # "a stolen gray 2019 ..."
    return before >= 0 and doc[before].lower_ in _ONE_THING
