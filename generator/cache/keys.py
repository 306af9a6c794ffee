"""The cache keys of the build's stages: what an article's annotations and the rendered site depend on.

Every key is a `content_key` over the contents that can change the entry, so that an entry is
reused exactly when nothing it was made from changed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.annotate.nlp_info import model_fingerprint
from generator.cache.store import content_key, package_files, source_fingerprint
from generator.config import Settings

if TYPE_CHECKING:
    from generator.models import Article

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# The code that decides what an article's annotations contain.
EXTRACTOR_SOURCES = ("annotate/**/*.py", "models.py")


def extractor_fingerprint(settings: Settings) -> str:
    """The extractor's version: its own source code, the spaCy model and spaCy's version."""
    return content_key(source_fingerprint(package_files(PACKAGE_ROOT, EXTRACTOR_SOURCES)),
                       model_fingerprint(settings.model))


def annotation_key(article: Article, settings: Settings, extractor: str | None = None) -> str:
    """What an article's annotations depend on: its text and publication date (relative dates are
    read against it) and the extractor. Title, outlet or templates do not change what is found."""
    return content_key(
        article.id, article.text, article.published.isoformat() if article.published else "",
        extractor or extractor_fingerprint(settings),
    )


def site_key(settings: Settings, articles: Sequence[Article], overrides_json: str,
             warnings: Sequence[str], errors: Sequence[str]) -> str:
    """Everything the rendered site depends on. A hit skips extraction, merging and rendering."""
    templates = package_files(settings.templates_path, ("**/*",))
    extractor = extractor_fingerprint(settings)
    return content_key(
        *(annotation_key(article, settings, extractor) for article in articles),
        *(article.model_dump_json() for article in articles),
        overrides_json,
        source_fingerprint(package_files(PACKAGE_ROOT, ("**/*.py",))),
        source_fingerprint(tuple(p for p in templates if p.is_file())),
        json.dumps(settings.output_options(), sort_keys=True),
        "|".join(warnings), "|".join(errors),
    )


def story_key(settings: Settings, articles: Sequence[Article]) -> str:
    """What the merged story before the editor's overrides depends on: every article's annotations
    and metadata (after the editor's article metadata), the code and the title setting. Overrides are
    not in it: an editor's fix re-applies them to the cached story instead of merging again."""
    extractor = extractor_fingerprint(settings)
    return content_key(
        *(annotation_key(article, settings, extractor) for article in articles),
        *(article.model_dump_json() for article in articles),
        source_fingerprint(package_files(PACKAGE_ROOT, ("**/*.py",))),
        settings.title or "",
    )
