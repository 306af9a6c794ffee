"""Quantities: normalised values, units, qualifiers, what is counted, rates and dates."""

from __future__ import annotations

import pytest
import yaml

from generator.annotate.quantities.find import find_quantities
from generator.models import QuantityMention, Timex
from tests.conftest import GOLD
from tests.fixtures.facts.demo import demo_articles, gold_timexes, parse

GOLD = yaml.safe_load((GOLD / "demo_facts.yml").read_text(encoding="utf-8"))


def quantities(nlp, text: str, timexes: list[Timex] | None = None) -> dict[str, QuantityMention]:
    doc = nlp(text)
    found = find_quantities(doc, timexes or [])
    for quantity in found:
        assert text[quantity.start:quantity.end] == quantity.text
    return {q.text: q for q in found}


EARNINGS = (
    "Acme Corp said on Tuesday that revenue rose 12 per cent to €4.2 billion in the third quarter. "
    "Net income fell 8% to $1.2 billion, or $2.15 per share. The company cut nearly 1,500 jobs and "
    "closed roughly two dozen stores, and it expects to sell half a million cars annually. "
    "Analysts had expected £3bn in sales from its 1.5m customers."
)


def test_money_and_percentages_are_normalised(nlp):
    found = quantities(nlp, EARNINGS)
    assert (found["12 per cent"].value, found["12 per cent"].unit) == (12, "%")
    assert (found["€4.2 billion"].value, found["€4.2 billion"].unit) == (4_200_000_000, "EUR")
    assert (found["8%"].value, found["8%"].unit) == (8, "%")
    assert (found["$1.2 billion"].value, found["$1.2 billion"].unit) == (1_200_000_000, "USD")
    assert (found["£3bn"].value, found["£3bn"].unit) == (3_000_000_000, "GBP")
    assert found["1.5m"].value == 1_500_000 and found["1.5m"].unit is None


def test_word_numbers_and_qualifiers(nlp):
    found = quantities(nlp, EARNINGS)
    assert (found["nearly 1,500"].value, found["nearly 1,500"].qualifier) == (1500, "nearly")
    assert (found["roughly two dozen"].value, found["roughly two dozen"].qualifier) == (24, "roughly")
    assert found["half a million"].value == 500_000
    assert found["half a million"].rate == "per year"


def test_what_is_counted(nlp):
    found = quantities(nlp, EARNINGS)
    assert found["nearly 1,500"].about == "jobs"
    assert found["roughly two dozen"].about == "stores"
    assert found["1.5m"].about == "customers"
    assert found["12 per cent"].about == "revenue"  # the subject of "rose"
    assert found["8%"].about == "Net income"


def test_per_share_rate_belongs_to_the_figure_it_follows(nlp):
    found = quantities(nlp, EARNINGS)
    assert found["$2.15"].rate == "per share"
    assert found["$1.2 billion"].rate is None


def test_sports_report_keeps_crowds_points_and_scores_but_not_ordinals(nlp):
    text = ("Arsenal beat Chelsea 3-1 on Saturday in front of 60,000 fans. Saka scored his first goal "
            "in two years and the team has won 25 of its last 30 games since 2022.")
    found = quantities(nlp, text)
    assert "60,000" in found and found["60,000"].about == "fans"
    score = found["3-1"]
    assert (score.value, score.value_to, score.unit) == (3, 1, "score")
    assert not any(k in found for k in ("3", "1", "first", "two", "2022"))


def test_ranges_have_a_low_and_a_high_end(nlp):
    text = ("The firm expects revenue of between $35.5 billion and $36 billion. Risk fell by 10-15% for "
            "walkers of 7,000 to 9,000 steps, and 10 to 15 million people could benefit. Prices rose "
            "from 5% to 7% while the dividend rose by 5 cents to 68 cents.")
    found = quantities(nlp, text)
    assert (found["$35.5 billion and $36 billion"].value, found["$35.5 billion and $36 billion"].value_to,
            found["$35.5 billion and $36 billion"].unit) == (35_500_000_000, 36_000_000_000, "USD")
    assert (found["10-15%"].value, found["10-15%"].value_to, found["10-15%"].unit) == (10, 15, "%")
    assert (found["7,000 to 9,000"].value, found["7,000 to 9,000"].value_to) == (7000, 9000)
    assert found["7,000 to 9,000"].about == "steps"
    assert (found["10 to 15 million"].value, found["10 to 15 million"].value_to) == (10_000_000, 15_000_000)
    # "from A to B" and "by A to B" are changes: two quantities, not a range.
    assert {"5%", "7%", "5 cents", "68 cents"} <= set(found)
    assert (found["68 cents"].value, found["68 cents"].unit) == (0.68, "USD")


def test_measures_speeds_and_local_currencies(nlp):
    text = ("Typhoon winds reached 185 kilometres per hour in the Philippines, with gusts of up to 230 km/h. "
            "Up to 400 millimetres (16 inches) of rain fell. The government released 500 million pesos "
            "in emergency funds.")
    found = quantities(nlp, text)
    assert (found["185 kilometres per hour"].unit, found["185 kilometres per hour"].rate) == ("km/h", None)
    assert (found["up to 230 km/h"].unit, found["up to 230 km/h"].qualifier) == ("km/h", "up to")
    assert (found["Up to 400 millimetres"].unit, found["Up to 400 millimetres"].about) == ("mm", "rain")
    assert (found["16 inches"].unit, found["16 inches"].about) == ("in", "rain")  # restates the figure before
    assert (found["500 million pesos"].unit, found["500 million pesos"].about) == ("PHP", "emergency funds")


def test_names_with_numbers_phone_numbers_and_pronoun_one_are_not_quantities(nlp):
    text = ("COVID-19 hit the G7 after a Boeing 737 crashed, the agency said under Section 8 of Title 42. "
            "Call 555-123-4567 for details. One of them said one person died.")
    found = quantities(nlp, text)
    assert list(found) == ["one"]
    assert found["one"].about == "person dead"  # what happened to the counted tells counts apart


def test_date_is_the_timex_in_the_same_clause(nlp):
    text = "Border agents recorded over 300,000 encounters in December."
    december = text.index("December")
    timex = Timex(start=december, end=december + 8, text="December", type="DATE", value="2023-12")
    found = quantities(nlp, text, [timex])
    assert found["over 300,000"].date == "2023-12"
    assert found["over 300,000"].about.startswith("encounters")


def test_a_vague_counted_noun_borrows_the_sentence_subject(nlp):
    text = "Arrests of smugglers along the northern coast continue to rise, with over 2,000 cases in May."
    found = quantities(nlp, text)
    assert found["over 2,000"].about == "cases of smugglers along the northern coast"


def test_a_pointing_vague_noun_takes_what_the_previous_number_counts(nlp):
    text = ("About 55 million people live with dementia. Experts expect that figure to reach 139 million. "
            "Officials detain 30,000 smugglers each month. However, that figure is 10% of the total.")
    found = quantities(nlp, text)
    assert found["139 million"].about == "figure (people)"
    assert found["10%"].about == "total (smugglers detained, per month)"


def test_bare_numbers_count_what_an_earlier_number_in_the_sentence_counts(nlp):
    text = ("The Greens took nine seats and independents won the remaining six. "
            "Riverside had 19 shots to Castleford's eight. "
            "Net income climbed to $2.1 billion from $1.65 billion. "
            "During that time 1,842 of the participants were ill, and 60% of them recovered.")
    found = quantities(nlp, text)
    assert found["six"].about == "seats" and found["eight"].about == "shots"
    assert found["$1.65 billion"].about == "Net income"
    assert found["1,842"].about == "participants" and found["60%"].about == "participants"


@pytest.mark.parametrize("article_id", sorted(GOLD["articles"]))
def test_demo_gold(nlp, article_id):
    article = next(a for a in demo_articles() if a.id == article_id)
    parsed = parse(nlp, article.text, gold_timexes(GOLD["articles"][article_id]))
    found = find_quantities(parsed.doc, parsed.timexes)
    gold = GOLD["articles"][article_id]["quantities"]
    assert [q.text for q in found] == [g["text"] for g in gold]
    for quantity, expected in zip(found, gold, strict=True):
        assert quantity.value == expected["value"]
        assert (quantity.unit, quantity.qualifier, quantity.rate) == (
            expected["unit"], expected["qualifier"], expected["rate"])
        for words in expected["about_contains"]:
            assert words in (quantity.about or ""), (quantity.text, quantity.about)
        assert quantity.date == expected["date"]


# ------------------------------------------------------------------ issue 17: one test per error class


def test_figures_glued_to_a_currency_or_unit_are_read(nlp):
    text = ("The upgrade cost $US55,931,000, a meal RM23.50, each 10kW heater 800 shekels, and prices "
            "rose 24pc.")
    found = quantities(nlp, text)
    assert (found["$US55,931,000"].value, found["$US55,931,000"].unit) == (55_931_000, "USD")
    assert (found["RM23.50"].value, found["RM23.50"].unit) == (23.5, "MYR")
    assert (found["10kW"].value, found["10kW"].unit) == (10, "kW")
    assert (found["24pc"].value, found["24pc"].unit) == (24, "%")
    assert (found["800 shekels"].value, found["800 shekels"].unit) == (800, "ILS")


def test_signs_survive(nlp):
    text = "Overnight the gauge fell to −5 and the index closed at -36.4 points, then gained +3."
    found = quantities(nlp, text)
    assert found["−5"].value == -5
    assert (found["-36.4 points"].value, found["-36.4 points"].unit) == (-36.4, "points")
    assert found["+3"].value == 3


def test_units_come_from_the_unit_registry_and_iso_currencies(nlp):
    text = ("The car has 300 hp, does 40 mpg and 3.5 GHz chips; the field is 120 yards long; the drive "
            "holds 60GB; the tanker carried 2 million barrels; the deal was worth 5 billion EUR.")
    found = quantities(nlp, text)
    units = {q.text: q.unit for q in found.values()}
    assert units["300 hp"] == "hp" and units["40 mpg"] == "mpg" and units["3.5 GHz"] == "GHz"
    assert units["120 yards"] == "yd" and units["60GB"] == "GB" and units["2 million barrels"] == "barrel"
    assert units["5 billion EUR"] == "EUR"


def test_a_word_joined_by_a_hyphen_or_an_english_word_is_no_unit(nlp):
    found = quantities(nlp, "Five co-pilots and a third of co-workers left; the 30 has-beens stayed.")
    assert found["Five"].unit is None and found["Five"].about == "co-pilots"
    assert found["a third"].about == "co-workers"
    assert all(q.unit != "co" for q in found.values())


def test_the_small_models_labels_veto_no_number(nlp):
    # the small model labels ages DATE and stretches names over figures
    text = "Marta Quell, 51, took over. Jonas Brandt, aged 63, said 40 volunteers helped."
    found = quantities(nlp, text)
    assert (found["51"].unit, found["51"].about) == ("years", "age of Marta Quell")
    assert (found["63"].unit, found["63"].about) == ("years", "age of Jonas Brandt")
    assert found["40"].about == "volunteers"


def test_durations_are_quantities_and_stay_timexes(nlp):
    text = "The strike lasted 150 hours over three weeks."
    timexes = [Timex(start=text.index("150 hours"), end=text.index("150 hours") + 9, text="150 hours",
                     type="DURATION", value="PT150H", sentence=0),
               Timex(start=text.index("three weeks"), end=text.index("three weeks") + 11, text="three weeks",
                     type="DURATION", value="P3W", sentence=0)]
    found = quantities(nlp, text, timexes)
    assert (found["150 hours"].value, found["150 hours"].unit) == (150, "hours")
    assert (found["over three weeks"].value, found["over three weeks"].unit) == (3, "weeks")


def test_numbers_inside_names_are_not_quantities(nlp):
    text = ("Shoppers queued for the iPhone 11 and iOS 5 while the S&P 500 rose 2% and the firm's "
            "Boeing 737 fleet, the Model 3 and version 10.4 came up under Title 42; it is the No. 1 seller.")
    found = quantities(nlp, text)
    assert list(found) == ["2%"]


def test_an_orphan_scale_word_is_no_number(nlp):
    found = quantities(nlp, "It was the million-dollar question, and a million fans watched.")
    assert list(found) == ["a million"]


def test_what_a_number_counts_is_a_readable_noun_phrase(nlp):
    text = ("Officials said 30,000 non-Mexican migrants were returned each month. Four people died and "
            "19 were injured.")
    found = quantities(nlp, text)
    assert found["30,000"].about == "non-Mexican migrants returned" and found["30,000"].rate == "per month"
    assert found["Four"].about == "people dead"
    assert found["19"].about == "people injured"


# --------------------------------------------------------------------------- issue 17, wave 3


def test_a_fraction_stays_a_fraction_of_its_group(nlp):
    found = quantities(nlp, "A third of co-workers stayed home, and half of the shops in Dunmore closed. "
                            "Two-thirds of the farmland flooded in the first half of the year.")
    third = found["A third"]
    assert (third.value, third.unit, third.about) == (0.3333, "fraction", "co-workers")
    assert (found["half"].value, found["half"].unit) == (0.5, "fraction")
    assert found["Two-thirds"].value == 0.6667 and found["Two-thirds"].unit == "fraction"
    assert not any(q.unit == "%" for q in found.values())
    assert "half of the year" not in " ".join(found) and len(found) == 3  # a stretch of time is no share


def test_a_date_of_another_happening_named_in_the_sentence_does_not_date_the_number(nlp):
    from generator.annotate.timex.find import find_timexes

    text = ("The quake killed five people, eight years after the 2004 tsunami killed 230,000 people. "
            "Sales rose 5% in the quarter that ended in June 2009.")
    found = quantities(nlp, text, find_timexes(text, None, nlp(text)))
    assert found["five"].date is None
    assert found["230,000"].date == "2004"  # the tsunami's own toll is of 2004
    assert found["5%"].date == "2009-06"  # a clause naming the period covered still dates it


def test_what_happened_to_the_counted_people_is_part_of_what_is_counted(nlp):
    found = quantities(nlp, "The blast killed five people and injured 40 others. "
                            "Rescuers said 24 people were dead.")
    assert found["five"].about == "people killed"
    assert found["40"].about == "others injured"
    assert found["24"].about == "people dead"


def test_a_price_is_one_figure_of_what_is_bought_not_of_how_it_is_paid(nlp):
    found = quantities(nlp, "Marlow agreed to buy Fenwick Foods for $2.1 billion in cash and stock, "
                            "or $45 a share.")
    assert found["$2.1 billion"].about == "price of Fenwick Foods"
    assert found["$45"].about == "price of Fenwick Foods" and found["$45"].rate == "per share"
    assert len(found) == 2


def test_a_unit_joined_to_its_figure_by_a_hyphen_is_the_unit(nlp):
    found = quantities(nlp, "Crews ended a three-month strike on a 6,900-tonne ferry with a 3.5-inch "
                            "hole, in a 500,000-square-foot yard; a 12-year-old and 30 co-workers watched.")
    assert (found["three-month"].value, found["three-month"].unit, found["three-month"].about) == (
        3, "months", "strike")
    assert found["6,900-tonne"].unit == "t" and found["3.5-inch"].unit == "in"
    assert found["500,000-square-foot"].unit == "ft²"
    assert found["12"].about == "age" and found["30"].unit is None


def test_a_span_of_time_counts_no_clause_subject_unless_the_subject_lasted(nlp):
    found = quantities(nlp, "It took the yard two years to fix it. The strike lasted 54 days.")
    assert found["two years"].about is None
    assert found["54 days"].about == "strike"


def test_a_year_naming_another_thing_does_not_date_the_number(nlp):
    from generator.annotate.timex.find import find_timexes

    text = "Five people died in the quake, the worst since the 2004 tsunami. In 2009, 300 workers left."
    found = quantities(nlp, text, find_timexes(text, None, nlp(text)))
    assert found["Five"].date is None  # "the 2004 tsunami" says which tsunami, not when five died
    assert found["300"].date == "2009"


def test_an_age_compound_is_the_age_of_what_follows_it_never_of_a_name_before(nlp):
    # wave 6: "Courtesy of the Ledger: A 57-year-old woman ..." had become the "age of" the newspaper
    found = quantities(nlp, "Courtesy of the Harbour Ledger: A 57-year-old Alderby woman was charged. "
                            "The 86-year-old mill burned. Police shot 16-year-old Tomas Berg on Friday.")
    assert found["57"].about == "age" and found["86"].about == "age"
    assert found["16"].about == "age of Tomas Berg"
