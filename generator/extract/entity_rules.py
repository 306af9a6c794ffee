"""Word lists the entity rules rely on: general English and news-writing knowledge, no story names.

Kept apart from the rules so that a reader sees at a glance what the extractor "knows".
"""

from __future__ import annotations

import re

# Words that end the name of an organisation ("Apple Inc.", "Ford Motor Company", "NBC News").
# A span the small model calls a person or a place is an organisation when its last word is one.
ORGANIZATION_HEADS = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc",
    "ag", "gmbh", "n.v.", "nv", "s.a.", "sa", "group", "holdings", "bank", "airlines", "airways",
    "motors", "university", "college", "agency", "department", "ministry", "council", "committee",
    "commission", "party", "association", "union", "foundation", "institute", "federation", "league",
    "club", "fc", "news", "times", "post", "journal", "press", "herald", "tribune", "gazette",
    "telegraph", "guardian", "magazine", "network", "broadcasting", "television", "radio", "store",
    "exchange", "court", "parliament", "senate", "congress", "assembly", "office", "bureau", "service",
    "administration", "authority", "organization", "organisation", "board", "fund", "reserve",
    # sports clubs
    "united", "rovers", "wanderers", "athletic", "athletico", "hotspur", "albion",
})

# Last words of a news outlet's name: such a span is always an organisation.
OUTLET_HEADS = frozenset({
    "news", "times", "post", "journal", "press", "herald", "tribune", "gazette", "telegraph",
    "guardian", "magazine", "network", "broadcasting", "television", "radio", "wire", "daily",
})

# Verbs whose subject, when a single-word name, is a publisher ("Bloomberg reported").
PUBLISHING_VERBS = frozenset({"report", "publish", "reveal", "broadcast", "air"})

# Nouns after which "by X" / "from X" names a publisher ("according to a report by X").
PUBLICATION_NOUNS = frozenset({
    "report", "reporting", "article", "story", "investigation", "analysis", "survey", "poll",
    "editorial", "interview", "broadcast", "documentary", "publication",
})

# Words that make the rest of a line a photo or image credit ("Photo: Jane Doe/Agency").
CREDIT_MARKERS = re.compile(
    r"\b(?:photo(?:graph)?s?|image|picture|credit|courtesy|illustration|video)\b\s*(?:by|:|credit:?)?\s*$",
    re.IGNORECASE,
)

# Head nouns of government portfolios titles: the words before them name a portfolio, not an
# organisation ("Homeland Security Secretary", "Foreign Minister", "Secretary of State").
PORTFOLIO_TITLES = frozenset({
    "secretary", "minister", "adviser", "advisor", "commissioner", "czar", "undersecretary",
    "attorney", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson",
})

# Head words of titles and roles a person can hold, lower case.
TITLE_WORDS = frozenset({
    "president", "vice", "secretary", "minister", "premier", "chancellor", "prime", "adviser",
    "advisor", "director", "chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair",
    "chairperson", "spokesman", "spokeswoman", "spokesperson", "governor", "senator", "sen.",
    "representative", "rep.", "gov.", "mayor", "judge", "justice", "king", "queen", "prince",
    "princess", "general", "gen.", "admiral", "colonel", "ambassador", "envoy", "coach", "manager",
    "captain", "striker", "goalkeeper", "midfielder", "defender", "forward", "quarterback", "analyst",
    "leader", "commissioner", "attorney", "prosecutor", "founder", "co-founder", "cofounder",
    "executive", "officer", "head", "economist", "strategist", "diplomat", "lawmaker",
    "congressman", "congresswoman", "councillor", "councilman", "councilwoman", "speaker", "pope",
    "bishop", "archbishop", "dean", "professor", "owner", "partner", "president-elect",
    "editor", "correspondent", "reporter", "columnist", "lawyer", "counsel", "sheriff", "commander",
    "inspector", "superintendent", "deputy", "emir", "sheikh", "sultan", "dictator", "candidate",
    "nominee", "treasurer", "comptroller", "auditor", "magistrate", "pm", "mp", "mep", "undersecretary",
    "scientist", "researcher", "investor", "designer", "engineer", "author", "actor", "actress",
    "singer", "player", "champion", "chef", "boss", "principal", "trustee", "mediator",
})

# Title words that only make a role when something precedes or follows them ("vice", "chief", "prime"
# are modifiers; the role needs its head noun).
TITLE_MODIFIERS = frozenset({"vice", "chief", "prime", "deputy", "head", "executive"})

# Time zones the small model tags as organisations ("0800 UTC").
TIME_ZONES = frozenset({
    "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "ist",
    "jst", "aest", "aedt", "et", "pt", "ct", "mt", "hkt", "sgt", "eet", "eest", "wet", "msk",
})

# Last words of the name of a law, policy, treaty or other legal text.
LAW_HEADS = frozenset({
    "act", "bill", "law", "treaty", "accord", "accords", "agreement", "convention", "amendment",
    "code", "directive", "regulation", "charter", "constitution", "protocol", "statute", "ordinance",
    "resolution", "doctrine", "pact",
})

# "Title 42", "Section 230", "Article 5": a numbered provision of a legal text.
NUMBERED_PROVISION = re.compile(r"^(?:Title|Section|Article|Chapter|Rule|Amendment)\s+[0-9IVXL]+[A-Za-z]?$")

# A product designation after a maker's name ("A380", "737", "Trent 900", "A400M", "XC90").
MODEL_DESIGNATION = re.compile(r"^[A-Z]{0,3}-?\d{2,4}[A-Z]{0,3}$")

# Determiners and possessive pronouns that open a noun phrase but are no part of a name or role.
LEADING_DETERMINERS = frozenset({
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
    "those",
})

# Common spelling variants of places, mapped to one canonical name (general knowledge).
PLACE_VARIANTS: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "u.s": "United States", "us.": "United States",
    "usa": "United States", "u.s.a.": "United States", "u.s.a": "United States",
    "united states": "United States", "united states of america": "United States",
    "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "u.k": "United Kingdom",
    "united kingdom": "United Kingdom", "great britain": "United Kingdom", "britain": "United Kingdom",
    "eu": "European Union", "e.u.": "European Union", "european union": "European Union",
    "un": "United Nations", "u.n.": "United Nations", "united nations": "United Nations",
    "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",
    "united arab emirates": "United Arab Emirates",
    "prc": "China", "people's republic of china": "China", "china": "China",
    "drc": "Democratic Republic of the Congo",
    "democratic republic of the congo": "Democratic Republic of the Congo",
    "washington dc": "Washington, D.C.", "washington d.c.": "Washington, D.C.",
    "washington, d.c.": "Washington, D.C.", "washington, dc": "Washington, D.C.",
    "nyc": "New York City", "new york city": "New York City",
    "l.a.": "Los Angeles", "los angeles": "Los Angeles",
    "south korea": "South Korea", "republic of korea": "South Korea",
    "north korea": "North Korea", "dprk": "North Korea",
    "russia": "Russia", "russian federation": "Russia",
}

# Titles held in a company or institution: the name right before them is an organisation
# ("Acme CEO Jane Doe", "Acme chief executive Jane Doe", "Bankco analyst John Roe").
CORPORATE_TITLES = frozenset({
    "ceo", "cfo", "coo", "cto", "chief", "chairman", "chairwoman", "chairperson", "president",
    "founder", "co-founder", "cofounder", "spokesman", "spokeswoman", "spokesperson", "analyst",
    "economist", "strategist", "director", "executive", "head", "manager", "boss", "owner",
})

# Words after a name that make it a market index rather than an organisation ("the X index").
INDEX_WORDS = frozenset({"index", "indices", "indexes", "average", "composite"})
