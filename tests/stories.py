"""Stories built by hand for the render and summary tests, so that they do not depend on the extractors."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from generator.config import Settings
from generator.models import (
    Article,
    ArticleTimex,
    Claim,
    Edit,
    Entity,
    EventDate,
    Mention,
    Paragraph,
    Quantity,
    Quote,
    Role,
    Sentence,
    Source,
    Story,
    TimelineEntry,
)
from tests.conftest import ROOT

ARTICLE_ONE = (
    "The Riverton city council approved a $4.2 million budget on Tuesday. "
    "Mayor Dana Whitfield said the budget protects libraries. "
    "Council member Omar Reyes voted against it. "
    "The meeting ran late.\n\n"
    '"This budget ignores our roads," said Reyes. '
    "The Riverton Taxpayers Association (RTA) demanded a public audit."
)
ARTICLE_TWO = (
    "Riverton's council passed a $4.5 million budget this week after a long debate. "
    "Whitfield called the vote a win for families. "
    "The budget adds 12 new library staff positions.\n\n"
    "The RTA said it will ask the state to review the spending plan in March."
)


# A sentence ends at '.', '!' or '?' and any closing quotation marks or brackets after it, before a space
# or the paragraph's end; a paragraph's last words without such an end are a sentence too.
_SENTENCE = re.compile(r"\S.*?(?:[.!?][\"”’')\]]*(?=\s|$)|$)")


def split_sentences(text: str) -> tuple[list[Sentence], list[Paragraph]]:
    """Sentences and paragraphs (one per line) with offsets, for test data only.

    Every word of the text is in some sentence: a paragraph written wholly in curly quotes, or one
    without a full stop, is kept, never silently dropped (tests/test_stories_helper.py).
    """
    sentences, paragraphs = [], []
    for p_index, match in enumerate(re.finditer(r"[^\n]+", text)):
        paragraphs.append(Paragraph(index=p_index, start=match.start(), end=match.end()))
        for s_match in _SENTENCE.finditer(match.group(0)):
            start, end = match.start() + s_match.start(), match.start() + s_match.end()
            sentences.append(
                Sentence(index=len(sentences), start=start, end=end, text=text[start:end], paragraph=p_index)
            )
    return sentences, paragraphs


def make_article(ident: str, title: str, outlet: str, text: str, published: dt.date, **extra) -> Article:
    sentences, paragraphs = split_sentences(text)
    return Article(
        id=ident,
        path=f"seeds/{ident}.txt",
        format="text",
        title=title,
        outlet=outlet,
        published=published,
        text=text,
        sentences=sentences,
        paragraphs=paragraphs,
        **extra,
    )


def source(article: Article, phrase: str) -> Source:
    start = article.text.index(phrase)
    sentence = article.sentence_at(start)
    assert sentence is not None
    return Source(
        article=article.id,
        start=start,
        end=start + len(phrase),
        sentence=sentence.text,
        sentence_index=sentence.index,
    )


def mentions(article: Article, phrase: str) -> list[Mention]:
    return [
        Mention(article=article.id, start=m.start(), end=m.end(), text=phrase)
        for m in re.finditer(re.escape(phrase), article.text)
    ]


def make_story() -> Story:
    one = make_article(
        "council-vote", "Council approves budget", "Riverton Ledger", ARTICLE_ONE, dt.date(2024, 3, 5),
        url="https://ledger.example/budget",
    )  # fmt: skip
    two = make_article(
        "budget-passed", "Budget passes after debate", "Valley Post", ARTICLE_TWO, dt.date(2024, 3, 8),
        published_estimated=True,
    )  # fmt: skip
    whitfield = Entity(
        id="dana-whitfield",
        name="Dana Whitfield",
        type="person",
        aliases=["Whitfield"],
        roles=[Role(role="Mayor", sources=[source(one, "Mayor Dana Whitfield")])],
        mentions=mentions(one, "Dana Whitfield") + mentions(two, "Whitfield"),
    )
    reyes = Entity(
        id="omar-reyes",
        name="Omar Reyes",
        type="person",
        aliases=["Reyes"],
        roles=[Role(role="Council member", sources=[source(one, "Council member Omar Reyes")])],
        mentions=mentions(one, "Omar Reyes"),
    )
    rta = Entity(
        id="riverton-taxpayers-association",
        name="Riverton Taxpayers Association",
        type="organization",
        aliases=["RTA"],
        mentions=mentions(one, "Riverton Taxpayers Association") + mentions(two, "RTA"),
    )
    budget_one = Quantity(
        id="q-budget-ledger", text="$4.2 million", value=4_200_000, unit="USD", about="city budget",
        sources=[source(one, "$4.2 million")], outlets=["Riverton Ledger"], conflicts_with=["q-budget-post"],
    )  # fmt: skip
    budget_two = Quantity(
        id="q-budget-post", text="$4.5 million", value=4_500_000, unit="USD", about="city budget",
        sources=[source(two, "$4.5 million")], outlets=["Valley Post"], conflicts_with=["q-budget-ledger"],
        edit=Edit(fields=["value"], note="Checked against the council minutes"),
    )  # fmt: skip
    staff = Quantity(
        id="q-library-staff", text="12 new library staff positions", value=12, about="library staff",
        sources=[source(two, "12 new library staff positions")], outlets=["Valley Post"], entities=[],
    )  # fmt: skip
    quote = Quote(
        id="quote-roads", speaker="Reyes", speaker_id="omar-reyes", text="This budget ignores our roads",
        sources=[source(one, "This budget ignores our roads")], outlets=["Riverton Ledger"],
    )  # fmt: skip
    claim = Claim(
        id="claim-audit", by="Riverton Taxpayers Association", by_id="riverton-taxpayers-association",
        text="a public audit", kind="demand", sources=[source(one, "demanded a public audit")],
        outlets=["Riverton Ledger"],
    )  # fmt: skip
    vote = TimelineEntry(
        id="t-vote", date=EventDate(value="2024-03-05", edtf="2024-03-05", start=dt.date(2024, 3, 5),
        end=dt.date(2024, 3, 5)), text="The council approved the budget.", timex="Tuesday",
        sources=[source(one, "on Tuesday"), source(two, "this week")], corroboration=2,
        outlets=["Riverton Ledger", "Valley Post"],
    )  # fmt: skip
    review = TimelineEntry(
        id="t-review", date=EventDate(value="2024-03", edtf="2024-03", start=dt.date(2024, 3, 1),
        end=dt.date(2024, 3, 31)), text="The RTA asks the state to review the plan.", timex="in March",
        sources=[source(two, "in March")], outlets=["Valley Post"],
        edit=Edit(added=True, note="From the RTA's press release"),
    )  # fmt: skip
    timexes = [
        ArticleTimex(
            article=one.id, start=s.start, end=s.end, text="Tuesday", type="DATE", value="2024-03-05"
        )
        for s in [source(one, "Tuesday")]
    ]
    return Story(
        title="Riverton budget vote",
        dek="How the city council passed its budget, and who objected.",
        articles=[one, two],
        entities=[whitfield, reyes, rta],
        quantities=[budget_one, budget_two, staff],
        quotes=[quote],
        claims=[claim],
        timeline=[vote, review],
        timexes=timexes,
    )


def settings(tmp_path: Path | None = None, **changes) -> Settings:
    return Settings(project_dir=ROOT, **changes)


def files_digest(files: dict[str, str | bytes]) -> str:
    encoded = {path: text if isinstance(text, str) else text.hex() for path, text in files.items()}
    return hashlib.sha256(json.dumps(encoded, sort_keys=True).encode()).hexdigest()

