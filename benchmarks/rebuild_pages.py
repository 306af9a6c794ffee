"""What a rebuild redoes: pages rendered by Jinja against pages whose Markdown changed, and CPU seconds.

    .venv/bin/python benchmarks/rebuild_pages.py --size 100 [--project DIR]

Makes a project of `--size` articles of the benchmark corpus (benchmarks/corpus.py; or reuses
`--project`, which must hold one built by this script or build_speed.py), builds it once, then in one
process rebuilds it (the whole-site cache is emptied before each rebuild, so the pages themselves
are checked):
  unchanged   nothing changed
  +1 article  the corpus's next article added
  editor fix  one person's role corrected in seeds/story.yml
For each: generated pages, pages rendered by Jinja (the others reused, render/page_reuse.py), pages
whose Markdown differs from the build before, and the build's CPU seconds (this process: the
generator only, without MkDocs; with spaCy loaded only when the new article needs it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import make_project  # noqa: E402
from benchmarks.corpus import write_next_article  # noqa: E402
from generator.config import Settings  # noqa: E402
from generator.pipeline import build_site_files  # noqa: E402
from generator.results import BuildResult  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--project", type=Path, default=None)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-rebuild-") as scratch:
        project = args.project or make_project(Path(scratch) / "project", args.size).parent
        rows = measure(project, args.size)
    print("| rebuild | pages | rendered by Jinja | Markdown changed | CPU s (generator) |")
    print("|---|---|---|---|---|")
    for name, pages, rendered, changed, seconds in rows:
        print(f"| {name} | {pages} | {rendered} | {changed} | {seconds:.2f} |")
    return 0


Row = tuple[str, int, int, int, float]


def measure(project: Path, size: int) -> list[Row]:
    settings = Settings(project_dir=project, workers=1)
    before = build_site_files(settings)
    rows: list[Row] = []
    for name in ("unchanged", "+1 article", "editor fix"):
        if name == "+1 article":
            write_next_article(project / "seeds", size)
        elif name == "editor fix":
            correct_a_role(project, before)
        shutil.rmtree(project / ".cache" / "site", ignore_errors=True)
        start = time.process_time()
        after = build_site_files(settings)
        seconds = time.process_time() - start
        rows.append((name, *page_counts(before, after), seconds))
        before = after
    return rows


def page_counts(before: BuildResult, after: BuildResult) -> tuple[int, int, int]:
    pages = [path for path in after.files if path.endswith(".md")]
    changed = sum(1 for path in pages if after.files[path] != before.files.get(path))
    return len(pages), len(after.stats.pages_rendered), changed


def correct_a_role(project: Path, built: BuildResult) -> None:
    """The editor's fix of build_speed.py: the story's first person gets a corrected role."""
    story = built.story
    if story is None:
        raise SystemExit("the build before the fix came from the cache: run without --project")
    person = next(entity for entity in story.entities if entity.type == "person")
    (project / "seeds" / "story.yml").write_text(
        f"entities:\n  {person.id}:\n    roles: [Corrected Role]\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
