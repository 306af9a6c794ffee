"""One span of time told in other words is one figure with all its sources (issue 17; invented text)."""

from __future__ import annotations

from generator.models import Article, ArticleAnnotations, QuantityMention, Sentence
from generator.story.merge import merge_facts
from generator.story.same_spans import span_kind

TEXTS = {
    "a": "The singer began a 60-day court-ordered stay in a clinic near Ferrytown.",
    "b": "Her 60-day stint at the clinic starts this week.",
    "c": "The judge ordered 60 days of treatment for the singer.",
    "d": "Friends hope she stays for the 60 days.",
    "e": "The league handed the club a 60-day ban on signings.",
    "f": "Her stay at the clinic is to last two months.",
    "g": "Her stay at the clinic is to last three months.",
}
LENGTHS = {"f": ("two months", 2, "months"), "g": ("three months", 3, "months")}
ABOUTS = {"a": "court-ordered stay in a clinic near Ferrytown", "b": "stint at the clinic", "c": "treatment",
          "d": "", "e": "ban on signings", "f": "stay at the clinic", "g": "stay at the clinic"}


def spans(ids: str, abouts: dict[str, str] = ABOUTS, qualifiers: dict[str, str] | None = None):
    articles, annotations = [], []
    for article_id in ids:
        text = TEXTS[article_id]
        sentence = Sentence(index=0, start=0, end=len(text), text=text, paragraph=0)
        articles.append(Article(id=article_id, path=f"{article_id}.txt", format="text", title=article_id,
                                outlet=f"Outlet {article_id}", text=text, sentences=[sentence]))
        default = ("60-day" if "60-day" in text else "60 days", 60, "days")
        phrase, value, unit = LENGTHS.get(article_id, default)
        start = text.index(phrase)
        mention = QuantityMention(start=start, end=start + len(phrase), text=phrase, value=value, unit=unit,
                                  about=abouts[article_id] or None, sentence=0,
                                  qualifier=(qualifiers or {}).get(article_id))
        annotations.append(ArticleAnnotations(article_id=article_id, sentences=articles[-1].sentences,
                                              quantities=[mention]))
    quantities, _, _ = merge_facts(articles, annotations, [], {})
    return quantities


def test_a_stay_a_stint_and_a_treatment_of_one_length_are_one_figure():
    [figure] = spans("abc")
    assert [s.article for s in figure.sources] == ["a", "b", "c"]


def test_a_span_that_says_not_what_it_measures_joins_the_one_kind_it_meets():
    [figure] = spans("abd")
    assert len(figure.sources) == 3


def test_a_ban_and_a_stay_of_one_length_stay_two_figures():
    assert len(spans("ae")) == 2
    assert len(spans("abde")) == 3  # the bare "60 days" meets two kinds: it joins neither


def test_qualifiers_that_exclude_each_other_keep_two_figures():
    assert len(spans("ab", qualifiers={"a": "nearly", "b": "more than"})) == 2


def test_the_kind_of_a_span_is_read_off_the_head_of_its_phrase():
    assert span_kind("court-ordered stay in the clinic") == "stay"
    assert span_kind("") == ""
    assert span_kind("ban on signings for the club") == "ban"
    assert span_kind("people dead") is None



def test_two_months_and_sixty_days_of_one_kind_are_one_length():
    [figure] = spans("af")
    assert [s.article for s in figure.sources] == ["a", "f"]
    assert len(spans("ag")) == 2  # three months is not 60 days
