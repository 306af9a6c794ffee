"""Hiding a library's optional companions while it is imported: the probe sees them absent, and they
import normally afterwards."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.optional_imports import hidden_modules


@pytest.fixture
def packages(tmp_path: Path) -> Iterator[Path]:
    """Two invented modules: a companion, and a library that uses it when it can import it."""
    (tmp_path / "invented_companion.py").write_text("NAME = 'companion'\n", encoding="utf-8")
    (tmp_path / "invented_library.py").write_text(
        "try:\n    import invented_companion\n    HAS_COMPANION = True\n"
        "except ImportError:\n    HAS_COMPANION = False\n",
        encoding="utf-8",
    )
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in ("invented_companion", "invented_library"):
        sys.modules.pop(name, None)


def test_the_library_sees_its_companion_absent_and_the_companion_imports_afterwards(packages: Path) -> None:
    with hidden_modules("invented_companion"):
        library = importlib.import_module("invented_library")
        with pytest.raises(ImportError):
            importlib.import_module("invented_companion")
    assert library.HAS_COMPANION is False
    assert "invented_companion" not in sys.modules
    assert importlib.import_module("invented_companion").NAME == "companion"


def test_a_module_already_imported_is_not_hidden(packages: Path) -> None:
    companion = importlib.import_module("invented_companion")
    with hidden_modules("invented_companion"):
        library = importlib.import_module("invented_library")
    assert library.HAS_COMPANION is True
    assert sys.modules["invented_companion"] is companion


def test_the_unit_reader_does_not_import_dask_and_still_reads_units() -> None:
    code = ("import sys\nfrom generator.annotate.quantities.units import unit_of\n"
            "print('dask' in sys.modules, unit_of('kilowatts'), unit_of('miles'))\n")
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "kW", "mi"]
