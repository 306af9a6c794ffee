"""spaCy matchers built once per vocabulary instead of once per article.

A `Matcher` whose patterns do not depend on the article (the law names of `entity_corrections`) cost
more to build than to run on a news article: building compiles every pattern and interns its
strings. A build parses every article with one pipeline, so one vocabulary: the matcher is kept for
that vocabulary and built again only for another one (a test's second pipeline), and only the last
vocabulary's is kept, so no old pipeline is held in memory. Running a kept matcher on a document
gives the same matches as a new one: a matcher keeps no state between documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for type names here
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

_BUILT: dict[str, tuple[Vocab, Matcher]] = {}


def matcher_for(vocab: Vocab, name: str, build: Callable[[Vocab], Matcher]) -> Matcher:
    """The matcher `build(vocab)` makes, built once per vocabulary for each `name`."""
    kept = _BUILT.get(name)
    if kept is None or kept[0] is not vocab:
        kept = (vocab, build(vocab))
        _BUILT[name] = kept
    return kept[1]
