"""Guards against numbers and names that only look like dates.

A four-digit number counts things ("1500 troops") or labels them ("Flight 1549")
as often as it names a year, and a month's name is also a verb ("may") or a
name ("April Glaspie", "the March of Dimes"). These checks read the words
around a match and veto it; they know nothing about what a date resolves to.
"""

from __future__ import annotations

import re

from .values import MONTHS, SEASONS


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TIME_PREPS = _wordset(
    "in on since by until till from during through throughout before after of for to and or"
    " between early late mid around circa last this next fiscal calendar year than as into"
    " spring summer fall autumn winter"
)
_NOT_YEAR_BEFORE = _wordset(
    "no number section article page room flight route highway model rule chapter at top about"
    " nearly some approximately over under just only than all"
)
_COUNT_NOUNS = _wordset(
    "people persons votes voters troops soldiers workers members students cases deaths units"
    " shares jobs employees homes houses cars vehicles barrels tons tonnes acres miles feet"
    " meters metres kilometers kilometres dollars pounds euros yen points seats times copies"
    " signatures children men women residents refugees families patients delegates words"
    " pages hours minutes calories rooms beds guns"
    # People counted: an agent noun is a count ("2000 protesters"), where an event's noun
    # before it is the year's ("the 1989 protests", "2016 elections").
    " protesters demonstrators marchers supporters opponents fans spectators participants"
    " attendees passengers travelers travellers tourists visitors customers clients users"
    " subscribers readers viewers callers migrants immigrants prisoners detainees inmates"
    " hostages civilians victims casualties survivors officers policemen firefighters"
    " guards agents staff staffers teachers doctors nurses farmers miners fishermen drivers"
    " pilots sailors marines fighters militants rebels insurgents guerrillas recruits"
    " volunteers inhabitants citizens households villagers"
    # Things and animals counted.
    " cattle sheep pigs cows animals birds stores shops branches outlets offices plants"
    " factories buildings schools hospitals flights planes aircraft ships vessels boats"
    " trucks tanks rockets missiles shells bombs rifles weapons computers phones tickets"
    " letters messages calls complaints applications petitions lawsuits arrests incidents"
    " accidents fires hectares yards inches gallons litres liters ounces kilograms bushels"
    " bales megawatts"
)
_DETERMINERS = _wordset("the a an that this its his her their our")
_BEFORE_A_NAMED_MONTH = _DETERMINERS | _wordset("annual yearly")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|for|on|to|in|at|by|and|or|with|from|as|is|was|were|are|has|had|will)\b)[a-z]"
)
HOLIDAY_PREFIXES = _wordset("good black super ash holy maundy cyber easter palm")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.']*)\s*$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+-)*([a-z]+)")
"""The noun after a number, the last part of a compound ("1850 counter-protesters")."""
_DESCRIBING = _wordset(
    "new more other young local foreign additional former extra unarmed civilian adult"
)


def _describing(word: str) -> bool:
    """A word that describes what a number counts: a participle ("registered", "armed")
    or a common adjective; a noun ("that 1978 resolution calls for") is not one."""
    return word in _DESCRIBING or (word.endswith("ed") and len(word) > 4)


def _counts(text: str, end: int) -> bool:
    """A counted noun after the number, or after one describing word ("2047 registered
    voters", "1950 armed men")."""
    first = _COUNTED_AFTER.match(text, end)
    if first is None:
        return False
    if first.group(1) in _COUNT_NOUNS:
        return True
    if not _describing(first.group(1)):
        return False
    second = _COUNTED_AFTER.match(text, first.end())
    return second is not None and second.group(1) in _COUNT_NOUNS


_YEAR_ONLY_BEFORE = _wordset("in since during until till") | (_DETERMINERS - {"a", "an"})
"""Words a count does not follow: "In 2000 protesters marched" is a year, the comma left
out, and "the 2016 voters", "Obama's 2012 supporters" are that year's."""


def _names_a_year(before: str) -> bool:
    low = before.lower()
    return low in _YEAR_ONLY_BEFORE or low.endswith(("'s", "’s"))


def word_before(text: str, start: int, *, keep_case: bool = False) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return ""
    word = m.group(1).rstrip(".")
    return word if keep_case else word.lower()


_CLOCK_AFTER = re.compile(
    r"\s*(?:(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|JST|HKT|SGT)\b|hrs\b|hours\b|h\b"
    r"|local(?:\s+[A-Z][a-z]+)?\s+(?:time\b|\()|\(\d{4}\s+GMT\))",
    re.IGNORECASE,
)
"""After a number, marks a 24-hour clock time, as wire copy writes them ("by 1500 GMT")."""


_RANGE_END = re.compile(r"\s*(?:to|and|until|till|-)\s*\d{4}(?=\D|$)", re.IGNORECASE)
_NUMBER_TOKEN = re.compile(r"[-+]?\d[\d.,]*[A-Za-z]?$")


def clock_time(text: str, end: int) -> bool:
    """True when the number ending at `end` is a 24-hour time ("1500 GMT"), not a year.

    The first of a range counts too: "from 1700 to 2100 local time".
    """
    digits = text[end - 4 : end]
    if not (digits.isdigit() and int(digits[:2]) <= 24 and int(digits[2:]) < 60):
        return False  # "due 1992 to 1700 CDT": 1992 is no time of day
    if _CLOCK_AFTER.match(text, end):
        return True
    upto = _RANGE_END.match(text, end)
    return upto is not None and _CLOCK_AFTER.match(text, upto.end()) is not None


def _year_pair(first: int, second: str) -> bool:
    """ "1986/87", "1980/1985", "1998/2002": a span of years, not a bid and offer."""
    if len(second) != 4:
        return True
    return 1800 <= first < int(second) <= first + 30


def in_a_table(text: str, start: int, end: int) -> bool:
    """True for a number among numbers: a price table's cell or one side of a quote pair.

    Wire copy carries tables ("MAY7 1873L 1877H 1892 1873") and bid/offer
    pairs ("1296/1298", "1800/2300") whose four-digit figures are not years;
    a span of years ("1986/87", "1980/1985") stays.
    """
    year = int(text[start:end])
    if text[end : end + 1] == "/" and text[end + 1 : end + 5].isdigit():
        return not _year_pair(year, text[end + 1 : end + 5])
    if text[start - 1 : start] == "/" and text[max(0, start - 5) : start - 1].isdigit():
        return not _year_pair(int(text[max(0, start - 5) : start - 1]), text[start:end])
    if text[end : end + 1].isalpha() and text[end : end + 1] != "s":
        return True  # "1873L", a price marked low, is no year
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    # Brackets hold the last prices ("1755(1430 1695)"): a cell is a cell inside them too.
    before = [t.strip("()") for t in text[line_start:start].split()]
    after = [t.strip("()") for t in text[end : len(text) if line_end < 0 else line_end].split()]
    before, after = [t for t in before if t], [t for t in after if t]
    figure_before = bool(before) and _NUMBER_TOKEN.match(before[-1]) is not None
    # Between figures, or after one at the end of a line ("MAR8 2030B 2040A 2043"), or before a
    # change ("Ttl 395 1861 dn 42") or the next contract ("JUL7 1819 1807 NOV7 1788").
    if figure_before and (
        not after
        or _NUMBER_TOKEN.match(after[0])
        or after[0].lower() in _CHANGE_WORDS
        or _CONTRACT.match(after[0])
    ):
        return True
    # A contract month's price ("MAY7 1918 OFF 16"), or one beside the last ("MAY 1922 (1934)").
    if before and _CONTRACT.match(before[-1]) or last_price_after(text, end):
        return True
    tokens = before + after
    # A change word counts with the figures: "May 0 209 unch total 2003 22433 off 143".
    figures = sum(
        1 for token in tokens if _NUMBER_TOKEN.match(token) or token.lower() in _CHANGE_WORDS
    )
    return len(tokens) >= 4 and figures * 2 > len(tokens)


_CONTRACT = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{1,2}$", re.I)
_PLAIN_FIGURE = re.compile(r"\d[\d.,]*")
_CHANGE_WORDS = frozenset({"up", "dn", "down", "off", "unch", "unchanged"})
_PREVIOUS_PRICE = re.compile(r"[ \t]*\(\d[\d.,]*\)")


def last_price_after(text: str, end: int) -> bool:
    """A number followed by the previous price in brackets ("MAY 1922 (1934)"), or by nothing
    but figures to the end of its line ("OCT 1838 171 230"): a row of a price list."""
    if _PREVIOUS_PRICE.match(text, end):
        return True
    if text[end : end + 1] not in (" ", "\t"):
        return False  # "1980-1984", "1987." end a range or a sentence
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].split()
    return bool(rest) and all(_PLAIN_FIGURE.fullmatch(t) for t in rest)


_MONTH_ABBREVIATION = re.compile(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b")


def table_row_date(written: str, year: int | None) -> bool:
    """ "Jul 1556", "Sep 17 1631", "HARD RED WINTER 1639": a futures table, not history.

    Price tables label rows with abbreviated months or crop names and carry
    four-digit prices; read as dates they head a timeline listed oldest first.
    A year before 1800 written with an abbreviated month, or in capitals,
    is taken for such a row; "in July 1556" in prose stays a date.
    """
    if year is None or year >= 1800:
        return False
    return written.isupper() or _MONTH_ABBREVIATION.search(written.lower()) is not None


def plausible_year(text: str, start: int, end: int, year: int) -> bool:
    """A bare four-digit number is a year unless its neighbours say it counts or labels."""
    if in_a_table(text, start, end):
        return False
    before = word_before(text, start, keep_case=True)
    low = before.lower()
    if text[max(0, start - 2) : start].strip() in ("$", "#", "£", "€"):
        return False
    if low in _NOT_YEAR_BEFORE and not _a_year_after_a_count_word(text, start, end, low):
        return False
    if low not in _TIME_PREPS and low not in MONTHS and _a_firm_named(text, start, end):
        return False
    capitalised = before[:1].isupper() and low not in _TIME_PREPS and low not in MONTHS
    if low in _DETERMINERS or low.endswith(("'s", "s'", "s’")) or low in _NOT_YEAR_BEFORE:
        capitalised = False
    if capitalised and _ADJECTIVE_OF_A_PEOPLE.fullmatch(before) and _A_NOUN_AFTER.match(text, end):
        capitalised = False  # "Soviet 1986 grain imports", "the Republican 2016 hopefuls"
    if capitalised and low not in SEASONS and text[start - 1 : start] != "\n":
        return False
    if _counts(text, end) and not _names_a_year(before):
        return False
    if _A_MOVE_TO.search(text, max(0, start - 60), start) or _A_LEVEL_OF.search(
        text, max(0, start - 40), start
    ):
        return False
    if _an_index_at(text, start) and not _LEVEL_NOUN_AFTER.match(text, end):
        return False
    return year >= 1800 or low in _EARLY_YEAR_PREPS


_COMPARED_OVER = re.compile(
    r"\b(?:pct|percent|increase|increases|increased|rise|rises|rose|gain|gains|gained|growth"
    r"|grew|improvement|improved|up|down|higher|lower|decline|declines|declined|drop|dropped"
    r"|fell|jumped|climbed)\s+(?:\w+\s+)?over\s+$",
    re.IGNORECASE,
)
_COMPARED_THAN = re.compile(
    r"\b(?:(?!more\b|fewer\b)[a-z]{2,}er|rather|other|different)\s+than\s+$", re.IGNORECASE
)
_A_YEAR_ENDS = re.compile(
    r"(?:[.,;:)]|\s+(?:levels?|figures?|results|sales|earnings|profits?|output|production"
    r"|period|and|or|when|as|because)\b)"
)
"""After "over" or "than" and a comparison, what may follow a year but not a count: "rise
substantially over 1986, when", "27 pct higher over 1986 sales", "in 2020 rather than 2018."
("over 2000 tonnes", "rose over 1900 points" count)."""
_ELECTION_AFTER = re.compile(
    r"\s+(?:presidential|election|elections|campaign|campaigns|race|races|candidates?"
    r"|hopefuls?|contenders?|nominees?|primary|primaries|cycle|ticket|contests?)\b"
)
_ADJECTIVE_OF_A_PEOPLE = re.compile(
    r"[A-Z][a-z]+(?:ian|an|ish|ese|ic)|Soviet|Dutch|French|Greek|Thai|Swiss|Iraqi|Israeli"
    r"|Kuwaiti|Saudi|Pakistani|GOP|U\.S|U\.K"
)
"""A people's or party's adjective before a year ("Turkish 1986 production", "the Republican
2016 hopefuls"): a capitalised word before a number otherwise names it ("Cleveland 2016 Host
Committee", "LaserJet 2000")."""
_A_NOUN_AFTER = re.compile(r"(?:/\d\d(?!\d))?[ \t]+(?:[a-z]+-)*[a-z]{3,}\b")


def _a_year_after_a_count_word(text: str, start: int, end: int, before: str) -> bool:
    """ "over", "than", "some" and "all" mostly count ("over 2000 tonnes", "some 1986
    people"); a year is what is compared with ("sales rose 4 pct over 1986.") or elected
    ("some 2016 presidential candidates")."""
    if before == "over":
        return bool(_COMPARED_OVER.search(text, max(0, start - 40), start)) and bool(
            _A_YEAR_ENDS.match(text, end)
        )
    if before == "than":
        return bool(_COMPARED_THAN.search(text, max(0, start - 20), start)) and bool(
            _A_YEAR_ENDS.match(text, end)
        )
    if before in ("some", "all"):
        return bool(_ELECTION_AFTER.match(text, end))
    return False


_FIRM_SUFFIX = (
    r"(?:\s+[A-Z][\w&'.-]*){1,3}\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|LP|Corporation|Company"
    r"|Group|Partners|Associates|Holdings|Industries|Bancorp)\b"
)


def _a_firm_named(text: str, start: int, end: int) -> bool:
    """ "acquired 2001 Distributors Inc": a number that begins a company's name, here or
    anywhere in the story ("2001 distributes juices" after it), is that name, unless a
    word of time before it makes it a year ("in 1986 Chrysler Corp earned")."""
    named = re.compile(rf"(?<![\w$]){re.escape(text[start:end])}{_FIRM_SUFFIX}")
    return any(
        word_before(text, m.start()).lower() not in _TIME_PREPS
        and word_before(text, m.start()).lower() not in MONTHS
        for m in named.finditer(text)
    )


_A_MOVE_TO = re.compile(
    r"\b(?:fell|fall|falls|rose|rise|rises|dropped|drops|slid|slipped|climbed|jumped|gained|lost"
    r"|plunged|tumbled|soared|surged|eased|added|shed|up|down|off)\s+(?:a\s+record\s+|almost\s+"
    r"|nearly\s+|about\s+|some\s+)?"
    r"[\d.,]+\s+(?:points?\s+|pct\s+|percent\s+)?(?:\w+\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
"""An index moving by a figure to another ("fell 508 points to 1738"): a level, not a year."""
_A_LEVEL_OF = re.compile(r"\b(?:high|low|figure|peak|trough)\s+of\s+$", re.IGNORECASE)
_INDEX_NOUN = re.compile(
    r"\b(?:index|indexes|indices|industrial average|dow|nikkei|ftse|ft-se|dax|cac 40"
    r"|hang seng|s&p|composite)\b",
    re.IGNORECASE,
)
_AT_A_LEVEL = re.compile(
    r"\b(?:above|below|hit|hits|hitting|reached|reaches|topped|tops|breached|crossed|pierced"
    r"|surpassed|(?:closed|ended|finished|stood|opened|was|is) at"
    r"|(?:rose|fell|climbed|dropped|jumped|slipped|slid|eased|gained|surged|plunged|tumbled"
    r"|soared|sank|recovered|rallied|advanced|declined|edged\s+(?:up|down|higher|lower)) to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a number, words that put an index at a level ("closed above 2000", "hit 1840") or
move it to one ("the index rose to 2050"); "rose to 1986 levels" still names a year."""
_LEVEL_NOUN_AFTER = re.compile(r"\s+levels?\b", re.IGNORECASE)


def _an_index_at(text: str, start: int) -> bool:
    """ "The Dow closed above 2000", "the index hit 1840": a level an index stands at or moves
    to, when an index is named earlier in the same sentence; "founded in 1840" keeps its
    year, and so does "the best level since 1987"."""
    if not _AT_A_LEVEL.search(text, max(0, start - 20), start):
        return False
    return index_named_before(text, start)


def index_named_before(text: str, start: int) -> bool:
    """Whether an index is named earlier in the sentence: "the S&P 500 traded in the 2100s"."""
    lo = max(0, start - 120)
    stop = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return _INDEX_NOUN.search(text, max(lo, stop + 1), start) is not None


_EARLY_YEAR_PREPS = _wordset("in since during circa around early late mid year")
"""The words that make a number before 1800 a year: "to 1738", "after 1530" and "until 1700"
are index levels and clock times far more often than history in news."""


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NUMBER_AFTER = re.compile(r"\s*-?\d")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_EVENT_NAMED = re.compile(
    r"\s+(?:Revolution|Madness|Movement|Uprising|Rising|Manifesto|War|Crisis|Massacre|Offensive"
    r"|Fool|Fools|Surprise|Agreement|Accords?)\b"
)
_MONTH_DASH_AFTER = re.compile(r"-(?:to-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_OF_A_NAME = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?\d{4}|(?:that|the same|this|last|next)\s+year)")
_OF_A_COMMON_NOUN = re.compile(r"\s+of\s+(?!(?:the|a|an)\s+[A-Z])[a-z\d]")
"""A name goes on in capitals ("the March of Dimes", "the March of the Living"); "in February
of air conditioner maker Carrier", "the resignation in January of reformist leader Hu" tell
what happened in the month."""


_FOR_A_NAME = re.compile(r"\s+for\s+(?:Our\s+)?[A-Z][a-z]")
"""After "March", "for" and a capitalised word: a march's name ("March for Bernie", "the
March for Life", "March for Our Lives")."""


_MONTH_WORDS = rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?"
_LIST_JOIN = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+)"
_MONTH_LISTED_BEFORE = re.compile(rf"\b{_MONTH_WORDS}{_LIST_JOIN}$")
_MONTH_LISTED_AFTER = re.compile(rf"{_LIST_JOIN}{_MONTH_WORDS}")


def in_a_list_of_months(low: str, start: int, end: int) -> bool:
    """ "April, May and June": a month beside others in a list is one, however it could
    be read alone."""
    return bool(
        _MONTH_LISTED_BEFORE.search(low, max(0, start - 16), start)
        or _MONTH_LISTED_AFTER.match(low, end)
    )


_VERB_AFTER_MAY = re.compile(
    r"\s+(?:be|have|not|also|well|yet|soon|even|never|still|already|just|only|or|and)\b",
    re.IGNORECASE,
)


_MAY_NAMES = re.compile(rf"\s+Day\b|{_FIRM_SUFFIX}")
"""What "May" heads as a name: "a May Day stoppage" (a day, not the month), "The May
Department Stores Co"."""
_WORD_FOLLOWS = re.compile(r"[ \t]+[A-Za-z]")


def _may_after_a_determiner(text: str, word: str, before: str, end: int) -> bool:
    """ "a May interview", "the May elections", "its May car production": no modal follows
    an article or a possessive, so a capitalised "May" there is the month; "that May be",
    a heading's "Supporters May Be" stay verbs, and "Barclays de Zoete's May." a person."""
    if word != "May" or _VERB_AFTER_MAY.match(text, end) or _MAY_NAMES.match(text, end):
        return False
    return before in (_DETERMINERS - {"that"}) or (
        before.endswith(("'s", "’s")) and _WORD_FOLLOWS.match(text, end) is not None
    )


_COMPANY_AFTER_MONTH = re.compile(
    r"[ \t]+(?:(?:Co|Cos|Corp|Inc|Ltd|Plc)\b|Department[ \t]+Stores\b"
    r"|(?:Energy|Petroleum|Oil|Gas|Resources|Industries|Mining)\b"
    r"(?:[ \t]+(?:Partners|Co|Corp|Inc|Ltd)\b|(?![ \t]+[A-Z])))"
)
"""After a month's name, the rest of a company's: a corporate suffix ("May Co.", "May
Department Stores Co") or an industry's word that ends the name or comes before one
("May Energy Partners Ltd", "by May Energy unitholders"). An industry's word before another
capitalised word is an office or a body ("In March Energy Secretary Herrington said")."""


def not_a_month(text: str, low: str, word: str, start: int, end: int) -> bool:
    """A month name alone that is a modal "may", a first name ("April Glaspie") or the start
    of a company's name ("May Department Stores Co")."""
    if _COMPANY_AFTER_MONTH.match(text, end):
        return True
    before = word_before(text, start)
    if _MONTH_SLASH_BEFORE.search(low, max(0, start - 16), start):
        return False  # "(November/May)": the second month of a pair
    if _MONTH_DASH_BEFORE.search(low, max(0, start - 16), start):
        return False  # "for shipment March-May": the end of a range of months
    if _MONTH_DASH_AFTER.match(low, end):
        return False  # "the April-June period": the first month of a range
    if rate_row(low, start):
        return False  # "- May Illinois River 100 pct bid": a row of rates for May
    traded = traded_month(low, start, end) is not None
    if traded and _MONTH_SLASH_AFTER.match(low, end):
        return False  # "The May/July backwardation": a pair of contract months
    if (
        word.lower() == "may"
        and before not in _TIME_PREPS
        and not traded
        and not in_a_list_of_months(low, start, end)
        and not _may_after_a_determiner(text, word, before, end)
    ):
        return True  # "May crude closed higher" trades a contract
    name = _A_NAME_AFTER.match(text, end) if before == "by" else None
    if name is not None and _NAME_ENDS.match(text, name.end()):
        return True  # "a book by April Ryan about"; "by May 5", "by April, the bank said" date
    if (
        _NAME_AFTER.match(text, end)
        and before not in _TIME_PREPS
        and (before not in _DETERMINERS or _EVENT_NAMED.match(text, end))
    ):
        # "April Glaspie" is a person; "a September Washington Post poll", "the July
        # Democratic convention" are dated by it, "the October Revolution" is an event's name
        return True
    if _OF_A_NAME.match(low, end) and not _OF_A_COMMON_NOUN.match(text, end):
        return True  # "the March of Dimes" names something; "March of that year" is a date
    if word == "March" and before not in _TIME_PREPS and _FOR_A_NAME.match(text, end):
        return True  # "the group, March for Bernie at DNC"; "in March for Sanders" is a date
    if _NUMBER_AFTER.match(text, end):
        return True
    # "the (annual) March for Life" names an event; "the October slaying" dates one
    if _CAPITAL_AFTER.match(text, end) and not _EVENT_NAMED.match(text, end):
        return False  # "an October CNN interview"
    return before in _BEFORE_A_NAMED_MONTH and not _NOUN_AFTER.match(text, end)


def a_title(text: str, start: int, end: int) -> bool:
    """ "USA Today", "VOA Today", ABC's "This Week": relative words in title case in the middle
    of a sentence name a paper or a programme, not a day or week."""
    words = text[start:end].split()
    if all(w.isupper() for w in words):
        return _a_name_in_capitals(text, start, end)
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    before = text[:start].rstrip(" \t\"“'‘`(")
    return bool(before) and before[-1] not in ".!?:-–—\n"  # not opening a sentence or a line


_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")


def _a_name_in_capitals(text: str, start: int, end: int) -> bool:
    """ "a USA TODAY investigation", "told USA TODAY": a paper that writes its name in
    capitals, the word before in capitals too, in a line of ordinary prose; a heading or a
    line all in capitals ("RATES CUT TODAY") still dates."""
    if not _CAPITALS_BEFORE.search(text, max(0, start - 12), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return sum(c.islower() for c in line) > 2 * sum(c.isupper() for c in line)


_CAPITALISED_AFTER = re.compile(r" (?!(?:Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]")


def a_paper(text: str, expression: str, start: int, end: int) -> bool:
    """ "The Sunday Times", "the Sunday Express": a capitalised weekday between "the" and a
    capitalised word names a paper or a programme, not a day."""
    if not expression[:1].isupper() or " " in expression:
        return False
    return word_before(text, start) == "the" and bool(_CAPITALISED_AFTER.match(text, end))


_PAPER_AFTER = re.compile(
    r"[ \t]+(?:Times|Telegraph|Express|Mirror|Herald|Tribune|Observer|Correspondent|Magazine"
    r"|Journal|Gazette|Chronicle)\b(?![ \t]+[A-Z])"
)
_TIME_WORD_BEFORE = _wordset(
    "on by until till since from through before after last next this early late of at"
    " during between and or"
)


def a_named_weekday(text: str, expression: str, start: int, end: int) -> bool:
    """ "the newspaper Sunday Times", "yesterday's Sunday Times", "the Telegraph and Sunday
    Telegraph", "Hollinger bought Saturday Night" (a magazine): a capitalised weekday before a
    paper's noun, or written "Saturday Night" with no word before it that places a day in
    time, names a publication, not a day. "On Friday Times Mirror said" keeps its day:
    a capitalised word after the paper's noun makes it the start of a longer name."""
    if not expression[:1].isupper():
        return False
    if a_quoted_title(text, start, end):
        return True
    if " " not in expression:
        return _PAPER_AFTER.match(text, end) is not None
    words = expression.split()
    if len(words) != 2 or words[1] != "Night":
        return False
    return word_before(text, start) not in _TIME_WORD_BEFORE


def a_persons_name(text: str, expression: str, start: int, end: int) -> bool:
    """ "a memoir by Wednesday Martin about", "the actress Tuesday Weld", "Wednesday Martin's
    book": a capitalised weekday before a capitalised word is a first name when a word that
    takes a person stands before it, or a possessive or an apposition follows the name. A
    day that opens its sentence or follows a time word or a verb keeps its day ("On Friday
    Taft said", "the State Department said Friday Iran has been informed"), and so does
    "by Friday Smith must" (a deadline: the name is a subject)."""
    if not expression[:1].isupper() or " " in expression:
        return False
    name = _A_NAME_AFTER.match(text, end)
    if name is None:
        return False
    opening = text[:start].rstrip(" \t\"“'‘(")
    if not opening or opening[-1] in ".!?:;-–—\n":
        return _APPOSITION.match(text, name.end()) is not None
    before = word_before(text, start)
    if before == "by":
        return _NAME_ENDS.match(text, name.end()) is not None
    return before in _TAKES_A_PERSON


_A_NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:Morning|Afternoon|Evening|Night|Noon|Midnight|Eve|Day|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|EST|EDT|PST|PDT|CST|CDT)\b)[A-Z][a-z]+\b"
    r"(?![ \t]+(?:Corp|Co|Inc|Ltd|Times|Post|News)\b)"
)
_TAKES_A_PERSON = _wordset(
    "with actress actor author writer novelist columnist reporter correspondent host anchor"
    " singer star starring featuring named called like"
)
_NAME_ENDS = re.compile(
    r"['’]s\b|,\s+(?:the|a|an|who|whose)\b|[ \t]+(?:about|who|whose|wrote|writes)\b"
)
"""After a name "by" led to, what ends the name rather than starts a clause: "by Wednesday
Martin about", "by Wednesday Martin, the author"; "by Friday Smith must" is a deadline."""
_APPOSITION = re.compile(r"['’]s\b|,\s+(?:the|a|an|who|whose)\b")
"""After a name opening a sentence: "Wednesday Martin, the author of", "Wednesday Martin's
memoir"; "Friday Obama said" keeps its day."""


_OPENS_A_TITLE = re.compile(r"(?:[“\"]|'')(?:[A-Z][\w.'’-]*[ \t]+){0,4}$")
_CLOSES_A_TITLE = re.compile(r"(?:[ \t]+[A-Z][\w.'’-]*){0,4}[,.?!]?(?:[”\"]|'')")


def a_quoted_title(text: str, start: int, end: int) -> bool:
    """ "Fox News Sunday," "Sunday Morning Futures": a day inside quotation marks whose every
    word is capitalised is a programme's or a work's title, not a day ("told Fox News
    Sunday" without them keeps its day)."""
    return (
        _OPENS_A_TITLE.search(text, max(0, start - 60), start) is not None
        and _CLOSES_A_TITLE.match(text, end) is not None
    )


_COMPANY_AFTER = re.compile(
    r"[ \t]+(?:A/S|AG|AB|ASA|Oy|SA|S\.A\.|SpA|NV|N\.V\.|BV|GmbH|KG|Ltd|Limited|Plc|PLC|plc"
    r"|Inc|Incorporated|Corp|Corporation)(?![\w/])"
)
_NAME_OF_BEFORE = re.compile(r"[A-Z][\w&.-]*[ \t]+(?:af|av)[ \t]+$")
_BODY_AFTER = re.compile(
    r"[ \t]+(?:committee|club|society)(?![\w-])(?![ \t]+(?:reports?|hearings?|meetings?"
    r"|sessions?|votes?|findings?|recommendations?|rulings?|decisions?|study|studies|budgets?"
    r"|elections?)\b)",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"\bthe[ \t]+(?:[a-z]+[ \t]+)?$", re.IGNORECASE)
"""A body named after a year ("the influential 1922 committee of Conservative back-benchers",
"The 2016 Committee has spent ..."): after "the" (and a word), right before "committee",
"club" or "society", the year is the body's name and no time the story tells of; "the 1987
committee report" still dates the report."""


def in_a_company_name(text: str, start: int, end: int) -> bool:
    """ "Den Danske Bank af 1871 A/S", "Fund 1986 Inc": a year followed by a company's legal
    form, or after a name and the Scandinavian "af"/"av" ("of"), is part of the firm's name;
    so is one between "the" and "committee", "club", "society" (see `_BODY_AFTER`)."""
    return (
        _COMPANY_AFTER.match(text, end) is not None
        or _NAME_OF_BEFORE.search(text, max(0, start - 40), start) is not None
        or (
            _BODY_AFTER.match(text, end) is not None
            and _THE_BEFORE.search(text, max(0, start - 24), start) is not None
        )
    )


_MONTH_WORD = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_SLASH_BEFORE = re.compile(rf"\b{_MONTH_WORD}\s*/\s*$")
_MONTH_SLASH_AFTER = re.compile(rf"\s*/\s*{_MONTH_WORD}(?![a-z])")
_MONTH_DASH_BEFORE = re.compile(rf"\b{_MONTH_WORD}\s*-(?:to-)?\s*$")
_NEXT_IN_PAIR = (
    rf"(?:\s*/\s*|[-–])(?:(?:first|second|last|early|late|mid)[\s-]+(?:half\s+)?)?({_MONTH_WORD})"
)
_INSTRUMENT = r"(?:futures|contracts?|delivery|options?|t-bonds?|t-bills?|t-notes?)"
_TERM = (
    r"(?:delivery|shipment|arrival|loading|expiry|expiration|contracts?|futures|options?"
    r"|t-bonds?|t-bills?|t-notes?|positions|backwardation|contango)(?![\w-])"
)
_PAIR_TERM = r"(?:spread|call|straddle|switch)(?![\w-])"
"""After a pair of months only, a trade between them: "the May/July spread", "for Aug/Oct
call ex-tank". A single month before these words is as often a date ("the September spread
of the disease", "a May call for elections")."""
_FUNCTION_WORD = (
    r"(?:a|an|the|was|were|is|are|be|been|has|had|have|and|or|of|in|for|to|on|at|by|with)"
)
_GOODS = (
    r"(?:crude|bonds?|yen|gold|silver|copper|platinum|cotton|cocoa|coffee|sugar|wheat|corn"
    r"|soybeans|soymeal|soyoil|cattle|hogs|heating oil|gasoline)"
)
_TRADED_AFTER = re.compile(
    rf"(?:{_NEXT_IN_PAIR})+\s+{_PAIR_TERM}"
    rf"|(?:{_NEXT_IN_PAIR})*\s+(?:{_TERM}"
    rf"|(?!{_FUNCTION_WORD}\s)[a-z][a-z.-]*\s+(?:(?!{_FUNCTION_WORD}\s)[a-z0-9][a-z0-9.-]*\s+){{0,2}}"
    rf"{_INSTRUMENT}(?![\w-])"
    rf"|{_GOODS}\s+(?:closed|settled|ended"
    r"|finished|traded|opened|rose|fell|gained|lost|eased|firmed|rallied|slipped|dropped"
    r"|climbed|broke|was|were|at)\b)"
)
"""After a month, words that make it a contract's or a shipment's: "the June contract", "April
crude closed", "for July/August shipment", "June gold delivery", "the May-July contract"."""
_QUOTED_AFTER = re.compile(
    rf"(?:{_NEXT_IN_PAIR})*\s+(?:(?:is|are|was|were)\s+(?:currently\s+|now\s+|still\s+)?)?"
    r"(?:quoted|bid|asked|offered)\s+(?:(?:at|about|around)\s+)*\d"
)
"""After a month (or a pair), a price quoted for it: "July/September was bid at 5 cents",
"leaving July quoted at 1,319 stg", "December is currently quoted about 75 stg above May"."""
_BATCHES_AFTER = re.compile(
    rf"(?:\s*(?:/|-|and|or)\s*{_MONTH_WORD})*\s+(?:shipments|deliveries|loadings|arrivals)\b"
)
_BATCHES_PRICED_AFTER = re.compile(
    rf"(?:{_NEXT_IN_PAIR})*\s+(?:shipments|deliveries|loadings|arrivals)"
    r"(?:\s+of(?:\s+[a-z][a-z.-]*){1,4}?)?\s+(?:traded|sold|offered|quoted|bid|dealt)"
    r"\s+(?:(?:down|up|higher|lower|earlier)\s+)?(?:to|at)\s+(?:up\s+to\s+)?\d"
)
"""After a month, its shipments priced as they trade: "April shipments traded down to 326
dlrs", "June shipments of Malaysian rbd palm olein traded at 335 dlrs". "June shipments
were 677 mln dlrs" counts them."""
_FOR_BEFORE = re.compile(
    rf"\bfor\s+(?:(?:the|various|first|second|last|early|late|mid|half|first-half|second-half|last-half"
    rf"|and|or|{_MONTH_WORD})[\s/-]+){{0,4}}$"
)


_GOODS_AFTER = re.compile(rf"(?:{_NEXT_IN_PAIR})*\s+{_GOODS}(?![\w-])")
_COMMODITY = (
    r"(?:(?:new|old)[\s-]+crop\s+|(?:live|feeder|raw|white|world|unleaded|spot)\s+)?"
    r"(?:soymeal|soyoil|soybeans?|soybean\s+(?:oil|meal)|corn|wheat|oats|barley|rapeseed"
    r"|canola|flaxseed|cocoa|coffee|sugar|cotton|crude|gold|silver|copper|platinum|palladium"
    r"|cattle|feeders|hogs|pork\s+bellies|bellies|heating\s+oil|gasoline|gas\s?oil"
    r"|orange\s+juice|lumber|rubber)"
)
_FIGURES = (
    r"(?:output|production|exports?|imports?|sales?|shipments?|marketings|deliveries"
    r"|plantings|crops?|harvests?|consumption|stocks|inventor(?:y|ies)|suppl(?:y|ies)|arrivals"
    r"|receipts|loadings|purchases|use|usage|crush(?:ings)?|grind(?:ings)?|disappearance"
    r"|placements|slaughter|prices?|figures?|data|estimates?|forecasts?|reports?|quotas?"
    r"|agreements?|pacts?|programs?|programmes?|tenders?|auctions?|issues?|years?|seasons?"
    r"|registrations?|markets?|rates?|index|trade|balance|deficit|surplus|demand|needs"
    r"|requirements|reserves|holdings|loans?|payments?|budget|bill|policy|talks|meeting)"
)
_COMMODITY_AFTER = re.compile(
    rf"(?:{_NEXT_IN_PAIR})*\s+{_COMMODITY}(?![\w-])(?![ \t]+{_FIGURES}(?![\w-]))"
)
"""After a month, a commodity traded by delivery month with no figures of it after: "bought
July soymeal", "April heating oil could rally", "lots of May cocoa", "new December barley".
"December oil production", "January wheat exports", "the January coffee quota" report a
month's figures or name a thing of that month instead."""
_TRADED_BEFORE = re.compile(
    r"\b(?:(?:(?:lots|contracts|buyers?|sellers?)\s+of|bought|sold|buying|selling|spreading"
    r"|quoted|basis)\s+"
    r"(?:(?:new|old)[\s-]+crop\s+)?|(?:new|old)[\s-]+crop\s+)$"
)
"""Before a month, a contract traded by that name alone: "250 lots of May done", "sold May",
"a buyer of September", "spreading May/July", "a buyer in new crop December", "quoted
October-December at 120 cents", "basis July at its high"."""
_OVER_BEFORE = re.compile(
    r"\b\d[\d./-]*\s+(?:(?:cents?|cts|points?|dlrs|stg)\s+)?(?:over|under|ov|un)\s+$"
)
"""Before a month, a premium or a discount to it, as cash prices are quoted against a
futures contract: "traded at 25 cents over May", "24 over July", "18 ov Jly bid". A share
("rose 5 pct over December") compares with a month's figures instead."""
_NEXT_PRICE_BEFORE = re.compile(
    r"\b(?:traded|trading|trades|offered|offering|sold|selling|bid|quoted|went|dealt|done"
    r"|opened|closed|settled|finished)\b(?:[^.;:]|\.(?=\d)){0,60}?\bat\s+\d"
    r"(?:[^.;:]|\.(?=\d)){0,40}?\s+and\s+$"
)
_ROW_HEAD_AFTER = re.compile(
    r"[ \t]+-[ \t]+(?:\d[\d/.-]*[ \t]+(?:ov|over|un|under)\b|no\s+(?:bids?|offers?)\b)"
)
"""After a month, a row of bids and offers it heads, against a futures month: "June - 13 ov
Jly bid, 15 offered", "May - No bids, 25 ov May offered"."""
_AT_PRICE_AFTER = re.compile(r"\s+at\s+\d")
"""Around a month, the next price of a list whose first was traded, offered or sold at a
figure: "offered at 124 stg and May at 125 stg", "traded at 335 dlrs and July at 332.50".
"Prices averaged 120 dlrs in January and December at 118 dlrs" reports figures."""
_LIST_TRADED_AFTER = re.compile(
    rf"(?:\s*(?:,|and|or)\s*{_MONTH_WORD}(?![a-z]))*\s+(?:the\s+(?:(?:two|three|four|nearby"
    r"|near|front|deferred|spot|unlimited|limited|active|most|traded)\s+){1,3}"
    r"(?:positions|contracts|months)\b"
    rf"|(?:(?!{_FUNCTION_WORD}\s)[a-z][a-z-]*\s+){{1,4}}(?:traded|sold|offered|quoted|bid|dealt)"
    r"\s+(?:(?:earlier|late|early|yesterday)\s+)?at\s+\d)"
)
"""After a month, or a list of months joined by "and" or "or", what names them contracts:
"making May and July the two nearby unlimited positions", "May and June RBD palm olein
traded earlier at 332.50 dlrs". After "in" or another word of time ("In May shares traded
at 12 dlrs") the month is when something was done instead."""
_PAIR_AFTER = re.compile(rf"(?:{_NEXT_IN_PAIR})*")
_MONEY = (
    r"(?:dlrs|dollars|cents|cts|stg|sterling|pounds|marks|yen|francs|rand|ringgit|guilders"
    r"|ecus?|lire|pesos|rupees|pence)"
)
_PRICED_FOR = re.compile(
    r"\b(?:sold|sells?|selling|bought|buys?|buying|offered|offers?|offering|bid|bids|quoted"
    r"|traded|trades|trading|registered|closed|opened|finished|ended|done|dealt|fixed|booked)"
    r"\b[^.;:]{0,60}?\bat\s+(?:(?:about\s+|around\s+)?\d[\d.,/-]*(?:\s+(?:to|and)\s+\d[\d.,/-]*)?"
    rf"\s+(?:u\.?s\.?\s+)?{_MONEY}\b|(?:the\s+)?(?:same|similar|unchanged)\s+prices?\b)"
    rf"[^.;:]{{0,40}}?\bfor\s+(?:{_MONTH_WORD}\s*/\s*)*$"
)
"""Before a month, a deal at a price for it: "sold two cargoes at 237.35 dlrs a tonne cif
for", "closed higher at 228 cents per kilo for", "options to sell more at the same price
for". A total ("825 mln dlrs for March") or a valuation ("valued at 757 rand an ounce for
March") reports a month gone by instead."""
_CARGOES_OF = re.compile(rf"\b(?:cargo(?:es)?|parcels?)\s+(?:of|for)\s+(?:{_MONTH_WORD}\s*/\s*)*$")
"""Before a month, the cargoes dealt for it: "two to three cargoes of April/May"."""
_SHIPPED_IN = re.compile(
    r"\bfor\s+(?:shipment|delivery|loading|arrival)\s+(?:(?:in|between|during|from)\s+)?"
    r"(?:(?:the\s+)?(?:first|second|last)[\s-]+half\s+of\s+)?"
    rf"(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH_WORD}\s*[/-]\s*(?:(?:early|late|mid)[\s-]+)?)*$"
)
"""Before a month, a term of shipment named first: "for shipment in late July/August", "for
shipment between April/May/July", "is for shipment March-May"."""
_A_SECOND_TERM = re.compile(
    r"\bfor\s+[^.;:]{0,30}?\b(?:shipments?|deliveries|delivery|loadings?|arrivals?)\b[^.;:]*?"
    rf"\bfor\s+(?:{_MONTH_WORD}\s*/\s*)*$"
)
"""Before a pair of months after "for", a term of shipment named earlier in the sentence
(itself after "for"; "Shipments for Jan/Feb totalled" reports figures):
"for various May/Aug shipments, with 210,000 tonnes of soft wheat for Aug/Sept" is a second
term of the same purchase."""
_AMOUNT = (
    r"\d[\d.,/]*\s+(?:mln\s+)?(?:tonnes|tons|mt|bales|bags|barrels|bushels|lots|cargoes)"
    r"(?:\s+each)?(?:\s+spread)?\s+(?:in|from|during|between|through)\s+"
)
_MONTH_LIST = rf"{_MONTH_WORD}(?:\s*(?:,|and|to|through|/|-)\s*{_MONTH_WORD})*"
_SHIPPED_AMOUNTS = re.compile(
    r"\b(?:for|in)\s+(?:shipments?|deliver(?:y|ies)|loadings?)\s+of\s+"
    rf"(?:{_AMOUNT}{_MONTH_LIST}\s*(?:,\s*|and\s+)+)*{_AMOUNT}"
    rf"(?:{_MONTH_WORD}\s*(?:,|and|to|through|/|-)\s*)*$"
)
"""Before a month, amounts to ship in it, one month after another: "calls for shipment of
6,100 tonnes in May, 12,200 tonnes each in June, July and August and 12,300 tonnes in
September", "in shipments of 10,000/15,000 tonnes spread from May to July". "Shipments of
5,000 tonnes were made in October" reports them."""
_PRICE_FOR = re.compile(
    rf"\b\d[\d.,]*\s+(?:(?:u\.?s\.?\s+)?{_MONEY}|times\s+(?:new\s+york|london|chicago)\s+"
    rf"{_MONTH_WORD})\s+for\s+(?:{_MONTH_WORD}\s*/\s*)*$"
)
"""Before a pair of months, a price for it, as a list of prices names one after another:
"785 dlrs for May, 753 dlrs for Aug and 0.39 times New York Dec for Oct/Dec". A total
("825 mln dlrs for Oct/Dec") reports the months' figures."""
_PAIR_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD}\s*[/-]\s*)+$")
"""Before a month, the months it is paired with: "Apr/May", "Apr-May" (a row of prices names
its terms either way)."""
_A_PERIOD_BEFORE = re.compile(r"\b(?:in|during|since|through|until|till|by|from)\s+$")
_PRICED_AFTER = re.compile(
    rf"(?:\s+(?!{_FUNCTION_WORD}\s)[a-z]+)?(?:\s+(?:sold|sells|selling|going|goes|went"
    r"|traded|trading|trades|done|dealt|offered|offering|quoted|fetched|fetching))?"
    rf"\s+at\s+(?:up\s+to\s+)?\d(?:[^.;:]|\.(?=\d)){{0,30}}?\b(?:{_MONEY}|times)\b"
)
"""After a pair of months, the price it went at, as a list of prices gives it: "March/April
sold at 4,340 and 4,350 dlrs", "April/May butter went at 2.27 times New York May", "June/July
at 4,400 dlrs". A single month ("sales in March at 500 mln dlrs") may report figures."""


_ROW_PRICE_AFTER = re.compile(
    r"[ \t]+(?:(?:no\s+quote|even)\b|\d[\d.,/-]*(?=[ \t]*(?:\n|$)|[ \t]+(?:\d|(?:over|under"
    r"|up|down|dn|off|unch|unchanged|paids?|slrs|sellers|buyers|bid|offered|asked|nominal|traded"
    rf"|{_MONTH_WORD}|[a-z]{{3}}/)\b)))"
)
"""After a pair of months, a price as a list of prices gives it, with no words between:
"Jun/Jul 415.00 Jul/Aug 425.00 paids", "Oct/Dec 183 down 0.50", "Mar/May 50 over May",
"Jul/Dec no quote", "Apr/May 167.00 May/Jun 166.00". A year ("January/February 1987") is no
price: no such word follows it."""


def _priced(low: str, start: int, end: int, pair_end: int) -> bool:
    """Whether the month at `[start, end)`, in a pair running to `pair_end`, is one a price or
    a cargo is dealt for, so that every month of a list of prices lies ahead alike."""
    if _PRICED_FOR.search(low, max(0, start - 140), start):
        return True
    lo = max(0, start - 60)
    if _CARGOES_OF.search(low, lo, start) or _SHIPPED_IN.search(low, lo, start):
        return True
    if _A_SECOND_TERM.search(low, max(0, start - 160), start):
        return True
    if _SHIPPED_AMOUNTS.search(low, max(0, start - 200), start):
        return True
    pair = _PAIR_BEFORE.search(low, max(0, start - 40), start)
    first = pair.start() if pair else start
    if first == start and pair_end == end:
        return False
    if _PRICE_FOR.search(low, max(0, first - 60), first):
        return True
    if _A_PERIOD_BEFORE.search(low, max(0, first - 8), first):
        return False
    return (
        _PRICED_AFTER.match(low, pair_end) is not None
        or _ROW_PRICE_AFTER.match(low, pair_end) is not None
    )


_ROW_START = re.compile(
    rf"(?:^|\n)[ \t]*[-*•][ \t]+(?:[^\n]*?\bwith[ \t]+)?(?:{_MONTH_WORD}[ \t]*/[ \t]*)*$"
)
_RATE_WORDS = re.compile(r"\b(?:bid|offered|asked|quoted|nominal|pct of tariff)\b")


def rate_row(low: str, start: int) -> bool:
    """Whether the month at `start` heads a row of a list of rates quoted, bid or offered
    for a period of loading or delivery ("- Sept/Nov lower Mississippi River 137-1/2 pct
    bid/145 offered", "- April Illinois River bid at 142 pct", "..., with Sept/Dec same
    section 125 pct bid"): such a period lies ahead, as barge freight and charter rates are
    quoted for. Only a line opening with a dash or a bullet is a row."""
    line_start = low.rfind("\n", 0, start) + 1
    row = _ROW_START.search(low, max(0, line_start - 1), start)
    if row is None:
        return False
    line_end = low.find("\n", start)
    return _RATE_WORDS.search(low, start, len(low) if line_end < 0 else line_end) is not None


_NEAR_BEFORE = re.compile(r"\b(?:near|nearby|spot|deferred|front|back)\s+$")
_TRADING_AFTER = re.compile(
    r"\s+(?:(?:was|were)\s+(?:also\s+)?(?:well\s+)?(?:up|down|off|higher|lower|unchanged)"
    r"|closed|settled|ended|finished|opened|traded|rose|fell|gained|lost|eased|firmed"
    r"|slipped|dropped|climbed|jumped|closing|settling|ending|finishing|opening)\b"
    r"[^.;]{0,40}?\d"
    r"|\s+(?:was|were)\s+(?:at\s+(?:(?:an?|the|its)\s+(?:[a-z]+\s+){0,2}(?:low|high)\s+of\s+)?)?"
    r"\d[\d,]*(?:\.\d+)?(?!\d|[.,]\d|\s*(?:pct|percent|per\s+cent|%|mln|bln|billion|million"
    r"|tonnes|tons|bales|bags|barrels|lots|contracts))"
)
"""After a month, how it traded: up or down, closing, or a bare price ("Key June was 111.31",
"August was at a morning low of 1,168 francs"); a share or an amount ("September was 110.10
pct of its level", "were 5,000 tonnes") is a month's figures instead."""
_FUTURES_STORY = re.compile(r"\bfutures\b")
_PERIOD_BEFORE = _wordset(
    "in on since by until till from during through throughout before after of for to between"
    " early late mid around last this next"
)
FUTURES_REACH = 1500
"""How far back a story must have spoken of futures for a month traded at a price to be a
contract's."""


def _a_contract_trading(low: str, start: int, end: int) -> bool:
    """ "with near July trading at 1,319 stg", "September closed at 12.35 dlrs, up 55, and
    December settled at 11.70": in a story about futures, a month that trades or closes at a
    figure, or the near or spot one, is a contract's; "In September prices rose 5 pct" and
    "September sales fell" report figures."""
    if _NEAR_BEFORE.search(low, max(0, start - 10), start):
        return True
    if not _TRADING_AFTER.match(low, end):
        return False
    if word_before(low, start) in _PERIOD_BEFORE:
        return False
    return _FUTURES_STORY.search(low, max(0, start - FUTURES_REACH), start) is not None


_CONTRACT_NAMED_AFTER = re.compile(
    r"\s+(?:sterling|euro-?dollars?|s\s*(?:and|&)\s*ps?(?:\s+500s?)?|t-bonds?|bonds?)(?![\w-])"
    r"(?!\s+(?:m\d|bank|lending|issues?|yields?|auctions?|sales?|coupons?|money)\b)"
)
"""After a month in a futures story, a financial contract traded by it: "June sterling",
"June S and P 500s", "June eurodollar", "a chart gap in June bonds". "September sterling
bank lending", "the March bond issue" are a month's figures and issues."""
_SETS_A_CONTRACT_MARK = re.compile(
    r"(?:\s+and\s+[a-z]+\.?)?(?:\s+[a-z-]+){0,3}?\s+(?:again\s+)?(?:set|sets|hit|hits|made|makes"
    r"|reached|reaches)\s+(?:a\s+)?(?:new\s+)?(?:life-of-)?contract\s+(?:highs?|lows?)\b"
    r"|\s+(?:paced|led)\s+(?:the\s+)?(?:nearbys|deferreds)\b"
)
"""After a month, a contract's own marks: "June sterling set a new contract high", "May and
July oats again set new contract lows", "July paced nearbys lower"."""
_LOADING_BEFORE = re.compile(r"\bloading\s+(?:in|during|for)\s+(?:early\s+|late\s+|mid-?)?$")
"""Before a month, a cargo's loading: "a cargo of Duri loading in July was traded" is dealt
ahead of the loading."""


def _a_contract_named(low: str, start: int, end: int) -> re.Match[str] | None:
    """The months from `start` on when the month is a contract's by the words around it (see
    `_CONTRACT_NAMED_AFTER`, `_SETS_A_CONTRACT_MARK`, `_LOADING_BEFORE`), else None."""
    named = _CONTRACT_NAMED_AFTER.match(low, end) and _FUTURES_STORY.search(
        low, max(0, start - FUTURES_REACH), min(len(low), end + FUTURES_REACH)
    )
    if (
        named
        or _SETS_A_CONTRACT_MARK.match(low, end)
        or _LOADING_BEFORE.search(low, max(0, start - 24), start)
    ):
        return _PAIR_AFTER.match(low, end)
    return None


def traded_month(low: str, start: int, end: int) -> int | None:
    """The last month of the term when the month at `[start, end)` names a futures contract or
    a term of shipment ("the June contract", "for May/July shipment", "for May crude"), or
    the month a price or a cargo is dealt for ("sold at 237 dlrs a tonne for April/May",
    "cargoes of April/May", "June/July at 4,400 dlrs"), else None.

    Such a month lies in the month the story is written or ahead, whatever tense the trading
    is told in. "February shipments were 677 mln dlrs" reports figures, so plural shipments
    count only after "for" ("for May and June shipments")."""
    m = (
        _TRADED_AFTER.match(low, end)
        or _QUOTED_AFTER.match(low, end)
        or _quoted_range(low, start, end)
        or _BATCHES_PRICED_AFTER.match(low, end)
        or _a_contract_named(low, start, end)
    )
    if m is None and word_before(low, start) not in _PERIOD_BEFORE:
        m = _LIST_TRADED_AFTER.match(low, end)
    if m is None:
        lo = max(0, start - 60)
        m = _BATCHES_AFTER.match(low, end) or _GOODS_AFTER.match(low, end)
        if m is None or not _FOR_BEFORE.search(low, lo, start):
            m = _COMMODITY_AFTER.match(low, end)
            if m is None and (
                _TRADED_BEFORE.search(low, max(0, start - 30), start)
                or _OVER_BEFORE.search(low, max(0, start - 30), start)
                or _ROW_HEAD_AFTER.match(low, end)
                or _a_contract_trading(low, start, end)
                or (
                    _AT_PRICE_AFTER.match(low, end)
                    and _NEXT_PRICE_BEFORE.search(low, max(0, start - 120), start)
                )
            ):
                m = _PAIR_AFTER.match(low, end)
            if m is None:
                m = _PAIR_AFTER.match(low, end)
                if not _priced(low, start, end, m.end()) and not rate_row(low, start):
                    return None
    months = [MONTHS[w.rstrip(".")] for w in _MONTHS_IN.findall(low, start, m.end())]
    return months[-1] if months else None


_QUOTED_RANGE_AFTER = re.compile(
    rf"\s+(?:through|thru|to)\s+{_MONTH_WORD}\s+(?:(?P<quote>offered|bid|asked)|months)\b"
)
_PREMIUM_BEFORE = re.compile(
    r"\b(?:premium|discount|spread)s?\s+(?:over|to|under|against|with)\s+the\s+$"
)


def _quoted_range(low: str, start: int, end: int) -> re.Match[str] | None:
    """A range of months a price is quoted for ("July through September offered 0.60 over")
    or set against ("a premium over the August through October months"): contract months.
    "Rain fell over the June through August months" is a season's, and keeps its tense."""
    m = _QUOTED_RANGE_AFTER.match(low, end)
    if m is None or m.group("quote"):
        return m
    return m if _PREMIUM_BEFORE.search(low, max(0, start - 40), start) else None


_DAYS_AFTER = (
    rf"(?:\s*(?:[-/–]|to|and|through)\s*(?:{_MONTH_WORD}\s*)?\d{{1,2}}(?:st|nd|rd|th)?(?!\d))*"
)
_DELIVERY_DAYS_AFTER = re.compile(
    rf"{_DAYS_AFTER}\s+(?:delivery|shipment|arrival|loading)(?![\w-])"
)
_DELIVERY_BATCHES_AFTER = re.compile(
    rf"{_DAYS_AFTER}\s+(?:deliveries|shipments|arrivals|loadings)\b"
)


def delivery_term(low: str, start: int, end: int) -> int | None:
    """The last month of a term of delivery that the day at `[start, end)` opens ("for
    November 1-15 delivery", "for June 20/July 20 shipment"), else None: such a day lies
    ahead as a delivery month does, unless the term runs through the month of writing."""
    m = _DELIVERY_DAYS_AFTER.match(low, end)
    if m is None:
        m = _DELIVERY_BATCHES_AFTER.match(low, end)
        if m is None or not _FOR_BEFORE.search(low, max(0, start - 60), start):
            return None
    months = [MONTHS[w.rstrip(".")] for w in _MONTHS_IN.findall(low, start, m.end())]
    return months[-1] if months else None


_MONTHS_IN = re.compile(rf"\b{_MONTH_WORD}(?![a-z])")


_WEEKDAY_WORD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MORE_DAYS_AFTER = re.compile(
    rf"s?(?:\s*(?:,|and|or)\s*{_WEEKDAY_WORD})*\s+(?:mornings|afternoons|evenings|nights)\b"
    r"|s\b",
    re.IGNORECASE,
)


_NTH_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|final)\s+$", re.IGNORECASE)
_OF_A_MONTH = re.compile(r"\s+(?:of|in)\s+(?:the|every|each|a)\s+month\b", re.IGNORECASE)


def recurring(text: str, start: int, end: int) -> bool:
    """ "each Thursday", "every January", "on Monday and Tuesday nights", "the third Friday of
    every month": a day or month that comes round again is a schedule, not a date on the
    timeline."""
    if word_before(text, start) in ("each", "every"):
        return True
    if _NTH_BEFORE.search(text, max(0, start - 30), start) and _OF_A_MONTH.match(text, end):
        return True  # "expire on the third Friday of every month": a rule, no one day
    words = text[start:end].lower().split()
    if words[-1] in ("morning", "afternoon", "evening", "night"):
        return text[end : end + 1] == "s"
    return _MORE_DAYS_AFTER.match(text, end) is not None and words[-1].startswith(
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    )


_INDEFINITE = frozenset({"a", "an", "any"})
_WEEKDAY_RANGE_AFTER = re.compile(
    rf"(?:\s*(?:to|through|thru|until|till|-|–)\s*){_WEEKDAY_WORD}\b", re.IGNORECASE
)
_WEEKDAY_RANGE_BEFORE = re.compile(
    rf"\b{_WEEKDAY_WORD}(?:\s*(?:to|through|thru|until|till|-|–)\s*)$", re.IGNORECASE
)
_WEEKLY_HOURS = re.compile(
    r"\b(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b\.?|noon|midnight|local\s+(?:[a-z]+\s+)?time"
    r"|opening\s+hours|business\s+hours|working\s+(?:week|days?)|inclusive"
    r"|(?:five|six|seven|four|[4-7])[\s-]day\s+week|open|opens|operate|operates)\b",
    re.IGNORECASE,
)
"""In a sentence with a range of weekdays, words that make it the days of every week: hours
of the day ("from 7.30 a.m. to 12 noon"), the week itself ("a five day week", "inclusive"),
or what is open or operating on them ("banks will now open from Sunday to Thursday")."""


def every_week(text: str, start: int, end: int) -> bool:
    """ "on a Saturday", "any Monday", "open from Sunday to Thursday": a weekday of no
    particular week, which TimeML types a SET, not a DATE. "A Friday close" and "a Monday
    court ruling" name one thing on one day and keep it."""
    before = word_before(text, start)
    if before in _INDEFINITE:
        return before == "any" or not _NOUN_AFTER.match(text, end)
    in_range = _WEEKDAY_RANGE_AFTER.match(text, end) or _WEEKDAY_RANGE_BEFORE.search(
        text, max(0, start - 20), start
    )
    if not in_range:
        return False
    lo = max(
        text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start)
    )
    stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min([*stop, end + 120])
    return _WEEKLY_HOURS.search(text, max(0, lo, start - 200), hi) is not None


_WEEKLY_KIND_AFTER = re.compile(
    r"[ \t]+(?:circulations?|(?:news)?papers?|editions?|supplements?|magazines?|prayers?"
    r"|sermons?)\b",
    re.IGNORECASE,
)


def weekly_kind(text: str, end: int) -> bool:
    """ "a Sunday circulation of 30,900", "the British Sunday paper", "Saturday editions",
    "Friday prayers": a weekday naming a kind of thing that comes out or takes place every
    week, not a day; "a Friday closing price" still names one Friday."""
    return _WEEKLY_KIND_AFTER.match(text, end) is not None
