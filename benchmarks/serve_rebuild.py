"""Rebuilds inside one long-running process, as `mkdocs serve` runs them for an editor.

    .venv/bin/python benchmarks/serve_rebuild.py --size 100 [--project DIR] [--repeat 2]

Each `mkdocs build` of build_speed.py is a new process: it imports MkDocs, the generator and (for a
new article) spaCy, and loads the model, every time. `mkdocs serve` keeps one process: its plugin
instance and the loaded spaCy pipeline live from one rebuild to the next. This script makes a project
of `--size` articles (benchmarks/corpus.py, as build_speed.py does; or reuses `--project`), builds
it once in a subprocess (cold), then, in this one process, builds it as serve does (the plugin told
`command="serve"`), and measures the CPU seconds (user + system, this process and its children) of:
  warm          the first build of the session, nothing changed
  first +1      the corpus's next article added (loads spaCy in this process)
  next +1       the article after it (spaCy already loaded: the editor's usual case)
  editor fix    one person's role corrected in seeds/story.yml
at MkDocs' `-q` log level, as build_speed.py's builds, next to a plain `mkdocs build` of the same
Markdown without the plugin (a subprocess, fastest of `--repeat`). The ratios are EXTRA rows for
the docs, not build_speed.py's asked ratios (those count a fresh process per build).
"""

from __future__ import annotations

import argparse
import logging
import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import (  # noqa: E402
    correct_a_role,
    make_project,
    plain_build,
    timed_build,
    write_plain_project,
)
from benchmarks.corpus import write_next_article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--project", type=Path, default=None, help="a project made by build_speed.py")
    parser.add_argument("--repeat", type=int, default=2, help="plain builds; the fastest counts")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-serve-") as scratch:
        project = args.project or Path(scratch) / "project"
        if not (project / "mkdocs.yml").exists():
            make_project(project, args.size)
            timed_build(project)  # cold, in its own process
        write_plain_project(project)
        plain = min(plain_build(project).cpu for _ in range(max(1, args.repeat)))
        rows = session(project, args.size)
    print("| rebuild in one serve process | CPU s | against plain mkdocs |\n|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / plain:.2f} |")
    print(f"| plain `mkdocs build` (own process) | {plain:.2f} | 1.00 |")
    return 0


def session(project: Path, size: int) -> list[tuple[str, float]]:
    # As `mkdocs serve -q` (and build_speed.py's `mkdocs build -q`): the level is part of the key of
    # a page's cached conversion, so the session reuses what the cold build stored.
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    rows = [("warm (first build of the session)", session_build(project))]
    write_next_article(project / "seeds", size)
    rows.append(("first +1 article (loads spaCy)", session_build(project)))
    write_next_article(project / "seeds", size + 1)
    rows.append(("next +1 article (spaCy loaded)", session_build(project)))
    correct_a_role(project)
    rows.append(("editor fix", session_build(project)))
    return rows


def session_build(project: Path) -> float:
    """One build in this process, as `mkdocs serve` runs it; its CPU seconds."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    before = cpu_seconds()
    config = load_config(str(project / "mkdocs.yml"))
    # MkDocs keeps one instance of a plugin with on_startup per process, as serve does between rebuilds.
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    return cpu_seconds() - before


def cpu_seconds() -> float:
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


if __name__ == "__main__":
    raise SystemExit(main())
