"""The three article formats, each read into body paragraphs plus the metadata it carries: plain text
(header lines, bylines, datelines), Markdown (CommonMark, no inline markup kept) and saved HTML pages."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.ingest.datelines import dateline_date
from generator.ingest.files import _NO_HTML_TEXT_HINT, _clean_field, _clean_inline, _clean_text
from generator.ingest.metadata import (
    FURNITURE_LINE_CHARS,
    ArticleMetadata,
    _checked_url,
    _is_copyright_line,
    _metadata_from_front_matter,
    _parse_date,
    _prefer,
    _split_front_matter,
)
from generator.ingest.problems import IngestError, _problem
from generator.models import IngestProblem

DATE_LINE_SCAN_PARAGRAPHS = 3  # a date line below the header is looked for this near the top only
MAX_INLINE_CHARS = 50_000  # one "paragraph" longer than this is kept as raw text (see _parse_inline)


@dataclass
class ParsedBody:
    """The result of reading one format: body paragraphs plus whatever metadata the file carried."""

    paragraphs: list[str]
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)
    headline: str | None = None  # a title found in the body itself (a heading or a headline line)


# =========================================================================== plain text

_SENTENCE_END = re.compile(r"[.!?…:][\"'”’»)\]]*$")
_STATEMENT_END = re.compile(r"[.…:][\"'”’»)\]]*$")  # headlines may end in ? or !, never in a full stop
_BYLINE = re.compile(r"^by\s+(?P<names>.{2,100}?)(?:(?:\s*[|•·,]|\s+[–—-])\s*(?P<rest>.*))?$", re.I)
_NAME_PARTICLES = {"and", "&", "de", "del", "della", "da", "van", "von", "der", "den", "la", "le", "al"}
_RULE_ONLY = re.compile(r"^[\s\-–—_*=~#•·.]*$")


def _parse_text(text: str, shown: str, notes: list[IngestProblem]) -> ParsedBody:
    front, body = _split_front_matter(_clean_text(text), shown, notes, expected=False)
    header, blocks = _split_header(_text_blocks(body))
    parsed = ParsedBody(paragraphs=_text_paragraphs(blocks))
    _read_header(header, parsed)
    _take_date_line_near_top(parsed)
    if front is not None:
        parsed.metadata = _prefer(_metadata_from_front_matter(front, shown, notes), parsed.metadata)
    return parsed


def _text_blocks(text: str) -> list[list[str]]:
    """Blocks of non-blank lines; a copyright line always stands alone.

    A body without a single blank line is taken as one paragraph per line, unless its lines look
    hard-wrapped (most of them stop mid-sentence), in which case it is one paragraph.
    """
    blocks: list[list[str]] = []
    for chunk in re.split(r"\n[ \t]*\n", text.strip("\n")):
        blocks.extend(_split_off_copyright([line.strip() for line in chunk.split("\n") if line.strip()]))
    if len(blocks) == 1 and len(blocks[0]) > 2 and not _looks_hard_wrapped(blocks[0]):
        return [[line] for line in blocks[0]]
    return blocks


def _split_off_copyright(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if _is_copyright_line(line):
            blocks.extend([[line], []])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


def _looks_hard_wrapped(lines: list[str]) -> bool:
    ending = sum(1 for line in lines if _SENTENCE_END.search(line))
    return ending * 2 < len(lines)


def _text_paragraphs(blocks: list[list[str]]) -> list[str]:
    paragraphs = [" ".join(block) for block in blocks]
    return [paragraph for paragraph in paragraphs if not _RULE_ONLY.match(paragraph)]


def _split_header(blocks: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Separate the leading furniture (headline, photo title and caption, byline, date) from the body.

    Furniture is recognised by shape: short blocks of at most two plain lines (plus any byline or
    dateline), none of which ends a sentence.
    At least one body block always remains.
    """
    count = 0
    while count < min(3, len(blocks) - 1) and _is_furniture_block(blocks[count]):
        count += 1
    return blocks[:count], blocks[count:]


def _is_furniture_block(block: list[str]) -> bool:
    """Up to two plain lines (headline; or photo title and caption), plus any byline or dateline."""
    plain = [line for line in block if not _is_byline_or_date(line)]
    return (
        len(plain) <= 2
        and len(block) <= 4
        and all(len(line) <= FURNITURE_LINE_CHARS for line in block)
        and not any(_ends_like_body(line, alone=len(plain) == 1) for line in plain)
        and not any(_is_copyright_line(line) for line in block)
    )


def _ends_like_body(line: str, *, alone: bool) -> bool:
    """Whether a header line ends like running text. A lone line may be a headline asking a question
    or exclaiming; two lines (photo title and caption) must not end a sentence at all."""
    return bool((_STATEMENT_END if alone else _SENTENCE_END).search(line))


def _read_header(header: list[list[str]], parsed: ParsedBody) -> None:
    """Take author, date and headline from the furniture.

    Two plain lines in one block are a photo title with its caption (and credit): they name the
    picture, which several articles may share, so they never become the title. A single plain line
    is the headline.
    """
    for block in header:
        plain: list[str] = []
        for line in block:
            author, published = _byline_author(line), _dateline_date(line)
            parsed.metadata.author = parsed.metadata.author or author
            parsed.metadata.published = parsed.metadata.published or published
            if not (author or published):
                plain.append(line)
        if len(plain) == 1 and parsed.headline is None:
            parsed.headline = plain[0]


def _take_date_line_near_top(parsed: ParsedBody) -> None:
    """A date line just under a headline that reads like a sentence (so the header stopped early):
    only a line that is nothing but a date line, and only among the first few paragraphs."""
    if parsed.metadata.published is not None:
        return
    for index, paragraph in enumerate(parsed.paragraphs[:DATE_LINE_SCAN_PARAGRAPHS]):
        published = dateline_date(paragraph) if len(parsed.paragraphs) > 1 else None
        if published is not None:
            parsed.metadata.published = published
            del parsed.paragraphs[index]
            return


def _take_leading_bylines(parsed: ParsedBody) -> None:
    """Move bylines and datelines at the top of the body (common in saved pages) into the metadata."""
    while len(parsed.paragraphs) > 1 and len(parsed.paragraphs[0]) <= FURNITURE_LINE_CHARS:
        first = _clean_inline(parsed.paragraphs[0])
        author, published = _byline_author(first), _dateline_date(first)
        if not (author or published):
            return
        parsed.metadata.author = parsed.metadata.author or author
        parsed.metadata.published = parsed.metadata.published or published
        parsed.paragraphs.pop(0)


def _is_byline_or_date(line: str) -> bool:
    return bool(_byline_author(line) or _dateline_date(line))


def _dateline_date(line: str) -> dt.date | None:
    """The date of a date line, including one after a byline ("By Jane Roe, 04/02/2009")."""
    if len(line) <= 60 and (date := _parse_date(line, whole_line=True)):
        return date
    byline = _BYLINE.match(line)
    if byline and byline.group("rest") and _byline_author(line):
        return dateline_date(byline.group("rest"))
    return dateline_date(line)


def _byline_author(line: str) -> str | None:
    """The names in "By Jane Doe and John Roe | Reuters"; None for "By the river, ..." captions."""
    match = _BYLINE.match(line)
    if not match:
        return None
    words = match.group("names").split()
    capitalised = all(word[0].isupper() or word.lower() in _NAME_PARTICLES for word in words)
    return _clean_field(match.group("names")) if capitalised and len(words) <= 10 else None


# =========================================================================== Markdown

# Inline markup is parsed separately, token by token (see _parse_inline), so the core "inline" rule is off.
_MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")
# Inline tokens whose content is text a reader sees; images (alt text), raw HTML and the like are not.
_INLINE_TEXT = {"text", "text_special", "code_inline"}
_INLINE_SPACE = {"softbreak", "hardbreak"}


def _parse_markdown(text: str, shown: str, notes: list[IngestProblem]) -> ParsedBody:
    cleaned = _clean_text(text)
    front, body = _split_front_matter(cleaned, shown, notes, expected=True)
    env: dict[str, Any] = {}
    tokens = _MARKDOWN.parse(body, env)
    first_body_line = cleaned.count("\n", 0, len(cleaned) - len(body)) + 1
    _parse_inline(tokens, env, first_body_line, shown, notes)
    parsed = ParsedBody(paragraphs=list(_markdown_paragraphs(tokens)), headline=_first_h1(tokens))
    if front is not None:
        parsed.metadata = _metadata_from_front_matter(front, shown, notes)
    return parsed


def _parse_inline(
    tokens: list[Token], env: dict[str, Any], first_line: int, shown: str, notes: list[IngestProblem]
) -> None:
    """Parse the inline markup of each block, except in absurdly long blocks.

    markdown-it's emphasis and link scanning is quadratic in the length of one block; a "paragraph"
    of megabytes (hostile or broken input) would stall the build, so it is kept as raw text instead.
    """
    for token in tokens:
        if token.type != "inline":
            continue
        if len(token.content) <= MAX_INLINE_CHARS:
            token.children = _MARKDOWN.inline.parse(token.content, _MARKDOWN, env, [])
            continue
        token.children = [Token("text", "", 0, content=token.content)]
        line = first_line + token.map[0] if token.map else None
        message = (
            f"a paragraph of over {MAX_INLINE_CHARS:,} characters; its Markdown formatting was kept as text"
        )
        notes.append(_problem(shown, message, "separate the paragraphs with blank lines", line=line))


def _markdown_paragraphs(tokens: list[Token]) -> Iterator[str]:
    """The text of every paragraph, including those in list items and block quotes.

    Headings, code blocks, tables and raw HTML blocks are left out: they are not running story text.
    An inline token belongs to a paragraph exactly when the token before it opens one.
    """
    for previous, token in itertools.pairwise(tokens):
        if token.type != "inline":
            continue
        if previous.type == "paragraph_open" or _is_rule_under_sentence(previous, token):
            yield _inline_text(token)


def _is_rule_under_sentence(opening: Token, inline: Token) -> bool:
    """A `---` line right under a paragraph makes it a (setext) heading in Markdown; when that
    "heading" ends like a sentence, the writer meant a rule below a paragraph, so it stays text."""
    is_setext = opening.type == "heading_open" and opening.markup in {"-", "="}
    return is_setext and bool(_SENTENCE_END.search(_inline_text(inline)))


def _first_h1(tokens: list[Token]) -> str | None:
    for previous, token in itertools.pairwise(tokens):
        is_h1 = token.type == "inline" and previous.type == "heading_open" and previous.tag == "h1"
        if is_h1 and not _is_rule_under_sentence(previous, token):
            return _inline_text(token) or None
    return None


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type in _INLINE_SPACE:
            parts.append(" ")
    return re.sub(r"[ \t]+", " ", "".join(parts)).strip()


# =========================================================================== HTML

# Elements that never hold article text; removed before counting and extraction.
_HTML_NOISE = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object")
MAX_HTML_ELEMENTS = 30_000  # a long news page has a few thousand; see _bounded_html_tree
# Elements of trafilatura's output tree that are not running text.
_HTML_SKIPPED = {"head", "graphic", "code", "table", "fw", "note"}
_HTML_CONTAINERS = {"body", "div", "list", "quote", "section", "doc", "main"}


def _parse_html(text: str, shown: str, notes: list[IngestProblem]) -> ParsedBody:
    # Imported here: trafilatura pulls in lxml and several helpers that the other formats never need.
    import trafilatura

    try:
        tree = _bounded_html_tree(text, shown)
        document = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            # Only dates the page states in its metadata; guessing from text is another stage's job.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except IngestError:
        raise
    except Exception as error:  # a hostile page must not stop the whole build
        message = f"the HTML could not be parsed ({type(error).__name__})"
        raise IngestError(_problem(shown, message, _NO_HTML_TEXT_HINT, severity="error")) from error
    if document is None or isinstance(document, dict):  # a dict only with as_dict=True, not asked for
        return ParsedBody(paragraphs=[])
    paragraphs = _html_paragraphs(document.body) if document.body is not None else []
    if not paragraphs and document.text:
        paragraphs = document.text.split("\n")
    metadata = ArticleMetadata(
        title=_clean_field(document.title),
        outlet=_clean_field(document.sitename),
        author=_clean_field(document.author),
    )
    metadata.url = _checked_url(document.url, shown, None, notes)
    metadata.published = _parse_date(document.date) if document.date else None
    return ParsedBody(paragraphs=_drop_repeated_title(paragraphs, metadata.title), metadata=metadata)


def _bounded_html_tree(text: str, shown: str) -> Any:
    """The page's element tree without scripts, styles and inline graphics, refused when still huge.

    Extraction time grows faster than linearly with the number of elements, so a page of hundreds of
    thousands of tiny elements (hostile, or a data dump) would stall the build for minutes.
    """
    from lxml import etree
    from trafilatura.utils import load_html

    tree = load_html(text)
    if tree is None:
        return text  # not parseable as a document: let trafilatura decide, it copes with fragments
    etree.strip_elements(tree, *_HTML_NOISE, with_tail=False)
    count = sum(1 for _ in tree.iter())
    if count > MAX_HTML_ELEMENTS:
        message = f"page has {count:,} HTML elements, more than the {MAX_HTML_ELEMENTS:,} that are read"
        hint = (
            "save only the article (e.g. from the browser's reader view) or paste its text into a .txt file"
        )
        raise IngestError(_problem(shown, message, hint, severity="error"))
    return tree


def _html_paragraphs(element: Any) -> list[str]:
    paragraphs: list[str] = []
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _HTML_SKIPPED:
            continue
        has_blocks = any(isinstance(c.tag, str) and c.tag in {"p", "item", "list", "quote"} for c in child)
        if child.tag in _HTML_CONTAINERS and has_blocks:
            paragraphs.extend(_html_paragraphs(child))
        else:
            paragraphs.append(_element_text(child))
    return paragraphs


def _element_text(element: Any) -> str:
    """All text inside an element; line breaks (`lb`) become spaces so words do not run together."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _HTML_SKIPPED:
            parts.append(" " if child.tag == "lb" else _element_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _drop_repeated_title(paragraphs: list[str], title: str | None) -> list[str]:
    if paragraphs and title and _clean_inline(paragraphs[0]).casefold() == title.casefold():
        return paragraphs[1:]
    return paragraphs

