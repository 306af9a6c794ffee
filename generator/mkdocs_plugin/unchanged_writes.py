"""Leaving a site file unwritten when the build would write the bytes it already holds.

MkDocs writes every page's HTML (and the sitemap and the search index) on every build, through
`mkdocs.utils.write_file`: after an editor's fix of a 1,000-article story some 4,400 pages of about
35 KB each are truncated and written again, though all but a few dozen come out byte for byte as
before. While a build runs, `write_file` is wrapped: a file is left alone when the digest of the
bytes to write equals the digest this project's last build wrote there, and the file on disk still
has the modification time, inode and size that build saw right after writing it (so a file changed,
replaced or deleted since is written again). Every other write goes through as before.

The manifest of what was written (path -> digest and stamp) is one cache entry per site folder,
stored when the build ends; a build that fails stores none, and the stamps alone keep the last
one honest. A file left alone was still produced by this build: `site_dir.KeptSite.drop_stale` is
told so (`kept`), and deletes only the previous build's files this build did not produce, so the
folder ends with exactly what a build into an empty folder writes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import mkdocs.utils

from generator.cache.store import Cache, content_key

NAMESPACE = "site-files"
MANIFESTS_KEPT = 8  # site folders remembered (a project built into a few folders, `mkdocs serve`'s)
# (digest, modification time in ns, inode, size) of a file as this build left it
Written = tuple[str, int, int, int]
WriteFile = Callable[[bytes, str], None]


class UnchangedWrites:
    """One build's writes into one site folder: `install`, MkDocs builds, then `finish`."""

    def __init__(self, site_dir: Path, cache_folder: Path) -> None:
        self.root = os.path.abspath(site_dir) + os.sep
        self.cache = Cache(cache_folder, NAMESPACE)
        self.key = content_key(NAMESPACE, self.root)
        self.previous = _manifest(self.cache.load_json(self.key))
        self.written: dict[str, Written] = {}
        self.kept: set[str] = set()  # files this build produced by leaving them as they were
        self._original: WriteFile | None = None

    def install(self) -> None:
        if self._original is None:
            self._original = mkdocs.utils.write_file
            mkdocs.utils.write_file = self.write_file

    def uninstall(self) -> None:
        if self._original is not None:
            if mkdocs.utils.write_file == self.write_file:
                mkdocs.utils.write_file = self._original  # type: ignore[assignment]  # MkDocs' own, back
            self._original = None

    def finish(self) -> None:
        """The build went through: remember what is in the folder for the next one."""
        self.uninstall()
        self.cache.store_json(self.key, {path: list(entry) for path, entry in sorted(self.written.items())})
        self.cache.prune(MANIFESTS_KEPT)

    def write_file(self, content: bytes, output_path: str) -> None:
        original = self._original or _plain_write
        path = os.path.abspath(output_path)
        if not path.startswith(self.root):
            original(content, output_path)
            return
        relative = path[len(self.root):].replace(os.sep, "/")
        digest = hashlib.sha256(content).hexdigest()  # hardware-accelerated: quicker than blake2b
        before = self.previous.get(relative)
        if before is not None and before[0] == digest and _stamp(path) == before[1:]:
            self.kept.add(relative)
            self.written[relative] = before
            return
        original(content, output_path)
        self.kept.discard(relative)
        stamp = _stamp(path)
        if stamp is not None:
            self.written[relative] = (digest, *stamp)
        else:
            self.written.pop(relative, None)


def _plain_write(content: bytes, output_path: str) -> None:
    mkdocs.utils.write_file(content, output_path)


def _stamp(path: str) -> tuple[int, int, int] | None:
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return status.st_mtime_ns, status.st_ino, status.st_size


def _manifest(value: object) -> dict[str, Written]:
    """The stored manifest, each entry checked (a damaged entry is a file to write again)."""
    if not isinstance(value, dict):
        return {}
    manifest: dict[str, Written] = {}
    for path, entry in value.items():
        if (isinstance(path, str) and isinstance(entry, list) and len(entry) == 4
                and isinstance(entry[0], str) and all(type(item) is int for item in entry[1:])):
            manifest[path] = (entry[0], entry[1], entry[2], entry[3])
    return manifest
