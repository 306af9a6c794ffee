"""Word lists the entity rules rely on: general English and news-writing knowledge, no story names.

Kept apart from the rules so that a reader sees at a glance what the extractor "knows".
"""

from __future__ import annotations

import re

# Words that end the name of an organisation ("Apple Inc.", "Ford Motor Company", "NBC News").
# A span the small model calls a person or a place is an organisation when its last word is one.
# Organisations often named after a person or a condition in the possessive ("Alzheimer's Research
# Fund", "Children's Hospital", "Smith's Freight Company"): the possessive belongs to the name.
POSSESSIVE_NAME_HEADS = frozenset({
    "fund", "foundation", "society", "hospital", "trust", "institute", "association", "company",
    "college", "school", "university", "clinic", "charity", "church", "store", "restaurant",
})
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

# Acronyms of common nouns, which the small model often tags as organisations ("its CPU", "IP theft",
# "the CTO said"): things, measures and job titles, never the name of one organisation.
COMMON_ACRONYMS = frozenset({
    "AI", "API", "APIs", "ATM", "ATMs", "CEO", "CEOs", "CFO", "COO", "CTO", "CIO", "CPU", "CPUs", "GPU",
    "GPUs", "DNA", "EV", "EVs", "GDP", "HR", "ICU", "IP", "IPO", "IPOs", "IT", "LED", "LCD", "MRI",
    "PC", "PCs", "PR", "R&D", "RAM", "SSD", "SUV", "SUVs", "TV", "USB", "VAT", "VPN", "ETF", "ETFs", "PDF",
    "SMS", "URL", "DIY", "CCTV", "DUI", "DWI", "HQ", "ID", "IDs", "IQ", "OS", "PIN", "VIP", "VIPs",
    "IR",  # wave 8: injured reserve (a team's list), infrared, investor relations
})

# Capitalised words that the tagger calls proper nouns but that name no entity of a story: days,
# months (dates are the time tagger's) and words that open a sentence or a title.
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})

# Sports reports name a team by its city, state or school ("North Carolina beat Evansville 91-73"):
# a score or a win-loss record, and the words that put a team in a game.
SCORE = re.compile(r"(?<![\w.:-])\d{1,3} ?- ?\d{1,3}(?![\w:-]|\.\d)")
RECORD_AFTER = re.compile(r"^\s*\(\d{1,3} ?- ?\d{1,3}(?: ?- ?\d{1,3})?\)")
SCORE_AFTER = re.compile(r"^,?\s*\d{1,3} ?- ?\d{1,3}(?![\w:-]|\.\d)")
OPPONENT_WORDS = frozenset({"over", "against", "beat", "beats", "beating", "defeated", "defeat", "defeats",
                            "defeating", "past", "visiting", "vs", "vs.", "versus"})
GAME_NOUNS = frozenset({"game", "games", "match", "matches", "matchup", "loss", "win", "victory", "defeat"})
WINNING_VERBS = frozenset({"beat", "beats", "defeated", "defeats", "edged", "edges", "routed", "routs",
                           "downed", "tops", "topped", "blanked", "whipped", "crushed", "outlasted"})

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

# "Section 230", "Article 5", "Chapter 11": a numbered provision of a legal text.
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


def place_variant(text: str) -> str | None:
    """The canonical place `text` is a variant of, or None. An abbreviation ("US", "U.S.", "UK", "UN")
    counts only written in capitals: "Us" is the pronoun or the magazine ("Us Weekly"), "Un" a word."""
    variant = PLACE_VARIANTS.get(text.casefold())
    if variant is None:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    is_abbreviation = " " not in text and len(letters) <= 4
    return variant if not is_abbreviation or all(ch.isupper() for ch in letters) else None

# Titles held in a company or institution: the name right before them is an organisation
# ("Acme CEO Jane Doe", "Acme chief executive Jane Doe", "Bankco analyst John Roe").
CORPORATE_TITLES = frozenset({
    "ceo", "cfo", "coo", "cto", "chief", "chairman", "chairwoman", "chairperson", "president",
    "founder", "co-founder", "cofounder", "spokesman", "spokeswoman", "spokesperson", "analyst",
    "economist", "strategist", "director", "executive", "head", "manager", "boss", "owner",
})

# Words after a name that make it a market index rather than an organisation ("the X index").
INDEX_WORDS = frozenset({"index", "indices", "indexes", "average", "composite"})

# Titles and honorifics written right before a person's name ("Spokeswoman Jane Doe", "Mr Doe").
# Only words that never open the name of an organisation are listed ("General", "Chief", "Royal"
# would: "General Motors"), so a span that starts with one is a person's name behind a title.
PERSONAL_TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame",
    "president", "senator", "sen.", "governor", "gov.", "mayor", "judge", "justice", "minister",
    "secretary", "chancellor", "premier", "pope", "rev.", "reverend", "spokesman", "spokeswoman",
    "spokesperson", "ceo", "chairman", "chairwoman", "chairperson", "analyst", "coach", "congressman",
    "congresswoman", "councillor", "councilman", "councilwoman", "ambassador", "professor", "sheriff",
    "rep.", "representative", "lawmaker", "presiding",
})

# Honorifics: the capitalised word after one is a person's name even when the text gives no other.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame"})

# Generational suffixes after a surname ("William Clay Ford Jr."): not the surname itself.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})

# Nouns a bare surname modifies when it names a person's tenure or circle ("the Kennedy administration").
PERSON_MODIFIED_NOUNS = frozenset({
    "administration", "government", "campaign", "presidency", "cabinet", "family", "estate", "doctrine",
})

# Countries, and the first-level regions news datelines pair with a city ("Mobile, Alabama",
# "Toulouse, France", "St. Thomas, Ontario"): general geographic knowledge, no story names.
COUNTRIES = frozenset({
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
    "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Britain", "Brunei",
    "Bulgaria", "Great Britain",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia",
    "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark",
    "Djibouti", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "England", "Eritrea", "Estonia",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Ivory Coast", "Jamaica", "Japan",
    "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
    "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
    "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands",
    "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Northern Ireland",
    "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia",
    "Scotland", "Senegal", "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia",
    "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Trinidad",
    "Tunisia", "Turkey", "Turkmenistan", "Uganda", "UK", "U.K.", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "US", "U.S.", "USA", "Uzbekistan", "Venezuela",
    "Vietnam", "Wales", "Yemen", "Zambia", "Zimbabwe",
})
REGIONS = frozenset({
    # US states and the capital district
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming", "D.C.", "DC",
    # Canadian provinces, Australian states
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
    "Ontario", "Quebec", "Saskatchewan", "New South Wales", "Queensland", "Victoria", "Tasmania",
    "Western Australia", "South Australia",
})

# Nationality and regional adjectives and the place each derives from ("a German airline" ->
# Germany). The product types them as groups; the MEANTIME evaluation, following that corpus,
# counts a pre-modifying one as a mention of the place (see generator/evaluate/entities.py).
DEMONYMS: dict[str, str] = {
    "Afghan": "Afghanistan", "African": "Africa", "Albanian": "Albania", "Algerian": "Algeria",
    "American": "United States", "Arab": "Arab world", "Argentine": "Argentina", "Argentinian": "Argentina",
    "Armenian": "Armenia", "Asian": "Asia", "Australian": "Australia", "Austrian": "Austria",
    "Bangladeshi": "Bangladesh", "Belgian": "Belgium", "Bolivian": "Bolivia", "Brazilian": "Brazil",
    "British": "United Kingdom", "Bulgarian": "Bulgaria", "Cambodian": "Cambodia", "Canadian": "Canada",
    "Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Croatian": "Croatia", "Cuban": "Cuba",
    "Czech": "Czech Republic", "Danish": "Denmark", "Dutch": "Netherlands", "Egyptian": "Egypt",
    "English": "England", "Estonian": "Estonia", "Ethiopian": "Ethiopia", "European": "Europe",
    "Filipino": "Philippines", "Finnish": "Finland", "French": "France", "Georgian": "Georgia",
    "German": "Germany", "Ghanaian": "Ghana", "Greek": "Greece", "Haitian": "Haiti", "Hungarian": "Hungary",
    "Icelandic": "Iceland", "Indian": "India", "Indonesian": "Indonesia", "Iranian": "Iran",
    "Iraqi": "Iraq", "Irish": "Ireland", "Israeli": "Israel", "Italian": "Italy", "Jamaican": "Jamaica",
    "Japanese": "Japan", "Jordanian": "Jordan", "Kenyan": "Kenya", "Korean": "Korea", "Kuwaiti": "Kuwait",
    "Latin American": "Latin America", "Latvian": "Latvia", "Lebanese": "Lebanon", "Libyan": "Libya",
    "Lithuanian": "Lithuania", "Malaysian": "Malaysia", "Mexican": "Mexico", "Moroccan": "Morocco",
    "Nigerian": "Nigeria", "North American": "North America", "North Korean": "North Korea",
    "Norwegian": "Norway", "Pakistani": "Pakistan", "Palestinian": "Palestine", "Peruvian": "Peru",
    "Polish": "Poland", "Portuguese": "Portugal", "Qatari": "Qatar", "Romanian": "Romania",
    "Russian": "Russia", "Saudi": "Saudi Arabia", "Scottish": "Scotland", "Serbian": "Serbia",
    "Singaporean": "Singapore", "Slovak": "Slovakia", "Somali": "Somalia", "South African": "South Africa",
    "South American": "South America", "South Korean": "South Korea", "Spanish": "Spain",
    "Sudanese": "Sudan", "Swedish": "Sweden", "Swiss": "Switzerland", "Syrian": "Syria",
    "Taiwanese": "Taiwan", "Thai": "Thailand", "Turkish": "Turkey", "Ukrainian": "Ukraine",
    "Venezuelan": "Venezuela", "Vietnamese": "Vietnam", "Welsh": "Wales", "Yemeni": "Yemen",
}

# Last words of a company's name ("Acme Airways", "Acme Motor Company"): its first word alone is the
# company's short name.
COMPANY_DESIGNATORS = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "llc", "plc",
    "ag", "gmbh", "nv", "n.v.", "sa", "s.a.", "group", "holdings", "airlines", "airways", "motors",
})

# Words that name a place or a nationality, never a company's short name.
PLACE_OR_NATIONALITY_WORDS = COUNTRIES | REGIONS | frozenset(DEMONYMS) | frozenset({
    "North", "South", "East", "West", "New", "United", "National", "International", "General", "Royal",
})

# Last words of the name of an event ("the Riverton Air Show", "the Harbor Tech Conference",
# "the Olympics"): such a name is an occasion, typed "other", not a place or an organisation. ("Games"
# is left out: it also ends game studios' names.)
EVENT_HEADS = frozenset({
    "show", "expo", "exhibition", "fair", "festival", "conference", "summit", "olympics", "paralympics",
    "cup", "championship", "championships", "marathon", "week", "tournament", "gala", "awards", "prix",
    "derby", "jamboree", "carnival", "parade", "regatta",
})

# Regions written after a city that is itself a region's name ("Washington, D.C."): the pair is one
# place although its first part would otherwise read as an item in a list of regions.
CAPITAL_DISTRICTS = frozenset({"D.C.", "DC"})

# Lower-case nouns written after a facility's proper name as part of how it is called ("Stansted
# airport", "Kennedy international airport").
FACILITY_NOUNS = frozenset({"airport", "airfield", "aerodrome"})

# Unions the rules test a word against, made once here rather than at every test.
TITLES_OR_PERSONAL_TITLES = TITLE_WORDS | PERSONAL_TITLES
HONORIFICS_OR_TITLES = HONORIFICS | TITLE_WORDS
CORPORATE_OR_OTHER_TITLES = CORPORATE_TITLES | TITLE_WORDS
ORGANIZATION_HEADS_OR_TITLES = ORGANIZATION_HEADS | TITLE_WORDS
COUNTRIES_OR_REGIONS = COUNTRIES | REGIONS
