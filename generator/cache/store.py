"""Content-addressed cache: the one store of every stage's reusable output (annotations, charts,
rendered sites, input stamps, MkDocs page conversions).

An entry's key is a hash of everything that can change its content: the article text and
metadata, the extractor's own source code, the spaCy model and its version, and the settings that
steer extraction. Entries are written atomically and validated on load; a corrupt, truncated or
foreign entry is ignored (and later overwritten), never trusted.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

CACHE_FORMAT = "explainer-cache"
CACHE_VERSION = 1
TEXT_SUFFIX = ".txt"  # a text entry (`store_text`): a header line, then the text as UTF-8
M = TypeVar("M", bound="BaseModel")


def content_key(*parts: str | bytes) -> str:
    """sha256 over length-prefixed parts, so ("ab", "c") and ("a", "bc") never collide."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def source_fingerprint(files: tuple[Path, ...]) -> str:
    """Hash of files' contents (code, templates): editing one invalidates what it produced.

    Each file's hash is remembered by its (path, size, mtime), so a long `mkdocs serve` session
    re-reads only the files that changed."""
    return content_key(*(path.name + _file_digest(path) for path in sorted(files)))


def _file_digest(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return "missing"
    return _digest_of(path, stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=4096)
def _digest_of(path: Path, size: int, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No garbage collection while a large entry is read and validated: the millions of objects it
    makes hold no garbage, yet each collection would walk them again (a 1,000-article story took
    four times as long to validate with the collector on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def long_lived() -> Iterator[None]:
    """For what lives as long as the process once made (modules imported, the spaCy model, pint's
    registry, matplotlib): no collection while it is made, then it is frozen out of the collector
    (`gc.freeze`), so that later collections of the build do not walk it either. Importing and loading
    the extractors for an added article ran about 400 collections, a dozen of them over everything
    loaded so far; what they found to free was negligible. Whatever the build unfreezes later
    (`gc.unfreeze` moves every frozen object back) is collected as usual from then on.

    The collector is held off by a zero threshold, not `gc.disable()`: spaCy's model files are read
    by srsly, whose msgpack reader turns the collector back on when it is done."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()


def package_files(root: Path, patterns: Iterable[str]) -> tuple[Path, ...]:
    return tuple(sorted({path for pattern in patterns for path in root.glob(pattern)}))


class Cache:
    """One folder of JSON entries, sharded by the first two hex digits of the key."""

    def __init__(self, folder: Path | None, namespace: str) -> None:
        self.folder = folder / namespace if folder else None
        self.namespace = namespace
        # The folder as text: an entry's path is joined as a string (pathlib's parsing, for each of
        # the thousands of entries a build looks up, cost more than reading small ones).
        self._root = str(self.folder) if self.folder else None

    def _path(self, key: str) -> Path | None:
        file = self._file(key)
        return Path(file) if file else None

    def _file(self, key: str) -> str | None:
        return f"{self._root}{os.sep}{key[:2]}{os.sep}{key}.json" if self._root else None

    def load(self, key: str, model: type[M]) -> M | None:
        from pydantic import ValidationError  # here: the warm path reads entries without pydantic

        entry = self.load_json(key)
        try:
            return model.model_validate(entry) if entry is not None else None
        except ValidationError:
            return None

    def store(self, key: str, value: BaseModel) -> None:
        if self.folder is not None:
            self.store_json(key, value.model_dump(mode="json"))

    def store_json(self, key: str, value: object) -> None:
        path = self._file(key)
        if path is None:
            return
        document = {
            "format": CACHE_FORMAT, "version": CACHE_VERSION, "namespace": self.namespace,
            "key": key, "value": value,
        }
        _write_atomically(path, json.dumps(document, ensure_ascii=False, sort_keys=True))

    def load_json(self, key: str) -> object | None:
        """The raw value of an entry (None when missing, corrupt or foreign), marked as used."""
        path = self._file(key)
        value = _read_entry(path, key, self.namespace) if path else None
        if value is not None:
            _touch(path)
        return value

    def store_text(self, key: str, text: str) -> None:
        """An entry that is one text (a whole HTML page), kept as it is after a header line: reading
        it back is a file read, where a JSON string of the same page must be decoded and unescaped
        character by character (most of a reused page's cost)."""
        path = self._text_file(key)
        if path is None:
            return
        try:
            data = _text_header(self.namespace, key) + text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no UTF-8 form, so nothing is stored
            return
        _write_atomically(path, data)

    def load_text(self, key: str) -> str | None:
        """A text entry (None when missing, truncated, foreign or not UTF-8), marked as used."""
        path = self._text_file(key)
        text = _read_text_entry(path, _text_header(self.namespace, key)) if path else None
        if text is not None:
            _touch(path)
        return text

    def _text_file(self, key: str) -> str | None:
        return f"{self._root}{os.sep}{key[:2]}{os.sep}{key}{TEXT_SUFFIX}" if self._root else None

    def prune(self, keep: int, slack: int = 0) -> None:
        """Delete all but the `keep` most recently stored or used entries: for namespaces whose
        entries are big and whose old ones are rarely wanted again (a whole rendered site).

        The entries are counted by name first (no file's times read); with `slack`, only a folder
        holding more than `keep + slack` entries is pruned, down to `keep`: a build that adds a few
        pages' entries then leaves thousands of others unread, and prunes once in many builds."""
        if self._root is None or not os.path.isdir(self._root):
            return
        entries = _entry_files(self._root)
        if len(entries) <= keep + slack:
            return
        entries.sort(key=_modified, reverse=True)
        for stale in entries[keep:]:
            with suppress(FileNotFoundError):
                os.unlink(stale)


def _entry_files(root: str) -> list[str]:
    """Every entry file of a namespace folder (JSON and text entries, in their shard folders)."""
    found: list[str] = []
    with os.scandir(root) as shards:
        for shard in shards:
            if not shard.is_dir():
                continue
            with os.scandir(shard.path) as files:
                found.extend(entry.path for entry in files if entry.name.endswith((".json", TEXT_SUFFIX)))
    return found


def _modified(path: str) -> int:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return 0


def _touch(path: str | None) -> None:
    """Mark an entry as used, so that pruning keeps it."""
    try:
        if path is not None:
            os.utime(path)
    except OSError:
        pass


def _read_entry(path: str, key: str, namespace: str) -> object | None:
    try:
        with open(path, encoding="utf-8") as stream:
            document = json.loads(stream.read())
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict):
        return None
    expected = {"format": CACHE_FORMAT, "version": CACHE_VERSION, "namespace": namespace, "key": key}
    if any(document.get(name) != value for name, value in expected.items()):
        return None
    return document.get("value")


def _text_header(namespace: str, key: str) -> bytes:
    """The first line of a text entry: what it is, so that a foreign or misplaced file is refused."""
    return f"{CACHE_FORMAT} {CACHE_VERSION} {namespace} {key}\n".encode()


def _read_text_entry(path: str, header: bytes) -> str | None:
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    if not data.startswith(header):
        return None
    try:
        return data[len(header):].decode("utf-8")
    except UnicodeDecodeError:
        return None


def _write_atomically(path: str, text: str | bytes) -> None:
    """Write to a temporary file in the same folder and rename: readers never see half an entry."""
    folder = os.path.dirname(path)
    try:
        try:
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        except FileNotFoundError:  # the entry's folder is made once, not asked for at every write
            os.makedirs(folder, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError:
        # A read-only or full disk makes the cache useless, not the build wrong.
        return
