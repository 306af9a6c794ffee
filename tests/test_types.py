"""The type checker passes on the generator: the contracts between stages are checked, not just written."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_finds_no_type_errors_in_the_generator() -> None:
    # The configuration (which files, how strict) is [tool.mypy] in pyproject.toml.
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout
