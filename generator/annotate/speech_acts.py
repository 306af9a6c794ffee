"""Verbs that tell something in one construction only (issue 17, wave 13).

* an instruction: "told the driver to stop", "ordered the crowd to leave" is a demand of the person
  told (a person as object and a bare action after "to"); "told reporters (that) …" stays a statement;
* a charge with a clause: "<claim>, prosecutors charge." and "prosecutors charge that …" state a
  claim; "charged him with arson" and "was charged with" tell nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

INSTRUCTION_VERBS = {"tell", "order", "instruct"}
CLAUSE_STATEMENT_VERBS = {"charge"}
# Switches for the ablation benchmark (benchmarks/speech_rule_ablation.py).
INSTRUCTIONS = True
CLAUSE_STATEMENTS = True


def instructs(verb: Token) -> bool:
    """ "told the driver to stop": a person told (the object) and a bare action after "to"."""
    return INSTRUCTIONS and verb.lemma_.lower() in INSTRUCTION_VERBS \
        and any(c.dep_ in {"dobj", "dative"} for c in verb.children) \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" and is_to_infinitive(c) for c in verb.rights)


def is_to_infinitive(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def states_with_clause(verb: Token) -> bool:
    """ "<claim>, prosecutors charge": a finite clause the verb reports, with an active subject."""
    return CLAUSE_STATEMENTS and verb.lemma_.lower() in CLAUSE_STATEMENT_VERBS \
        and any(c.dep_ == "ccomp" for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children)
