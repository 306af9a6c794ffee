"""run.py's setup: waiting for dpkg's lock while another process holds it, and what it says.

The lock is simulated the way dpkg and apt hold it: another process takes an fcntl (POSIX) lock on a
file (here a temporary one) and keeps it for a while.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

HOLDER = """
import fcntl, os, sys, time
descriptor = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.lockf(descriptor, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


@pytest.fixture(scope="module")
def run_py() -> ModuleType:
    spec = importlib.util.spec_from_file_location("explainer_run_py", ROOT / "run.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def lock_held_elsewhere(lock: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    try:
        yield holder
    finally:
        holder.kill()
        holder.wait()


def test_a_free_lock_is_taken_at_once_and_silently(run_py: ModuleType, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    lock = tmp_path / "lock-frontend"
    lock.touch()
    assert run_py.wait_for_dpkg_lock(lock, timeout=5, poll=0.1)
    assert capsys.readouterr().out == ""


def test_a_missing_lock_file_means_nobody_holds_it(run_py: ModuleType, tmp_path: Path) -> None:
    assert run_py.wait_for_dpkg_lock(tmp_path / "never-created", timeout=0, poll=0.1)


def test_waits_for_the_other_process_and_says_what_it_waits_for(
    run_py: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = tmp_path / "lock-frontend"
    with lock_held_elsewhere(lock, seconds=1.5):
        started = time.monotonic()
        assert run_py.wait_for_dpkg_lock(lock, timeout=30, poll=0.1)
        waited = time.monotonic() - started
    assert 0.5 < waited < 20
    out = capsys.readouterr().out
    assert ("waiting for another package manager to finish "
            f"(apt, dpkg or unattended-upgrades holds {lock})") in out
    assert "waiting up to 0.5 minutes" in out
    assert f"{lock} is free; going on" in out


def test_gives_up_after_the_timeout_with_advice(run_py: ModuleType, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    lock = tmp_path / "lock-frontend"
    with lock_held_elsewhere(lock, seconds=60):
        started = time.monotonic()
        assert not run_py.wait_for_dpkg_lock(lock, timeout=0.6, poll=0.1)
        assert time.monotonic() - started < 10
    assert "waiting for another package manager" in capsys.readouterr().out
    advice = run_py.dpkg_lock_advice(lock, 300)
    assert f"still holds {lock} after 5 minutes" in advice
    assert "ps -eo pid,etime,cmd" in advice
    assert "sudo apt-get install chromium fonts-dejavu-core" in advice


def test_the_lock_is_released_after_checking(run_py: ModuleType, tmp_path: Path) -> None:
    """apt-get runs right after the check: the check itself must not keep the lock."""
    lock = tmp_path / "lock-frontend"
    lock.touch()
    assert run_py.wait_for_dpkg_lock(lock, timeout=1, poll=0.1)
    with lock_held_elsewhere(lock, seconds=0.1):
        pass  # the holder could take the lock, so run.py had let it go


def test_the_machines_pip_index_noise_is_filtered_and_nothing_else(run_py: ModuleType) -> None:
    noise = ("WARNING: Location 'file:///opt/pypi-more/simple/tomli/' is ignored: "
             "it is neither a file nor a directory.\n")
    assert run_py.MACHINE_PIP_NOISE.search(noise)
    for kept in ("ERROR: No matching distribution found for tomli==9\n",
                 "WARNING: lxml 6.1.3 does not provide the extra 'html_clean'\n"):
        assert not run_py.MACHINE_PIP_NOISE.search(kept)


def test_the_lock_pins_every_installed_requirement(run_py: ModuleType) -> None:
    """Setup installs the lock with --no-deps, so the lock must name every package, each with ==."""
    pins = run_py.locked_packages()
    assert all("==" in pin for pin in pins)
    check = subprocess.run([sys.executable, "-m", "pip", "check", "--disable-pip-version-check"],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    installed = subprocess.run([sys.executable, "-m", "pip", "freeze", "--exclude-editable",
                                "--disable-pip-version-check"], capture_output=True, text=True, check=True)
    frozen = {line.split("==")[0].lower().replace("_", "-") for line in installed.stdout.splitlines()
              if "==" in line}
    locked = {pin.split("==")[0].lower().replace("_", "-") for pin in pins}
    assert frozen <= locked, f"installed but not in requirements.lock: {sorted(frozen - locked)}"
