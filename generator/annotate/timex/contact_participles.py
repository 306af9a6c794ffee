"""A participle clause that opens a sentence to say how the reporter reached its subject ("Reached by
telephone on Monday, the mayor declined to comment", "Asked about the delay on Friday, the minister
said ..."): the contact and the clause it opens happen together, so a date in it dates that clause.
Other opening participles keep their date ("Elected in 2019, the mayor now runs ...": the election's
year, not the running's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for type names here: a warm rebuild never imports it
    from spacy.tokens import Token

# Verbs of a reporter's contact with the person the sentence then quotes or reports.
CONTACT_VERBS = frozenset({"reach", "ask", "contact", "call", "phone", "telephone", "interview", "question",
                           "quiz", "approach", "press", "speak", "talk", "email", "text", "visit"})


def opens_with_contact(verb: Token) -> bool:
    """Whether `verb` is a contact participle with no subject of its own that opens its sentence before
    the clause it hangs from ("Reached ... Monday, X declined")."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ in {"VBN", "VBG"} and verb.lemma_.lower() in CONTACT_VERBS
            and head.i > verb.i and head.pos_ in {"VERB", "AUX"} and verb.left_edge.is_sent_start is True
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children))
