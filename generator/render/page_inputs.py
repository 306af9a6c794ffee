"""What a page's template read, as plain data: the inputs a cached page's Markdown depends on.

A page is rendered from two kinds of input. Its own context (the `view`, `entity`, `part`, ... the
renderer queues it with) is fingerprinted whole, deeply: every field of every object reachable from
it. The story-wide objects every template may consult (`story`, `site`, `settings`, `charts`, and
`q`, whose queries read `site`) are too big for that: any new article would change them. They reach
the template wrapped in a `Recorded` proxy, which writes down each read the template makes (an
attribute, an item, a method call with its arguments, a length, a truth test, an iteration) as a
path from the root with a fingerprint of the value it produced. The page's Markdown is then a
function of its context, those reads and the code and templates (keyed separately), so a cached page
is still right when `replay` finds every recorded read giving the same fingerprint again.

Nothing outside these inputs is reachable from a template: the roots are proxies, everything else in
the context is fingerprinted whole, and filters and globals are code. A value this module cannot
fingerprint or a call argument it cannot write down (`NotReplayable`) makes the page uncacheable:
it is rendered afresh every build, never reused on a guess.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from generator.render.fingerprints import ATOMS, Fingerprints, NotReplayable

# --------------------------------------------------------------------------- recording


class ReadLog:
    """The reads one page made of the recorded roots: path (as JSON text) -> value fingerprint.

    A path is a tuple of steps (tuples), so that a read the page repeats (an entity's page link on
    every fact that names it) is found again without writing it as JSON; a path holding an object
    argument (a dict, unhashable) is keyed by its JSON text at once."""

    def __init__(self, fingerprints: Fingerprints) -> None:
        self.fingerprints = fingerprints
        self.reads: dict[Any, str] | None = None
        self.replayable = True

    def start(self) -> None:
        self.reads, self.replayable = {}, True

    def finish(self) -> dict[str, str] | None:
        """The page's reads; None when one of them could not be written down."""
        reads, self.reads = self.reads, None
        if reads is None or not self.replayable:
            return None
        return {path if isinstance(path, str) else _path_text(path): digest for path, digest in reads.items()}

    def record(self, path: tuple[Any, ...], value: object) -> None:
        reads = self.reads
        if reads is None:
            return
        key: Any = path
        try:
            if path in reads:
                return
        except TypeError:  # an argument written as a dict: keyed by its text
            key = _path_text(path)
            if key in reads:
                return
        try:
            reads[key] = self.fingerprints.hex(value)
        except NotReplayable:
            self.replayable = False

    def refuse(self) -> None:
        self.replayable = False


def _path_text(path: tuple[Any, ...]) -> str:
    return json.dumps(path, separators=(",", ":"))


_NAVIGABLE: dict[type, bool] = {}


def _navigable(value: object) -> bool:
    """Whether a template reaches into the value field by field (so only what it reads counts),
    rather than taking it whole."""
    kind = type(value)
    navigable = _NAVIGABLE.get(kind)
    if navigable is None:
        navigable = _NAVIGABLE[kind] = issubclass(kind, Mapping | BaseModel) or dataclasses.is_dataclass(kind)
    return navigable


class Recorded:
    """A story-wide object as a template sees it: every read is written to the page's `ReadLog`."""

    __slots__ = ("_log", "_path", "_target")

    def __init__(self, target: object, path: tuple[Any, ...], log: ReadLog) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_log", log)

    @property  # type: ignore[misc]  # isinstance() and Jinja's tests see the wrapped object's class
    def __class__(self) -> type:
        return type(self._target)

    def _step(self, *step: Any) -> tuple[Any, ...]:
        return (*self._path, step)

    def _take(self, value: object, path: tuple[Any, ...]) -> Any:
        if _navigable(value):
            return Recorded(value, path, self._log)
        self._log.record(path, value)
        return value

    def _whole(self) -> Any:
        self._log.record(self._step("all"), self._target)
        return self._target

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)  # markupsafe's __html__, pickling, private state: not data
        target = self._target
        if isinstance(target, Mapping):
            if name == "get":
                return self._get
            if name in ("keys", "values", "items"):
                return getattr(self._whole(), name)
            raise AttributeError(name)  # Jinja then tries the item of that name
        value = getattr(target, name)
        if callable(value):
            return RecordedCall(value, self._step("c", name), self._log)
        return self._take(value, self._step("a", name))

    def _get(self, key: object, default: object = None) -> Any:
        try:
            step = self._step("g", encode_argument(key), encode_argument(default))
        except NotReplayable:
            self._log.refuse()
            return self._target.get(key, default)
        return self._take(self._target.get(key, default), step)

    def __getitem__(self, key: object) -> Any:
        try:
            step = self._step("i", encode_argument(key))
        except NotReplayable:
            self._log.refuse()
            return self._target[key]
        return self._take(self._target[key], step)

    def __len__(self) -> int:
        size = len(self._target)
        self._log.record(self._step("len"), size)
        return size

    def __bool__(self) -> bool:
        truth = bool(self._target)
        self._log.record(self._step("bool"), truth)
        return truth

    def __iter__(self) -> Iterator[Any]:
        return iter(self._whole())

    def __contains__(self, item: object) -> bool:
        return unwrap(item) in self._whole()

    def __eq__(self, other: object) -> bool:
        return bool(self._whole() == unwrap(other))

    def __hash__(self) -> int:
        return hash(self._whole())

    def __str__(self) -> str:
        return str(self._whole())

    def __setattr__(self, name: str, value: object) -> None:
        raise TypeError("a template may not change the story")


class RecordedCall:
    """A method of a recorded object: the call and its arguments are the read."""

    __slots__ = ("_log", "_method", "_path")

    def __init__(self, method: Callable[..., Any], path: tuple[Any, ...], log: ReadLog) -> None:
        self._method, self._path, self._log = method, path, log

    def __call__(self, *args: object, **keywords: object) -> Any:
        real = [unwrap(arg) for arg in args]
        result = self._method(*real, **{name: unwrap(value) for name, value in keywords.items()})
        if keywords:  # not written down: the page is rendered afresh every build
            self._log.refuse()
            return result
        try:
            step = (*self._path[-1], tuple(encode_argument(arg) for arg in real))
        except NotReplayable:
            self._log.refuse()
            return result
        self._log.record((*self._path[:-1], step), result)
        return result


class RecordedQueries(Recorded):
    """The site's queries (`q`): a call whose arguments are plain immutable values is one read
    (the call and its result), so a page depends on the answer, not on everything the query looked
    at; any other call (a list of views, a list the query fills in) runs on the recorded site,
    so that its own reads are recorded instead."""

    __slots__ = ("_on_recorded",)

    def __init__(self, target: object, on_recorded: object, path: tuple[Any, ...], log: ReadLog) -> None:
        super().__init__(target, path, log)
        object.__setattr__(self, "_on_recorded", on_recorded)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        method = getattr(self._target, name)
        fallback = getattr(object.__getattribute__(self, "_on_recorded"), name)
        if not callable(method):
            return self._take(method, self._step("a", name))
        return _PlainOrRecorded(RecordedCall(method, self._step("c", name), self._log), fallback)


class _PlainOrRecorded:
    __slots__ = ("_fallback", "_recorded_call")

    def __init__(self, recorded_call: RecordedCall, fallback: Callable[..., Any]) -> None:
        self._recorded_call, self._fallback = recorded_call, fallback

    def __call__(self, *args: object, **keywords: object) -> Any:
        if not keywords and all(_is_plain(arg) for arg in args):
            return self._recorded_call(*args)
        return self._fallback(*args, **keywords)


def _is_plain(value: object) -> bool:
    """An immutable value of atoms: a call with such arguments cannot change them."""
    if type(value) in ATOMS:
        return True
    return type(value) is tuple and all(_is_plain(item) for item in value)


def unwrap(value: object) -> Any:
    return object.__getattribute__(value, "_target") if _is_recorded(value) else value


def _is_recorded(value: object) -> bool:
    return issubclass(type(value), Recorded)  # type(), not isinstance: a Recorded claims its target's class


# --------------------------------------------------------------------------- arguments


def encode_argument(value: object) -> object:
    """A call argument as JSON data `decode_argument` turns back into an equal value."""
    value = unwrap(value)
    if type(value) in ATOMS:
        return value
    if isinstance(value, list | tuple):
        return {"seq": type(value).__name__, "items": [encode_argument(item) for item in value]}
    if isinstance(value, BaseModel):
        return {"model": _class_name(type(value)), "json": value.model_dump_json()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        if not all(field.init for field in fields):
            raise NotReplayable(f"{type(value).__qualname__} has fields its constructor does not take")
        return {"dataclass": _class_name(type(value)),
                "fields": {field.name: encode_argument(getattr(value, field.name)) for field in fields}}
    raise NotReplayable(f"cannot write down a {type(value).__qualname__} argument")


def decode_argument(data: object) -> object:
    if not isinstance(data, dict):
        return data
    if "seq" in data:
        items = [decode_argument(item) for item in data["items"]]
        return tuple(items) if data["seq"] == "tuple" else items
    if "model" in data:
        return _class(data["model"]).model_validate_json(data["json"])
    fields = {name: decode_argument(item) for name, item in data["fields"].items()}
    return _class(data["dataclass"])(**fields)


def _class_name(kind: type) -> str:
    return f"{kind.__module__}:{kind.__qualname__}"


def _class(name: str) -> Any:
    module, _, qualname = name.partition(":")
    if not module.startswith("generator."):
        raise NotReplayable(f"not one of the generator's classes: {name}")  # a cache entry is data
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found


# --------------------------------------------------------------------------- replay


class Replayer:
    """Answers recorded reads against this build's roots, each distinct read once per build (a
    lookup like an entity's page recurs on hundreds of pages)."""

    def __init__(self, roots: Mapping[str, object], fingerprints: Fingerprints) -> None:
        self.roots = roots
        self.fingerprints = fingerprints
        self._answers: dict[str, str | None] = {}
        # Each read's steps, parsed once a build: a page's own reads (`page.view.article`) have
        # the same text on every page of a kind, thousands of times.
        self._steps: dict[str, list[Any]] = {}

    def unchanged(self, reads: Mapping[str, str], page: Mapping[str, object]) -> bool:
        """Whether every read gives the digest it gave before; `page` holds the page's own context
        (its reads start at a root named `page.<name>` and are answered for that page alone)."""
        page_roots = {f"page.{name}": value for name, value in page.items()}
        for path, digest in reads.items():
            if path.startswith(PAGE_ROOT_PREFIX):
                answer = self._evaluate(path, page_roots)
            else:
                answer = self.answer(path)
            if answer != digest:
                return False
        return True

    def answer(self, path: str) -> str | None:
        if path not in self._answers:
            self._answers[path] = self._evaluate(path, self.roots)
        return self._answers[path]

    def _evaluate(self, path_text: str, roots: Mapping[str, object]) -> str | None:
        try:
            parsed = self._steps.get(path_text)
            if parsed is None:
                parsed = self._steps[path_text] = json.loads(path_text)
            root, *steps = parsed
            value = roots[root]
            for step in steps:
                value = _apply(value, step)
            return self.fingerprints.hex(value)
        except Exception:  # a read that fails now (a removed entity, a foreign entry): not the same
            return None


PAGE_ROOT_PREFIX = '["page.'


def recorded_context(context: Mapping[str, object], log: ReadLog) -> dict[str, object]:
    """A page's own context as its template sees it: objects are read field by field (`Recorded`,
    so that a year page reading its neighbour's label does not depend on the neighbour's facts),
    any other value is one read, whole."""
    recorded: dict[str, object] = {}
    for name, value in context.items():
        root = (f"page.{name}",)
        if _navigable(value):
            recorded[name] = Recorded(value, root, log)
        else:
            log.record(root, value)
            recorded[name] = value
    return recorded


def _apply(value: Any, step: list[Any]) -> Any:
    kind = step[0]
    if kind == "a":
        found = getattr(value, step[1])
        if callable(found) or step[1].startswith("_"):
            raise NotReplayable("an attribute became a method")
        return found
    if kind == "c":
        if step[1].startswith("_"):
            raise NotReplayable("not a public method")
        return getattr(value, step[1])(*(decode_argument(arg) for arg in step[2]))
    if kind == "g":
        return value.get(decode_argument(step[1]), decode_argument(step[2]))
    if kind == "i":
        return value[decode_argument(step[1])]
    if kind == "len":
        return len(value)
    if kind == "bool":
        return bool(value)
    if kind == "all":
        return value
    raise NotReplayable(f"unknown step {kind!r}")
