"""A `mkdocs build` that finished ends its process at once, without the interpreter's teardown.

When a Python process exits normally, the interpreter frees everything it still holds, module by
module and object by object: for a build, the spaCy pipeline, the whole story, the rendered pages,
the theme's templates. The operating system frees a process's memory in one step anyway. Measured on
an added article at 100 articles (benchmarks/profile_rebuild.py, "process exit after the build"), that
teardown was 0.68 CPU s of a 6.9 s build: more than rendering the changed pages.

Only the one case where nothing can be left to do is cut short: MkDocs' own command line
(`mkdocs build`, `python -m mkdocs build`) as the process's main program, the build returned
without an exception, and no other thread is running. Output streams and logging handlers are
flushed first; the exit status is 0, what MkDocs' command line returns after a build that did not
raise. A test, a program calling MkDocs' functions, `mkdocs serve` and `gh-deploy` exit as usual.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

# How the main module of MkDocs' command line is known: `python -m mkdocs` runs `mkdocs.__main__`;
# the installed console script is a file named `mkdocs`.
MKDOCS_MAIN_MODULE = "mkdocs.__main__"
MKDOCS_SCRIPT = "mkdocs"


def is_mkdocs_command_line() -> bool:
    """Whether this process's main program is MkDocs' command line."""
    main = sys.modules.get("__main__")
    if main is None:
        return False
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name == MKDOCS_MAIN_MODULE:
        return True
    path = getattr(main, "__file__", None)
    return spec is None and path is not None and Path(path).name == MKDOCS_SCRIPT


def may_exit_now(command: str | None, built: bool) -> bool:
    """Whether the process may end here: `mkdocs build` from the command line, its build finished
    (`built`), no exception on its way up (on_shutdown runs in MkDocs' `finally`), one thread."""
    return (
        command == "build"
        and built
        and sys.exc_info()[0] is None
        and threading.active_count() == 1
        and is_mkdocs_command_line()
    )


def exit_now() -> None:
    """End the process with status 0 after flushing what it wrote."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(0)
