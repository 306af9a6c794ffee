#!/usr/bin/env python3
"""One entry point that sets up what the project needs, then runs it.

    python3.11 run.py build    build the demo explainer into site/ (mkdocs build --strict)
    python3.11 run.py test     run the whole test suite (unit, end-to-end, browser)
    python3.11 run.py serve    preview with live reload (mkdocs serve)
    python3.11 run.py lock     re-pin requirements.lock from the current environment

Setup is idempotent: a virtual environment in .venv with the pinned packages of requirements.lock
(reinstalled only when the lock or pyproject.toml changes), and for the tests Debian's chromium.
Only the standard library is used here, because nothing else exists before setup.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".explainer-setup"
CHROMIUM = Path("/usr/bin/chromium")
APT_PACKAGES = ["chromium", "fonts-dejavu-core"]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    rest = argv[1:]
    if command == "build":
        setup()
        return run_in_venv(["mkdocs", "build", "--strict", *rest])
    if command == "serve":
        setup()
        return run_in_venv(["mkdocs", "serve", *rest])
    if command == "test":
        setup(with_tests=True)
        setup_browser()
        return run_in_venv(["pytest", "-q", *rest])
    if command == "lock":
        return write_lock()
    print(__doc__)
    return 0 if command in {"help", "-h", "--help"} else 2


def venv_bin(name: str) -> Path:
    return VENV / "bin" / name


def setup(with_tests: bool = False) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py may be started by an older python3
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}")
    if not venv_bin("python").exists():
        print("creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = _setup_fingerprint(with_tests)
    if STAMP.exists() and wanted in STAMP.read_text().split():
        return
    pip = [str(venv_bin("python")), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    print("installing pinned dependencies (requirements.lock)", flush=True)
    _check(subprocess.run([*pip, "-r", str(LOCK)], cwd=ROOT))
    _check(subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], cwd=ROOT))
    done = set(STAMP.read_text().split()) if STAMP.exists() else set()
    STAMP.write_text("\n".join(sorted(done | {wanted, _setup_fingerprint(False)})) + "\n")


def _setup_fingerprint(with_tests: bool) -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16] + ("-tests" if with_tests else "")


def setup_browser() -> None:
    """Debian's chromium for the browser tests (Playwright drives it via executable_path)."""
    if CHROMIUM.exists() or os.environ.get("EXPLAINER_CHROMIUM"):
        return
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        sys.exit("The browser tests need Debian's chromium: run `sudo apt-get install chromium "
                 "fonts-dejavu-core`, or set EXPLAINER_CHROMIUM to a Chromium binary.")
    print("installing chromium (apt-get)", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    _check(subprocess.run([apt, "update", "-qq"], env=env))
    _check(subprocess.run([apt, "install", "-y", "-qq", "--no-install-recommends", *APT_PACKAGES], env=env))


def run_in_venv(command: list[str]) -> int:
    env = {**os.environ, "VIRTUAL_ENV": str(VENV), "PATH": f"{VENV / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner, not a build problem
    return subprocess.run([str(venv_bin(command[0])), *command[1:]], cwd=ROOT, env=env).returncode


def write_lock() -> int:
    frozen = subprocess.run(
        [str(venv_bin("python")), "-m", "pip", "freeze", "--exclude-editable", "--disable-pip-version-check"],
        capture_output=True, text=True, check=True,
    ).stdout
    lines = sorted(line for line in frozen.splitlines() if line and not line.startswith("-e "))
    header = "# Exact versions of every package, written by `python3.11 run.py lock`.\n"
    LOCK.write_text(header + "\n".join(lines) + "\n")
    print(f"wrote {LOCK.name} ({len(lines)} packages)")
    return 0


def _check(completed: subprocess.CompletedProcess[bytes]) -> None:
    if completed.returncode != 0:
        sys.exit(completed.returncode)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
