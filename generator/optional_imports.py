"""Importing a library while some of its optional companions look absent.

Some libraries probe at import time for optional packages they could work with, and import them when
they are installed: pint imports dask (for quantities holding dask arrays; 0.1 CPU s with psutil) as
soon as dask is installed, and this project installs dask for extraction on a cluster. No quantity
of the generator is ever a dask array, so a build that annotates one new article would pay that
import for nothing. Hiding a module works through Python's documented rule that a `None` in
`sys.modules` makes importing that name fail with ImportError, which is exactly what a library
sees when the package is not installed. The entry is removed afterwards: dask itself imports
normally later (the Dask path imports it when configured). A module already imported is not hidden.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hidden_modules(*names: str) -> Iterator[None]:
    """Inside the block, importing any of `names` (not yet imported) fails as if it were not installed."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # the import system's "not found" marker
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
