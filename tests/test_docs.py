"""The docs are run, not just read: every shell command of README.md and docs/editing.md runs as
written from the root of a copy of the repository, and docs/contract.md names every field that
`extract` and `annotate` print."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

DOCS_THAT_RUN = ["README.md", "docs/editing.md", "docs/contract.md"]
FENCE = re.compile(r"^```(?:sh|bash)\n(.*?)^```", re.MULTILINE | re.DOTALL)
ANY_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"`([^`\n]+)`")
# An inline code span is a command when it starts like one: optional VAR=value, then a program of
# the environment or run.py. Fragments such as `python -m generator` in a sentence are not.
INLINE_COMMAND = re.compile(r"^(?:[A-Z_][A-Z0-9_]*=\S+ )*(?:\.venv/bin/\S+|python3\.11 \S+) \S")
# run.py's own build and test are the README's first commands (they set up what the others use, and
# the test suite is this run); serving and watching do not end by themselves (tests/test_watch.py and
# tests/test_other_builders.py cover the watch).
NOT_RUN = re.compile(r"^python3\.11 run\.py (?:build|test|serve)\b|\bserve\b|--watch\b")


def shell_commands(markdown: str) -> list[str]:
    """Commands in document order: lines of sh/bash fences and command-like inline code spans."""
    found: list[tuple[int, str]] = []
    fenced_spans = [fence.span() for fence in ANY_FENCE.finditer(markdown)]
    for fence in FENCE.finditer(markdown):
        for offset, line in _lines_with_offsets(fence.group(1), fence.start(1)):
            if line.strip() and not line.lstrip().startswith("#"):
                found.append((offset, line.strip()))
    for span in INLINE.finditer(markdown):
        inside_fence = any(start <= span.start() < end for start, end in fenced_spans)
        text = span.group(1).replace("\\|", "|").strip()
        if not inside_fence and INLINE_COMMAND.match(text):
            found.append((span.start(), text))
    return [command for _, command in sorted(found)]


def _lines_with_offsets(block: str, start: int) -> list[tuple[int, str]]:
    lines, offset = [], start
    for line in block.splitlines(keepends=True):
        lines.append((offset, line.rstrip("\n")))
        offset += len(line)
    return lines


def commands_to_run() -> list[tuple[str, str]]:
    return [
        (doc, command)
        for doc in DOCS_THAT_RUN
        for command in shell_commands((ROOT / doc).read_text(encoding="utf-8"))
        if not NOT_RUN.search(command)
    ]


def test_command_extraction_reads_fences_and_inline_commands_only() -> None:
    markdown = (
        "Run `.venv/bin/tool go --fast` or `FOO=1 .venv/bin/tool stop`; `python -m tool` is prose.\n\n"
        "```sh\n.venv/bin/tool one   # a comment\n\n# a whole-line comment\n.venv/bin/tool two\n```\n\n"
        "```yaml\nkey: `.venv/bin/not-a-command`\n```\n\n"
        "| `.venv/bin/tool three \\| cat` | a table cell |\n"
    )
    assert shell_commands(markdown) == [
        ".venv/bin/tool go --fast", "FOO=1 .venv/bin/tool stop", ".venv/bin/tool one   # a comment",
        ".venv/bin/tool two", ".venv/bin/tool three | cat",
    ]


def test_the_docs_send_editors_to_the_environment_and_to_files_in_the_repository() -> None:
    for doc in DOCS_THAT_RUN:
        assert "DESIGN.md" not in (ROOT / doc).read_text(encoding="utf-8"), doc
    commands = [command for _, command in commands_to_run()]
    # `python -m generator` fails unless the environment is active; the docs name its programs instead
    assert not [command for command in commands if command.startswith(("python -m", "python -c"))]
    assert any(command.startswith(".venv/bin/zensical build") for command in commands)
    assert any(command.startswith(".venv/bin/properdocs build") for command in commands)


def test_the_cli_help_points_to_the_contract_in_the_repository() -> None:
    helps = [subprocess.run([sys.executable, "-m", "generator", *args, "--help"], capture_output=True,
                            text=True, check=True).stdout for args in ([], ["extract"], ["annotate"])]
    assert "DESIGN.md" not in "".join(helps)
    assert (ROOT / "docs" / "contract.md").is_file()
    top = subprocess.run([sys.executable, "-m", "generator", "--help"], capture_output=True, text=True).stdout
    assert "docs/contract.md" in top


@pytest.fixture(scope="module")
def repository_copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {}  # one copy per document: each document's commands run from the state the README leaves


@pytest.fixture
def repository_copy(repository_copies: dict[str, Path], tmp_path_factory: pytest.TempPathFactory,
                    doc: str) -> Path:
    if doc not in repository_copies:
        repository_copies[doc] = copy_repository(tmp_path_factory.mktemp("docs-run"))
    return repository_copies[doc]


def copy_repository(base: Path) -> Path:
    """The repository's files (tracked and new, not ignored) as after the README's first command:
    the same environment (.venv), the cache it filled, and ../shared beside it."""
    copy = base / "repo"
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split("\0")
    for relative in filter(None, listed):
        source = ROOT / relative
        if source.is_file():
            (copy / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / relative)
    (copy / ".venv").symlink_to(Path(sys.prefix))
    if (ROOT / ".cache").is_dir():
        shutil.copytree(ROOT / ".cache", copy / ".cache")
    if (ROOT.parent / "shared").is_dir():
        (base / "shared").symlink_to(ROOT.parent / "shared")
    return copy


@pytest.mark.slow
@pytest.mark.parametrize(("doc", "command"), commands_to_run())
def test_every_documented_command_runs_as_written(repository_copy: Path, doc: str, command: str) -> None:
    if "explainer evaluate " in command and not (repository_copy.parent / "shared" / "corpora").is_dir():
        pytest.skip(f"`{command}` reads a corpus in ../shared/corpora (MEANTIME or ECB+), which is not there")
    # The copy's own code runs, not the checkout's that .venv has installed in editable mode.
    env = {**os.environ, "PYTHONPATH": str(repository_copy)}
    env.pop("VIRTUAL_ENV", None)
    completed = subprocess.run(["bash", "-c", command], cwd=repository_copy, env=env,
                               capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, (
        f"{doc}: `{command}` exited {completed.returncode}\n"
        f"{completed.stdout[-2000:]}\n{completed.stderr[-3000:]}"
    )


# --------------------------------------------------------------------------- docs/contract.md


def contract_text() -> str:
    return (ROOT / "docs" / "contract.md").read_text(encoding="utf-8")


def documented_fields(section: str) -> set[str]:
    """First-column field names of the table under the `### \\`section\\`` heading."""
    text = contract_text()
    start = text.index(f"### `{section}`")
    end = text.find("\n#", start + 1)
    fields: set[str] = set()
    for row in text[start:end].splitlines():
        if row.startswith("| `"):
            fields.update(re.findall(r"`(\w+)`", row.split("|")[1]))
    return fields


def annotate_table() -> dict[str, set[str]]:
    text = contract_text()
    section = text[text.index("## `annotate`"):]
    rows = re.finditer(r"^\| `(\w+)` \| (.*) \|$", section, re.MULTILINE)
    # the second column lists the fields; parentheses explain them ("as in `extract`")
    return {row.group(1): set(re.findall(r"`(\w+)`", re.sub(r"\([^)]*\)", "", row.group(2)))) for row in rows}


COMMON = {"corroboration", "outlets", "conflicts_with", "edited"}


@pytest.mark.slow
def test_contract_doc_names_every_field_extract_prints(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--project", str(ROOT), "--cache", str(tmp_path / "cache"),
         "extract", str(ROOT / "tests" / "fixtures" / "site"), "--format", "json"],
        capture_output=True, text=True, check=True,
    )
    printed = json.loads(completed.stdout)
    text = contract_text()
    for section, items in printed.items():
        assert items, f"the fixture gives no {section}: the check would prove nothing"
        keys = set().union(*(item.keys() for item in items))
        documented = documented_fields(section) | (COMMON if "sources" in keys else set())
        assert keys == documented, f"{section}: printed {sorted(keys)}, documented {sorted(documented)}"
        for item in items:
            for value in item.values():
                nested = value if isinstance(value, list) else [value]
                for inner in nested:
                    if isinstance(inner, dict):
                        missing = [key for key in inner if f'"{key}"' not in text]
                        assert not missing, f"{section}: nested fields {missing} are not in docs/contract.md"


@pytest.mark.slow
def test_contract_doc_names_every_field_annotate_prints(tmp_path: Path) -> None:
    sample = tmp_path / "sample.txt"
    sample.write_text('The Lakeside board voted on Monday to cut bus fares by 8%. "It is overdue," said '
                      "Chair Tom Okafor. The drivers' union demanded a new contract.", encoding="utf-8")
    completed = subprocess.run([sys.executable, "-m", "generator", "annotate", "--dct", "2025-06-13",
                                str(sample)], capture_output=True, text=True, check=True)
    printed = json.loads(completed.stdout)
    documented = annotate_table()
    assert set(printed) == set(documented)
    for name, items in printed.items():
        assert items, f"the sample gives no {name}: the check would prove nothing"
        keys = set().union(*(item.keys() for item in items))
        assert keys == documented[name], f"{name}: printed {sorted(keys)}, documented {documented[name]}"
