"""A finished `mkdocs build` ends its process without the interpreter's teardown (fast_exit.py), and
only then: a failed or strict-aborted build, and a program calling MkDocs' command line from its own
code, exit as usual. An `atexit` handler shows which: it runs at a normal exit, never at `os._exit`."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.mkdocs_plugin import fast_exit
from tests.conftest import ROOT

MARK = "atexit ran"
# MkDocs' command line as the main module (what `python -m mkdocs` does), behind an atexit handler.
AS_MAIN = textwrap.dedent(f"""
    import atexit, runpy, sys
    atexit.register(lambda: print({MARK!r}, flush=True))
    sys.argv = ["mkdocs", *sys.argv[1:]]
    runpy.run_module("mkdocs", run_name="__main__", alter_sys=True)
""")
# The same command line called by another program (a test harness, a script): not its main module.
CALLED = textwrap.dedent(f"""
    import atexit, sys
    atexit.register(lambda: print({MARK!r}, flush=True))
    from mkdocs.__main__ import cli
    cli.main(["build", *sys.argv[1:]], standalone_mode=False)
""")
STORY = """---
title: Harbor bridge reopens
outlet: Coast Gazette
published: 2024-05-02
---

The harbor bridge reopened on Thursday after three weeks of repairs, the city said.
"""


def project(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    (folder / "seeds").mkdir(parents=True)
    (folder / "docs").mkdir()
    (folder / "seeds" / "bridge.md").write_text(STORY, encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: Test\ntheme:\n  name: material\nplugins:\n  - explainer:\n"
        f"      templates_dir: {ROOT / 'site-templates'}\n      cache_dir: .cache\n",
        encoding="utf-8",
    )
    return folder


def run(folder: Path, program: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", program, *arguments], cwd=folder, capture_output=True,
                          text=True, timeout=600, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin"})


def test_a_finished_build_ends_at_once_with_its_output_flushed_and_status_zero(tmp_path: Path) -> None:
    folder = project(tmp_path)
    completed = run(folder, AS_MAIN, "build")
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert MARK not in completed.stdout  # ended by os._exit: no teardown
    assert "Documentation built in" in completed.stderr  # MkDocs' last log line got out
    assert "Harbor bridge reopens" in (folder / "site" / "index.html").read_text(encoding="utf-8")


def test_a_failed_build_and_a_called_command_line_exit_as_usual(tmp_path: Path) -> None:
    folder = project(tmp_path)
    (folder / "seeds" / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    failed = run(folder, AS_MAIN, "build", "--strict")
    assert failed.returncode != 0 and MARK in failed.stdout
    (folder / "seeds" / "broken.txt").unlink()
    called = run(folder, CALLED)
    assert called.returncode == 0, called.stderr[-3000:]
    assert MARK in called.stdout  # another program's process is its own to end


def test_only_a_finished_build_from_the_command_line_may_end_early(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast_exit, "is_mkdocs_command_line", lambda: True)
    # The test runner may run threads of its own (pytest-xdist's worker channel): count one here.
    monkeypatch.setattr(fast_exit.threading, "active_count", lambda: 1)
    assert fast_exit.may_exit_now("build", built=True)
    assert not fast_exit.may_exit_now("serve", built=True)
    assert not fast_exit.may_exit_now("gh-deploy", built=True)
    assert not fast_exit.may_exit_now("build", built=False)
    monkeypatch.setattr(fast_exit.threading, "active_count", lambda: 2)
    assert not fast_exit.may_exit_now("build", built=True)  # another thread may still be working
    monkeypatch.setattr(fast_exit.threading, "active_count", lambda: 1)
    try:
        raise RuntimeError("an invented failure on its way up")
    except RuntimeError:
        assert not fast_exit.may_exit_now("build", built=True)
    monkeypatch.undo()
    assert not fast_exit.is_mkdocs_command_line()  # pytest is this process's main program
