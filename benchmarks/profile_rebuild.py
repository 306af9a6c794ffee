"""Where a rebuild's CPU seconds go: one added article and one editor fix, each a whole `mkdocs build`
in a fresh process, broken down by stage.

    .venv/bin/python benchmarks/profile_rebuild.py --size 100 [--project DIR] [--top 25] [--no-fix]

Makes a project of `--size` articles of the benchmark corpus (benchmarks/corpus.py, as
build_speed.py does; or reuses `--project`, made by this script or build_speed.py with `--keep`),
builds it once with an empty cache. The +1 article (the corpus's next article added to the seeds)
is then built several times, each time from the same state (the project is set aside before and put
back in the same place, file times kept: caches and the input stamp see what the first build saw):
  1. as an editor runs it: the CPU seconds of the process (user + system, with its children), and
     which pages' HTML changed against the build before (new pages counted apart), by section;
  2. under `python -X importtime`: each module's own import time, summed by package group;
  3. timed: the modules of run 2 imported first (their CPU seconds are the imports), then the build
     with the functions of each stage wrapped in a CPU timer (time.process_time; the outermost call
     counts), and the calls counted: pages rendered by the generator, converted by Markdown,
     rendered through the theme, parsed for search, files written;
  4. with `--top N`, also under cProfile (CPU clock), for the N functions with the most time of
     their own (the profiler slows call-heavy code several times over: read shares, not seconds).
The import groups of run 2 (wall clock) split run 3's import seconds (CPU) in proportion.
Then (without `--no-fix`) the editor fix (one person's role corrected in seeds/story.yml, on top
of the +1 article) is profiled under cProfile, broken down by the same stages.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
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
    ("  of which Markdown conversion (pages not from the cache)", "markdown/core.py", "convert"),
    ("mkdocs: theme pages (cached)", "mkdocs/commands/build.py", "_build_page"),
    ("  of which Jinja templates run (pages not from the cache)", "jinja2/environment.py", "render"),
    ("  of which search entries (cached)", "generator/mkdocs_plugin/page_cache.py", "add_entry_from_context"),
    ("    of which parsing pages for search", "material/plugins/search/plugin.py", "add_entry_from_context"),
    ("site: files written by MkDocs", "mkdocs/utils/__init__.py", "write_file"),
    ("mkdocs: clean site/", "mkdocs/utils/__init__.py", "clean_directory"),
    ("cache writes (every entry, generator and MkDocs)", "generator/cache/store.py", "store_json"),
    ("mkdocs: search index", "material/plugins/search/plugin.py", "on_post_build"),
    ("mkdocs: copy static files", "mkdocs/structure/files.py", "copy_static_files"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--project", type=Path, default=None,
                        help="a project made and built by this script or build_speed.py --keep; a folder "
                             "that does not exist yet is made there and built cold (kept for the next run)")
    parser.add_argument("--top", type=int, default=0,
                        help="also profile the +1 build and list the functions with the most own time")
    parser.add_argument("--profiles", type=Path, default=None,
                        help="keep the cProfile files (added.prof, fix.prof) in this folder")
    parser.add_argument("--no-fix", action="store_true", help="measure the +1 article only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explainer-profile-") as scratch:
        project = args.project
        if project is None or not project.exists():
            project = make_project(project or Path(scratch) / "project", args.size).parent
            build(project)
        profiles = args.profiles or Path(scratch)
        profiles.mkdir(parents=True, exist_ok=True)
        before = Path(scratch) / "before"
        shutil.copytree(project, before, symlinks=True)
        with_next_article(project, before, args.size)
        cpu = measured_build(project)
        changed = changed_pages(before / "site", project / "site")
        with_next_article(project, before, args.size)
        imports = import_times(project)
        with_next_article(project, before, args.size)
        timed = timed_build(project, sorted(imports.modules))
        report_added(cpu, interpreter_start(), imports, timed, changed)
        if args.top:
            with_next_article(project, before, args.size)
            stats, _ = profiled_build(project, profiles / "added.prof", preload=sorted(imports.modules))
            print("\n+1 article under cProfile, imports done before the profile:")
            _top_functions(stats.stats, args.top)  # type: ignore[attr-defined]
        if not args.no_fix:
            correct_a_role(project)
            report("editor fix", profiled_build(project, profiles / "fix.prof"), args.top or 25)
    return 0


def build(project: Path) -> None:
    subprocess.run([PYTHON, "-m", "mkdocs", "build", "-q"], cwd=project, check=True,
                   capture_output=True)


def with_next_article(project: Path, before: Path, size: int) -> None:
    """The project put back as it was before the +1 build (same place, file times kept), plus the next
    article."""
    shutil.rmtree(project)
    shutil.copytree(before, project, symlinks=True)
    write_next_article(project / "seeds", size)


def measured_build(project: Path) -> float:
    """CPU seconds of one `mkdocs build -q` and its children, as build_speed.py measures a build."""
    before = _children_cpu()
    build(project)
    return _children_cpu() - before


def interpreter_start() -> float:
    """CPU seconds of starting this environment's Python and doing nothing (site, editable finder)."""
    return min(_command_cpu([PYTHON, "-c", "pass"]) for _ in range(3))


def _command_cpu(command: list[str]) -> float:
    before = _children_cpu()
    subprocess.run(command, check=True, capture_output=True)
    return _children_cpu() - before


# Package groups of the import table, by a module's top-level name; the rest is "standard library
# and other". NumPy is its own group: spaCy and matplotlib both import it.
IMPORT_GROUPS = {
    "generator": ("generator",),
    "MkDocs, Material, Markdown, Jinja, YAML": (
        "mkdocs", "material", "markdown", "pymdownx", "jinja2", "markupsafe", "yaml", "yaml_env_tag",
        "pathspec", "mergedeep", "ghp_import", "watchdog", "click", "babel", "pygments", "paginate",
        "backrefs", "colorama", "mkdocs_get_deps", "platformdirs", "packaging", "regex", "requests",
        "urllib3", "charset_normalizer", "idna", "certifi"),
    "spaCy and its stack": (
        "spacy", "thinc", "srsly", "cymem", "preshed", "murmurhash", "blis", "catalogue", "confection",
        "wasabi", "weasel", "langcodes", "language_data", "marisa_trie", "en_core_web_sm", "typer",
        "smart_open", "cloudpathlib", "spacy_legacy", "spacy_loggers", "tqdm", "rich", "shellingham"),
    "pydantic": ("pydantic", "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection"),
    "NumPy": ("numpy",),
    "matplotlib": ("matplotlib", "PIL", "fontTools", "kiwisolver", "cycler", "pyparsing", "dateutil",
                   "contourpy"),
}
OTHER_GROUP = "standard library and other"


@dataclass
class ImportTimes:
    seconds: dict[str, float]  # by group: the modules' own import time (-X importtime "self")
    modules: set[str]  # every module the build imported


def import_times(project: Path) -> ImportTimes:
    """A +1 build under `-X importtime`: each module's own import seconds, summed by group."""
    completed = subprocess.run([PYTHON, "-X", "importtime", "-m", "mkdocs", "build", "-q"], cwd=project,
                               check=True, capture_output=True, text=True)
    seconds = dict.fromkeys([*IMPORT_GROUPS, OTHER_GROUP], 0.0)
    modules: set[str] = set()
    for line in completed.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        name = parts[2].strip()
        modules.add(name)
        seconds[import_group(name)] += int(parts[0]) / 1e6
    return ImportTimes(seconds, modules)


def import_group(module: str) -> str:
    top = module.split(".")[0]
    return next((group for group, tops in IMPORT_GROUPS.items() if top in tops), OTHER_GROUP)


def changed_pages(before: Path, after: Path) -> dict[str, list[int]]:
    """HTML pages of `after` that are new or differ from `before`, by top folder: [changed, new,
    bytes of them all, bytes of the largest]."""
    sections: dict[str, list[int]] = {}
    for page in sorted(after.rglob("*.html")):
        relative = page.relative_to(after)
        old = before / relative
        if old.exists() and filecmp.cmp(old, page, shallow=False):
            continue
        section = relative.parts[0] if len(relative.parts) > 1 else relative.name
        counts = sections.setdefault(section, [0, 0, 0, 0])
        counts[0 if old.exists() else 1] += 1
        size = page.stat().st_size
        counts[2] += size
        counts[3] = max(counts[3], size)
    return sections


# `python -m cProfile` times wall-clock seconds; the ratios this project reports are CPU seconds,
# so the profiler runs here with the process's CPU clock. The modules named on stdin are imported
# first, outside the profile (a module that fails to import alone is left to the build).
PROFILED_MKDOCS = """
import cProfile, importlib, sys, time
for name in sys.stdin.read().split():
    try:
        importlib.import_module(name)
    except BaseException:
        pass
from mkdocs.__main__ import cli
out = sys.argv[1]
sys.argv = ["mkdocs", "build", "-q"]
profile = cProfile.Profile(time.process_time)
try:
    profile.runcall(cli.main, standalone_mode=False)
finally:
    profile.dump_stats(out)
"""


def profiled_build(project: Path, out: Path, preload: list[str] | None = None) -> tuple[pstats.Stats, float]:
    """A `mkdocs build` under cProfile; its stats and the CPU seconds of it and its children."""
    before = _children_cpu()
    subprocess.run([PYTHON, "-c", PROFILED_MKDOCS, str(out)], cwd=project, check=True, capture_output=True,
                   input="\n".join(preload or []).encode())
    return pstats.Stats(str(out)), _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


Table = dict[tuple[str, int, str], tuple[int, int, float, float, object]]

# The +1 article's stages for the timed run: (label, module, attribute, only inside this label's call
# or ""). A function is wrapped where its callers look it up at call time: in its own module when it
# is imported inside a function or called as a method, in the calling module's namespace when that
# module imported it at its top ("generator.pipeline", "load_articles").
TIMED = (
    ("mkdocs: load config and plugins", "mkdocs.config", "load_config", ""),
    ("generator: whole (on_pre_build)", "generator.build", "build_site", ""),
    ("  input stamp", "generator.build", "input_stamp", ""),
    ("  ingest", "generator.pipeline", "load_articles", ""),
    ("  sidecars, overrides, dates", "generator.pipeline", "prepare_inputs", ""),
    ("  site key", "generator.pipeline", "site_key", ""),
    ("  merged story (annotate, resolve, merge, store)", "generator.pipeline", "merged_story", ""),
    ("    annotate the new article", "generator.pipeline", "annotate_articles", ""),
    ("      of which loading the spaCy model", "spacy", "load", ""),
    ("    resolve + merge + timeline", "generator.pipeline", "assemble_story", ""),
    ("      of which resolve entities", "generator.story.resolve", "resolve_entities", ""),
    ("      of which merge facts", "generator.story.merge", "merge_facts", ""),
    ("  apply overrides", "generator.pipeline", "apply_overrides", ""),
    ("  charts", "generator.charts.build", "build_charts", ""),
    ("  render pages (site index, checks, changed pages)", "generator.render.site", "render_site", ""),
    ("    of which checking cached pages' reads", "generator.render.page_reuse", "PageReuse.cached_text", ""),
    ("    of which rendering changed pages (Jinja)", "generator.render.page_reuse",
     "PageReuse.render_recorded", ""),
    ("  store the site", "generator.pipeline", "store_site", ""),
    ("mkdocs: files and navigation", "mkdocs.commands.build", "get_navigation", ""),
    ("mkdocs: pages' Markdown (cache or conversion)", "mkdocs.commands.build", "_populate_page", ""),
    ("  of which Markdown conversion", "markdown.core", "Markdown.convert",
     "mkdocs: pages' Markdown (cache or conversion)"),
    ("mkdocs: pages through the theme (cache or Jinja), with search entries", "mkdocs.commands.build",
     "_build_page", ""),
    ("  of which Jinja rendering", "jinja2.environment", "Template.render",
     "mkdocs: pages through the theme (cache or Jinja), with search entries"),
    ("  of which parsing pages for search", "material.plugins.search.plugin",
     "SearchIndex.add_entry_from_context", ""),
    ("mkdocs: search index written", "material.plugins.search.plugin", "SearchPlugin.on_post_build",
     ""),
    ("mkdocs: files written (pages, static files)", "mkdocs.utils", "write_file", ""),
    ("mkdocs: static files copied", "mkdocs.structure.files", "Files.copy_static_files", ""),
    ("explainer: drop stale site files, prune caches", "generator.mkdocs_plugin.plugin",
     "ExplainerPlugin.on_post_build", ""),
)

# Runs in the build's own process: imports the modules named on stdin (their CPU seconds are the
# imports), wraps the stages of TIMED (argv[2], JSON) in CPU timers, runs `mkdocs build -q` and writes
# {"imports": s, "build": s, "stages": {label: [s, calls]}} to argv[1].
TIMED_MKDOCS = """
import functools, importlib, json, sys, time
clock = time.process_time
start = clock()
for name in sys.stdin.read().split():
    try:
        importlib.import_module(name)
    except BaseException:
        pass
imported = clock() - start
out, targets = sys.argv[1], json.loads(sys.argv[2])
stages = {label: [0.0, 0] for label, *_ in targets}
active = dict.fromkeys(stages, 0)

def timed(label, inside, original):
    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        if (inside and not active[inside]) or active[label]:
            return original(*args, **kwargs)
        active[label] += 1
        begin = clock()
        try:
            return original(*args, **kwargs)
        finally:
            active[label] -= 1
            stages[label][0] += clock() - begin
            stages[label][1] += 1
    return wrapper

for label, module, attribute, inside in targets:
    owner = importlib.import_module(module)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    setattr(owner, name, timed(label, inside, getattr(owner, name)))
collecting = [0.0, 0.0, 0]  # CPU seconds in the garbage collector, start of the current pass, passes

def garbage_collection(phase, info):
    if phase == "start":
        collecting[1] = clock()
    else:
        collecting[0] += clock() - collecting[1]
        collecting[2] += 1

import gc
gc.callbacks.append(garbage_collection)
from mkdocs.__main__ import cli
sys.argv = ["mkdocs", "build", "-q"]
begin = clock()
cli.main(standalone_mode=False)
built = clock() - begin
import resource
children = resource.getrusage(resource.RUSAGE_CHILDREN)
stages["garbage collection (all of the build, inside the stages above)"] = [collecting[0], collecting[2]]
stages["processes the build started (forked render workers), their own CPU"] = [
    children.ru_utime + children.ru_stime, 0]
with open(out, "w") as file:
    json.dump({"imports": imported, "build": built, "stages": stages, "until_exit": clock()}, file)
"""


FORKED = "processes the build started (forked render workers), their own CPU"


@dataclass
class Timed:
    imports: float  # CPU seconds of importing what the build imports
    build: float  # CPU seconds of the build after that (this process only)
    stages: dict[str, tuple[float, int]]  # label -> CPU seconds, calls
    # CPU seconds of the process after the build: the interpreter's own exit (freeing everything the
    # build loaded, module by module), measured as the process's whole CPU time from outside less
    # what its own clock had counted when the build returned
    exit: float = 0.0


def timed_build(project: Path, preload: list[str]) -> Timed:
    out = project.parent / "timed.json"
    targets = json.dumps([list(row) for row in TIMED])
    before = _children_cpu()
    subprocess.run([PYTHON, "-c", TIMED_MKDOCS, str(out), targets], cwd=project, check=True,
                   capture_output=True, input="\n".join(preload).encode())
    whole = _children_cpu() - before
    found = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    stages = {label: (seconds, calls) for label, (seconds, calls) in found["stages"].items()}
    return Timed(found["imports"], found["build"], stages,
                 exit=max(0.0, whole - found["until_exit"] - stages.get(FORKED, (0.0, 0))[0]))


def report_added(cpu: float, start: float, imports: ImportTimes, timed: Timed,
                 changed: dict[str, list[int]]) -> None:
    print(f"\n## +1 article: {cpu:.2f} CPU s (an editor's `mkdocs build`, fresh process and children)\n")
    print(f"Timed run: imports {timed.imports:.2f} CPU s, build {timed.build:.2f} CPU s, "
          f"start {start:.2f} s.\n")
    print("| part | CPU s | share of the build | calls |\n|---|---|---|---|")
    forked = timed.stages.get(FORKED, (0.0, 0))[0]
    whole = start + timed.imports + timed.build + forked + timed.exit
    print(f"| interpreter start (`python -c pass`) | {start:.2f} | {start / whole:.0%} | |")
    wall = sum(imports.seconds.values()) or 1.0
    for group, seconds in imports.seconds.items():
        share = timed.imports * seconds / wall
        print(f"| imports: {group} | {share:.2f} | {share / whole:.0%} | |")
    for label, (seconds, calls) in timed.stages.items():
        print(f"| {label} | {seconds:.2f} | {seconds / whole:.0%} | {calls} |")
    print(f"| process exit after the build (the interpreter freeing what it loaded) | {timed.exit:.2f} | "
          f"{timed.exit / whole:.0%} | |")
    print(f"| total (start + imports + build + processes it started + exit) | {whole:.2f} | 100% | |")
    print("\nHTML pages changed (new) against the build before, by section: " + ", ".join(
        f"{section} {counts[0]} ({counts[1]})" for section, counts in changed.items()))
    print("\n| section | pages changed (new) | KB of HTML changed | largest page KB |\n|---|---|---|---|")
    for section, (pages, new, size, largest) in sorted(changed.items(), key=lambda item: -item[1][2]):
        print(f"| {section} | {pages} ({new}) | {size / 1000:.0f} | {largest / 1000:.0f} |")


def _cumulative(table: Table, ending: str, function: str) -> float:
    return sum(row[3] for (file, _, func), row in table.items() if func == function and file.endswith(ending))


def report(name: str, measured: tuple[pstats.Stats, float], top: int) -> None:
    stats, cpu = measured
    table: Table = stats.stats  # type: ignore[attr-defined]
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"\n## {name}: {cpu:.2f} CPU s (profiled process and its children), "
          f"{total:.2f} s profiled\n")
    print("| stage | cumulative s | share |\n|---|---|---|")
    for label, ending, function in STAGES:
        seconds = _cumulative(table, ending, function)
        print(f"| {label} | {seconds:.2f} | {seconds / total:.0%} |")
    parsed = _calls(table, "generator/ingest/reader.py", "read_article")
    print(f"| ingest: files parsed (not from the cache) | {parsed} calls | |")
    _top_functions(table, top)


def _top_functions(table: Table, top: int) -> None:
    print(f"\nTop {top} functions by their own time:\n")
    print("| function | own s | cumulative s |\n|---|---|---|")
    ranked = sorted(table.items(), key=lambda item: item[1][2], reverse=True)[:top]
    for (file, line, func), row in ranked:
        print(f"| {_short(file)}:{line} {func} | {row[2]:.2f} | {row[3]:.2f} |")


def _calls(table: Table, ending: str, function: str) -> int:
    return sum(row[1] for (file, _, func), row in table.items() if func == function and file.endswith(ending))


def _short(file: str) -> str:
    for marker in ("site-packages/", "/generator/", "/lib/python3"):
        if marker in file:
            return file[file.index(marker) + len(marker):] if marker != "/generator/" else \
                "generator/" + file[file.index(marker) + len(marker):]
    return file


if __name__ == "__main__":
    raise SystemExit(main())
