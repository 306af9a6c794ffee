"""People the text describes instead of naming, as speakers and as antecedents (issue 17, wave 14).

News prose brings a speaker in by a description as often as by a name ("a prosecutor told jurors",
"Our reporter says", "the pastor's best friend took the stand") and goes on with "he said". Two
questions are answered here, by rules of English, not by lists of cases:

* **Is a subject a described person?** Its head is a singular common noun for a person: a word of
  kinship, occupation or role (`PERSON_NOUNS`), or one made with a suffix that makes person nouns
  ("-ist", "-ian", "-man", "-woman", "-person"); with a determiner or a possessive ("the pastor",
  "a police official", "Roe's best friend", "our reporter"). Such a subject is a candidate antecedent
  for "he"/"she" like a named person's (`pronoun_antecedents`), with its gender where the noun gives
  one ("wife", "spokesman"), when it is the subject of a verb of saying or of a main clause (a person
  described in a subordinate clause is background: "When a reporter asked Roe, he said" is Roe).
* **Who is the description?** A description is tied to a named person only when the article has
  named that person in that role before (`roles.find_roles`: "District Attorney Jane Roe", "Jane Roe,
  the district attorney,"), every content word of the description (its head and the words before it)
  being a word of the role, and only one person named before it holding such a role. Otherwise it
  stays a description: "a neighbour said" is not the last neighbour named.

Gender of a name (`name_gender`): a title ("Mr.", "Mrs.") or a given name that the 1990 US census
gives to one sex at least ten times as often as to the other ("Darcy" is no census name either way;
"Edward" is male). A surname alone takes the gender of the full name it shortens, named before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.annotate.doc_memo import memo
from generator.annotate.given_names import census_given_name_shares
from generator.models import EntityMention

# Singular nouns for a person that news prose uses to describe a speaker (kinship, occupation, role).
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teen", "teenager", "child", "person", "resident", "neighbor",
    "neighbour", "friend", "relative", "father", "mother", "dad", "mom", "husband", "wife", "son",
    "daughter", "brother", "sister", "uncle", "aunt", "nephew", "niece", "cousin", "grandmother",
    "grandfather", "fiance", "fiancee", "boyfriend", "girlfriend", "widow", "widower", "official",
    "officer", "spokesman", "spokeswoman", "spokesperson", "representative", "rep", "publicist",
    "reporter", "correspondent", "editor", "writer", "prosecutor", "attorney", "lawyer", "judge",
    "juror", "witness", "victim", "suspect", "defendant", "detective", "sheriff", "deputy", "trooper",
    "sergeant", "lieutenant", "captain", "chief", "commander", "director", "manager", "owner",
    "president", "chairman", "chairwoman", "minister", "secretary", "senator", "governor", "mayor",
    "pastor", "priest", "bishop", "doctor", "nurse", "surgeon", "coach", "player",
    "quarterback", "driver", "student", "teacher", "professor", "worker", "employee", "executive",
    "founder", "leader", "member", "source", "agent", "actor", "actress", "singer", "star", "analyst",
    "expert", "investigator", "inspector", "firefighter", "paramedic", "clerk", "landlord", "tenant",
})
# Nouns that stand for any office: "the UNRWA official" is whoever holds an office of UNRWA's.
GENERIC_ROLE_NOUNS = frozenset({"official", "leader", "executive", "figure"})
# Verbs of saying whose subject is a speaker who may go on as "he said" (`pronoun_antecedents`).
SPEAKING_LEMMAS = frozenset({"say", "tell", "ask", "add", "report", "write", "argue", "claim", "insist",
                             "testify", "state", "explain", "warn", "note", "announce", "confirm"})
SUBORDINATE_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj"})
# Suffixes that make nouns for people ("activist", "guardian", "fireman", "chairperson").
PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "person")
MALE_NOUNS = frozenset({"man", "boy", "father", "dad", "husband", "son", "brother", "uncle", "nephew",
                        "grandfather", "fiance", "boyfriend", "widower", "spokesman", "chairman", "actor"})
FEMALE_NOUNS = frozenset({"woman", "girl", "mother", "mom", "wife", "daughter", "sister", "aunt", "niece",
                          "grandmother", "fiancee", "girlfriend", "widow", "spokeswoman", "chairwoman",
                          "actress"})
MALE_TITLES = frozenset({"mr", "mr."})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss"})
# A given name counts for one sex when the census gives it to that sex this many times as often.
GENDER_RATIO = 10.0
# Switches for the ablation benchmark.
DESCRIBED_ANTECEDENTS = True
ROLE_TIES = True
NAME_GENDER = True
NAMED_DESCRIPTIONS = True


def is_described_person(token: Token) -> bool:
    """A singular common noun for a person, made definite or indefinite by a determiner or owned."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    word = token.lower_
    if word not in PERSON_NOUNS and not (word.endswith(PERSON_SUFFIXES) and len(word) > 5):
        return False
    return any(c.dep_ in {"det", "poss"} for c in token.children)


def description_gender(token: Token) -> str | None:
    """ "male" or "female" when the description's noun gives it, else None."""
    word = token.lower_
    return "male" if word in MALE_NOUNS else "female" if word in FEMALE_NOUNS else None


def description_span(token: Token) -> Span:
    """The description as the article writes it: the noun with its determiner or owner and the words
    between ("Roe's 16-year-old best friend", "a police official", "Our reporter")."""
    first = min((c.left_edge.i for c in token.lefts), default=token.i)
    return token.doc[first:token.i + 1]


def as_mention(span: Span) -> EntityMention:
    """A description as a mention, so that it ranks among named antecedents."""
    sentence = span.sent.start
    return EntityMention(start=span.start_char, end=span.end_char, text=span.text, type="other",
                         label="DESCRIPTION", sentence=sentence)


def described_subjects(doc: Doc, before: int, entities: list[EntityMention]) -> list[EntityMention]:
    """Every described person that is the subject of a clause, ending before character `before`, that
    can stand as an antecedent: one the description brings in ("a prosecutor", "Roe's best friend",
    "our reporter"), or a definite one ("the UNRWA official") tied to a person named in that role. A
    definite description no role ties ("the star", "the teenager") refers back itself, to someone
    named before: it is no antecedent of its own, and the search goes on past it."""
    if not DESCRIBED_ANTECEDENTS:
        return []
    found = memo(doc, f"explainer_described_subjects:{entities_key(entities)}", lambda: [
        as_mention(description_span(t)) for t in doc
        if t.dep_ in {"nsubj", "nsubjpass"} and is_described_person(t) and is_foreground(t)
        and (not is_definite(t) or described_as(t, entities) is not None)])
    return [m for m in found if m.end <= before]


def is_foreground(subject: Token) -> bool:
    """The subject of a verb of saying or of a main clause: "When a reporter asked Roe, he said …" is
    Roe; a person described in a subordinate clause is background, as a name there is not."""
    verb = subject.head
    if verb.dep_ in SUBORDINATE_CLAUSES:
        return False
    if verb.lemma_.lower() in SPEAKING_LEMMAS:
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def is_definite(token: Token) -> bool:
    """ "the pastor", "this official": a description that refers back (a possessive or "our" does not)."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)


def entities_key(entities: list[EntityMention]) -> str:
    """A key for answers kept per entity list (the same list object for one document's extractors)."""
    return f"{id(entities)}:{len(entities)}:{entities[0].start if entities else -1}"


def described_as(token: Token, entities: list[EntityMention]) -> EntityMention | None:
    """The named person a description stands for, by the roles the article gave names before it (see
    the module docstring); None when no role or more than one person fits."""
    if not ROLE_TIES or not is_described_person(token) or any(c.dep_ == "poss" for c in token.children):
        return None
    if any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one", "some"} for c in token.children):
        return None  # "a neighbour said": someone new, not one named before
    words = {w.lower_ for w in description_span(token) if w.is_alpha and w.pos_ in {"NOUN", "PROPN", "ADJ"}}
    if token.lower_ in GENERIC_ROLE_NOUNS:
        words.discard(token.lower_)  # "the UNRWA official": any office of UNRWA's
        if not words:
            return None
    doc = token.doc
    roles = memo(doc, f"explainer_roles:{entities_key(entities)}", lambda: _roles(doc, entities))
    fitting = {}
    for start, end, role_words in roles:
        if end <= token.idx and words <= role_words:
            mention = next((e for e in entities if e.start == start and e.end == end), None)
            if mention is not None:
                fitting[surname(mention.text)] = mention
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def named_in_description(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """ "Another Hamas figure, a military spokesman called Abu Roe, said", "The prime minister in Gaza,
    Jane Roe, said", "Anchorage businessman and blogger Jane Roe said": a described subject that names
    its person in its own phrase (an apposition, "called"/"named" X, a title coordinated with a titled
    name) is that person. An apposition after a place or an organisation inside the phrase ("in
    Gaza, Jane Roe") is the described person's (a person is no apposition of a place). Never through an
    owner or "of"/"for" ("a spokesman for Jane Roe", "Roe's lawyer" are someone else); only when one
    name is found."""
    if not NAMED_DESCRIPTIONS or head.pos_ != "NOUN":
        return None
    found: dict[int, EntityMention] = {}
    for token in _description_parts(head):
        mention = next((e for e in entities if e.start <= token.idx < e.end), None)
        if mention is not None and (mention.type == "person" or token.dep_ == "oprd"):
            found[mention.start] = mention
    return next(iter(found.values())) if len(found) == 1 else None


def _description_parts(head: Token) -> list[Token]:
    parts = []
    for child in head.children:
        if child.dep_ in {"appos", "acl"}:
            parts += [child, *_description_parts(child)]
        elif child.dep_ == "oprd" and head.lemma_.lower() in {"call", "name"}:
            parts.append(child)
        elif child.dep_ == "conj" and child.pos_ == "PROPN" \
                and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in child.children):
            parts.append(child)  # "businessman and blogger Jane Roe": a title before the name
        elif child.dep_ == "prep" and child.lower_ not in {"of", "for"}:
            parts += [a for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                      for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    return parts


def _roles(doc: Doc, entities: list[EntityMention]) -> list[tuple[int, int, frozenset[str]]]:
    from generator.annotate.roles import find_roles  # lazy: only a description asks for roles

    return [(r.entity_start, r.entity_end, frozenset(w.strip(".,'’").casefold() for w in r.role.split()))
            for r in find_roles(doc, entities)]


def surname(name: str) -> str:
    words = [w for w in name.replace("’", "'").split() if w[:1].isalpha()]
    return words[-1].casefold() if words else name.casefold()


def title_gender(span: Span) -> str | None:
    """ "male" or "female" when a title before the name gives it ("Mr.", "Mrs", "Ms."), else None."""
    if span.start == 0:
        return None
    title = span.doc[span.start - 1].lower_
    if title == "." and span.start > 1:
        title = span.doc[span.start - 2].lower_ + "."
    return "male" if title in MALE_TITLES else "female" if title in FEMALE_TITLES else None


def name_gender(mention: EntityMention, doc: Doc, people: list[EntityMention]) -> str | None:
    """ "male" or "female" for a person's name, by its title or its given name; a surname alone by
    the full name before it that ends with it. None when neither says."""
    if not NAME_GENDER:
        return None
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    by_title = title_gender(span) if span is not None else None
    if by_title is not None:
        return by_title
    words = mention.text.split()
    if len(words) >= 2:
        return given_name_gender(words[0])
    last = surname(mention.text)
    fuller = next((p for p in reversed(people) if p.end <= mention.start and len(p.text.split()) >= 2
                   and surname(p.text) == last), None)
    return given_name_gender(fuller.text.split()[0]) if fuller is not None else None


def given_name_gender(word: str) -> str | None:
    shares = census_given_name_shares()
    male, female = shares.get(("male", word.casefold()), 0.0), shares.get(("female", word.casefold()), 0.0)
    if male >= GENDER_RATIO * female and male > 0:
        return "male"
    if female >= GENDER_RATIO * male and female > 0:
        return "female"
    return None
