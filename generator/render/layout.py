"""Where generated pages go, for the parts of a build that must not import the renderer (the
MkDocs plugin, the warm path)."""

from __future__ import annotations

# Each kind of fact and the name of its list page (numbers.md) and of its year pages' folder.
FACT_LISTS = {"number": "numbers", "quote": "quotes", "claim": "reported", "event": "timeline"}


def listed_in_nav(path: str) -> bool:
    """Whether a generated page belongs in the site navigation.

    The year pages of a long fact list (timeline/2013.md) are reached from the list's overview and
    from each other: listed, dozens of them would stand in the sidebar of every page of the site."""
    folder, _, name = path.partition("/")
    return not (folder in FACT_LISTS.values() and name.endswith(".md") and "/" not in name)
