"""A timeline row is worded by a telling of its own date (wave 15, a new user's view): a statement
merged into Monday's row that tells of Saturday ("the board decided on Saturday to dismiss him") is
kept as a source, but it does not word the row, which the reader sees under Monday. Invented text."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from generator.models import EventDate
from generator.story.timeline import _merge

MONDAY = EventDate(value="2025-03-31", edtf="2025-03-31", start=dt.date(2025, 3, 31),
                   end=dt.date(2025, 3, 31))
SATURDAY = EventDate(value="2025-03-29", edtf="2025-03-29", start=dt.date(2025, 3, 29),
                     end=dt.date(2025, 3, 29))


def _telling(ident: str, article: str, text: str, date: EventDate) -> SimpleNamespace:
    return SimpleNamespace(
        id=ident, article=SimpleNamespace(id=article, outlet=f"{article}.example"), text=text, start=0,
        end=len(text), date=date, kind="event", reported=None, entities=("owls", "dan-pell"),
        sentence=SimpleNamespace(text=text + ".", index=0), anchor_guessed=False, finite=True,
        timex=SimpleNamespace(text="Monday" if date is MONDAY else "Saturday", event=None))


def test_a_row_is_worded_by_a_telling_of_its_own_date() -> None:
    group = [
        # the smallest id: before, the last tie-break chose it
        _telling("t-0a", "a1", "The chairman decided to dismiss Dan Pell and then called Tom Ware", SATURDAY),
        _telling("t-0b", "a2", "In a sudden step, the Owls dismissed Dan Pell after two years as manager",
                 MONDAY),
        _telling("t-0c", "a3", "He was dismissed after two years", MONDAY),
    ]
    entry = _merge(group)  # type: ignore[arg-type]
    assert entry.date == MONDAY
    assert entry.text == "In a sudden step, the Owls dismissed Dan Pell after two years as manager"
    assert len(entry.sources) == 3


def test_a_telling_of_another_date_still_words_a_row_no_telling_of_its_date_can() -> None:
    group = [
        _telling("t-0a", "a1", "The chairman decided to dismiss Dan Pell", SATURDAY),
        _telling("t-0b", "a2", "He was dismissed", MONDAY),
        _telling("t-0c", "a3", "He left the club", MONDAY),
    ]
    assert _merge(group).text == "The chairman decided to dismiss Dan Pell"  # type: ignore[arg-type]
