"""Repeated warm rebuilds of one project: does each cost the same, and where does its time go?

    .venv/bin/python benchmarks/warm_series.py --size 200 [--builds 6] [--project DIR]
        [--against ../main] [--strace | --perf] [--fix]

Makes a project of `--size` articles of the benchmark corpus (benchmarks/corpus.py, as
build_speed.py does; or `--project`: made there when it has no mkdocs.yml, else reused as it is),
builds it once with an empty cache, then runs `--builds` warm `mkdocs build` runs in a row, nothing
changed in between. With `--against CHECKOUT` (another checkout of the project with its own .venv,
such as main's), a second project is made and built by that code, and the two codes' warm builds
alternate. For each build it prints the user and system CPU seconds of the build process (and its
children), wall seconds, the files and bytes of the cache folder and of site/ afterwards, and the
entries of the largest cache namespaces. With `--strace`, each build runs under `strace -c -f` and the
table also gives the system calls that took the most time (strace slows the build down: read its
counts, not its seconds); with `--perf`, under `perf record`, and the table gives the functions with
the most samples, the kernel's marked [k] (where system time goes, page faults included). A warm
series should be flat: a build that costs more than the one before has something that grows (a
cache folder never pruned, a file appended to, a file system's list of recently deleted inodes).
With `--fix`, each build follows an editor's fix instead (build_speed.py's: the story's first person
gets a corrected role in seeds/story.yml, another role for each build, the same in both projects).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.build_speed import PYTHON, make_project  # noqa: E402


@dataclass(frozen=True)
class Usage:
    user: float
    system: float
    wall: float
    minor_faults: int
    written_blocks: int


COLUMNS = ("build", "code", "user s", "system s", "CPU s", "wall s", "page faults", "blocks written",
           "cache files", "cache MB", "site files", "site MB", "largest namespaces (entries)")


@dataclass(frozen=True)
class Code:
    """Whose code builds: a checkout with its own .venv (its templates and mkdocs.yml are used too)."""

    label: str
    root: Path

    @property
    def python(self) -> str:
        return PYTHON if self.root == ROOT else str(self.root / ".venv" / "bin" / "python")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--builds", type=int, default=6)
    parser.add_argument("--project", type=Path, default=None,
                        help="a project folder: made and built cold when it has no mkdocs.yml, else reused")
    parser.add_argument("--against", type=Path, default=None,
                        help="another checkout with its .venv: its own project, warm builds alternating")
    parser.add_argument("--strace", action="store_true", help="count system calls with strace -c -f")
    parser.add_argument("--perf", action="store_true",
                        help="sample each build with perf record and list the functions with most samples")
    parser.add_argument("--top", type=int, default=6, help="system calls or functions listed per build")
    parser.add_argument("--fix", action="store_true",
                        help="each build after an editor's fix (a corrected role), not unchanged")
    args = parser.parse_args(argv)
    traced = "strace" if args.strace else "perf" if args.perf else None
    with tempfile.TemporaryDirectory(prefix="explainer-warm-") as scratch:
        folder = args.project or Path(scratch) / "project"
        projects = {Code("this", ROOT): folder}
        if args.against:
            other = Code(args.against.name, args.against.resolve())
            projects[other] = folder.with_name(folder.name + "-against")
        for code, project in projects.items():
            prepare(code, project, args.size)
        columns = COLUMNS + ((f"top {traced}",) if traced else ())
        print("| " + " | ".join(columns) + " |\n" + "|---" * len(columns) + "|")
        people = {code: first_person(code, project) for code, project in projects.items()} if args.fix else {}
        for number in range(1, args.builds + 1):
            for code, project in projects.items():
                if args.fix:
                    correct_role(project, people[code], f"Corrected Role {number}")
                print(row(number, code, project, traced, args.top), flush=True)
    return 0


def prepare(code: Code, project: Path, size: int) -> None:
    """A project of `size` articles built once (cold) by `code`, unless the folder holds one already."""
    if (project / "mkdocs.yml").exists():
        return
    make_project(project, size)
    if code.root != ROOT:
        shutil.rmtree(project / "site-templates")
        shutil.copytree(code.root / "site-templates", project / "site-templates")
        shutil.copy(code.root / "mkdocs.yml", project / "mkdocs.yml")
    cold = run(project, build_command(code))
    print(f"cold build ({code.label}): user {cold.user:.2f} s, system {cold.system:.2f} s", flush=True)


def first_person(code: Code, project: Path) -> str:
    """The id of the story's first person, as `code` extracts it (build_speed.correct_a_role's choice)."""
    completed = subprocess.run([code.python, "-m", "generator", "--project", str(project), "extract"],
                               check=True, capture_output=True, text=True)
    return str(next(e for e in json.loads(completed.stdout)["entities"] if e["type"] == "person")["id"])


def correct_role(project: Path, person: str, role: str) -> None:
    (project / "seeds" / "story.yml").write_text(
        f"entities:\n  {person}:\n    roles: [{json.dumps(role)}]\n", encoding="utf-8")


def build_command(code: Code) -> list[str]:
    return [code.python, "-m", "mkdocs", "build", "-q"]


def row(number: int, code: Code, project: Path, traced: str | None, top: int) -> str:
    build = build_command(code)
    with tempfile.TemporaryDirectory(prefix="explainer-trace-") as scratch:
        output = Path(scratch) / "trace"
        if traced == "strace":
            usage = run(project, ["strace", "-c", "-f", "-o", str(output), *build])
            found = [syscall_summary(output.read_text(encoding="utf-8"), top)]
        elif traced == "perf":
            usage = run(project, ["perf", "record", "-q", "-o", str(output), "--", *build])
            found = [perf_summary(output, top)]
        else:
            usage, found = run(project, build), []
    cache_files, cache_mb = folder_size(project / ".cache")
    site_files, site_mb = folder_size(project / "site")
    cells = [str(number), code.label, f"{usage.user:.2f}", f"{usage.system:.2f}",
             f"{usage.user + usage.system:.2f}", f"{usage.wall:.2f}", str(usage.minor_faults),
             str(usage.written_blocks), str(cache_files), f"{cache_mb:.1f}", str(site_files),
             f"{site_mb:.1f}", namespaces(project / ".cache"), *found]
    return "| " + " | ".join(cells) + " |"


def run(project: Path, command: list[str]) -> Usage:
    """User, system and wall seconds of a command and all its children."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed in {project}:\n{stderr.decode()[-3000:]}")
    return Usage(usage.ru_utime, usage.ru_stime, wall, usage.ru_minflt, usage.ru_oublock)


def folder_size(folder: Path) -> tuple[int, float]:
    files = [path for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []
    return len(files), sum(path.stat().st_size for path in files) / 1024 / 1024


def namespaces(cache: Path, shown: int = 4) -> str:
    if not cache.is_dir():
        return ""
    counts = {folder.name: sum(1 for path in folder.rglob("*") if path.is_file())
              for folder in cache.iterdir() if folder.is_dir()}
    largest = sorted(counts.items(), key=lambda item: -item[1])[:shown]
    return ", ".join(f"{name} {count}" for name, count in largest)


_STRACE_ROW = re.compile(r"^\s*[\d.]+\s+([\d.]+)\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)\s*$")


def syscall_summary(text: str, top: int) -> str:
    """The calls with the most time in `strace -c` output: name count (seconds)."""
    rows = [(match.group(3), int(match.group(2)), float(match.group(1)))
            for match in map(_STRACE_ROW.match, text.splitlines()) if match and match.group(3) != "total"]
    rows.sort(key=lambda item: -item[2])
    return ", ".join(f"{name} {count} ({seconds:.2f})" for name, count, seconds in rows[:top])


def perf_summary(data: Path, top: int) -> str:
    """The functions (kernel ones marked [k]) with the most samples in a `perf record` file."""
    report = subprocess.run(["perf", "report", "-i", str(data), "--no-children", "--sort", "sym", "--stdio"],
                            capture_output=True, text=True, check=True).stdout
    lines = [line for line in report.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    rows = [line.split() for line in lines]
    return ", ".join(f"{cells[1]} {cells[2]} {cells[0]}" for cells in rows[:top] if len(cells) >= 3)


if __name__ == "__main__":
    for tool in ("strace", "perf"):
        if f"--{tool}" in sys.argv and shutil.which(tool) is None:
            raise SystemExit(f"--{tool} needs {tool} installed")
    raise SystemExit(main())
