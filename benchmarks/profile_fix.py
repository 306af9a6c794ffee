"""Where one editor's fix spends its CPU seconds: a whole `mkdocs build` after one corrected role,
by phase, with the pages it redid and why.

    .venv/bin/python benchmarks/profile_fix.py --size 300
    .venv/bin/python benchmarks/profile_fix.py --project DIR [--role "Chief Editor"] [--cprofile-role R]
    .venv/bin/python benchmarks/profile_fix.py --size 300 --as-in-build-speed [--repeat 2]

Makes a project of `--size` articles of the benchmark corpus (as build_speed.py does) and builds it
twice (cold, then warm), or reuses `--project` (already built). With `--as-in-build-speed`, the
new project goes through build_speed.py's own steps before its fix instead, in its order (cold; the
plain project written by `explainer build --out`; warm and plain builds alternating `--repeat`
times; the spaCy pass; the next article added and built), each step's CPU seconds printed.
Then the editor's fix of build_speed.py (the story's first person gets a corrected role in
seeds/story.yml; `--role` names it, so that repeated runs on one project each change something)
is built in a fresh `mkdocs build` process sampled on its CPU clock (a SIGPROF timer, one sample
per CPU millisecond: a few per cent of overhead, unlike cProfile's several times), and the script
prints:
  - the build's CPU seconds (user + system, the process and its children);
  - the CPU seconds of each phase (its share of the samples times the build's CPU seconds): load
    caches, apply overrides, story, the generator's checking and rendering of pages, MkDocs'
    conversion and theme, the search index, cache reads and writes;
  - how many pages the theme rendered again, and the generator's pages rendered again with the first
    of each page's recorded reads that changed (grouped by the read's start: why it was redone).
With `--cprofile-role`, a second fix (that role) runs under cProfile for the functions with the most
time of their own (shares only: the profiler slows Python code several times).
"""

from __future__ import annotations

import argparse
import json
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import (  # noqa: E402
    PYTHON,
    make_project,
    plain_build,
    run_measured,
    spacy_pass,
    timed_build,
    write_plain_project,
)
from benchmarks.corpus import write_next_article  # noqa: E402
from benchmarks.profile_rebuild import _children_cpu, _short  # noqa: E402

# (label, file name ending, function name): the phases of a fix, in the order they run.
PHASES = (
    ("imports (anywhere below)", "<frozen importlib._bootstrap>", "_find_and_load"),
    ("mkdocs: load config and plugins", "mkdocs/config/base.py", "load_config"),
    ("generator: whole (on_pre_build)", "generator/build.py", "build_site"),
    ("  input stamp", "generator/cache/stamp.py", "input_stamp"),
    ("  ingest (cached seed files)", "generator/ingest/reader.py", "load_articles"),
    ("  sidecars, overrides read, dates", "generator/pipeline.py", "prepare_inputs"),
    ("  site key", "generator/cache/keys.py", "site_key"),
    ("  merged story before overrides (load)", "generator/pipeline.py", "merged_story"),
    ("    story key", "generator/cache/keys.py", "story_key"),
    ("    validate it into a Story", "generator/pipeline.py", "_cached_story"),
    ("    resolve + merge + timeline (a miss)", "generator/pipeline.py", "assemble_story"),
    ("  apply overrides", "generator/overrides/api.py", "apply_overrides"),
    ("  charts", "generator/charts/build.py", "build_charts"),
    ("  render_site (everything below)", "generator/render/site.py", "render_site"),
    ("    briefing", "generator/story/briefing.py", "build_briefing"),
    ("    site index", "generator/render/index.py", "__init__"),
    ("    updates log", "generator/story/updates.py", "build_updates"),
    ("    page keys and recorded roots", "generator/render/page_reuse.py", "__init__"),
    ("    check cached pages (replay reads)", "generator/render/page_reuse.py", "cached_text"),
    ("    render changed pages", "generator/render/page_reuse.py", "render_recorded"),
    ("    data files", "generator/render/data_files.py", "data_files"),
    ("  store the site", "generator/cache/site.py", "store_site"),
    ("  remember the input stamp", "generator/cache/stamp.py", "remember"),
    ("mkdocs: files and nav", "mkdocs/structure/nav.py", "get_navigation"),
    ("mkdocs: convert pages (cached)", "mkdocs/commands/build.py", "_populate_page"),
    ("  of which converting changed pages", "mkdocs/structure/pages.py", "render"),
    ("mkdocs: theme pages (cached)", "mkdocs/commands/build.py", "_build_page"),
    ("  theme cache: keys (page, context, navigation)", "generator/mkdocs_plugin/theme_cache.py", "key"),
    ("mkdocs: search index", "material/plugins/search/plugin.py", "on_post_build"),
    ("mkdocs: copy static files", "mkdocs/structure/files.py", "copy_static_files"),
    ("writes: cache entries (every store_json)", "generator/cache/store.py", "store_json"),
    ("writes: text entries (every store_text)", "generator/cache/store.py", "store_text"),
    ("reads: cache entries (every load_json)", "generator/cache/store.py", "load_json"),
    ("reads: text entries (every load_text: the theme's pages)", "generator/cache/store.py", "load_text"),
    ("mkdocs: write pages", "mkdocs/utils/__init__.py", "write_file"),
    ("mkdocs: writes, or their skipping (unchanged_writes)", "generator/mkdocs_plugin/unchanged_writes.py",
     "write_file"),
    ("old site's files kept and dropped", "generator/mkdocs_plugin/site_dir.py", "drop_stale"),
    ("cache pruning", "generator/cache/store.py", "prune"),
)

# A `mkdocs build` sampled on the process's CPU clock (ITIMER_PROF: one sample per millisecond of
# CPU time, wherever Python is when the signal is handled), or under cProfile; it also writes down
# which generator pages were rendered and the first changed read of each, and the theme's counts.
# The diagnosis runs after the build, outside what is measured.
MEASURED_FIX = """
import cProfile, collections, json, signal, sys, time
from mkdocs.__main__ import cli
from generator.render import page_inputs, page_reuse
from generator.mkdocs_plugin import theme_cache
mode, out, why_out = sys.argv[1], sys.argv[2], sys.argv[3]
phases = json.loads(sys.argv[4])
samples = collections.Counter()
total = [0]
last = [time.process_time()]

def sample(signum, frame):
    # Weighted by the CPU time since the last sample: a long call into C (JSON, pydantic) delivers
    # one signal when it returns, in its caller's frame, for all the time it took.
    now = time.process_time()
    weight, last[0] = now - last[0], now
    total[0] += weight
    seen = set()
    while frame is not None:
        code = frame.f_code
        for index, (ending, name) in enumerate(phases):
            if code.co_name == name and code.co_filename.endswith(ending) and index not in seen:
                seen.add(index)
                samples[index] += weight
        frame = frame.f_back

misses = []
original = page_reuse.PageReuse.cached_text

def cached_text(self, index, key):
    text = original(self, index, key)
    if text is None:  # the entry's bytes now, before the page is stored again under that key
        path = self.cache._path(key)
        misses.append((self, index, path.read_bytes() if path and path.exists() else None))
    return text

def first_change(replayer, reads, page):
    page_roots = {f"page.{name}": value for name, value in page.items()}
    for path, digest in reads.items():
        answer = (replayer._evaluate(path, page_roots) if path.startswith(page_inputs.PAGE_ROOT_PREFIX)
                  else replayer.answer(path))
        if answer != digest:
            return path
    return None

themes = []
original_init = theme_cache.ThemeOutputCache.__init__

def remember_theme_cache(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    themes.append(self)

page_reuse.PageReuse.cached_text = cached_text
theme_cache.ThemeOutputCache.__init__ = remember_theme_cache
sys.argv = ["mkdocs", "build", "-q"]
if mode == "cprofile":
    profile = cProfile.Profile(time.process_time)
    try:
        profile.runcall(cli.main, standalone_mode=False)
    finally:
        profile.dump_stats(out)
else:
    signal.signal(signal.SIGPROF, sample)
    started = last[0] = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        cli.main(standalone_mode=False)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        sampled_cpu = time.process_time() - started
        with open(out, "w", encoding="utf-8") as stream:
            json.dump({"total": total[0], "cpu": sampled_cpu,
                       "phases": {str(k): v for k, v in samples.items()}}, stream)
why = {}
for reuse, index, stored in misses:
    entry = json.loads(stored)["value"] if stored else None
    reason = "no entry"
    if isinstance(entry, dict) and isinstance(entry.get("reads"), dict):
        reads = {p: d for p, d in entry["reads"].items() if p != page_reuse.GLOSSARY_READ}
        reason = first_change(reuse.replayer, reads, reuse.renderer.jobs[index][2]) or "glossary"
    why[reuse.renderer.jobs[index][0]] = reason
with open(why_out, "w", encoding="utf-8") as stream:
    json.dump({"why": why, "theme_rendered": sum(len(t.rendered) for t in themes),
               "theme_reused": sum(len(t.reused) for t in themes)}, stream)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=300)
    parser.add_argument("--project", type=Path, default=None,
                        help="an already built project (made and built there first without a mkdocs.yml)")
    parser.add_argument("--role", default="Corrected Role", help="the corrected role of the sampled fix")
    parser.add_argument("--cprofile-role", default=None,
                        help="also build a second fix with this role under cProfile (top functions)")
    parser.add_argument("--top", type=int, default=25, help="functions listed by their own time")
    parser.add_argument("--as-in-build-speed", action="store_true",
                        help="a new project goes through build_speed.py's steps before the fix")
    parser.add_argument("--repeat", type=int, default=2, help="with --as-in-build-speed: as build_speed's")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-profile-fix-") as scratch:
        project = args.project
        if project is None or not (project / "mkdocs.yml").exists():  # a new project (kept when named)
            project = make_project(project or Path(scratch) / "project", args.size).parent
            if args.as_in_build_speed:
                steps_of_build_speed(project, args.size, max(1, args.repeat))
            else:
                for _ in range(2):  # cold, then warm: every cache holds this story's entries
                    run_measured([PYTHON, "-m", "mkdocs", "build", "-q"], project)
        person = first_person(project)
        correct_role(project, person, args.role)
        cpu, sampled, found = measured_fix(project, Path(scratch), "sample")
        print(f"editor fix ({person}: roles [{args.role}]): {cpu:.2f} CPU s (process and children)")
        report_phases(cpu, json.loads(sampled.read_text(encoding="utf-8")))
        report_pages(found)
        if args.cprofile_role:
            correct_role(project, person, args.cprofile_role)
            cpu, profiled, _ = measured_fix(project, Path(scratch), "cprofile")
            report_top(pstats.Stats(str(profiled)), cpu, args.top)
    return 0


def steps_of_build_speed(project: Path, size: int, repeats: int) -> None:
    """build_speed.measure's steps up to its editor's fix, in its order, each step's CPU seconds
    printed: what its fix column follows, which profile_fix's own two builds leave out."""
    seeds = project / "seeds"
    print(f"cold: {timed_build(project)[0].cpu:.2f} CPU s", flush=True)
    write_plain_project(project)
    for _ in range(repeats):
        print(f"warm: {timed_build(project)[0].cpu:.2f} CPU s; plain: {plain_build(project).cpu:.2f} CPU s",
              flush=True)
    print(f"spaCy pass: {spacy_pass(seeds).cpu:.2f} CPU s", flush=True)
    write_next_article(seeds, size)
    print(f"+1 article: {timed_build(project)[0].cpu:.2f} CPU s", flush=True)


def measured_fix(project: Path, scratch: Path, mode: str) -> tuple[float, Path, dict[str, Any]]:
    """One `mkdocs build` in a fresh process, sampled or profiled: its CPU seconds, the file the
    measurement went to, and what it redid (pages and why)."""
    out, why = scratch / f"{mode}.out", scratch / f"{mode}-why.json"
    phases = json.dumps([[ending, function] for _, ending, function in PHASES])
    before = _children_cpu()
    subprocess.run([PYTHON, "-c", MEASURED_FIX, mode, str(out), str(why), phases], cwd=project,
                   check=True, capture_output=True)
    cpu = _children_cpu() - before
    return cpu, out, json.loads(why.read_text(encoding="utf-8"))


def first_person(project: Path) -> str:
    """The id of the story's first person (as build_speed.correct_a_role picks it)."""
    completed = subprocess.run([PYTHON, "-m", "generator", "--project", str(project), "extract"],
                               check=True, capture_output=True, text=True)
    entities = json.loads(completed.stdout)["entities"]
    return str(next(e for e in entities if e["type"] == "person")["id"])


def correct_role(project: Path, person: str, role: str) -> None:
    (project / "seeds" / "story.yml").write_text(
        f"entities:\n  {person}:\n    roles: [{json.dumps(role)}]\n", encoding="utf-8")


Table = dict[tuple[str, int, str], tuple[int, int, float, float, object]]


def report_phases(cpu: float, sampled: dict[str, Any]) -> None:
    """Each phase's CPU seconds: its share of the CPU-clock samples times the sampled part's CPU
    seconds (a phase's samples include the phases it calls)."""
    total = max(1e-9, float(sampled["total"]))
    region = float(sampled["cpu"])
    counts = {int(index): float(seconds) for index, seconds in sampled["phases"].items()}
    print(f"\nSamples over {region:.2f} CPU s of MkDocs' command in the build process (the "
          f"other {cpu - region:.2f} s: the interpreter's start, and forked children if any)\n")
    print("| phase | CPU s | share of the build |\n|---|---|---|")
    for index, (label, _, _) in enumerate(PHASES):
        seconds = counts.get(index, 0) / total * region
        print(f"| {label} | {seconds:.2f} | {seconds / cpu:.0%} |")


def report_pages(found: dict[str, Any]) -> None:
    why: dict[str, str] = found["why"]
    print(f"\nMkDocs' theme: {found['theme_rendered']} pages rendered, {found['theme_reused']} reused")
    print(f"\nGenerator: {len(why)} pages rendered again; the first changed read of each, by its start:\n")
    print("| first changed read | pages | examples |\n|---|---|---|")
    for start, pages in sorted(_by_start(why).items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"| `{start}` | {len(pages)} | {', '.join(sorted(pages)[:3])} |")


def report_top(stats: pstats.Stats, cpu: float, top: int) -> None:
    table: Table = stats.stats  # type: ignore[attr-defined]
    converted = _calls(table, "mkdocs/structure/pages.py", "render")
    print(f"\n## a second fix under cProfile: {cpu:.2f} CPU s, {stats.total_tt:.2f} s profiled "  # type: ignore[attr-defined]
          f"(the profiler slows Python code several times); {converted} pages converted by MkDocs\n")
    print("| function | own s | cumulative s |\n|---|---|---|")
    ranked = sorted(table.items(), key=lambda item: item[1][2], reverse=True)[:top]
    for (file, line, func), row in ranked:
        print(f"| {_short(file)}:{line} {func} | {row[2]:.2f} | {row[3]:.2f} |")


def _cumulative(table: Table, ending: str, function: str) -> float:
    return sum(row[3] for (file, _, func), row in table.items() if func == function and file.endswith(ending))


def _calls(table: Table, ending: str, function: str) -> int:
    return sum(row[1] for (file, _, func), row in table.items() if func == function and file.endswith(ending))


def _by_start(why: dict[str, str]) -> dict[str, list[str]]:
    """Pages grouped by the first two steps of their first changed read (`["story",["a","entities"]]`;
    a query by its name, whatever its arguments: `["q",["c","top_entities"]]`)."""
    groups: dict[str, list[str]] = {}
    for page, path in why.items():
        try:
            steps = json.loads(path)
            start = json.dumps(["q", steps[1][:2]] if steps[0] == "q" else steps[:2])
        except (ValueError, IndexError, TypeError):
            start = path
        groups.setdefault(start, []).append(page)
    return groups


if __name__ == "__main__":
    raise SystemExit(main())
