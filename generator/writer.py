"""Writing generated files to a folder the generator shares with people.

The generator writes only what it owns: a manifest in the output folder lists the files the last
build wrote. A file that is not in the manifest is never overwritten or deleted; files that a
previous build wrote and this one no longer produces are removed. Each file is written to a
temporary name and renamed, so a failed build never leaves half a file behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".explainer-manifest.json"


class UnsafePath(ValueError):
    pass


@dataclass
class WriteReport:
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[str] = field(default_factory=list)  # exist and belong to someone else


def write_owned_files(folder: Path, files: dict[str, str | bytes]) -> WriteReport:
    for relative in files:  # validate every path before writing anything
        safe_target(folder, relative)
    folder.mkdir(parents=True, exist_ok=True)
    owned = _read_manifest(folder)
    report = WriteReport()
    for relative, content in sorted(files.items()):
        target = safe_target(folder, relative)
        data = content.encode("utf-8") if isinstance(content, str) else content
        if target.exists() and relative not in owned:
            report.skipped.append(relative)
            continue
        if target.exists() and target.read_bytes() == data:
            report.unchanged += 1
            continue
        _write_atomically(target, data)
        report.changed += 1
    for relative in sorted(owned - set(files)):
        target = safe_target(folder, relative)
        if target.is_file():
            target.unlink()
            report.removed += 1
    _write_manifest(folder, set(files) - set(report.skipped))
    return report


def safe_target(folder: Path, relative: str) -> Path:
    """The path of `relative` inside `folder`; refuses absolute paths and any escape via '..'."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise UnsafePath(f"refusing to write {relative!r} outside {folder}")
    return folder.joinpath(*pure.parts)


def owned_files(folder: Path) -> set[str]:
    """The files an earlier build wrote into `folder` (relative paths), by its manifest."""
    return _read_manifest(folder)


def _read_manifest(folder: Path) -> set[str]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(data, dict):
        return set()
    return {item for item in data.get("files", []) if isinstance(item, str)}


def _write_manifest(folder: Path, files: set[str]) -> None:
    text = json.dumps({"generator": "explainer", "files": sorted(files)}, indent=1)
    _write_atomically(folder / MANIFEST, text.encode("utf-8"))


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
