"""Where a rebuild's seconds go: one added article and one editor fix, each a whole `mkdocs build`
under cProfile, broken down by stage.

    .venv/bin/python benchmarks/profile_rebuild.py --size 100 [--project DIR] [--top 25]

Makes a project of `--size` articles of the benchmark corpus (benchmarks/corpus.py, as
build_speed.py does; or reuses `--project`, made by this script or build_speed.py with `--keep`),
builds it once with an empty cache, then profiles, each in a fresh `mkdocs build` process as an
editor runs it:
  +1 article  the corpus's next article added to the seeds
  editor fix  one person's role corrected in seeds/story.yml
For each it prints the process's CPU seconds, the cumulative seconds of the build's stages (the
generator's and MkDocs' own), and the functions with the most time of their own. The profiler
counts CPU seconds (time.process_time) and slows Python code down (about 1.5x), so the figures
are shares, not build times; build_speed.py measures those. Start-up imports before MkDocs' command
runs are outside the profile (in the first CPU figure only).
"""

from __future__ import annotations

import argparse
import pstats
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import PYTHON, correct_a_role, make_project  # noqa: E402
from benchmarks.corpus import write_next_article  # noqa: E402

# (label, file name ending, function name): the stages of a rebuild, in the order they run.
STAGES = (
    ("imports (after start-up)", "<frozen importlib._bootstrap>", "_find_and_load"),
    ("mkdocs: load config and plugins", "mkdocs/config/base.py", "load_config"),
    ("generator: whole (on_pre_build)", "generator/build.py", "build_site"),
    ("  input stamp", "generator/cache/stamp.py", "input_stamp"),
    ("  ingest", "generator/ingest/reader.py", "load_articles"),
    ("  sidecars, overrides, dates", "generator/pipeline.py", "prepare_inputs"),
    ("  site key", "generator/cache/keys.py", "site_key"),
    ("  merged story (cache or merge)", "generator/pipeline.py", "merged_story"),
    ("    story from the cache", "generator/pipeline.py", "_cached_story"),
    ("    annotate", "generator/pipeline.py", "annotate_articles"),
    ("      load spaCy", "generator/annotate/nlp.py", "load_pipeline"),
    ("    resolve + merge + timeline", "generator/pipeline.py", "assemble_story"),
    ("      resolve entities", "generator/story/resolve.py", "resolve_entities"),
    ("      merge facts", "generator/story/merge.py", "merge_facts"),
    ("      timeline", "generator/story/timeline.py", "build_timeline"),
    ("  apply overrides", "generator/overrides/api.py", "apply_overrides"),
    ("  charts", "generator/charts/build.py", "build_charts"),
    ("  render (site index + pages)", "generator/render/site.py", "render_site"),
    ("    page reuse: check cached pages", "generator/render/page_reuse.py", "cached_text"),
    ("    page reuse: render changed pages", "generator/render/page_reuse.py", "render_recorded"),
    ("  store the site", "generator/cache/site.py", "store_site"),
    ("mkdocs: files and nav", "mkdocs/structure/nav.py", "get_navigation"),
    ("mkdocs: convert pages (cached)", "mkdocs/commands/build.py", "_populate_page"),
    ("mkdocs: theme pages (cached)", "mkdocs/commands/build.py", "_build_page"),
    ("mkdocs: clean site/", "mkdocs/utils/__init__.py", "clean_directory"),
    ("cache writes (every entry, generator and MkDocs)", "generator/cache/store.py", "store_json"),
    ("mkdocs: search index", "material/plugins/search/plugin.py", "on_post_build"),
    ("mkdocs: copy static files", "mkdocs/structure/files.py", "copy_static_files"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--top", type=int, default=25, help="functions listed by their own time")
    parser.add_argument("--profiles", type=Path, default=None,
                        help="keep the two cProfile files (added.prof, fix.prof) in this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-profile-") as scratch:
        project = args.project
        if project is None:
            project = make_project(Path(scratch) / "project", args.size).parent
            build(project)
        profiles = args.profiles or Path(scratch)
        profiles.mkdir(parents=True, exist_ok=True)
        write_next_article(project / "seeds", args.size)
        report("+1 article", profiled_build(project, profiles / "added.prof"), args.top)
        correct_a_role(project)
        report("editor fix", profiled_build(project, profiles / "fix.prof"), args.top)
    return 0


def build(project: Path) -> None:
    subprocess.run([PYTHON, "-m", "mkdocs", "build", "-q"], cwd=project, check=True,
                   capture_output=True)


# `python -m cProfile` times wall-clock seconds; the ratios this project reports are CPU seconds,
# so the profiler runs here with the process's CPU clock.
PROFILED_MKDOCS = """
import cProfile, sys, time
from mkdocs.__main__ import cli
out = sys.argv[1]
sys.argv = ["mkdocs", "build", "-q"]
profile = cProfile.Profile(time.process_time)
try:
    profile.runcall(cli.main, standalone_mode=False)
finally:
    profile.dump_stats(out)
"""


def profiled_build(project: Path, out: Path) -> tuple[pstats.Stats, float]:
    """A `mkdocs build` under cProfile; its stats and the CPU seconds of it and its children."""
    before = _children_cpu()
    subprocess.run([PYTHON, "-c", PROFILED_MKDOCS, str(out)], cwd=project, check=True, capture_output=True)
    return pstats.Stats(str(out)), _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def report(name: str, measured: tuple[pstats.Stats, float], top: int) -> None:
    stats, cpu = measured
    table: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\n## {name}: {cpu:.2f} CPU s (profiled process and its children), "
          f"{total:.2f} s profiled\n")
    print("| stage | cumulative s | share |\n|---|---|---|")
    for label, ending, function in STAGES:
        seconds = sum(row[3] for (file, _, func), row in table.items()
                      if func == function and file.endswith(ending))
        print(f"| {label} | {seconds:.2f} | {seconds / total:.0%} |")
    parsed = _calls(table, "generator/ingest/reader.py", "read_article")
    print(f"| ingest: files parsed (not from the cache) | {parsed} calls | |")
    print(f"\nTop {top} functions by their own time:\n")
    print("| function | own s | cumulative s |\n|---|---|---|")
    ranked = sorted(table.items(), key=lambda item: item[1][2], reverse=True)[:top]
    for (file, line, func), row in ranked:
        print(f"| {_short(file)}:{line} {func} | {row[2]:.2f} | {row[3]:.2f} |")


def _calls(table: dict[tuple[str, int, str], tuple[int, int, float, float, object]], ending: str,
           function: str) -> int:
    return sum(row[1] for (file, _, func), row in table.items() if func == function and file.endswith(ending))


def _short(file: str) -> str:
    for marker in ("site-packages/", "/generator/", "/lib/python3"):
        if marker in file:
            return file[file.index(marker) + len(marker):] if marker != "/generator/" else \
                "generator/" + file[file.index(marker) + len(marker):]
    return file


if __name__ == "__main__":
    raise SystemExit(main())
