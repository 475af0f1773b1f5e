"""The rules that recognise temporal expressions and resolve them against a DCT.

Each rule is a pattern (run over lower-cased text) and a handler that turns the
matched words into a TimeML value, using the document creation time (DCT, the
article's date) for relative expressions. Extents follow TimeML: prepositions
stay outside ("on **Monday**"), modifiers that belong to the expression stay
inside ("**last week**", "**a year ago**", "**early next year**").

Rules are ordered longest first because a regex alternation takes the first
alternative that matches at a position, not the longest one.

Resolution follows what news annotators do (and HeidelTime's news mode): a bare
weekday or month is the most recent one on or before the DCT unless the clause
is in the future tense; a written day without a year is the nearest such day;
"the quarter" or "a year earlier" points back at the period last mentioned.

This module holds only the patterns and the table that ties each to its
handler. The handlers live by what they resolve: `calendar` (named days,
months, years, holidays), `quarters` (quarters and year-on-year
comparisons), `relative` (counts from the DCT or the last date); the
clause's tense and the remembered dates they read are in `context`, and
the vetoes for numbers and names that only look like dates in `guards`.
"""

from __future__ import annotations

from . import calendar as cal
from . import quarters as quarters
from . import relative as rel
from . import short
from .context import Context, Handler, remember

__all__ = ["FAMILIES", "HOLIDAY_NAMES", "MON", "RULES", "WDAY", "Context", "remember"]

# --- pattern pieces (all non-capturing; handlers re-read the matched words) --

# Patterns run over the lower-cased text (case-sensitive matching is twice as fast);
# names of months, days and holidays are then checked for their capital in the original.
MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?:(?![\w-])|(?=-(?:to-)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|(?![\w.]))"
MON = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
# Not "May 17,090": a figure with a thousands separator after a month is a table's cell.
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[:.]\d|,\d{3}(?!\d))"
# Days spelled out, as broadcast transcripts write them ("March eighth").
DAYWORD = (
    r"(?:(?:twenty[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth|thirty[\s-]first)(?![\w-])"
)
# Days spelled as cardinals after a month, as wire copy writes payment dates ("payable
# April one"), only where no noun follows: "In April two men were arrested" names no day.
# A paragraph's end is a stop too: dividend notices put "Pay April one" on a line of its own.
_CARD_STOP = (
    r"\s*(?:[,.;:)]|$)|[ \t]*\r?\n[ \t]*\r?\n|\s+(?:to|and|at|for|when|after|before|until|through"
    r"|from|unless|or|with|is|was|will|would|on|the|a|an|its|his|her|their|that|this|all|as|by"
    r"|but|under|following|instead|last)\b|,?\s+(?:1[5-9]|20)\d\d\b"
)
# From two on, a number counts only a plural ("two men", "three Japanese banks", "two of
# them", "two hundred"): before any other word it is the day ("from April six the
# filing", "the March five earthquake", "ended January three were"). "One" counts a
# singular ("In April one analyst said"), so it keeps to the stops above.
_PLURAL = (
    r"(?!(?:its|this|his|was|has|is|as|us|thus|plus|unless|perhaps|always|whereas|across)\b)"
    r"[a-z]+s\b|(?:men|women|people|children|police|staff)\b"
)
_NOT_COUNTED = (
    rf"\s+(?!(?:[a-z]+\s+)?(?:{_PLURAL})|(?:of|more|other|hundred|thousand|million|mln|billion"
    r"|bln|dozen|pct|percent|per|cent|sixty|seventy|eighty|ninety)\b)[a-z]"
)
DAYCARD = (
    rf"(?:one(?={_CARD_STOP})|(?:(?:twenty|thirty)[\s-](?:one|two|three|four|five|six|seven"
    r"|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    rf"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)(?={_CARD_STOP}|{_NOT_COUNTED}))"
)
DAY = rf"(?:{DAYNUM}|{DAYWORD}|{DAYCARD})"
# "January 1 next year", "5 March of last year": the year told from this one.
REL_YEAR = r"(?:,?\s+(?:of\s+)?(?:last|this|next)\s+year(?!\w))"
YEAR = r"(?<![\d,.$£€#])(?:1[5-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
SPELLED_YEAR = (
    r"(?:nineteen|twenty)[\s-]+(?:hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two thousand(?:[\s-]+and[\s-]+\w+)?"
)
ANYYEAR = rf"(?:{YEAR}|{SPELLED_YEAR})"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
NUM = (
    # "twenty-five years ago", "forty two years ago": tens and units written as words.
    rf"(?:{_TENS}[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b"
    r"|(?<![\d,.])\d{1,3}|a couple of|a few|several|a|an|one|two|three|four|five|six|seven|eight"
    rf"|nine|ten|eleven|twelve|fifteen|{_TENS})"
)
APPROX = (
    r"(?:(?:about|almost|nearly|some|roughly|only|just|barely|more than|less than|over|around)\s+)"
)
POD = r"(?:\s+(?:morning|afternoon|evening|night))"
# "end-1986", "end-March": wire copy's hyphenated end of a year or month.
EDGE = (
    r"(?:early|late|mid|end(?=-)|the (?:beginning|end|middle|start|rest|first half|second half) of)"
)
ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
_THAT_OPENS = (
    r"(?:(?<=\bin )|(?<=\bby )|(?<=\buntil )|(?<=\bsince )|(?<=\bduring )|(?<=\bof )"
    r"|(?<=\bfrom )|(?<=\bthrough )|(?<=\. )|(?<=^)|(?<=\n))"
)
"""Before "that" and a month, what makes "that" point back rather than join a clause
("said that November sales fell"): a preposition or the sentence's start."""
# "4th qtr", "prior qtr": results tables and notes abbreviate the quarter.
QUARTER = r"(?:quarter|qtr)"
# "said that second quarter growth could be zero", "reported that third quarter net fell":
# after a verb of saying or expecting, "that" opens a clause and points back at no quarter.
# One fixed-width look-behind per verb, as `re` needs, tried only once "that" has matched.
_SAID_THAT = "".join(
    rf"(?<!\b{verb}\sthat)"
    for verb in (
        "said", "says", "say", "saying", "reported", "reports", "added", "adds", "announced",
        "noted", "stated", "expects", "expected", "estimated", "predicted", "forecast",
        "believes", "believed", "confirmed", "disclosed", "indicated", "warned", "showed",
        "shows", "revealed", "projected", "told", "explained",
    )
)  # fmt: skip
QMOD = (
    r"(?:(?:fiscal|calendar|year[- ]ago|year-earlier|same|comparable|corresponding|latest|current"
    r"|previous|prior"
    rf"|{YEAR}|fiscal {YEAR}|{YEAR}'s|this year's|last year's|next year's)[\s-]+)"
)

_MONTHS_TO = r"\.?(?:\s*[/–-]\s*|\s+to\s+)"
_QUARTER_SPAN = (
    rf"jan(?:uary)?{_MONTHS_TO}mar(?:ch)?\.?|apr(?:il)?{_MONTHS_TO}june?\.?"
    rf"|jul(?:y)?{_MONTHS_TO}sep(?:t(?:ember)?)?\.?|oct(?:ober)?{_MONTHS_TO}dec(?:ember)?\.?"
)
"""The first and last months of a calendar quarter, joined by a slash, a dash or "to"."""

# --- the rules, longest first -----------------------------------------------------

HOLIDAY_NAMES = (
    r"(?:christmas(?: eve| day)?|new year['’]s (?:day|eve)|thanksgiving(?: day)?|easter(?: sunday)?"
    r"|halloween|valentine['’]s day|independence day|labor day|memorial day|election day"
    r"|boxing day|good friday|black friday|columbus day|veterans['’]? day|presidents['’]? day"
    r"|martin luther king(?:,? jr\.?)? day|mlk day|mother['’]s day|father['’]s day"
    r"|(?:st\.? |saint )patrick['’]s day|super tuesday|inauguration day"
    # Days of a fixed date that news names as often as the ones above ("a taco bowl on Cinco
    # de Mayo", "crowds celebrating Bastille Day"), and the weekend of New Year's
    r"|cinco de mayo|bastille day|juneteenth|flag day|earth day|pearl harbor day|v-?e day"
    r"|canada day|australia day|armistice day|new year['’]s(?=\s+weekend\b))(?!\w)"
)
_REL_UNITS = (
    r"(?:this past|this coming|the past|the coming|the last|the next|last|next|this"
    r"|(?:past|coming|future)(?=\s+(?:days|weeks|months|quarters|years)))\s+"
    r"(?:(?:few|several|couple of|two|three|four|five|six|\d+)\s+)?"
    r"(?:fiscal\s+)?(?:weekend|week|month|year|quarter|decade|century)s?(?![\w-])"
)
# "in the past" is the past at large; "the past few years", "the past 20 months" are spans.
_NOT_A_SPAN = (
    r"(?!\s+(?:few|several|couple|dozen|\d|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|days?|weeks?|months?|years?"
    r"|decades?|century|centuries|quarters?|seasons?|spring|summers?|fall|autumn|winters?)\b)"
)
_SAME_PERIOD = r"(?:\s+(?:last year|a year (?:earlier|ago)))?"

# A clock time written before its day belongs to the same expression ("4 a.m. EDT Thursday").
CLOCK = r"(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.m\.(?:\s+(?:[ecmp][sd]t|gmt))?,?\s+"

RULES: list[tuple[str, str, Handler, bool]] = [
    # name, pattern, handler, whether the value becomes the reference for anaphora
    ("clock_wday", rf"{CLOCK}{WDAY}", cal.clock_day, True),
    ("clock_md", rf"{CLOCK}{MON}\s*{DAYNUM}(?:,?\s+{YEAR})?", cal.clock_day, True),
    (
        "half_year",
        r"the\s+(?:(?:first|second|last|latter)\s+half|(?:first|last)\s+two\s+quarters)"
        rf"(?:\s+of\s+(?:fiscal\s+)?(?:{YEAR}|(?:this|next|last)\s+year|the\s+year)"
        rf"|\s+(?:fiscal\s+)?{YEAR})?(?![\w-]|\s+of\b|\s+hours?\b)"
        # "the second half of July": a month's half is that month on a timeline.
        rf"|the\s+(?:first|second|last|latter)\s+half\s+of\s+{MONTH_FULL}(?:,?\s+{YEAR})?"
        # Without "the", a half is a year's only before its year or a results word:
        # "first half 1987", "first-half profit", "1st half Shr"; not "first half play".
        rf"|(?:first|second|1st|2nd)[\s-]half(?:\s+(?:of\s+)?(?:fiscal\s+)?{YEAR}(?![\w-])"
        r"|(?=\s+(?:profits?|results|sales|earnings|turnover|net|loss|losses|revenues?|revs"
        r"|growth|output|performance|shr|oper|deficit|surplus|figures)\b))"
        # "the 1986 second half", "last year's first half", "a 1987 first-half loss": the year
        # written before its half, as "the 1986 fourth quarter" is
        rf"|(?:the\s+)?(?:{YEAR}|(?:last|this|next)\s+year['’]s)[\s-]+(?:first|second|1st|2nd)"
        r"[\s-]half(?![\w-]|\s+(?:of|hours?|century|centuries|decades?)\b)",
        cal.half_year,
        True,
    ),
    ("iso", r"(?:1[5-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])", cal.iso, True),
    ("short_period", short.SHORT_PERIOD, short.short_period, True),
    (
        "numeric",
        r"(?:0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?:0?[1-9]|[12]\d|3[01])(?P=sep)(?:1[5-9]|20)\d\d"
        r"(?![\d/.]\d)|(?:1[5-9]|20)\d\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])"
        # "5/14/82", "(9/17/16)": American tables and captions write the year in two digits.
        r"|(?<![\d/.])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])/\d\d(?![\d/]|[.,]\d)",
        cal.numeric,
        True,
    ),
    (
        "wday_date",
        rf"(?:(?:this past|this coming|last|next|this)\s+)?{WDAY},?\s+(?:the\s+)?"
        rf"(?:{MON}\s*{DAY}|{DAYNUM}\s+(?:of\s+)?{MON})(?:,?\s+{YEAR})?",
        cal.calendar_rule,
        True,
    ),
    (
        "week_of",
        rf"the\s+week\s+of\s+(?:{MON}\s*{DAYNUM}|{DAYNUM}\s+(?:of\s+)?{MON})(?:,?\s+{YEAR})?",
        cal.week_of,
        True,
    ),
    (
        "week_of_month",
        rf"the\s+(?:first|second|third|fourth|last|final)\s+(?:full\s+)?week\s+of\s+{MON}"
        rf"(?:,?\s+{YEAR})?",
        cal.week_of_month,
        True,
    ),
    (
        "weekday_of_month",
        rf"the\s+(?:first|second|third|fourth|last|final)\s+{WDAY}\s+(?:in|of)\s+{MON}"
        rf"(?:,?\s+{YEAR})?",
        cal.weekday_of_month,
        True,
    ),
    ("mdy", rf"(?:around\s+)?{MON}\s*{DAY},?\s+{YEAR}", cal.calendar_rule, True),
    (
        "dmy",
        rf"(?:(?:the\s+)?(?:\d\d?[-–])?{DAYNUM}\s+(?:of\s+)?|the\s+{DAYWORD}\s+of\s+){MON},?\s+{YEAR}",
        cal.calendar_rule,
        True,
    ),
    (
        "holiday",
        rf"(?:(?:this past|this coming|last|next|this)\s+|(?<=the\s){YEAR}\s+"
        # "the (long) Memorial Day weekend": the article is part of a weekend's expression
        rf"|the\s+(?:long\s+)?(?={HOLIDAY_NAMES}\s+weekend\b))?"
        rf"{HOLIDAY_NAMES}(?:\s+week(?:end)?(?!\w))?"
        rf"(?:,?\s+{YEAR})?",
        cal.holiday,
        True,
    ),
    (
        "month_rel_year",
        rf"{MON}\s+(?:of\s+)?(?:last|this|next)\s+year(?!\w)",
        cal.calendar_rule,
        True,
    ),
    ("month_year", rf"(?:{EDGE}[\s-]*)?{MON},?\s+(?:of\s+)?{ANYYEAR}", cal.calendar_rule, True),
    ("md", rf"(?:around\s+)?{MON}\s*(?:{DAYNUM}{REL_YEAR}?|{DAY})", cal.calendar_rule, True),
    (
        # Not the denominator of a fraction in a row of prices: "UP 3/4 MAR 184". The first
        # day of "14-18 May" is taken in, as no expression starts after a hyphen.
        "dm",
        rf"(?:the\s+)?(?<!\d/)(?:\d\d?[-–])?{DAYNUM}\s+(?:of\s+)?{MON}{REL_YEAR}?"
        rf"|the\s+{DAYWORD}\s+of\s+{MON}",
        cal.calendar_rule,
        True,
    ),
    (
        # A quarter named by its first and last months, as Japanese figures are: "the
        # October/December quarter", "the April-June period", "the January to March period".
        "month_span_quarter",
        rf"the\s+(?:current\s+|latest\s+)?(?:{YEAR}\s+)?(?:{_QUARTER_SPAN})\s+(?:quarter|period)"
        r"(?![\w-])",
        cal.month_span_quarter,
        True,
    ),
    (
        # A quarter named by the month it ends, as Australian and New Zealand figures are:
        # "the December quarter", "the 1985 December quarter", "the September quarter
        # last year".
        "month_quarter",
        rf"the\s+(?:{YEAR}\s+)?(?:march|june|september|december|mar\.|jun\.|sept?\.|dec\.)"
        rf"(?:\s+{YEAR})?\s+quarter(?![\w-])(?:\s+last\s+year(?!\w))?",
        cal.month_quarter,
        True,
    ),
    (
        "quarter_noun",
        rf"(?:(?:the|this|that{_SAID_THAT}|a)\s+)?(?:flat\s+)?{QMOD}*{ORD}\s+(?:fiscal\s+)?{QUARTER}"
        rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:{YEAR}|this year|last year|next year))?(?![\w-])"
        # "the last quarter of 1997", "the final quarter of last year": the year's fourth.
        rf"|the\s+(?:final|last)\s+(?:fiscal\s+)?quarter\s+of\s+(?:fiscal\s+)?"
        rf"(?:{YEAR}|this year|last year|next year)(?![\w-])",
        quarters.quarter,
        True,
    ),
    (
        "quarter_adj",
        rf"(?:(?:fiscal|calendar|year-ago|year-earlier|{YEAR})[\s-]+)*{ORD}-quarter(?![\w-])",
        quarters.quarter,
        True,
    ),
    (
        "quarter_ref",
        rf"(?:(?:the|this|that|last|next)\s+{QMOD}*|{QMOD}+)(?:{QUARTER}|period)(?![\w-])"
        rf"{_SAME_PERIOD}",
        quarters.quarter_ref,
        False,
    ),
    (
        "season_year",
        rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?{SEASON}\s+(?:of\s+)?{ANYYEAR}",
        cal.season,
        True,
    ),
    (
        # "in '08", "the Crash of '29", "in ’08 and ’12": a year in two digits after an
        # apostrophe, only after a preposition (or another such year), where a quotation
        # mark before a number ("''60 Minutes''", "''10 times") cannot stand.
        "short_year",
        r"(?:(?<=\bin )|(?<=\bof )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bfrom )"
        r"|(?<=\bbefore )|(?<=\bafter )|(?<=['’‘]\d\d and )|(?<=['’‘]\d\d or ))"
        r"['’‘]\d\d(?![\w'’%-])",
        cal.short_year,
        True,
    ),
    (
        "decade",
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:1[5-9]|20)\d0s|['’‘]\d0s)(?!\w)"
        r"|(?:the\s+|(?:early|late|mid)[\s-]+)+(?:1[5-9]|20)\d0['’]s(?!\w)"
        # The second of a list of decades so written: "the late 1980's and 1990's" (not a
        # year's own: "since 1980's 6.19 mln tonnes").
        r"|(?:(?<=0's and )|(?<=0’s and )|(?<=0's or )|(?<=0’s or )|(?<=0's to )|(?<=0’s to ))"
        r"(?:1[5-9]|20)\d0['’]s(?!\w)"
        r"|the\s+(?:(?:early|late|mid)[\s-]+)?(?:twenties|thirties|forties|fifties|sixties"
        r"|seventies|eighties|nineties)(?!\w)"
        # Decades after 2099 only after "the": "by the 2100s" ("in 2500s" would be counts).
        r"|the\s+(?:(?:early|late|mid)[\s-]+)?2[1-9]\d0s(?!\w)",
        cal.decade,
        True,
    ),
    (
        # Years outside 1500-2099 where the words around say they are years: "the year
        # 1066", "in AD 800", "800 A.D.", "In 1066, William ...", "warming by 2100". A bare
        # number in that range is a count far more often ("in 800 firms", "to 2100 local").
        "year_named",
        r"the\s+year\s+(?:a\.?d\.?\s+)?(?:[1-9]\d{2}|1[0-4]\d\d|2[1-9]\d\d)(?![\w,.]?\d)",
        cal.far_year,
        True,
    ),
    (
        "far_year",
        # Each branch starts with a character before its look-behind, so that the scanner
        # rejects most places at once.
        r"a(?<![\w.]a)\.?d\.?\s+[1-9]\d{1,3}(?![\w,.]?\d)|[1-9]\d{1,3}\s+(?:a\.d\.|ad\b)"
        r"|[1-9](?<=\bin\s[1-9])(?:\d{2}|[0-4]\d\d)(?=,\s)"
        r"|2(?:(?<=\bby\s2)|(?<=\bin\s2)|(?<=\buntil\s2)|(?<=\bbefore\s2)|(?<=\bbeyond\s2))"
        r"[1-9]\d\d(?![\w,.]?\d)",
        cal.far_year,
        True,
    ),
    (
        "century",
        rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:[12]?\d(?:st|nd|rd|th)|{DAYWORD})[\s-]+century"
        r"(?![\w-])",
        cal.century,
        True,
    ),
    (
        # "a year and a half ago", "two and a half years ago": the count in months (or years,
        # for decades), so that the value keeps the half.
        "ago_half",
        rf"{APPROX}?(?:{NUM}\s+and\s+a\s+half\s+(?:years|decades)"
        r"|an?\s+(?:year|decade)\s+and\s+a\s+half)\s+ago(?!\w)",
        rel.ago_half,
        False,
    ),
    (
        "ago",
        rf"{APPROX}?{NUM}\s+(?:or\s+(?:so|two|three)\s+)?"
        r"(?:days?|weeks?|fortnights?|months?|years?|decades?)"
        r"\s+(?:or\s+so\s+)?(?:ago|earlier|later|from\s+now|hence"
        # "up from 80.0 mln dlrs a year before.": closing its clause, "before" is "earlier";
        # before a noun or a clause it joins a length to an event ("a day before the vote")
        r"|before(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:and|but|with|while)\b))(?!\w)"
        # "killed five in three days earlier this month", "three weeks later this year than
        # last": the word goes with the period after it, and the count is a length of time.
        r"(?:(?<=ago)|(?!\s+(?:this|last|next)\s+(?:week|month|year|spring|summer|fall"
        r"|autumn|winter)\b))",
        rel.ago,
        False,
    ),
    (
        # "will resume in two weeks": a date only in a clause that looks ahead (the handler
        # checks); "for" and "in the past" give lengths of time, and so does "within two
        # weeks", a bound on how long (TimeML's DURATION), not a day anyone named.
        "in_units",
        rf"(?<=\bin\s){NUM}\s+(?:days?|weeks?|fortnights?|months?|years?)(?![\w-]|\s+(?:of|ago|earlier"
        r"|later|from|hence|old|before|after|thereafter|running|in\s+a\s+row|or)\b)",
        rel.in_units,
        False,
    ),
    ("some_day", r"(?:one|some)\s+day(?![\w-])", rel.soon, False),
    (
        "today",
        rf"(?:(?:early|late|earlier|later)\s+)?(?:today|tonight|yesterday|tomorrow)(?:{POD})?(?!\w)"
        # The parts of the day the story is told on: "this morning", "late last night".
        r"|(?:(?:early|late|earlier|later)\s+)?(?:this\s+(?:morning|afternoon|evening)"
        r"|(?<!the\s)last\s+night)(?!\w)",
        cal.today,
        True,
    ),
    (
        "rel_unit",
        rf"(?:(?:early|late|earlier|later|sometime|mid)[\s-]+|{EDGE}\s+)?{_REL_UNITS}",
        rel.relative_unit,
        True,
    ),
    (
        "edge_unit",
        r"(?:around\s+)?(?:the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?:year|month|week"
        r"|decade|century)"
        r"|(?:earlier|later)\s+in\s+the\s+(?:year|month|week)"
        r"|the\s+(?:full|current)\s+year"
        # "the fiscal year 1987/88": the year's rule reads the whole
        r"|the\s+(?:current\s+|latest\s+)?fiscal\s+year(?!\s+(?:1[5-9]|20)\d\d)"
        r"|year[-\s]end|year's\s+end)(?!\w)",
        rel.edge_of_unit,
        True,
    ),
    (
        "weekday",
        r"(?:(?:this past|this coming|the previous|the following|last|next|this"
        rf"|early|late)\s+)?{WDAY}(?:{POD})?",
        cal.weekday,
        True,
    ),
    ("weekend", r"the\s+weekend(?!\w)", cal.weekend, True),
    # "the year ago level": results copy drops the hyphen ("a year ago" is the "ago" rule's);
    # a table's column head "YEAR AGO 100" is left alone.
    (
        "year_ago",
        r"year-(?:earlier|ago)(?![\w-])|(?<=the )year ago(?![\w-])|year ago(?=\s+(?:quarter|qtr"
        r"|period|levels?|figures?|results|month|week|first|second|third|fourth|data|net)\b)",
        rel.year_ago,
        False,
    ),
    (
        "season_rel",
        rf"(?:(?:early|late|mid)[\s-]+)?(?:this past|this coming|last|next|this|that"
        r"|the\s+(?:following|previous|prior)|the)\s+"
        rf"(?:(?:early|late)\s+)?{SEASON}(?!\w)"
        # "the fall and winter": the second season of a pair
        rf"|(?:(?<=\band )|(?<=\bor )){SEASON}(?!\w)"
        # "the test will come in summer": a season after "in" with no article
        rf"|(?<=\bin\s){SEASON}(?!\w)"
        # "by late summer", "until early spring": a season's part after a preposition
        r"|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bsince\s)"
        r"|(?<=\bfor\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bfrom\s)"
        rf"|(?<=\bthrough\s)|(?<=\bduring\s))(?:early|late|mid)[\s-]+{SEASON}(?!\w)"
        # "Trump's late-summer swoon", "a late-summer rally": the hyphened part of a season
        # before a noun, after an article or a possessive
        r"|(?:(?<=\ba\s)|(?<=\bthe\s)|(?<='s\s)|(?<=’s\s))(?:early|late|mid)-"
        rf"{SEASON}(?=\s+[a-z])",
        cal.season,
        True,
    ),
    (
        "month_mod",
        r"(?:(?:the\s+(?:beginning|end|middle|start)\s+of|this past|this coming|last|next|this"
        rf"|early|late|mid)[\s-]+){MONTH_FULL}(?!\s*\d)|end-{MON}(?!\s*\d)"
        # "That November, she ran", "by that December": a month of the year told before
        rf"|{_THAT_OPENS}that\s+{MONTH_FULL}(?!\s*\d)"
        # "carried 32 states that November.": a month closing its clause is one told before,
        # where "said that November sales fell" goes on to the clause "that" opens.
        rf"|(?<=\s)that\s+{MONTH_FULL}(?=\s*(?:[.,;:!?)]|$))",
        cal.calendar_rule,
        True,
    ),
    (
        "year",
        # "fiscal year 1988", "the 1986 fiscal year": the words of the fiscal year are part
        # of the expression, as "fiscal 1989" is (a year after a slash is a split year's).
        rf"(?:(?:{EDGE}|(?:the\s+)?fiscal\s+year|fiscal|calendar|the year|around)[\s-]+"
        rf"|the\s+(?={YEAR}\s+fiscal\s+year\b))?{ANYYEAR}(?!s\b|'(?!s\b))"
        r"(?:\s+(?:or|and)\s+(?:later|earlier|beyond|before|after)|\s+fiscal\s+year(?![\w-]))?",
        cal.year_rule,
        True,
    ),
    ("month", MONTH_FULL, cal.bare_month, True),
    # "Aug/Sept", "Oct/Dec", "Feb-May", "Jan-Sept 1987": abbreviated months of a pair or a
    # range, as prices, seasons and figures are quoted.
    (
        "month_pair",
        rf"{MONTH_ABBR}(?=\s*/\s*{MON}|[-–]{MON})|(?:(?<=/)|(?<=/ )|(?<=[a-z.][-–])){MONTH_ABBR}",
        cal.paired_month,
        True,
    ),
    (
        "present",
        r"(?:right\s+)?now(?!\w)|currently|nowadays|these\s+days(?!\w)",
        rel.present,
        False,
    ),
    (
        "past",
        r"(?:more\s+)?recently|recent\s+(?:days|weeks|months|years)"
        r"(?:\s+and\s+(?:days|weeks|months|years))?(?!\w)",
        rel.past,
        False,
    ),
    (
        "future",
        r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\w)(?!\s+of\b)"
        r"|(?<=at )a\s+(?:later|future)\s+(?:date|time|stage)(?!\w)(?!\s+than\b)",
        rel.future_ref,
        False,
    ),
    (
        "current_unit",
        r"current\s+(?:fiscal\s+|calendar\s+)?(?:year|quarter|month|week)(?![\w-])",
        rel.current_unit,
        True,
    ),
    ("current", r"(?:then[\s-]+)?current(?=\s+[a-z])", rel.current, False),
    ("soon", r"as\s+soon\s+as\s+possible(?!\w)", rel.future_ref, False),
    (
        "soon_bare",
        r"(?<!as )(?<!how )(?<!too )soon(?![\w-]|\s+(?:after|afterwards?|thereafter|as|enough)\b)",
        rel.soon,
        False,
    ),
    ("term", r"the\s+(?:near|short|long)(?:er)?\s+term(?![\w-])", rel.future_ref, False),
    ("past_noun", rf"(?<=in )the\s+past(?![\w-]){_NOT_A_SPAN}", rel.past, False),
    (
        "anaphor",
        r"(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+following|the\s+next"
        r"|the\s+previous|the\s+prior)\s+(?:day|weekend|week|month|year)(?!\w)"
        # "said that year-to-date sales fell", "that year-end prices": "that" is a conjunction
        # before a compound, no pointer to a year.
        r"(?!-(?:to-date|end)\b|\s+to\s+date\b)"
        # "the day before." / "the week after," close their clause: a step from the
        # date last mentioned ("the day before the vote" steps from the vote, not a
        # date). "the year before" mostly compares figures, and is left alone.
        r"|the\s+(?:day|week)\s+(?:before|after)(?=\s*[,.;:!?)]|\s*$)"
        # "from 3.062 billion dlrs on the previous business day": a working day stepped to
        r"|the\s+(?:next|following|previous|prior|preceding)\s+(?:business|trading|working)"
        r"\s+day(?!\w)",
        rel.anaphor,
        False,
    ),
    (
        "day_anaphor",
        r"(?:that|the\s+(?:next|following|previous))\s+(?:morning|afternoon|evening|night)(?!\w)",
        rel.day_anaphor,
        False,
    ),
]

# Which trigger words each rule's matches always contain: M month, W weekday, Y a year
# in digits or words, U a unit (day, week, quarter...), T today and its kin, S season,
# R now/recently/future, H a holiday's name, A "and a half".
FAMILIES = {
    "clock_wday": "W", "clock_md": "M",
    "half_year": "U", "week_of": "M", "week_of_month": "M", "weekday_of_month": "W", "iso": "Y", "short_period": "Y", "numeric": "Y", "wday_date": "W", "mdy": "M", "dmy": "M", "holiday": "H",
    "month_rel_year": "M", "month_year": "M", "md": "M", "dm": "M", "quarter_noun": "U", "month_quarter": "M",
    "month_span_quarter": "M",
    "quarter_adj": "U", "quarter_ref": "U", "season_year": "S", "decade": "Y", "short_year": "Y", "far_year": "Y", "year_named": "U", "ago": "U", "ago_half": "A",
    "century": "U", "in_units": "U",
    "today": "T", "rel_unit": "U", "edge_unit": "U", "weekday": "W", "weekend": "U",
    "season_rel": "S", "year_ago": "U", "month_mod": "M", "year": "Y", "month": "M",
    "month_pair": "M", "present": "R",
    "past": "R", "future": "R", "anaphor": "U", "past_noun": "R",
    "current": "R", "current_unit": "R", "some_day": "U", "day_anaphor": "P", "soon": "R", "soon_bare": "R",
    "term": "R",
}  # fmt: skip
