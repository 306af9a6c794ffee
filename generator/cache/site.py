"""The rendered site as one cache entry: text files as they are, binary files in base64.

Standard library only, so that the warm path can read an entry without pydantic.
"""

from __future__ import annotations

import base64
from pathlib import Path

from generator.cache.store import Cache

NAMESPACE = "site"
# Whole rendered sites kept: the current one and the one before it (undoing an edit). Each is about
# the size of the generated Markdown, so older ones would only fill the disk.
SITES_KEPT = 2


def store_site(cache_dir: Path | None, key: str, files: dict[str, str | bytes]) -> None:
    texts = {path: data for path, data in files.items() if isinstance(data, str)}
    binaries = {path: base64.b64encode(data).decode("ascii")
                for path, data in files.items() if isinstance(data, bytes)}
    cache = Cache(cache_dir, NAMESPACE)
    cache.store_json(key, {"texts": texts, "binaries": binaries})
    cache.prune(keep=SITES_KEPT)


def load_site(cache_dir: Path | None, key: str) -> dict[str, str | bytes] | None:
    """The files of a cached rendered site, or None unless it has exactly the expected shape."""
    site = Cache(cache_dir, NAMESPACE).load_json(key)
    if not isinstance(site, dict):
        return None
    texts, binaries = site.get("texts"), site.get("binaries")
    if not isinstance(texts, dict) or not isinstance(binaries, dict):
        return None
    if not all(isinstance(v, str) for v in [*texts.values(), *binaries.values()]):
        return None
    files: dict[str, str | bytes] = dict(texts)
    try:
        files.update({path: base64.b64decode(data, validate=True) for path, data in binaries.items()})
    except ValueError:
        return None
    return dict(sorted(files.items()))
