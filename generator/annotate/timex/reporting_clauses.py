"""The speech verb that reports a dated statement ("X resigned, the paper reported", "Bloomberg
reported that X visits"): a statement so reported is the speaker's content, told apart from the
report itself. Moved from `events` (wave 15) unchanged, so that it stays under 500 lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.annotate.timex.clause_subjects import subject_of

# type names only: `events` is imported by the story stage, which a warm rebuild runs without spaCy
if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_VERBS = frozenset({
    "say", "report", "announce", "tell", "state", "confirm", "claim", "add", "note", "write", "tweet",
    "post", "highlight", "mention", "warn", "reveal", "disclose", "declare", "explain", "insist", "argue",
    "acknowledge", "admit", "deny", "suggest", "indicate", "testify", "allege", "predict", "stress",
})


def is_attribution(verb: Token) -> bool:
    """"X resigned, the paper reported": a speech verb hung on the clause it reports, with a speaker
    and no conjunction of its own."""
    return (verb.dep_ in {"advcl", "parataxis"} and verb.lemma_ in SPEECH_VERBS
            and subject_of(verb) is not None and not any(c.dep_ == "mark" for c in verb.children))


def reporting_verb(root: Token) -> Token | None:
    """The speech verb whose reported content holds `root` ("Bloomberg reported [that] X visits", "X
    visits, Bloomberg reported")."""
    token = root
    for _ in range(8):
        attribution = next((c for c in token.children if is_attribution(c)), None)
        if attribution is not None:
            return attribution
        if token.head == token:
            return None
        if token.dep_ in {"ccomp", "parataxis"} and token.head.lemma_ in SPEECH_VERBS:
            return token.head
        token = token.head
    return None
