"""The warm path: a rebuild whose inputs did not change, recognised without reading them.

The rendered site is cached under a key made of every input's content, which takes reading and
parsing every article to compute. Before that, a stamp of the inputs' file metadata (path, size and
modification time of the seeds, the override files, the templates and the generator's own code,
plus the model's identity and the settings that shape the output) answers "nothing changed" from
the file system alone, the way make does, and leads to the site that the same stamp produced last
time. Any change to any of those files changes the stamp, and the build takes the content-keyed
path. A stamp is only ever a shortcut to an entry the content-keyed path made.

Standard library only: the warm path imports neither pydantic nor spaCy nor the renderer.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.annotate.nlp_info import model_fingerprint
from generator.cache.store import Cache, content_key
from generator.config import Settings

PACKAGE_ROOT = Path(__file__).resolve().parent
STAMPS_KEPT = 32  # one per recent state of the inputs; each is a few hundred bytes
_SKIPPED_FOLDERS = frozenset({"__pycache__", ".git"})


@dataclass
class SiteBuild:
    """What a build hands MkDocs: the generated files and the problems to report."""

    files: dict[str, str | bytes]
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    updated: str | None = None  # ISO date of the newest article: the explainer's "last updated"
    articles: int = 0
    from_cache: int = 0


def build_site(settings: Settings, progress: Callable[[int, int], None] | None = None) -> SiteBuild:
    """The site's files: from the stamp when no input changed, else from the full pipeline."""
    stamp = input_stamp(settings)  # before reading anything: a file edited during the build misses
    cached = cached_build(settings, stamp)
    if cached is not None:
        return cached
    from generator.pipeline import build_site_files

    result = build_site_files(settings, progress)
    updated = result.updated.isoformat() if result.updated else None
    built = SiteBuild(result.files, result.warnings, result.errors, updated, result.stats.articles,
                      result.stats.from_cache)
    remember(settings, stamp, result.site_key, built)
    return built


def input_stamp(settings: Settings) -> str:
    """A hash of the metadata of every file the site depends on, and of the output settings."""
    folders = {settings.seeds_path, settings.overrides_path, settings.templates_path, PACKAGE_ROOT}
    excluded = settings.cache_path.resolve() if settings.cache_path else None
    entries = [_file_entry(settings.story_path)]
    for folder in sorted(folders):
        entries.extend(_folder_entries(folder, excluded))
    return content_key(
        "\n".join(entries), json.dumps(settings.output_options(), sort_keys=True),
        model_fingerprint(settings.model),
    )


def _folder_entries(folder: Path, excluded: Path | None) -> list[str]:
    entries = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if f not in _SKIPPED_FOLDERS
                            and (excluded is None or Path(root, f).resolve() != excluded))
        entries.extend(_file_entry(Path(root, name)) for name in sorted(files))
    return entries


def _file_entry(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}\0missing"
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}"


def cached_build(settings: Settings, stamp: str) -> SiteBuild | None:
    record = Cache(settings.cache_path, "stamps").load_json(stamp)
    if not isinstance(record, dict) or not isinstance(record.get("site"), str):
        return None
    site = Cache(settings.cache_path, "site").load_json(record["site"])
    files = _decoded_files(site)
    if files is None:
        return None
    try:
        return SiteBuild(files, _strings(record["warnings"]), _strings(record["errors"]), record["updated"],
                         int(record["articles"]), int(record["articles"]))
    except (KeyError, TypeError, ValueError):
        return None


def _decoded_files(site: object) -> dict[str, str | bytes] | None:
    """The files of a cached rendered site, or None unless it has exactly the expected shape."""
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


def _strings(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError("expected a list of strings")
    return list(value)


def remember(settings: Settings, stamp: str, site_key: str | None, built: SiteBuild) -> None:
    """Point the stamp at the site entry just built (nothing when the site was not cached)."""
    if site_key is None:
        return
    stamps = Cache(settings.cache_path, "stamps")
    stamps.store_json(stamp, {
        "site": site_key, "warnings": built.warnings, "errors": built.errors, "updated": built.updated,
        "articles": built.articles,
    })
    stamps.prune(keep=STAMPS_KEPT)
