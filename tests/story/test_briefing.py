"""The home page's briefing, on a small invented story about a harbour strike."""

from __future__ import annotations

import datetime as dt

from generator.models import (
    Claim,
    Entity,
    HomeLineEdit,
    Role,
    Story,
    TimelineEntry,
)
from generator.story.briefing import (
    BriefingSection,
    SentenceEntities,
    build_briefing,
    resolve_leading_pronoun,
)
from tests.stories import make_article, mentions, source
from tests.story.harbour_story import LATE, dated, harbour_story


def sections(story: Story) -> dict[str, BriefingSection]:
    return {section.key: section for section in build_briefing(story)}


def texts(section: BriefingSection) -> list[str]:
    return [line.text for line in section.lines]


def test_sections_come_in_reading_order_and_sort_events_by_when() -> None:
    briefing = build_briefing(harbour_story())
    assert [s.key for s in briefing] == ["happened", "involved", "wants", "numbers", "next", "background"]
    found = {s.key: s for s in briefing}
    assert [line.id for line in found["happened"].lines] == ["t-rejected", "t-berths"]  # newest first
    assert [line.id for line in found["next"].lines] == ["t-talks"]  # after the newest article (3 June)
    assert found["next"].lines[0].lead == "20 June 2025"
    assert [line.id for line in found["background"].lines] == ["t-strike"]  # three months earlier


def test_a_leading_pronoun_is_resolved_to_the_entity_named_before() -> None:
    found = sections(harbour_story())
    berths = next(line for line in found["happened"].lines if line.id == "t-berths")
    assert berths.text == "Portmere Harbour Authority was able to keep 12 berths open."
    story = harbour_story()
    names = SentenceEntities(story)
    # "It" after a sentence that names no organisation cannot be resolved
    assert resolve_leading_pronoun("It rained.", "late", 0, names) is None
    assert resolve_leading_pronoun("Voss left.", "late", 4, names) == "Voss left."


def test_each_line_links_to_its_sentence_and_no_sentence_is_shown_twice() -> None:
    briefing = build_briefing(harbour_story())
    lines = [line for section in briefing if section.key != "involved" for line in section.lines]
    shown = [(line.article, line.anchor) for line in lines if line.text]
    assert len(shown) == len(set(shown))
    talks = sections(harbour_story())["next"].lines[0]
    assert (talks.article, talks.anchor) == ("late", "s4")


def test_who_is_involved_has_roles_and_demands_are_grouped_by_party() -> None:
    found = sections(harbour_story())
    voss = found["involved"].lines[0]
    assert (voss.lead, voss.text, voss.anchor) == ("Mara Voss", "Union leader", "s3")
    assert found["wants"].groups() == [("Mara Voss", found["wants"].lines)]
    assert texts(found["wants"]) == ["Union leader Mara Voss demanded a 6 percent raise."]
    ships = found["numbers"].lines[0]
    assert (ships.lead, ships.counts) == ("40 ships", "ships held up each day")


def test_the_editor_pins_hides_moves_and_rewrites_lines() -> None:
    story = harbour_story()
    story.home = {
        "t-berths": HomeLineEdit(position=1),
        "t-rejected": HomeLineEdit(text="Dockers said no to the offer.", note="Plainer"),
        "t-talks": HomeLineEdit(hide=True),
        "t-strike": HomeLineEdit(section="happened", position=2),
    }
    found = sections(story)
    assert [line.id for line in found["happened"].lines] == ["t-berths", "t-strike", "t-rejected"]
    assert found["happened"].lines[2].text == "Dockers said no to the offer."
    assert "next" not in found and "background" not in found


def test_featured_facts_are_pinned_after_explicit_positions() -> None:
    story = harbour_story()
    story.featured = ["t-berths"]
    assert [line.id for line in sections(story)["happened"].lines] == ["t-berths", "t-rejected"]


def test_a_story_without_dates_has_no_event_sections() -> None:
    story = harbour_story()
    for article in story.articles:
        article.published = None
    assert {s.key for s in build_briefing(story)} == {"involved", "wants", "numbers"}


def test_timeline_rows_get_their_subject_back() -> None:
    from generator.story.subjects import resolve_timeline_subjects

    text = (
        "Voters in Dunmore backed the Lakeside Trust in May. "
        "The trust said it was able to buy the old mill by June. "
        "It will open the mill in August. "
        "He left in July."
    )
    article = make_article("mill", "Mill bought", "Dunmore Post", text, dt.date(2025, 7, 1))
    trust = Entity(id="lakeside-trust", name="Lakeside Trust", type="organization",
                   mentions=mentions(article, "Lakeside Trust") + mentions(article, "The trust"))
    voters = Entity(id="voters", name="Voters", type="group", mentions=mentions(article, "Voters"))
    june = dated("2025-06", dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    rows = [
        TimelineEntry(id="t-1", date=june, timex="June", text="It was able to buy the old mill",
                      sources=[source(article, "by June")]),
        TimelineEntry(id="t-2", date=june, timex="August", text="It will open the mill",
                      sources=[source(article, "in August")]),
        TimelineEntry(id="t-3", date=june, timex="July", text="He left",
                      sources=[source(article, "in July")]),
    ]
    story = Story(title="Mill", articles=[article], entities=[voters, trust], timeline=rows)
    resolve_timeline_subjects(story)
    assert [row.text for row in story.timeline] == [
        "Lakeside Trust was able to buy the old mill",  # named before the clause, in its sentence
        "Lakeside Trust will open the mill",  # named in the sentence before
        "He left",  # no person named before: left as it is
    ]


def test_a_pronoun_after_two_people_is_left_as_it_is() -> None:
    from generator.story.subjects import resolve_timeline_subjects

    text = "Ida Rahn has won every race since losing to Lea Moor in 2019, and she took the title in 2022."
    article = make_article("races", "Races", "Vale Times", text, dt.date(2025, 5, 2))
    people = [Entity(id=ident, name=name, type="person", mentions=mentions(article, name))
              for ident, name in (("rahn", "Ida Rahn"), ("moor", "Lea Moor"))]
    row = TimelineEntry(id="t-title", date=dated("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
                        timex="in 2022", text="she took the title", sources=[source(article, "in 2022")])
    story = Story(title="Races", articles=[article], entities=people, timeline=[row])
    resolve_timeline_subjects(story)
    assert row.text == "she took the title"  # Rahn or Moor: not guessed (the nearest would be wrong)


def test_an_ordinal_standing_for_a_counted_noun_gets_the_noun_back() -> None:
    from generator.story.subjects import resolve_timeline_subjects

    text = (
        "The mayor made several visits to the flooded valley. "
        "The latest took place in April and included the fire chief."
    )
    article = make_article("floods", "Floods", "Vale Times", text, dt.date(2025, 5, 2))
    april = dated("2025-04", dt.date(2025, 4, 1), dt.date(2025, 4, 30))
    row = TimelineEntry(id="t-visit", date=april, timex="April",
                        text="The latest took place and included the fire chief",
                        sources=[source(article, "in April")])
    story = Story(title="Floods", articles=[article], timeline=[row])
    resolve_timeline_subjects(story)
    assert row.text == "The latest visit took place and included the fire chief"
    names = SentenceEntities(story)
    sentence = "The latest took place in April and included the fire chief."
    assert resolve_leading_pronoun(sentence, "floods", 1, names) == (
        "The latest visit took place in April and included the fire chief."
    )
    assert resolve_leading_pronoun(sentence, "floods", 0, names) is None  # nothing counted before it


def test_the_announcement_of_what_comes_next_is_the_latest_news() -> None:
    text = (
        "The council said on Monday that it will vote on the dam on 20 May. "
        "That ended a long wait since the survey, known as the Vale Report, came out in March."
    )
    article = make_article("dam", "Dam vote set", "Vale Times", text, dt.date(2025, 5, 6))
    council = Entity(id="council", name="Vale Council", type="organization",
                     mentions=mentions(article, "council"))
    monday = dated("2025-05-05", dt.date(2025, 5, 5), dt.date(2025, 5, 5))
    vote_day = dated("2025-05-20", dt.date(2025, 5, 20), dt.date(2025, 5, 20))
    march = dated("2025-03", dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    said = TimelineEntry(id="t-said", kind="report", date=monday, timex="on Monday",
                         text="The council said it will vote on the dam",
                         sources=[source(article, "on Monday")])
    vote = TimelineEntry(id="t-vote", date=vote_day, timex="20 May", text="The council will vote on the dam",
                         sources=[source(article, "on 20 May")])
    survey = TimelineEntry(id="t-survey", date=march, timex="in March",
                           text="The survey, known as the Vale Report, came out",
                           sources=[source(article, "March")])
    story = Story(title="Dam", articles=[article], entities=[council], timeline=[said, vote, survey])
    found = sections(story)
    happened, upcoming = found["happened"].lines, found["next"].lines
    # the telling is news (5 May), the vote is what comes next; the sentence is quoted once only
    leads = [(line.id, line.lead) for line in happened]
    assert leads == [("t-said", "5 May 2025"), ("t-survey", "March 2025")]
    assert happened[0].text == "The council said on Monday that it will vote on the dam on 20 May."
    assert [(line.id, line.text) for line in upcoming] == [("t-vote", "The council will vote on the dam.")]
    assert (upcoming[0].article, upcoming[0].anchor) == ("dam", "s1")  # still linked to its sentence
    # "That ended ..." points back: the event is said in its own words
    assert happened[1].text == "The survey, known as the Vale Report, came out."


def test_a_demand_made_in_a_that_clause_reads_as_a_whole_sentence_in_its_own_words() -> None:
    from generator.story.briefing import own_words

    text = "Mara Voss demanded that the harbour authority restore the night shifts. She wants a raise."
    article = make_article("clause", "Shifts", "Coast Daily", text, dt.date(2025, 6, 3))
    clause = Claim(id="c-shifts", by="Mara Voss", text="the harbour authority restore the night shifts",
                   kind="demand", sources=[source(article, "the harbour authority restore")])
    assert own_words(clause) == "Mara Voss demanded that the harbour authority restore the night shifts."
    noun_phrase = Claim(id="c-raise", by="Mara Voss", text="a raise", kind="demand",
                        sources=[source(article, "a raise")])
    assert own_words(noun_phrase) == "A raise."  # under its party's heading: "Mara Voss: A raise."


def test_a_place_without_a_role_is_not_listed_as_involved_but_says_what_it_wants() -> None:
    story = harbour_story()
    late = make_article("late", "Offer rejected", "Coast Daily", LATE + " Portmere demanded more cranes.",
                        dt.date(2025, 6, 3))
    story.articles[1] = late
    town = Entity(id="portmere", name="Portmere", type="place", mentions=mentions(late, "Portmere"))
    story.entities.append(town)
    cranes = Claim(id="c-cranes", by="Portmere", by_id="portmere", text="more cranes", kind="demand",
                   sources=[source(late, "more cranes")])
    story.claims.append(cranes)
    found = sections(story)
    assert "portmere" not in {line.id for line in found["involved"].lines}
    assert "Portmere" in dict(found["wants"].groups())
    story.entities[-1] = town.model_copy(update={"roles": [Role(role="Host town", sources=[])]})
    assert "portmere" in {line.id for line in sections(story)["involved"].lines}  # with a role it is a party


def test_an_unnamed_party_worded_two_ways_is_one_heading_starting_with_a_capital() -> None:
    text = ("The wardens say the ferry fares should fall. Wardens want a night service. "
            "ferry critics oppose the new timetable.")
    article = make_article("fares", "Fares", "Coast Daily", text, dt.date(2025, 6, 3))
    story = harbour_story()
    story.articles.append(article)
    story.claims += [
        Claim(id="c-fares", by="The wardens", text="the ferry fares should fall", kind="statement",
              wants=True, sources=[source(article, "the ferry fares should fall")]),
        Claim(id="c-night", by="Wardens", text="a night service", kind="demand",
              sources=[source(article, "a night service")]),
        Claim(id="c-timetable", by="ferry critics", text="the new timetable", kind="statement",
              wants=True, sources=[source(article, "the new timetable")]),
    ]
    groups = dict(sections(story)["wants"].groups())
    assert [line.id for line in groups["Wardens"]] == ["c-night", "c-fares"]  # demands first, one party
    assert "The wardens" not in groups
    assert [line.id for line in groups["Ferry critics"]] == ["c-timetable"]


def test_a_statement_told_as_party_verb_words_keeps_the_article_s_verb_in_its_own_words() -> None:
    from generator.story.briefing import own_words

    text = ("The Harbour Board declared the vote valid. Dock owners welcomed it, but critics question the "
            "count. Ida Rahn said later that the count was fair. "
            "Ida Rahn, its chair, said the count was fair.")
    article = make_article("valid", "Vote valid", "Coast Daily", text, dt.date(2025, 6, 3))
    valid = Claim(id="c-valid", by="Harbour Board", text="the vote valid", kind="statement",
                  sources=[source(article, "the vote valid")])
    assert own_words(valid) == "The Harbour Board declared the vote valid."  # not "said that the vote valid"
    count = Claim(id="c-count", by="critics", text="the count", kind="statement",
                  sources=[source(article, "the count.")])
    assert own_words(count) == "Critics question the count."
    later = Claim(id="c-later", by="Ida Rahn", text="the count was fair", kind="statement",
                  sources=[source(article, "the count was fair")])
    assert own_words(later) == "Ida Rahn said later that the count was fair."
    apart = Claim(id="c-apart", by="Ida Rahn", text="the count was fair", kind="statement",
                  sources=[source(article, "said the count was fair")])
    assert own_words(apart) == "Ida Rahn said that the count was fair."  # name and words apart: as before
