"""Where generated pages go, for the parts of a build that must not import the renderer (the
MkDocs plugin, the warm path)."""

from __future__ import annotations

# Each kind of fact and the name of its list page (numbers.md) and of its year pages' folder.
FACT_LISTS = {"number": "numbers", "quote": "quotes", "claim": "reported", "event": "timeline"}
# Every list that a long story splits into a page per period (render/list_parts.py, update_parts.py,
# source_parts.py).
SPLIT_LISTS = (*FACT_LISTS.values(), "updates", "sources")


def listed_in_nav(path: str) -> bool:
    """Whether a generated page belongs in the site navigation.

    The period pages of a long list (timeline/2013.md, updates/2014-05.md) are reached from the
    list's overview and from each other: listed, dozens of them would stand in the sidebar of every
    page of the site.
    Likewise the page of each article and of each person (below)."""
    folder, _, name = path.partition("/")
    if folder in SPLIT_LISTS and name.endswith(".md") and "/" not in name:
        return False
    # One page per article or per person is reached from its month's or its kind's index page, which
    # are listed. Listed too, each new article would change the navigation, and so the HTML, of every
    # page of its year, and each new person that of every page of the site (issue 19: a rebuild
    # re-renders only the pages whose navigation or content changed).
    return not (folder in PER_ITEM_FOLDERS and "/" in name and not name.endswith("index.md"))


# Folders with a page per article or per person (render/paths.py), kept out of the navigation.
PER_ITEM_FOLDERS = ("articles", "people")


# The readers' navigation in reading order, by the first part of each page's path: the news, then who,
# the numbers and what was said, how the story developed, and last where it all comes from. "updates"
# is the log of a developing story (when the site has one). Pages not named here follow, in MkDocs' order.
READING_ORDER = (
    "index", "timeline", "people", "numbers", "quotes", "reported", "updates", "sources", "articles", "data",
)


def reading_position(path: str) -> int:
    """Where a page or section whose source path is `path` stands in the readers' navigation."""
    first = path.split("/", 1)[0].removesuffix(".md")
    return READING_ORDER.index(first) if first in READING_ORDER else len(READING_ORDER)
