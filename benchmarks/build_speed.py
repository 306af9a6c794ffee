"""Build speed, memory and size for stories of 2, 100 and 1,000 articles, next to two floors.

    .venv/bin/python benchmarks/build_speed.py [--sizes 2 100 1000] [--out benchmarks/results.md]

For each size, in a fresh project folder (articles from benchmarks/corpus.py: distinct real articles
of MEANTIME and ECB+; the 2-article story is the demo's seeds):
  cold       `mkdocs build` with an empty cache (extraction, charts, rendering, MkDocs)
  warm       the same build again, nothing changed (fastest of --repeat runs)
  +1 article the corpus's next article added to the seeds (fastest of --repeat runs, each adding
             another next article, so the story grows by one article per run)
  editor fix one person's role corrected in seeds/story.yml (fastest of --repeat runs, each writing
             another role text, so every run is a real change that no cache entry already holds)
and the two floors measured in the same run:
  plain      a plain `mkdocs build` (no explainer plugin) of the same generated Markdown (fastest of
             --repeat runs, alternating with the warm rebuilds)
  spaCy      the spaCy pass alone over the same texts (nlp.pipe, model loaded, one process)
Peak memory is the largest proportional set size (PSS) of the build's whole process tree, sampled
every 20 ms: worker processes forked from the build share its pages, and PSS counts a shared page
once across them where a sum of resident sets would count it in every process.
Every time is measured twice: wall-clock seconds and CPU seconds (user + system, of the command and
all its children). On a machine shared with other work the wall clock mostly measures the others;
the ratios are therefore taken from CPU seconds.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import write_corpus, write_next_article  # noqa: E402

PYTHON = sys.executable
DEMO_SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@dataclass(frozen=True)
class Seconds:
    wall: float
    cpu: float


@dataclass
class Row:
    articles: int
    cold: Seconds
    warm: Seconds
    added: Seconds
    override: Seconds
    plain: Seconds
    spacy: Seconds
    peak_mb: float
    site_mb: float

    @property
    def per_article_kb(self) -> float:
        return self.site_mb * 1024 / self.articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 100, 1000])
    parser.add_argument("--out", type=Path, help="also write the Markdown table to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    parser.add_argument("--repeat", type=int, default=2,
                        help="warm rebuilds and plain builds to run, alternately, then as many +1-article "
                             "rebuilds (each a new article) and editor fixes (each a new role text); "
                             "the fastest of each kind counts")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="explainer-bench-") as temporary:
        for size in args.sizes:
            rows.append(measure(Path(temporary) / f"n{size}", size, max(1, args.repeat)))
            print(table(rows[-1:]), flush=True)
        if args.keep:
            shutil.copytree(temporary, ROOT / "benchmarks" / "last-run", dirs_exist_ok=True)
    report = table(rows) + "\n\n" + targets(rows)
    print("\n" + report)
    if args.out:
        args.out.write_text(report + "\n", encoding="utf-8")
    return 0


def measure(project: Path, size: int, repeats: int) -> Row:
    seeds = make_project(project, size)
    cold, peak = timed_build(project)
    site_mb = folder_mb(project / "site")
    write_plain_project(project)
    # The warm rebuild and its floor alternate, and each keeps its fastest run (by CPU seconds).
    warm, plain = timed_build(project)[0], plain_build(project)
    for _ in range(repeats - 1):
        warm = min(warm, timed_build(project)[0], key=lambda t: t.cpu)
        plain = min(plain, plain_build(project), key=lambda t: t.cpu)
    spacy_seconds = spacy_pass(seeds)
    # One disturbed run must not stand as the figure: each change is made `repeats` times, every
    # time a new one (the next article; another role text), and the fastest by CPU seconds counts.
    added = fastest(timed_change(project, lambda k: write_next_article(seeds, size + k), repeats))
    person = first_person(project)
    override = fastest(timed_change(project, lambda k: correct_a_role(project, person, k), repeats))
    return Row(size, cold, warm, added, override, plain, spacy_seconds, peak, site_mb)


def timed_change(project: Path, change: Callable[[int], object], repeats: int) -> list[Seconds]:
    """The rebuild after each of `repeats` distinct changes (`change(k)` makes the k-th), in turn."""
    times = []
    for k in range(repeats):
        change(k)
        times.append(timed_build(project)[0])
    return times


def fastest(times: list[Seconds]) -> Seconds:
    return min(times, key=lambda t: t.cpu)


def first_person(project: Path) -> str:
    """The id of the story's first person, the one whose role the editor corrects."""
    completed = subprocess.run([PYTHON, "-m", "generator", "--project", str(project), "extract"],
                               check=True, capture_output=True, text=True)
    entities = json.loads(completed.stdout)["entities"]
    return str(next(e for e in entities if e["type"] == "person")["id"])


def correct_a_role(project: Path, person: str, attempt: int) -> None:
    """The editor's fix: the person gets a corrected role in story.yml, a new text on every attempt."""
    role = "Corrected Role" if attempt == 0 else f"Corrected Role {attempt + 1}"
    (project / "seeds" / "story.yml").write_text(
        f"entities:\n  {person}:\n    roles: [{role}]\n", encoding="utf-8")


def make_project(project: Path, size: int) -> Path:
    seeds = project / "seeds"
    seeds.mkdir(parents=True)
    (project / "docs").mkdir()
    if size <= len(DEMO_SEEDS):
        for seed in DEMO_SEEDS[:size]:
            shutil.copy(seed, seeds / seed.name)
    else:
        write_corpus(seeds, size)
    shutil.copytree(ROOT / "site-templates", project / "site-templates")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return seeds


def timed_build(project: Path) -> tuple[Seconds, float]:
    return run_measured([PYTHON, "-m", "mkdocs", "build", "-q"], project)


def write_plain_project(project: Path) -> None:
    """The generated Markdown written out as a docs folder, and a config without the plugin."""
    generated = project / "generated-docs"
    subprocess.run(
        [PYTHON, "-m", "generator", "--project", str(project), "build", "--out", str(generated), "--quiet"],
        check=True,
        capture_output=True,
    )
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("docs_dir: docs", "docs_dir: generated-docs").replace(
        "site_dir: site", "site_dir: plain-site"
    )
    start = config.index("  - explainer:")
    end = config.index("markdown_extensions:")
    (project / "plain.yml").write_text(config[:start] + "\n" + config[end:], encoding="utf-8")


def plain_build(project: Path) -> Seconds:
    """The floor: MkDocs alone over the Markdown the generator wrote (no plugin, no extraction)."""
    seconds, _ = run_measured([PYTHON, "-m", "mkdocs", "build", "-q", "-f", "plain.yml"], project)
    return seconds


def spacy_pass(seeds: Path) -> Seconds:
    """The other floor: loading the model and parsing every article text with nlp.pipe."""
    code = (
        "import sys; from pathlib import Path\n"
        "from generator.ingest.reader import load_articles\n"
        "from generator.annotate.nlp import load_pipeline\n"
        "articles, _ = load_articles(Path(sys.argv[1]))\n"
        "nlp = load_pipeline('en_core_web_sm')\n"
        "for _ in nlp.pipe((a.text for a in articles), batch_size=16): pass\n"
    )
    return run_measured([PYTHON, "-c", code, str(seeds)], ROOT)[0]


def run_measured(command: list[str], cwd: Path) -> tuple[Seconds, float]:
    """Wall and CPU seconds and peak memory (MB, PSS) of a command and all its children."""
    before = _children_cpu()
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    sampler = threading.Thread(target=_sample_memory, args=(process, peak), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = Seconds(time.perf_counter() - start, _children_cpu() - before)
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}:\n{stderr.decode()[-3000:]}")
    return seconds, peak[0]


def _children_cpu() -> float:
    """CPU seconds of every finished child (and their waited-for children): commands run one at a time."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _sample_memory(process: subprocess.Popen[bytes], peak: list[float]) -> None:
    while process.poll() is None:
        peak[0] = max(peak[0], _tree_pss_mb(process.pid))
        time.sleep(0.02)


def _tree_pss_mb(pid: int) -> float:
    total = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        child = int(proc.name)
        if child != pid and not _is_descendant(child, pid):
            continue
        try:
            rollup = (proc / "smaps_rollup").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total / 1024


def _is_descendant(pid: int, ancestor: int) -> bool:
    for _ in range(8):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return False
        ppid = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))
        if ppid == ancestor:
            return True
        if ppid <= 1:
            return False
        pid = ppid
    return False


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1024 / 1024


def table(rows: list[Row]) -> str:
    header = (
        "| articles | clock | cold s | warm s | +1 article s | editor fix s | plain mkdocs s | spaCy pass s "
        "| warm/plain | +1/plain | fix/plain | cold/(spaCy+plain) | peak MB (PSS) | site MB | KB/article |"
    )
    lines = [header, "|" + "---|" * 15]
    for r in rows:
        for clock in ("cpu", "wall"):
            t = {name: getattr(getattr(r, name), clock)
                 for name in ("cold", "warm", "added", "override", "plain", "spacy")}
            lines.append(
                f"| {r.articles} | {clock} | {t['cold']:.1f} | {t['warm']:.1f} | {t['added']:.1f} "
                f"| {t['override']:.1f} | {t['plain']:.1f} | {t['spacy']:.1f} | {t['warm'] / t['plain']:.2f} "
                f"| {t['added'] / t['plain']:.2f} | {t['override'] / t['plain']:.2f} "
                f"| {t['cold'] / (t['spacy'] + t['plain']):.2f} | {r.peak_mb:.0f} | {r.site_mb:.1f} "
                f"| {r.per_article_kb:.0f} |"
            )
    return "\n".join(lines)


def targets(rows: list[Row]) -> str:
    """Issue 19's targets, on CPU-second ratios."""
    by_size = {r.articles: r for r in rows}
    lines = ["| target (CPU ratios) | measured | met |", "|---|---|---|"]
    if 100 in by_size:
        r = by_size[100]
        ratio = r.added.cpu / r.plain.cpu
        lines.append(f"| +1 article ≤ 0.3× plain (100) | {ratio:.2f}× | {_yes(ratio <= 0.3)} |")
    if 1000 in by_size:
        r = by_size[1000]
        for label, value in (("+1 article", r.added), ("editor fix", r.override), ("warm", r.warm)):
            ratio = value.cpu / r.plain.cpu
            lines.append(f"| {label} ≤ 0.1× plain (1000) | {ratio:.2f}× | {_yes(ratio <= 0.1)} |")
        cold = r.cold.cpu / (r.spacy.cpu + r.plain.cpu)
        lines.append(f"| cold ≤ 1.2× (spaCy + plain) (1000) | {cold:.2f}× | {_yes(cold <= 1.2)} |")
        lines.append(f"| peak memory ≤ 1 GB (1000) | {r.peak_mb:.0f} MB | {_yes(r.peak_mb <= 1024)} |")
        if 100 in by_size:
            ratio = r.per_article_kb / by_size[100].per_article_kb
            lines.append(f"| KB/article flat, 1000 vs 100 (≤ 1.1×) | {ratio:.2f}× | {_yes(ratio <= 1.1)} |")
    return "\n".join(lines)


def _yes(flag: bool) -> str:
    return "yes" if flag else "**no**"


if __name__ == "__main__":
    raise SystemExit(main())
