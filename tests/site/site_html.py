"""Reading generated pages back as a reader's browser would: Markdown to HTML with the site's
extensions, visible text, and each element's signature (tag, classes, position)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import lxml.html
import markdown
from lxml.html import HtmlElement
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from tests.conftest import ROOT

# Inline wrappers our own templates put around names, numbers and dates; whether a word gets one depends
# on what the extractors found, so they are left out when comparing where text sits.
OUR_INLINE_MARKS = frozenset({"a", "abbr"})



# =========================================================================== Markdown -> HTML


@cache
def site_markdown_options() -> tuple[list[str], dict[str, dict[str, object]]]:
    """The Markdown extensions (MkDocs' built-ins plus mkdocs.yml's list) and their settings, as MkDocs
    itself reads them from this repo's mkdocs.yml."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return list(config.markdown_extensions), dict(config.mdx_configs)


def page_html(page: str) -> HtmlElement:
    """A generated Markdown page as the browser gets its content: Python-Markdown, then an HTML parser."""
    extensions, configs = site_markdown_options()
    body, _ = get_data(page)  # the YAML front matter, as MkDocs splits it off
    converted = markdown.markdown(body, extensions=extensions, extension_configs=configs)
    return lxml.html.document_fromstring(f"<html><body>{converted}</body></html>").body


def markdown_pages(files: dict[str, str | bytes]) -> dict[str, str]:
    return {
        path: content for path, content in files.items() if path.endswith(".md") and isinstance(content, str)
    }


def text_nodes(body: HtmlElement) -> Iterator[tuple[str, HtmlElement]]:
    """Every piece of visible text with the element that holds it (comments, scripts and styles are not
    visible)."""
    for node in body.xpath("//text()[not(ancestor::script) and not(ancestor::style)]"):
        holder = node.getparent()
        if node.is_tail:
            holder = holder.getparent()
        if holder is not None:
            yield str(node), holder


def visible_text(body: HtmlElement) -> str:
    return squeeze("".join(text for text, _ in text_nodes(body)))


def squeeze(text: str) -> str:
    """Whitespace removed: sentences are re-joined on the page, so spacing between them may differ."""
    return re.sub(r"\s+", "", text)


def signature(element: HtmlElement) -> tuple[str, tuple[str, ...], str]:
    """What kind of element this is: tag, attribute names and classes (not ids or other values)."""
    return element.tag, tuple(sorted(element.attrib)), element.get("class", "")


def position(holder: HtmlElement) -> tuple[tuple[str, str], ...]:
    """Where a text sits: the chain of its containers, by tag and class, without our inline marks."""
    chain = [holder, *holder.iterancestors()]
    return tuple(
        (element.tag, element.get("class", ""))
        for element in reversed(chain)
        if element.tag not in OUR_INLINE_MARKS
    )


def elements(body: HtmlElement) -> Iterator[HtmlElement]:
    return (element for element in body.iter() if isinstance(element.tag, str))

