"""Content fingerprints of plain data: the digest a cached page's inputs are compared by.

A fingerprint covers a value deeply: every item of a list, dict or set (sets in a fixed order), every
field of a dataclass or pydantic model, cycles included (a year page's previous/next links). A value
it cannot fingerprint raises `NotReplayable`, so the page that reached it is never reused on a guess.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import marshal
import operator
from collections.abc import Callable, Iterator, Sequence
from pathlib import PurePath
from typing import cast

from markupsafe import Markup
from pydantic import BaseModel

Digest = bytes
ATOMS = (str, int, float, bool, type(None))
_NO_CYCLE = 1 << 30  # "no reference to an object still being fingerprinted further up"


class NotReplayable(Exception):
    """A value without a stable fingerprint, or a call argument that cannot be written down."""


class Fingerprints:
    """Deep content fingerprints of plain data (atoms, lists, dicts, sets, dataclasses, pydantic
    models), remembered per object for one build: views shared by many pages are walked once.

    Objects are assumed not to change while the pages are rendered (the views are built before);
    each remembered object is kept alive, so that its id cannot be reused by another object."""

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, Digest]] = {}

    def of(self, value: object) -> Digest:
        atom = _atom_bytes(value)
        if atom is not None:
            return hashlib.blake2b(atom, digest_size=16).digest()
        digest, _ = self._digest(value, {})
        return digest

    def hex(self, value: object) -> str:
        return self.of(value).hex()

    def _digest(self, value: object, stack: dict[int, int]) -> tuple[Digest, int]:
        """The digest and the lowest stack depth the value refers back to (cycles: FactPart's
        `previous`/`next`); only a value whose walk stayed inside itself is remembered.

        The parts are plain str/int/float/bool/None values, tagged bytes for other atoms (longer
        than a digest), 16-byte digests of objects and ("ref", distance) tuples, written with
        marshal's version 2 (no back-references, so equal parts always give equal bytes)."""
        key = id(value)
        memo = self._memo
        remembered = memo.get(key)
        if remembered is not None:
            return remembered[1], _NO_CYCLE
        depth = len(stack)
        kind = type(value)
        parts: list[object] = [_CLASS_TAGS.get(kind) or _type_tag(value)]
        stack[key] = depth
        lowest = _NO_CYCLE
        try:
            for child in (_CHILDREN.get(kind) or _children_of(kind))(value):
                child_kind = type(child)
                if child_kind in _PLAIN:
                    parts.append(child)
                    continue
                known = memo.get(id(child))
                if known is not None:  # a view shared by many lists: walked once
                    parts.append(known[1])
                elif (_CHILDREN.get(child_kind) or _children_of(child_kind)) is _atom_parts:
                    parts.append(_atom_bytes(child))
                elif id(child) in stack:  # a reference back up: its distance, the same from anywhere
                    parts.append(("ref", depth - stack[id(child)]))
                    lowest = min(lowest, stack[id(child)])
                else:
                    digest, child_lowest = self._digest(child, stack)
                    parts.append(digest)
                    lowest = min(lowest, child_lowest)
        finally:
            del stack[key]
        digest = hashlib.blake2b(marshal.dumps(parts, 2), digest_size=16).digest()
        if lowest >= depth:
            memo[key] = (value, digest)
            return digest, _NO_CYCLE
        return digest, lowest


_PLAIN = frozenset((str, int, float, bool, type(None)))
# Atoms written with their class's tag (a `Markup` string renders differently from a `str`).
_TAGGED_ATOMS = (Markup, PurePath, dt.date, dt.time, enum.Enum, str)


_CLASS_TAGS: dict[type, bytes] = {}


def _type_tag(value: object) -> bytes:
    kind = type(value)
    tag = _CLASS_TAGS.get(kind)
    if tag is None:
        tag = _CLASS_TAGS[kind] = f"{kind.__module__}.{kind.__qualname__}\x00".encode()
    return tag


def _atom_bytes(value: object) -> bytes | None:
    """An atom's bytes, tagged with its type (a `Markup` string renders differently from a `str`);
    None for a container."""
    kind = type(value)
    if kind is str:
        data = value.encode("utf-8", "surrogatepass")  # type: ignore[attr-defined]  # a str
        return b"\x01s" + len(data).to_bytes(8, "big") + data
    if value is None or kind in (bool, int, float):
        text = repr(value).encode()
        return b"\x01" + kind.__name__.encode() + len(text).to_bytes(2, "big") + text
    if isinstance(value, _TAGGED_ATOMS):
        shown = repr(value) if isinstance(value, enum.Enum) else str(value)
        text = shown.encode("utf-8", "surrogatepass")
        return b"\x02" + _type_tag(value) + len(text).to_bytes(8, "big") + text
    return None


# Each class's way to its parts (`_atom_parts` for an atom), worked out once per class: a page check
# walks tens of thousands of objects of a few classes, and asking isinstance of each (a union of
# five classes for atoms) was a large part of the walk.
_CHILDREN: dict[type, Callable[[object], Sequence[object]]] = {}


def _atom_parts(value: object) -> Sequence[object]:
    """The marker of an atom's class: `_atom_bytes` gives its bytes; it has no parts."""
    raise NotReplayable(f"an atom has no parts: {type(value).__qualname__}")


def _children_of(kind: type) -> Callable[[object], Sequence[object]]:
    """The function giving a container's parts (its class is tagged separately), found once per
    class; a class with no fingerprint gets one that refuses."""
    found = _CHILDREN[kind] = _parts_function(kind)
    return found


def _parts_function(kind: type) -> Callable[[object], Sequence[object]]:
    if kind in _PLAIN or issubclass(kind, _TAGGED_ATOMS):
        return _atom_parts
    if kind is list or kind is tuple:
        return _sequence_parts
    fields = _dataclass_fields(kind)
    if fields is not None:  # the views: a C-level getter per class, field names fixed by the class
        return fields
    if issubclass(kind, dict):
        return _dict_parts
    if issubclass(kind, list | tuple):
        return _sequence_parts
    if issubclass(kind, set | frozenset):
        return _set_parts
    if issubclass(kind, BaseModel):
        return _model_parts
    if issubclass(kind, bytes):
        return lambda value: [cast("bytes", value).hex()]
    return _refused


def _sequence_parts(value: object) -> Sequence[object]:
    items = cast("Sequence[object]", value)
    return [len(items), *items]


def _dict_parts(value: object) -> Sequence[object]:
    mapping = cast("dict[object, object]", value)
    return [len(mapping), *(part for pair in mapping.items() for part in pair)]


def _set_parts(value: object) -> Sequence[object]:
    # Sets of strings iterate in a per-process order: sorted by each member's own digest.
    members = Fingerprints()
    items = cast("set[object]", value)
    return [len(items), *sorted(members.of(item) for item in items)]


def _model_parts(value: object) -> Sequence[object]:
    model = cast("BaseModel", value)
    serialised = _model_json(model)
    return [serialised] if serialised is not None else list(_model_fields(model))


def _refused(value: object) -> Sequence[object]:
    raise NotReplayable(f"no fingerprint for a {type(value).__qualname__}")


_FIELD_GETTERS: dict[type, Callable[[object], Sequence[object]] | None] = {}


def _dataclass_fields(kind: type) -> Callable[[object], Sequence[object]] | None:
    """A function giving a dataclass instance's field values in order; None for other classes."""
    if kind in _FIELD_GETTERS:
        return _FIELD_GETTERS[kind]
    getter: Callable[[object], Sequence[object]] | None = None
    if dataclasses.is_dataclass(kind):
        names = [field.name for field in dataclasses.fields(kind)]
        if len(names) == 1:
            single = operator.attrgetter(names[0])
            getter = lambda value: (single(value),)  # noqa: E731  # attrgetter of one name gives a bare value
        elif names:
            getter = operator.attrgetter(*names)
        else:
            getter = lambda value: ()  # noqa: E731
    _FIELD_GETTERS[kind] = getter
    return getter


_JSON_SAFE: dict[type, bool] = {}


def _model_json(model: BaseModel) -> str | None:
    """The model's own JSON (pydantic's compiled serialiser: many times faster than walking it),
    when that JSON holds everything a template can read of it: no field left out of it, no private
    state. None otherwise, or when a field's value has no JSON form."""
    kind = type(model)
    safe = _JSON_SAFE.get(kind)
    if safe is None:
        safe = _JSON_SAFE[kind] = not kind.__private_attributes__ and not any(
            info.exclude for info in kind.model_fields.values())
    if not safe:
        return None
    try:
        return kind.__pydantic_serializer__.to_json(model).decode("utf-8")
    except Exception:  # a field pydantic cannot write as JSON: walk it instead
        return None


def _model_fields(model: BaseModel) -> Iterator[object]:
    for name, item in model.__dict__.items():
        yield name
        yield item
    private = getattr(model, "__pydantic_private__", None)
    if private:
        yield "__private__"
        yield dict(private)
