"""Sentence helpers the home page's briefing and the site share: the content words of a text (to
tell a repeat), whether a sentence opens by pointing back at something it does not name ("It",
"They", "The outlet"), the site's one publication order, and a reference to one sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from generator.annotate.nlp_info import english_stop_words
from generator.models import Article, Fact

_STOP_WORDS = english_stop_words()

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*\d|\d")
# Words that, first in a sentence, refer to something said before it.
_ANAPHORS = frozenset({
    "it", "its", "this", "that", "these", "those", "he", "she", "they", "his", "her", "their", "him",
    "them", "such", "both",
})  # fmt: skip
_CONNECTIVES = frozenset({"but", "and", "however", "meanwhile", "also", "still", "yet", "so", "then"})
# "The outlet said ...": a definite noun that stands for a name given earlier.
_BACK_REFERENCES = frozenset({
    "outlet", "newspaper", "paper", "network", "publication", "report", "agency", "official",
    "spokesperson", "spokesman", "spokeswoman", "broadcaster", "magazine", "website", "statement",
})  # fmt: skip
_LEADING_WORDS = re.compile(r"[^\W\d_]+")
# "It" with a form of "be", one word (a participle or adjective) and the clause it stands for.
_EXTRAPOSED_IT = re.compile(
    r"^It\s+(?:is|was|has been|had been|will be|would be|may be|might be|seems|seemed|remains|remained)"
    r"(?:\s+not)?\s+[a-z]+\s+(?:that|whether|if|how|why|when|where|who|what)\b"
)


@dataclass(frozen=True)
class SentenceRef:
    """One sentence of one article, with the tokens used to compare it."""

    article: str
    index: int
    text: str
    tokens: frozenset[str]

    @property
    def anchor(self) -> str:
        return f"s{self.index + 1}"


@lru_cache(maxsize=1 << 16)
def content_tokens(text: str) -> frozenset[str]:
    """Lower-cased content words and numbers of a text, without stop words. (Remembered: a line is
    compared with every line kept before it.)"""
    tokens = set()
    for match in _WORD.finditer(text):
        token = match.group(0).lower().replace("’", "'").replace(",", "")
        if token[0].isdigit() or (len(token) > 2 and token not in _STOP_WORDS):
            tokens.add(token)
    return frozenset(tokens)


@lru_cache(maxsize=1 << 16)
def opens_with_anaphor(text: str) -> bool:
    """Whether a sentence starts by pointing back at something it does not name. An "it" that stands
    for a clause later in the sentence points at nothing ("It was announced that ...", "It is unclear
    whether ...": extraposition)."""
    words = [word.lower() for word in _LEADING_WORDS.findall(text[:80])[:2]]
    if not words or opens_with_extraposed_it(text):
        return False
    if words[0] in _ANAPHORS or words[0] in _CONNECTIVES:
        return True
    return words[0] == "the" and len(words) > 1 and words[1] in _BACK_REFERENCES


def opens_with_extraposed_it(text: str) -> bool:
    """Whether an opening "It" stands for a clause later in its sentence, not for anything named
    before it ("It was announced that the board met.")."""
    return _EXTRAPOSED_IT.match(text) is not None


def publication_order(articles: Iterable[Article]) -> list[Article]:
    """Articles oldest first, ties by id; undated ones first of all, since nothing says they are
    recent. The one order of the whole site: what's new, the article lists and the charts."""
    return sorted(articles, key=lambda article: (article.published or dt.date.min, article.id))


def told_in_one_sentence(first: Fact, second: Fact) -> bool:
    """Whether two facts are read from one wording of a sentence (one article's, or copied word for word
    by another outlet): "a mother of 12 ... her daughter, 11" gives two figures, and a sentence never
    disagrees with itself, so no "Sources disagree" note or revision stands between them."""
    said = {" ".join(source.sentence.split()) for source in first.sources}
    return any(" ".join(source.sentence.split()) in said for source in second.sources)
