"""pint's unit registry, made the one way every stage uses it (the annotate stage's unit finder, the
render stage's unit names). This module imports pint only: the render stage may import it without
loading spaCy."""

from __future__ import annotations

import logging
from pathlib import Path

from generator.optional_imports import hidden_modules

with hidden_modules("dask"):  # pint would import dask for quantities of dask arrays, which none is
    import pint


def unit_registry(cache_folder: str | Path = ":auto:") -> pint.UnitRegistry:
    """pint's registry, read from pint's own disk cache when it can be: building it parses pint's
    definition files (0.26 CPU s in every fresh process, each build and editor fix); the cache holds the
    parsed files keyed by their content hash, so a pint upgrade rebuilds it. ":auto:" is pint's folder
    in the user's cache folder (platformdirs: ~/.cache/pint, or $XDG_CACHE_HOME/pint): the registry
    depends on pint only, not on a project, and it is made at import, before any project is known.
    A cache that cannot be made, written or read (read-only, garbage, half-written by another
    process) only costs the build: the registry is then built in memory as without a cache."""
    try:
        return pint.UnitRegistry(cache_folder=cache_folder)
    except Exception as error:  # OSError, or whatever unpickling garbage raises
        logging.getLogger(__name__).debug("pint's unit cache in %s not used: %r", cache_folder, error)
        return pint.UnitRegistry()
