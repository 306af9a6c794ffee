"""The fingerprints' digests are fixed: a faster walk must give the digests the cache was written
with, or every page recorded by the last build would be rendered again (and a cache shared between
two versions would disagree). The values are invented; the expected digests were computed by the
walk before it was rewritten for speed (wave 7)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import pytest
from markupsafe import Markup
from pydantic import BaseModel, PrivateAttr

from generator.render.fingerprints import Fingerprints, NotReplayable


class Colour(enum.Enum):
    TEAL = "teal"


@dataclass
class Empty:
    pass


@dataclass
class Single:
    name: str


@dataclass
class Link:
    label: str
    others: list[Link] = field(default_factory=list)
    extra: dict[str, object] = field(default_factory=dict)


class Plain(BaseModel):
    title: str
    count: int = 0


class WithPrivate(BaseModel):
    title: str
    _seen: int = PrivateAttr(default=3)


# A class's digest tag names its module: the same name however pytest imports this file.
for _kind in (Colour, Empty, Single, Link, Plain, WithPrivate):
    _kind.__module__ = "invented_views"


def _cycle() -> Link:
    first, second = Link("first"), Link("second")
    first.others.append(second)
    second.others.append(first)
    return first


def _shared() -> list[object]:
    common = Single("shared part")
    return [common, Link("holder", extra={"a": common}), common]


VALUES: dict[str, object] = {
    "text": "A harbour crane, 40 m tall",
    "empty text": "",
    "integer": 7,
    "float": 2.5,
    "bool": True,
    "none": None,
    "markup": Markup("<em>quoted</em>"),
    "path": PurePosixPath("a/b.md"),
    "date": dt.date(2021, 3, 4),
    "datetime": dt.datetime(2021, 3, 4, 5, 6, 7),
    "time": dt.time(8, 9),
    "enum": Colour.TEAL,
    "list": ["one", 2, None, [3.0, False]],
    "tuple": ("one", ("two",)),
    "dict": {"b": 1, "a": [Single("x")]},
    "set": {"pear", "fig", "plum"},
    "frozenset": frozenset({1, 2}),
    "bytes": b"\x00\xff",
    "empty dataclass": Empty(),
    "one-field dataclass": Single("only"),
    "dataclass": Link("a", [Link("b")], {"k": ("v", 1)}),
    "cycle": _cycle(),
    "shared": _shared(),
    "model": Plain(title="Model title", count=2),
    "model with private state": WithPrivate(title="hidden"),
    "list of models": [Plain(title="p"), {"m": Plain(title="q", count=1)}],
}

EXPECTED = {  # computed by the walk before wave 7's rewrite
    'bool': '719e4dd77501e053ab26d7cad2616f16',
    'bytes': '74c6616440f55df41743cc495d857741',
    'cycle': '923d2bffe9d097cdb300e744937f8366',
    'dataclass': '7edaf0f5112eb507c91c5d08ef84b057',
    'date': '4cdd1c2e99a1efe17e6f154771202157',
    'datetime': '90deae1bcb02f5b281f34bad6c18617e',
    'dict': 'adbc63b0145d638d3c701572ab2d6f95',
    'empty dataclass': '186b74aac70cfe83ff69f1abd081991e',
    'empty text': '11debc5a4d7434399c30adcc23e25f1c',
    'enum': '7d1ca6d1516d1b41099f54fcace0824b',
    'float': '8b5fb24559ebaaad48305c13290484f0',
    'frozenset': 'a3ffe99fcc0a9de1d169acd26ed3ba3b',
    'integer': 'da1ab0ab19c698ddba3ac73b248eb67c',
    'list': '92ad2f36254721ae119567e786242100',
    'list of models': 'caad6693b5ca2a3f53c0b938565c30dd',
    'markup': '28122c10638a0bc2451370bb5734c935',
    'model': '4fde0e73316a7269171e2c5333e83823',
    'model with private state': '15c8096960b952c4e56b511c42e5a684',
    'none': '928ca3451ff6edfec14bcd430e85ce2b',
    'one-field dataclass': '78e5c0e0172d1346f5031c4ebc1ef633',
    'path': '8d51c68b39e9ac5ea22691c0b090f388',
    'set': '685e1f0bdd8e36003c7f7b0745c5b8d1',
    'shared': '613e2f104d5da5f20c52f9a5330a4bae',
    'text': '15df76c10b48bee7bb64b4760001015b',
    'time': '3c639ad5d9b3c4cd812b6ceed2ab6bba',
    'tuple': 'b6731cf9d3f50f567122d5863919bfdc',
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_each_kind_of_value_keeps_its_digest(name: str) -> None:
    assert Fingerprints().hex(VALUES[name]) == EXPECTED[name]


def test_a_remembered_object_gives_the_same_digest_again() -> None:
    fingerprints = Fingerprints()
    for name in sorted(VALUES):
        assert fingerprints.hex(VALUES[name]) == EXPECTED[name]
    for name in sorted(VALUES):
        assert fingerprints.hex(VALUES[name]) == EXPECTED[name]


def test_an_unknown_object_inside_a_view_is_still_refused() -> None:
    with pytest.raises(NotReplayable):
        Fingerprints().hex(Link("a", extra={"o": object()}))
