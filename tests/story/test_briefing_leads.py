"""What happened, as a reader of the home page meets it: the news first, each sentence whole, no news
told twice. An invented story about a village vote."""

from __future__ import annotations

import datetime as dt

from generator.models import Article, Entity, Role, Story, TimelineEntry
from generator.story.briefing import SentenceEntities, build_briefing, resolve_leading_pronoun
from tests.stories import make_article, mentions, source
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


# The story's own event (wave 6): an old mill burns; three outlets report it that week, a fourth writes a
# follow-up a year later. The fire is still the news, not background, and its line is the sentence
# that tells it, not the shortest detail merged into its row.
FIRE_DAY = dated("2025-08-05", dt.date(2025, 8, 5), dt.date(2025, 8, 5))
FIRE_TEXTS = (
    "A fire on Tuesday destroyed the old Brackley mill, which was built in the 1920s.\n\n"
    "The fire was out by 7 a.m.",
    "Flames destroyed the old Brackley mill on Tuesday.",
    "The old Brackley mill was destroyed by fire on Tuesday, the town said.",
)
FOLLOW_UP = "The town council voted on Monday to sell the Brackley mill site.\n\nThe sale closes in June."


def fire_story() -> Story:
    articles = [make_article(f"fire-{i}", "Mill burns", f"Outlet {i}", text, dt.date(2025, 8, 6))
                for i, text in enumerate(FIRE_TEXTS)]
    later = make_article("sale", "Mill site sold", "Outlet 9", FOLLOW_UP, dt.date(2026, 8, 4))
    fire = TimelineEntry(id="t-fire", date=FIRE_DAY, timex="Tuesday", corroboration=3,
                         text="A fire destroyed the old Brackley mill",
                         sources=[source(articles[0], "The fire was out"), source(articles[0], "A fire on"),
                                  source(articles[1], "Flames destroyed"),
                                  source(articles[2], "was destroyed")])
    vote = TimelineEntry(id="t-vote", date=dated("2026-08-03", dt.date(2026, 8, 3), dt.date(2026, 8, 3)),
                         timex="Monday", text="The town council voted to sell the Brackley mill site",
                         sources=[source(later, "voted on Monday")])
    return Story(title="Brackley mill", articles=[*articles, later], timeline=[vote, fire])


def test_the_story_s_own_event_is_in_what_happened_however_old() -> None:
    lines = happened(fire_story())
    # the fire leads (wave 15: one article's follow-up a year later is no lead), in the shortest sentence
    # that tells it ("The fire was out by 7 a.m." is shorter still, but a detail of it); then newest first
    assert lines == ["Flames destroyed the old Brackley mill on Tuesday.",
                     "The town council voted on Monday to sell the Brackley mill site."]


def test_a_newer_development_several_articles_tell_keeps_the_lead() -> None:
    # the council's vote told by three articles of its own is the news, read before the fire
    story = fire_story()
    later = [make_article(f"sale-{i}", "Mill site sold", f"Outlet {10 + i}", FOLLOW_UP, dt.date(2026, 8, 4))
             for i in range(2)]
    story.articles.extend(later)
    vote = story.timeline[0]
    vote.corroboration = 3
    vote.sources.extend(source(article, "voted on Monday") for article in later)
    assert happened(story) == ["The town council voted on Monday to sell the Brackley mill site.",
                               "Flames destroyed the old Brackley mill on Tuesday."]


def test_the_story_s_own_event_describes_the_home_page() -> None:
    found = build_briefing(fire_story())
    first = next(line for section in found if section.key != "involved" for line in section.lines)
    assert first.text == "Flames destroyed the old Brackley mill on Tuesday."  # home.md.j2's description


def test_newer_details_never_crowd_out_the_story_s_own_event() -> None:
    story = fire_story()
    details = ["Crews cleared the rubble.", "Insurers visited the site.", "The mayor toured the yard.",
               "Divers searched the millpond.", "Volunteers planted trees.", "A choir sang at the gate.",
               "Buses were rerouted."]  # more newer events than the section shows
    # three diaries (one article gives "What happened" at most two lines)
    diaries = [make_article(f"diary-{i}", "Mill diary", f"Outlet {8 + i}", " ".join(details[i::3]),
                            dt.date(2026, 8, 9)) for i in range(3)]
    story.articles.extend(diaries)
    for day, detail in enumerate(details, start=1):
        diary = next(article for article in diaries if detail in article.text)
        story.timeline.append(TimelineEntry(
            id=f"t-later-{day}", date=dated(f"2026-08-0{day}", dt.date(2026, 8, day), dt.date(2026, 8, day)),
            timex="that day", text=detail.rstrip("."), sources=[source(diary, detail)]))
    lines = happened(story)
    # chosen, and the lead: each newer detail is one diary's (wave 15; until then read last)
    assert lines[0] == "Flames destroyed the old Brackley mill on Tuesday."
    assert len(lines) == 6


def test_an_event_told_by_one_article_of_many_is_no_story_s_own_event() -> None:
    story = fire_story()
    story.timeline[1].corroboration = 1  # told by one of four articles: a year old, it is background
    assert happened(story) == ["The town council voted on Monday to sell the Brackley mill site."]


def test_the_person_most_of_the_coverage_names_is_involved_with_or_without_a_role() -> None:
    texts = ["Police shot Tomas Berg on Friday. Mayor Ida Holm called for calm.",
             "Tomas Berg, a student, died on Friday.", "Friends of Tomas Berg marched.",
             "The march for Tomas Berg was calm."]
    articles = [make_article(f"a{i}", "Berg", f"Outlet {i}", text, dt.date(2025, 8, 6))
                for i, text in enumerate(texts)]
    berg = Entity(id="tomas-berg", name="Tomas Berg", type="person",
                  mentions=[m for article in articles for m in mentions(article, "Tomas Berg")])
    holm = Entity(id="ida-holm", name="Ida Holm", type="person", mentions=mentions(articles[0], "Ida Holm"),
                  roles=[Role(role="Mayor", sources=[source(articles[0], "Mayor Ida Holm")])])
    once = Entity(id="lo-ek", name="Lo Ek", type="person", mentions=mentions(articles[0], "Police"))
    story = Story(title="Berg", articles=articles, entities=[holm, once, berg])
    found = {section.key: section for section in build_briefing(story)}
    assert [line.lead for line in found["involved"].lines] == ["Tomas Berg", "Ida Holm"]


def test_one_event_dated_twice_in_one_sentence_is_told_once() -> None:
    # "In 2019 and 2020, X was sued ...": one event that the timeline dates by each year; its sentence
    # under the first year, and not again in other words under the second
    text = "In 2019 and 2020, Officer Lo Ek was sued three times over arrests in Alderby."
    article = make_article("suits", "Suits", "Vale Times", text, dt.date(2025, 4, 7))
    rows = [TimelineEntry(id=f"t-{year}", date=dated(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31)),
                          timex=str(year), text=words, sources=[source(article, str(year))])
            for year, words in ((2019, "Officer Lo Ek was sued three times over arrests in Alderby"),
                                (2020, "In 2019 and 2020, Officer Lo Ek was sued three times"))]
    found = {section.key: section for section in build_briefing(Story(title="Suits", articles=[article],
                                                                      timeline=rows))}
    assert [line.text for line in found["background"].lines] == [text]


def test_two_articles_agreeing_on_an_earlier_event_make_no_story_s_own_event() -> None:
    # two articles that both mention when an old policy ended: background, however many lines it beats
    story = fire_story()
    story.timeline[1].corroboration = 2  # two of four articles: a third of them, but only two
    assert happened(story) == ["The town council voted on Monday to sell the Brackley mill site."]


# One article's details do not stand for the news (wave 7): a late interview tells five things of its
# day; three other articles tell the story's news a week before.
# (Each sentence names its subject: a line opening with a "she" nobody names makes no line, wave 13.)
INTERVIEW = ("Coach Ann Lind met reporters on Friday. Lind thanked the fans on Friday. Lind praised the "
             "players on Friday. Lind joked about the weather on Friday. Lind left the hall on Friday.")
WIN_TEXTS = ("Alderby beat Brackley 3-1 on Saturday to win the cup.",
             "Alderby won the cup on Saturday.",
             "The cup went to Alderby on Saturday after a 3-1 win, and fans filled the square on Saturday.")


def interview_story() -> Story:
    win_day = dated("2025-05-03", dt.date(2025, 5, 3), dt.date(2025, 5, 3))
    friday = dated("2025-05-09", dt.date(2025, 5, 9), dt.date(2025, 5, 9))
    reports = [make_article(f"win-{i}", "Cup", f"Outlet {i}", text, dt.date(2025, 5, 4))
               for i, text in enumerate(WIN_TEXTS)]
    interview = make_article("interview", "Lind", "Outlet 7", INTERVIEW, dt.date(2025, 5, 10))
    win = TimelineEntry(id="t-win", date=win_day, timex="Saturday", corroboration=3,
                        text="Alderby won the cup",
                        sources=[source(reports[0], "beat Brackley"), source(reports[1], "won the cup"),
                                 source(reports[2], "The cup went")])
    fans = TimelineEntry(id="t-fans", date=win_day, timex="Saturday", text="Fans filled the square",
                         sources=[source(reports[2], "fans filled")])
    said = [TimelineEntry(id=f"t-said-{i}", date=friday, timex="Friday", text=sentence.rstrip("."),
                          sources=[source(interview, sentence)])
            for i, sentence in enumerate(INTERVIEW.split(". "))]
    return Story(title="Cup", articles=[*reports, interview], timeline=[*said, win, fans])


def test_one_article_gives_what_happened_at_most_two_lines() -> None:
    lines = happened(interview_story())
    from_interview = [line for line in lines if line in INTERVIEW]
    assert len(from_interview) == 2
    assert "Alderby won the cup on Saturday." in lines  # the story's own event
    assert lines[-1].startswith("The cup went to Alderby")  # and another article's news, not a third detail


def test_a_story_of_one_or_two_articles_shows_as_many_lines_of_one_as_it_has() -> None:
    story = interview_story()
    story.articles = story.articles[-1:]  # the interview alone
    story.timeline = [entry for entry in story.timeline if entry.id.startswith("t-said")]
    assert len(happened(story)) == 5
