"""The verbs a quotation is attributed with, by their lemma (used by `quotes`)."""

from __future__ import annotations

SPEECH_VERBS = {
    "say", "tell", "add", "state", "declare", "explain", "announce", "write", "tweet", "post", "insist",
    "argue", "claim", "note", "remark", "reply", "respond", "answer", "ask", "warn", "stress",
    "emphasise", "emphasize", "acknowledge", "admit", "comment", "continue", "conclude", "recall",
    "mention", "highlight", "observe", "suggest", "predict", "vow", "promise", "concede", "counter",
    "urge", "exclaim", "shout", "according", "yell", "scream", "cry", "shriek", "holler", "whisper",
    "mutter", "plead", "beg", "testify", "recount", "bark", "snap", "demand", "deny", "brag", "boast",
    "chant",
} | {
    # Further verbs of saying from VerbNet 3.3: class say-37.7 and its subclasses (blurt … voice),
    # the spoken assertions of conjecture-29.5 (affirm, assert; not "swear": the tagger reads "swore"
    # as a noun) and complain-37.8 (complain); and the claims module's statement verbs
    # (`claims.STATEMENT_VERBS`: contend, maintain, confirm, allege, reiterate) that a quotation is
    # attributed with as well.
    "blurt", "confess", "confide", "disclose", "divulge", "interject", "proclaim", "relate", "repeat",
    "retort", "utter", "voice", "venture", "affirm", "assert", "complain", "contend",
    "maintain", "confirm", "allege", "reiterate",
}
QUESTION_VERBS = {"ask", "inquire", "enquire", "wonder", "query"}
# Verbs that give a thing a name in someone's words: "the “deal,” as Roe dubbed it".
NAMING_VERBS = {"call", "dub", "label", "term", "describe", "brand"}
