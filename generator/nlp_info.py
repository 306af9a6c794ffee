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
