"""Who may be shown as a speaker or as a side: the render side's check on what the extractor named.

The extractor takes the subject of "said" or the object of "according to" as the speaker. A parse
slip can make that a thing: "the February 2007 presidential election said ..." (an election, dated),
"according to the video, ...". Such a speaker is shown nowhere: the quote or claim stays, as
unattributed. A speaker that the story resolved to a named entity is trusted (its type is the entity
stage's business); the check applies to a speaker known only by its words.

"What each side wants" is stricter: a side is someone who can want something, so a record that is
cited (a video, a report, a poll) gives no side either, though a claim may cite it as its source.
"""

from __future__ import annotations

import re

from generator.charts.text import singular

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# A dated noun phrase names an event or a period, never who spoke: a figure anywhere ("the 2007
# vote"), or a month after a determiner or before a figure ("the February election", "May 2007"); a
# month name alone may be a surname ("Theresa May").
_DATED = re.compile(rf"\d|\b(?:the|a|an|this|last|next|that)\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d", re.I)
# Nouns of records and happenings that news cites or reports on, none of which wants anything: the
# head of a described side ("the video", "a new poll", "the presidential election").
RECORD_NOUNS = frozenset({
    "video", "footage", "photo", "image", "recording", "report", "statement", "document", "study",
    "survey", "poll", "data", "figures", "record", "analysis", "letter", "filing", "memo", "memorandum",
    "website", "post", "tweet", "release", "autopsy", "petition", "election", "vote", "referendum",
    "census",
    # plurals the naive singular does not undo
    "analyses", "memoranda",
})


def can_speak(described: str) -> bool:
    """Whether words that name a speaker could name someone who spoke: not empty, not dated."""
    words = " ".join(described.split())
    return bool(words) and _DATED.search(words) is None


def is_a_side(described: str) -> bool:
    """Whether words that name a party could name a side of the story: someone who can speak, and no
    record or happening ("the video", "the election")."""
    if not can_speak(described):
        return False
    head = described.split()[-1].casefold().removesuffix("'s").removesuffix("’s")
    return head not in RECORD_NOUNS and singular(head) not in RECORD_NOUNS  # "the two letters" too
