"""Where every generated page lives: entity folders by type and initial, article folders by year and
month, and unique file stems."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from generator.models import (
    Entity,
)
from generator.render.escape import (
    file_stem,
    plain_text,
)
from generator.wording import UNDATED

# Entity pages live in one folder per type under people/, so the navigation groups them by type.
ENTITY_FOLDERS = {
    "person": "person",
    "organization": "organization",
    "place": "place",
    "group": "group",
    "law": "law",
    "other": "other",
}
NAV_SECTION_LIMIT = 60  # entity pages of one type beyond which they are split by initial
_ACRONYM = re.compile(r"^[^\W\d_]{2,10}$")


def entity_folder(entity_type: str) -> str:
    return "people/" + ENTITY_FOLDERS.get(entity_type, "other")


def initial_folder(name: str) -> str:
    """The folder of a name within a long section: its first letter without accents ("É" -> "e"),
    or "0-9" for anything else."""
    for char in unicodedata.normalize("NFKD", name.casefold()):
        if char.isascii() and char.isalpha():
            return char
        if char.isalnum():
            break
    return "0-9"


def entity_folders(entities: Iterable[Entity], with_page: set[str]) -> dict[str, str]:
    """Where each entity's page goes: its type's folder, and below that a folder per initial when
    the type has more than NAV_SECTION_LIMIT pages, so the navigation lists a bounded number of
    names next to any page however big the story grows."""
    by_type = Counter(entity.type for entity in entities if entity.id in with_page)
    folders = {}
    for entity in entities:
        folder = entity_folder(entity.type)
        if by_type[entity.type] > NAV_SECTION_LIMIT:
            folder += "/" + initial_folder(plain_text(entity.name) or entity.id)
        folders[entity.id] = folder
    return folders


def month_key(value: dt.date | None) -> str:
    return f"{value.year:04d}-{value.month:02d}" if value else UNDATED


def article_folder(month: str) -> str:
    """articles/<year>/<year-month>: years, then months, so the navigation stays short as a story
    runs over many years (a flat list of months grows without bound)."""
    return f"articles/{UNDATED}" if month == UNDATED else f"articles/{month[:4]}/{month}"


class UniquePaths:
    """Hands out file names from ids, never the same one twice (ids are sanitised to slugs)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, folder: str, ident: str) -> str:
        stem = file_stem(ident)
        candidate, counter = f"{folder}/{stem}.md", 1
        while candidate in self.taken or stem == "index":
            counter += 1
            stem = f"{file_stem(ident)}-{counter}"
            candidate = f"{folder}/{stem}.md"
        self.taken.add(candidate)
        return candidate


def sentence_target(page: str, index: int | None) -> str:
    """The link target of an article's sentence: its page and the sentence's anchor (`s<N>`, N
    counted from 1), or the page alone when the sentence is unknown. The one place that spells it."""
    return f"{page}#s{index + 1}" if index is not None and index >= 0 else page
