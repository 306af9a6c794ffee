"""The one build entry, used by the CLI (`explainer build`) and the MkDocs plugin.

Unchanged inputs are recognised from their files' stamp and answered from the cache without
importing pydantic, spaCy or the renderer; otherwise the pipeline runs (its stages cache what they
can by content) and the stamp is pointed at its result.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.cache.stamp import input_stamp, remember, stamped_build
from generator.config import Settings
from generator.results import BuildResult


def build_site(settings: Settings, progress: Callable[[int, int], None] | None = None) -> BuildResult:
    """The site's files: from the stamp when no input changed, else from the full pipeline."""
    stamp = input_stamp(settings)  # before reading anything: a file edited during the build misses
    stamped = stamped_build(settings, stamp)
    if stamped is not None:
        return stamped
    from generator.pipeline import build_site_files  # pydantic, spaCy: only when something changed

    result = build_site_files(settings, progress)
    remember(settings, stamp, result)
    return result
