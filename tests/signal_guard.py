"""Every test leaves Ctrl-C (SIGINT) as it found it in the pytest process.

A handler set to "ignore" in the pytest process passes through exec to every process a later test
starts: `explainer build --watch` ends only on Ctrl-C, so a watch started from such a process never
ended and its test timed out. (The watch's own CLI now restores the handler; this guard keeps any
test, fixture or library from leaving the pytest process in that state unseen.)
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def sigint_left_as_found(what: str) -> Iterator[None]:
    """Fail, naming `what`, when the block leaves SIGINT's handler changed; the handler it found is put
    back first, so one test's leftover does not reach the tests after it."""
    before = signal.getsignal(signal.SIGINT)
    yield
    after = signal.getsignal(signal.SIGINT)
    if after != before:
        signal.signal(signal.SIGINT, before)
        raise AssertionError(f"{what} left SIGINT's handler at {after!r} (it was {before!r}): "
                             "restore it, or every process started after it inherits the change")
