#!/usr/bin/env python3
"""One entry point that sets up what the project needs, then runs it.

    python3.11 run.py build    build the demo explainer into site/ (mkdocs build --strict)
    python3.11 run.py test     run the whole test suite (unit, end-to-end, browser)
    python3.11 run.py serve    preview with live reload (mkdocs serve)
    python3.11 run.py lock     re-pin requirements.lock from the current environment

Setup is idempotent: a virtual environment in .venv with the pinned packages of requirements.lock
(reinstalled only when the lock or pyproject.toml changes), and for the tests Debian's chromium,
installed with apt-get once dpkg's lock is free (waiting for another apt or dpkg up to 5 minutes).
Only the standard library is used here, because nothing else exists before setup.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
STAMP = VENV / ".explainer-setup"
CHROMIUM = Path("/usr/bin/chromium")
APT_PACKAGES = ["chromium", "fonts-dejavu-core"]
MANUAL_APT_INSTALL = f"sudo apt-get install {' '.join(APT_PACKAGES)}"
DPKG_LOCK = Path("/var/lib/dpkg/lock-frontend")
DPKG_LOCK_WAIT = 300.0  # seconds: long enough for a routine unattended upgrade, bounded all the same
PIP_QUIET = ["--disable-pip-version-check", "-q"]
# Some machines' pip configuration lists package indexes that do not exist; pip says so for every
# package. That is the machine's setup, not a problem of this project: not worth the reader's time.
MACHINE_PIP_NOISE = re.compile(r"^WARNING: Location '.*' is ignored: it is neither a file nor a directory")


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
        # Spread over the machine's cores (at most four: each worker loads spaCy's model); a `-n` of
        # the caller's comes later and wins, `-n 0` runs in one process.
        return run_in_venv(["pytest", "-q", "-n", str(test_workers()), *rest])
    if command == "lock":
        return write_lock()
    print(__doc__)
    return 0 if command in {"help", "-h", "--help"} else 2


def test_workers() -> int:
    """How many processes run the tests: one per core, at most four."""
    return max(1, min(4, os.cpu_count() or 1))


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
    print(f"installing {len(locked_packages())} pinned packages from {LOCK.name} into .venv "
          f"(1 to 2 minutes the first time; seconds when only a few pins changed)", flush=True)
    pip = [str(venv_bin("python")), "-m", "pip"]
    # The lock lists every package, so pip installs exactly it and resolves nothing: no network
    # look-ups for newer versions, and no warnings about extras of packages the lock pins anyway.
    # `pip check` then proves the pinned set is complete and consistent.
    _check(run_pip([*pip, "install", *PIP_QUIET, "--no-deps", "-r", str(LOCK)]))
    _check(run_pip([*pip, "install", *PIP_QUIET, "--no-deps", "-e", str(ROOT)]))
    _check(run_pip([*pip, "check", "--disable-pip-version-check"]))
    done = set(STAMP.read_text().split()) if STAMP.exists() else set()
    STAMP.write_text("\n".join(sorted(done | {wanted, _setup_fingerprint(False)})) + "\n")
    print("setup done", flush=True)


def locked_packages() -> list[str]:
    lines = (line.strip() for line in LOCK.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def run_pip(command: list[str]) -> int:
    """Runs pip, passing its messages on except the machine's own noise (see MACHINE_PIP_NOISE)."""
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    for line in process.stderr:
        if not MACHINE_PIP_NOISE.search(line):
            sys.stderr.write(line)
    return process.wait()


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
        sys.exit(f"The browser tests need Debian's chromium: run `{MANUAL_APT_INSTALL}`, "
                 "or set EXPLAINER_CHROMIUM to a Chromium binary.")
    print(f"installing {' and '.join(APT_PACKAGES)} with apt-get for the browser tests "
          "(usually 1 to 3 minutes, once)", flush=True)
    if not wait_for_dpkg_lock(DPKG_LOCK, DPKG_LOCK_WAIT):
        sys.exit(dpkg_lock_advice(DPKG_LOCK, DPKG_LOCK_WAIT))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # apt waits for the lock itself too, in case another process takes it between our check and apt-get.
    wait = ["-o", f"DPkg::Lock::Timeout={int(DPKG_LOCK_WAIT)}"]
    _check(subprocess.run([apt, *wait, "update", "-qq"], env=env))
    _check(subprocess.run([apt, *wait, "install", "-y", "-qq", "--no-install-recommends", *APT_PACKAGES],
                          env=env))


def wait_for_dpkg_lock(lock: Path, timeout: float, poll: float = 2.0) -> bool:
    """Waits until no other process holds dpkg's lock, for at most `timeout` seconds.

    dpkg and apt hold `lock` with fcntl (POSIX) record locks, so taking the same lock without
    blocking tells whether one of them runs; it is released at once, because apt-get takes it next.
    Returns False when the lock is still held after `timeout`.
    """
    deadline = time.monotonic() + timeout
    announced = False
    while not _lock_is_free(lock):
        if time.monotonic() >= deadline:
            return False
        if not announced:
            print(f"waiting for another package manager to finish (apt, dpkg or unattended-upgrades "
                  f"holds {lock}); waiting up to {timeout / 60:g} minutes", flush=True)
            announced = True
        time.sleep(min(poll, max(0.0, deadline - time.monotonic())))
    if announced:
        print(f"{lock} is free; going on", flush=True)
    return True


def _lock_is_free(lock: Path) -> bool:
    try:
        descriptor = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return True  # no dpkg on this machine has ever run: nobody can hold it
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    else:
        fcntl.lockf(descriptor, fcntl.LOCK_UN)
        return True
    finally:
        os.close(descriptor)


def dpkg_lock_advice(lock: Path, timeout: float) -> str:
    return (f"Another package manager still holds {lock} after {timeout / 60:g} minutes.\n"
            "  See which one: ps -eo pid,etime,cmd | grep -E 'apt|dpkg|unattended'\n"
            "  Let it finish (unattended-upgrades on a fresh machine can take 10 minutes or more), then run\n"
            "  this command again; or install the browser yourself when it is done:\n"
            f"    {MANUAL_APT_INSTALL}")


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


def _check(outcome: subprocess.CompletedProcess[bytes] | int) -> None:
    code = outcome if isinstance(outcome, int) else outcome.returncode
    if code != 0:
        sys.exit(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
