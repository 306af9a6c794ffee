"""The input stamp: a rebuild whose inputs did not change, recognised without reading them.

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

import datetime as dt
import json
import os
from pathlib import Path

from generator.annotate.nlp_info import model_fingerprint
from generator.cache.keys import PACKAGE_ROOT
from generator.cache.site import load_site
from generator.cache.store import Cache, content_key
from generator.config import Settings
from generator.results import BuildResult, BuildStats

STAMPS_KEPT = 32  # one per recent state of the inputs; each is a few hundred bytes
_SKIPPED_FOLDERS = frozenset({"__pycache__", ".git"})


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
    entries: list[str] = []
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


def stamped_build(settings: Settings, stamp: str) -> BuildResult | None:
    """The build that the same stamp produced last time, or None when there is none (or it is damaged)."""
    record = Cache(settings.cache_path, "stamps").load_json(stamp)
    if not isinstance(record, dict) or not isinstance(record.get("site"), str):
        return None
    files = load_site(settings.cache_path, record["site"])
    if files is None:
        return None
    try:
        articles = int(record["articles"])
        updated = dt.date.fromisoformat(record["updated"]) if record["updated"] else None
        return BuildResult(files, _strings(record["warnings"]), _strings(record["errors"]),
                           BuildStats(articles=articles, from_cache=articles), updated, record["site"],
                           editor_errors=_strings(record.get("editor_errors", [])))
    except (KeyError, TypeError, ValueError):
        return None


def _strings(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError("expected a list of strings")
    return list(value)


def remember(settings: Settings, stamp: str, built: BuildResult) -> None:
    """Point the stamp at the site entry just built (nothing when the site was not cached)."""
    if built.site_key is None:
        return
    stamps = Cache(settings.cache_path, "stamps")
    stamps.store_json(stamp, {
        "site": built.site_key, "warnings": built.warnings, "errors": built.errors,
        "editor_errors": built.editor_errors,
        "updated": built.updated.isoformat() if built.updated else None, "articles": built.stats.articles,
    })
    stamps.prune(keep=STAMPS_KEPT)
