"""Helpers the render tests share: a generated page as the browser reads it, and one file of a site."""

from __future__ import annotations

import html as html_lib
import re

import markdown

SITE_EXTENSIONS = [
    "admonition",
    "attr_list",
    "md_in_html",
    "footnotes",
    "tables",
    "abbr",
    "pymdownx.details",
    "pymdownx.superfences",
    "toc",
]


def to_html(page: str) -> str:
    body = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.DOTALL)
    return markdown.markdown(body, extensions=SITE_EXTENSIONS)


def shown(page: str) -> str:
    """The page's HTML with character references decoded, as the browser reads it."""
    return html_lib.unescape(to_html(page))


def text_of(files: dict[str, str | bytes], path: str) -> str:
    content = files[path]
    assert isinstance(content, str)
    return content
