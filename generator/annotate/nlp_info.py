"""What identifies an installed spaCy model, read without importing spaCy (a warm rebuild never
parses text, so it should not pay spaCy's import time just to compute cache keys)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from generator.config import MODEL_REPACKAGINGS


@lru_cache(maxsize=8)
def model_fingerprint(model: str) -> str:
    """'<spacy version>|<model name>|<model version>' for a package name or a model folder."""
    meta = _model_meta(model)
    try:
        spacy_version = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_version = "?"
    return f"{spacy_version}|{meta.get('lang', '')}_{meta.get('name', model)}|{meta.get('version', '?')}"


def _model_meta(model: str) -> dict[str, object]:
    for candidate in [model, MODEL_REPACKAGINGS.get(model, "")]:
        folder = _model_folder(candidate) if candidate else None
        if folder and (folder / "meta.json").is_file():
            return json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    return {}


def _model_folder(model: str) -> Path | None:
    path = Path(model)
    if path.is_dir():
        return path
    try:
        spec = importlib.util.find_spec(model)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words. Loaded from spaCy's own module file (plain data, no imports), so
    that a rebuild that only re-renders pays for neither importing spaCy (half a second) nor a copy
    of the list in this project; falls back to the ordinary import if the file is not where spaCy
    keeps it."""
    spec = importlib.util.find_spec("spacy")
    location = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if location is not None and location.is_file():
        module_spec = importlib.util.spec_from_file_location("_explainer_spacy_en_stop_words", location)
        if module_spec is not None and module_spec.loader is not None:
            module = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(module)
            return frozenset(module.STOP_WORDS)
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
