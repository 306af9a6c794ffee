"""`explainer build --out DIR --watch`: rebuild the pages whenever an input changes.

Builders without the MkDocs plugin API (Zensical) cannot be told to watch the seeds and templates
the way `mkdocs serve` is through the plugin. This loop does it for them: it rewrites the pages in
DIR, and the builder's own `serve`, which watches its docs folder, reloads the browser. Polling with
the standard library (size and modification time, once a second) needs no watcher package and
behaves the same on every file system, network shares included.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

Snapshot = dict[Path, tuple[int, int]]


def snapshot(inputs: Iterable[Path], ignore: Path | None = None) -> Snapshot:
    """Size and modification time of every file under `inputs` (files or folders), except `ignore`."""
    found: Snapshot = {}
    for top in inputs:
        candidates = [top] if top.is_file() else sorted(top.rglob("*")) if top.is_dir() else []
        for path in candidates:
            if ignore is not None and path.is_relative_to(ignore):
                continue  # the output folder: writing it must not trigger the next build
            try:
                status = path.stat()
            except FileNotFoundError:
                continue  # removed while the folder was read; the next round sees the removal
            if path.is_file():
                found[path] = (status.st_mtime_ns, status.st_size)
    return found


def changed_paths(before: Snapshot, after: Snapshot) -> list[Path]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def watch(
    inputs: list[Path],
    rebuild: Callable[[], None],
    *,
    ignore: Path | None = None,
    interval: float = 1.0,
    stop: threading.Event | None = None,
) -> None:
    """Calls `rebuild` after every change of a file under `inputs`, until `stop` is set (or Ctrl-C).

    A rebuild that fails is reported and the loop goes on: the editor fixes the file, saves, and the
    next round rebuilds.
    """
    stop = stop or threading.Event()
    before = snapshot(inputs, ignore)
    print(f"watching {', '.join(str(path) for path in inputs)} (Ctrl-C stops)", file=sys.stderr, flush=True)
    while not stop.wait(interval):
        after = snapshot(inputs, ignore)
        changes = changed_paths(before, after)
        if not changes:
            continue
        shown = ", ".join(str(path) for path in changes[:3]) + (" ..." if len(changes) > 3 else "")
        print(f"changed: {shown}; rebuilding", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            rebuild()
        except Exception as error:  # one bad save must not end the session
            print(f"error: rebuild failed: {error}; fix the file and save it again",
                  file=sys.stderr, flush=True)
        else:
            print(f"rebuilt in {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
        before = after
