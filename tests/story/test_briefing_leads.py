"""What happened, as a reader of the home page meets it: the news first, each sentence whole, no news
told twice. An invented story about a village vote."""

from __future__ import annotations

import datetime as dt

from generator.models import Article, Story, TimelineEntry
from generator.story.briefing import SentenceEntities, build_briefing, resolve_leading_pronoun
from tests.stories import make_article, source
from tests.story.harbour_story import dated

VOTE_DAY = dated("2025-04-06", dt.date(2025, 4, 6), dt.date(2025, 4, 6))

LEAD_STORY = (
    "Polls closed in Alderby at 8pm on Sunday after a day of heavy voting.\n\n"
    "Volunteers counted the ballots in the church hall. "
    "But of the 40 candidates for the 12 seats on Sunday, most stood for the Green List."
)
SECOND_STORY = "Voting ends at 8pm on Sunday in Alderby."


def event(ident: str, article: Article, phrase: str, text: str) -> TimelineEntry:
    return TimelineEntry(id=ident, date=VOTE_DAY, timex="Sunday", text=text,
                         sources=[source(article, phrase)])


def happened(story: Story) -> list[str]:
    found = {section.key: section for section in build_briefing(story)}
    return [line.text for line in found["happened"].lines]


def test_of_one_day_s_events_the_one_an_article_leads_with_comes_first() -> None:
    article = make_article("lead", "Alderby votes", "Vale Times", LEAD_STORY, dt.date(2025, 4, 7))
    story = Story(title="Alderby", articles=[article], timeline=[
        event("t-ballots", article, "counted the ballots", "Volunteers counted the ballots"),
        event("t-polls", article, "Polls closed", "Polls closed in Alderby"),  # ids do not decide it
    ])
    assert happened(story)[0] == "Polls closed in Alderby at 8pm on Sunday after a day of heavy voting."


def test_a_sentence_opening_with_but_is_shown_whole_without_it() -> None:
    article = make_article("lead", "Alderby votes", "Vale Times", LEAD_STORY, dt.date(2025, 4, 7))
    story = Story(title="Alderby", articles=[article], timeline=[
        event("t-seats", article, "of the 40 candidates", "The 40 candidates for the 12 seats"),
    ])
    whole = "Of the 40 candidates for the 12 seats on Sunday, most stood for the Green List."
    assert happened(story) == [whole]
    names = SentenceEntities(story)
    assert resolve_leading_pronoun("And it rained.", "lead", 0, names) is None  # "it": nothing named before


def test_news_another_line_already_tells_is_not_told_again_in_other_words() -> None:
    first = make_article("lead", "Alderby votes", "Vale Times", LEAD_STORY, dt.date(2025, 4, 7))
    second = make_article("wire", "Alderby", "Vale Wire", SECOND_STORY, dt.date(2025, 4, 7))
    story = Story(title="Alderby", articles=[first, second], timeline=[
        event("t-closed", first, "Polls closed", "Polls closed in Alderby"),
        event("t-ends", second, "Voting ends", "Voting ends at 8pm on Sunday in Alderby"),
    ])
    lines = happened(story)
    assert lines[0].startswith("Polls closed in Alderby at 8pm on Sunday")
    assert not any(line.startswith("Voting ends") for line in lines)  # the same news, not restated
