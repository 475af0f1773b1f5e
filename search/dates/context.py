"""What a date rule may know beyond its own words: the clause's tense and what came before.

Bare weekdays and months resolve backwards or forwards from the DCT by the
tense of their clause, so the tense cues (`will`, `is expected to`, `said`,
`-ed` verbs) live here with the `Context` that reads them. Anaphora ("the
quarter", "a year earlier", "that day") point at dates mentioned earlier, so
the context also carries the last resolved date and the quarter a results
report is about; `remember` updates them after each match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..models import Precision
from .sentences import abbreviation_before

_CUE = re.compile(
    r"\b(?P<fut>will|won't|would|shall|(?:is|are) expected"
    # "An election in June is widely expected": what many expect lies ahead of when it is told.
    r"|(?:is|are|was|were) (?:widely|generally|broadly) expected|(?:is|are|was|were) (?:set|scheduled"
    r"|slated|expected|going"
    r"|planned|planning|preparing|poised) to"
    # "was due to remarks on Sunday", "due to the strike": "because of", no plan.
    r"|(?:is|are|was|were) due to(?! (?:the|a|an|his|her|its|their|this|that|these|those"
    r"|higher|lower|[a-z]*[^\Wsu]s)\b)|(?:is|are) to|plans? to|schedul(?:ed|ing)"
    # "the Economic Planning Agency said": a body's name plans nothing.
    r"|plann(?:ed|ing)(?! (?:agency|agencies|board|commission|ministry|ministries|council"
    r"|department|office|committee|bureau|authority|institute|unit|division|section)\b)"
    r"|(?:expects?|hopes?|aims?|wants?|intends?|intentions?|set|ready) to"
    # A need looks ahead from before the date ("where they need to be caucusing Monday
    # night"); "the need to", a noun, and one after the date, of another clause, do not.
    r"|(?P<need>(?<!the )(?<!a )(?<!no )needs? to)"
    # An intention held now: "a drive determined to defeat it before the end of the year".
    r"|(?<!was )(?<!were )(?<!had been )determined to"
    r"|plans(?= (?:a|an|its|his|her|their)\b)"
    r"|look(?:s|ed|ing)? (?:ahead|forward) to"
    # "looked way past November to a time when": what is looked past lies ahead.
    r"|look(?:s|ed|ing)? (?:(?:way|far|well) )?(?:past|beyond)(?= (?:early |late |mid-?)?[a-z]+\b)"
    # An expectation looks ahead whoever holds it and whenever: "the sale, expected to
    # close in April", "said it expected the sale to close in April", "should be completed".
    # "Faster than expected to take write-offs" compares; it plans nothing.
    # An expectation someone "had" is told after the fact: "the trade had expected prices to
    # fall on the report of a rise in February".
    r"|(?<!than )(?<!had )(?:expected to|expect(?:s|ed)? (?:[a-z]+ ){1,2}to)|should(?! have)"
    r"|anticipates?|expects?"
    # "with closing expected in early May", "approvals, expected in late April".
    r"|(?<!than )(?<!had )expected(?= (?:in|on|by|around|before|during|within|early|late|mid)\b)"
    r"|(?:is|are|be) (?:willing|likely|unlikely|prepared|about|certain|sure) to"
    # "agreed to a phone call" is no decision about a time to come: "to" is a preposition.
    r"|(?P<decision>decided|agreed|voted|promised|pledged|vowed|threatened|offered)(?: not)? to"
    r"(?! (?:a|an|the|his|her|its|their|this|that|these|those|our|my|your)\b)"
    r"|(?:is|are) (?:set|slated|due) for|'ll)\b"
    # "is due back in Nigeria on Monday", "payment is due on Monday": an arrival or a
    # deadline ahead, for the date after it only ("February credit numbers are due on
    # Wednesday" says nothing of February).
    r"|\b(?P<due>(?:is|are) due(?= (?:in|at|on|back|home|out)\b)|(?:is|are) subject to)\b"
    # A schedule told in the present: news writes "the leaders meet Tuesday" for what is
    # planned, and verbs that double as nouns or adjectives ("open", "close", "returns")
    # are left out, and so are states ("holds 14.6%") and the ends of reporting periods
    # ("Qtr ends Jan 31" heads results for a quarter already over).
    r"|\b(?P<sched>(?:meet|begin|resume|reopen|reconvene|convene|expire|arrive|depart)s?"
    r"|(?:open|close|leave|travel|flie|goe|visit|hear|land)s|takes? (?:effect|office|place)"
    r"|starts(?= (?:a|an|his|her|its|their|on)\b)|heads (?:to|for|back|home)|kicks? off"
    r"|votes|go(?:es)? to the polls|comes? into (?:force|effect)|matures|mature(?= (?:in|on)\b)"
    # An arrangement told in the present progressive: "negotiators are meeting Friday".
    r"|(?:is|are|'re) (?:meeting|travell?ing|visiting|leaving|flying|heading|hosting"
    r"|returning|arriving|departing|convening|voting))\b"
    # A threat is of something still to come, whenever it was made: "threatened a stoppage
    # on Thursday" (but "threatened on Thursday to strike" tells when it was made).
    r"|\b(?P<threat>threaten(?:s|ed|ing)?)\b"
    # A refusal to tell is told when it was made: "wouldn't say Tuesday how the party would".
    r"|\b(?P<refusal>(?:would|could|did)(?:n['’]t|\s+not)\s+(?:say|comment|elaborate|disclose"
    r"|confirm|specify|discuss|reveal|answer))\b"
    r"|\b(?P<past>said|was|were|had|did|told|met|made|took|went|came|gave|saw|left|held|began"
    r"|won|lost|fell|rose|sold|bought|paid|struck|hit|killed|found|got|led|ran|spoke|wrote"
    r"|brought|thought|sought|caught|fought|became|chose|drew|fled|flew|grew|knew|sent|spent"
    r"|stood|threw|seen|died|lied|tied|sued|owed|eyed|broke|"
    # Past participles in -en and -wn: "Takeshita, chosen on Monday to be prime minister".
    r"chosen|taken|written|spoken|broken|stolen|beaten|driven|risen|fallen|frozen|shaken"
    r"|forgotten|hidden|sworn|torn|drawn|thrown|withdrawn|overtaken|undertaken|"
    # Not "succeed", "proceed", "exceed", "indeed", "speed", "breed", "bleed", "greed".
    r"[a-z]{3,}(?<!succe)(?<!proce)(?<!exce)(?<!inde)(?<!\bspe)(?<!\bbre)(?<!\bble)(?<!\bgre)ed)\b"
)


@dataclass
class Context:
    """What a rule's handler may look at: the text, the DCT and what came before."""

    text: str
    low: str
    """`text` lower-cased, offsets unchanged."""
    dct: dt.date | None
    fallback_year: int | None
    from_story: bool = False
    """Whether `dct` is a date the story itself states (an undated article read against its
    own latest date) rather than the day it was published."""
    slash_day_first: bool | None = None
    """How the article's file writes slash dates (see `Article.slash_day_first`); None
    reads a `03/04/2024` as the day nearer the DCT."""
    ref: tuple[str, str] | None = None
    """The last resolved (value, precision), for anaphora such as "the quarter"."""
    ref_end: int = 0
    """Where the reference expression ended."""
    ref_start: int = 0
    """Where the reference expression began."""
    day_ref: tuple[str, str, int] | None = None
    """The last day, week or weekend resolved, and where it began: what "the previous week"
    steps from when a coarser date ("the 1987 quota year") was named after it."""
    day_ref_end: int = 0
    """Where that day, week or weekend ended."""
    quarter: tuple[str, int] | None = None
    """The last quarter mentioned and where it ended: what "a year ago" compares with."""
    current_quarter: str | None = None
    """The quarter under way at the DCT, once named ("expects second-quarter earnings to
    rise" in June): what "the year-ago quarter" compares with when no quarter already
    ended is reported on."""
    fiscal_end: int | None = None
    """The month a fiscal year the story states ends in ("whose fiscal year ends May 31",
    "for its fiscal year ended July 31"), off December: the calendar its quarters named
    later with no year are numbered by."""
    fiscal: tuple[int, int] | None = None
    """The latest fiscal quarter or half the story named, as its year and the last quarter it
    covers ("fiscal 1987's third quarter": (1987, 3); "the first half of fiscal 1987": (1987,
    2)): the company's year, whose quarters and halves named later without a year are."""
    half: tuple[str, int, bool] | None = None
    """The last half-year named, where it ended, and whether it is a fiscal one: what "a year
    earlier" right after it compares with ("the first half ended November 30 ... from 589.3
    mln a year earlier")."""
    quarters_written: dict[int, int] = field(default_factory=dict)
    """The latest year written for each quarter number ("the first quarter of 1987"): a later
    bare first quarter after a fiscal one compared with ("first quarter fiscal 1986") is not
    older than it."""
    campaign: bool | None = None
    """Whether the story is about an election campaign, once asked (see `_a_campaign` in
    `calendar`)."""
    written_year: int | None = None
    """The year of the last date whose year is written out ("April 1989", "last year"):
    what "that year" and "May and June of that year" mean, where a month or weekday read
    alone since ("September", given a year by the publication date) must not stand in."""

    def future(
        self, start: int, end: int, reach: int = 70, *, far: bool = False, plans: bool = False
    ) -> bool | None:
        """The tense of the clause around `[start, end)`: True future, False past, None unknown.

        A deadline word just before ("by", "until", "as soon as") or "since" decides;
        otherwise the nearest tensed verb in the same sentence does. A possessive date
        ("to appeal Wednesday's ruling") names an event the verb before it acts on, so
        only the verb it is the subject of ("Sunday's vote will decide") counts.

        When nothing near gives a tense, `far` (for a date opening its sentence) takes the
        first verb later in the clause, then a plan further back; `plans` only the plan
        further back ("will be named commander ... for a mission in December").
        """
        lo = self._clause_start(start, reach)
        if _ON_ITS_WAY.search(self.low, max(lo, start - 24), start) or _NEARS.match(self.low, end):
            return True
        lead = _LEAD_CUE.search(self.low, max(lo, start - 20), start)
        if lead and lead.group(1) in _DEADLINES and self._past_perfect(lo, start, end, lead[1]):
            return False
        if (
            lead
            and lead.group(1) in ("until", "till")
            and _NOT_UNTIL.search(self.low, max(0, start - 60), start)
        ):
            return False
        if lead and lead.group(1) in _TERM_ENDS and not lead.group(2):
            return self._term_end(lo, start, end, lead.group(1))
        if (
            lead
            and lead.group(1) == "by"
            and _BY_OPENS.fullmatch(self.low, lo, start)
            and self._verb_after_aside(end) is False
        ):
            # "By December, when we were looking down the road, California stuck out": a
            # sentence opened by a deadline tells what stood by then, in its own tense ("By
            # the end of the year, he said, 90 pct will be carried" by "will", not "said").
            return False
        if lead and not (lead.group(2) and lead.group(1) in _DEADLINES):
            return lead.group(1) not in _BACK_TO
        if _CALLED_FOR.search(self.low, max(lo, start - 60), start):
            return True
        first = self._clause_start(start, _FAR_REACH)
        if _INVITED_TO.search(self.low, max(first, start - 120), start):
            return True
        if _EXTENDED_TO.search(self.low, max(first, start - 90), start) and not _A_YEAR.search(
            self.low, first, min(len(self.low), end + 40)
        ):
            return True
        if _PLANNED_EVENT.search(self.low, max(lo, start - 90), start):
            return True
        if _A_TERM_TO_START.search(self.low, max(lo, start - 60), start):
            return True
        if self.low.startswith(("'s", "’s"), end) and (
            _OUTCOME_AFTER.match(self.low, end)
            or _OUTCOME_BEFORE.search(self.low, max(lo, start - 40), start)
        ):
            return True if _AWAITED.search(self.low, max(lo, start - 40), start) else None
        if self.low.startswith("'s", end):
            return self._later_verb(end, end, end + reach, plan_told_past=True)
        near = self._nearest(lo, start, end, reach)
        best = None if near is None else near[1]
        if near is not None and near[0] >= _CUT_OFF and self._plan_on_its_side(start):
            return True
        if best is None and far:
            near = self._word_start(end + min(reach, 50))
            said = self._after_saying(end, near) or _COMPLEMENT.match(self.low, end)
            later = None if said else self._later_verb(end, near, end + _FAR_REACH, start)
            return later if later is not None else self._plan_before(start)
        if best is None and plans:
            return self._plan_before(start)
        return best

    def opened_by_by(self, start: int) -> bool:
        """Whether "by" and the date open the sentence ("By Wednesday afternoon, the White
        House cited"): the story told up to the time of its writing."""
        return (
            _BY_OPENS.fullmatch(self.low, self._clause_start(start, _FAR_REACH), start) is not None
        )

    def _verb_after_aside(self, end: int) -> bool | None:
        """The tense of the first verb after the date, over an aside between commas ("By
        Monday morning, the grim, if now familiar, ritual had begun")."""
        later = self._later_verb(end, end, end + _FAR_REACH)
        aside = _ASIDE.search(self.low, end, min(len(self.low), end + _FAR_REACH))
        if later is None and aside is not None:
            return self._later_verb(aside.end(), aside.end(), aside.end() + _FAR_REACH)
        return later

    def reported_ahead(self, start: int, end: int) -> bool:
        """Whether the date opens what a verb of saying reports, and that clause looks ahead:
        "said that second quarter growth could be zero", "expects April sales will rise". The
        date is then the subject's, and the verb after it (not "said") is its tense; "could",
        "might" and "may" before a verb look ahead here, as a forecast does."""
        if _SAID_SUBJECT.search(self.low, max(0, start - 40), start) is None and (
            _SAID_SUBJECT_OF.search(self.low, max(0, start - 60), start) is None
        ):
            return False
        hi = min(len(self.low), end + 60)
        modal = _MODAL_AHEAD.search(self.text, end, hi)
        for m in _CUE.finditer(self.low, end, hi):
            if modal is not None and modal.start() < m.start():
                break
            if _crosses_clause(self.text, end, m.start()):
                return False
            if not self._not_a_tense(m):
                return self._is_future(m, start, end)
        return modal is not None and not _crosses_clause(self.text, end, modal.start())

    def done_from(self, term: int, start: int, end: int) -> bool:
        """Whether a term opened at `term` ("beginning", "starting") before the date at `[start,
        end)` is told as done, so that it began on the day gone by rather than the coming one.

        A past verb after the date tells what the term's event did ("the strike beginning
        Tuesday night shut the port"); one before it, what was done from then on ("took to
        the airwaves beginning Tuesday night"), unless an event or a period stands between
        them, or a comma: then the term is that thing's, set by the verb ("called a strike
        starting Monday", "prepared for talks starting Monday", "cut its rates, starting
        Monday"), and lies ahead of the setting."""
        lo = self._clause_start(start, _FAR_REACH)
        for m in _CUE.finditer(self.low, end, min(len(self.low), end + 60)):
            if _crosses_clause(self.text, end, m.start()) or self._reports(end, m):
                break
            if not self._not_a_tense(m):
                return m.lastgroup == "past"
        before = [m for m in _CUE.finditer(self.low, lo, term) if not self._not_a_tense(m)]
        if not before or before[-1].lastgroup != "past":
            return False
        between = self.low[before[-1].end() : term]
        return "," not in between and _TERM_NOUN.search(between) is None

    def named_as_target(self, start: int, end: int) -> bool:
        """Whether the date is named as a target or deadline ("set October 1 as a target
        date", "a deadline of October"), which lies ahead of the setting, far or near."""
        if _AS_A_TARGET.match(self.low, end) is None and (
            _A_TARGET_OF.search(self.low, max(0, start - 30), start) is None
        ):
            return False
        return _MISSED.search(self.low, max(0, start - 60), min(len(self.low), end + 40)) is None

    def led_ahead(self, start: int) -> bool:
        """Whether a word right before `start` sets the date ahead by itself ("by Jan. 4",
        "postponed until March", "set for the second week of March"), whatever the clause's
        verbs say."""
        part = _PART_OF.search(self.low, max(0, start - 40), start)
        at = part.start() if part else start  # "set for the second week of March"
        lead = _LEAD_CUE.search(self.low, max(0, at - 24), at)
        if lead is None or lead.group(1) in _BACK_TO:
            return False
        return not (lead.group(2) and lead.group(1) in _DEADLINES)

    def by_told_past(self, start: int, end: int) -> bool:
        """Whether "by" leads to the date in a clause whose nearest tensed verb is past ("stocks
        climbed to 1.62 mln tonnes by the end of January", "by early February the board was
        holding unsold stocks"): what stood or was done by then is told from after it, so the
        "by" no longer sets the date ahead of the story."""
        part = _PART_OF.search(self.low, max(0, start - 40), start)
        at = part.start() if part else start
        lead = _LEAD_CUE.search(self.low, max(0, at - 24), at)
        if (
            lead is None
            or lead.group(1) != "by"
            or _LED_BY.search(self.low, max(0, lead.start() - 12), lead.end())
        ):
            return False  # "gains paced by February": the agent, a contract month, not a time
        near = self._nearest(self._clause_start(start, 70), start, end, 70)
        return near is not None and near[1] is False

    def tensed(self, lo: int, hi: int) -> bool:
        """Whether the words in `[lo, hi)` hold a verb with a tense (or a modal)."""
        return any(not self._not_a_tense(m) for m in _CUE.finditer(self.low, lo, hi))

    def last_past(self, lo: int, hi: int) -> int | None:
        """Where the last verb in the past tense in `[lo, hi)` ends, if any."""
        ends = [
            m.end()
            for m in _CUE.finditer(self.low, lo, hi)
            if m.lastgroup == "past" and not self._not_a_tense(m)
        ]
        return ends[-1] if ends else None

    def _nearest_tense(self, lo: int, start: int, end: int, reach: int) -> bool | None:
        """The tense of the tensed verb nearest `[start, end)` in its clause, if any.

        A verb the date's phrase is not cut off from by a comma (or "but") outranks a nearer one
        that is: in "the merger, announced in January, is expected to close" January goes
        with "announced", and in "expected to close in April, with no date specified"
        April goes with "expected"."""
        near = self._nearest(lo, start, end, reach)
        return None if near is None else near[1]

    def verb_on_its_side(self, start: int, end: int, reach: int = 70) -> bool:
        """Whether the verb that gives `[start, end)` its tense stands on its side of every
        comma: "margins improved in the second half" tells of the half, while in "a quota
        rising to 1.54 mln in the second half, but has refused to adhere" the past verb is
        another clause's."""
        near = self._nearest(self._clause_start(start, reach), start, end, reach)
        return near is not None and near[0] < _CUT_OFF

    def _plan_on_its_side(self, start: int) -> bool:
        """A future verb further back in the sentence with nothing cutting it off from the
        date, when the only verb in reach stands across a comma: in "speculation that the
        company will announce a stock split at its board meeting on Thursday, encouraged the
        buying" Thursday is the day of "will announce", and "encouraged" the main clause's."""
        first = self._clause_start(start, _FAR_REACH)
        for m in reversed(list(_CUE.finditer(self.low, first, start))):
            if not self._not_a_tense(m):
                between = self.low[m.end() : start]
                return m.lastgroup in _AHEAD and not _CUT.search(between) and ";" not in between
        return False

    def _nearest(self, lo: int, start: int, end: int, reach: int) -> tuple[int, bool] | None:
        """The rank (its distance, `_CUT_OFF` more across a comma) and tense of the verb
        `_nearest_tense` goes by."""
        best: tuple[int, bool] | None = None
        hi = min(len(self.low), end + min(reach, 50))
        for m in _CUE.finditer(self.low, lo, hi):
            if start <= m.start() < end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            if m.start() >= end and _crosses_clause(self.text, end, m.start()):
                continue
            if m.start() >= end and self._said_before(lo, start, end, m):
                continue
            if m.start() >= end and self._reports(end, m) and not self.opens_sentence(start):
                continue
            if m.start() >= end and self._after_saying(end, m.start()):
                continue
            if m.start() >= end and self._in_a_relative_clause(lo, start):
                continue
            if m.start() >= end and m.group("need"):
                continue
            if self._not_a_tense(m) or self._another_clause(end, m) or _threat_now(m, end):
                continue
            if m.end() <= start and _THAT_OPENS.search(self.low, m.end(), start):
                continue
            if m.lastgroup == "due" and (m.start() >= end or "," in self.low[m.end() : start]):
                continue
            between = self.low[m.end() : start] if m.end() <= start else self.low[end : m.end()]
            rank = dist + (_CUT_OFF if _CUT.search(between) else 0)
            if best is None or rank < best[0]:
                best = (rank, self._is_future(m, start, end))
        return best

    def _in_a_relative_clause(self, lo: int, start: int) -> bool:
        """A date inside a clause "that", "which" or "who" opens, after that clause's own
        tensed verb: "the plant that will open in June was on schedule" tells of June by
        "will open"; "was" after it is the main clause's."""
        rel = next(reversed(list(_RELATIVE.finditer(self.low, lo, start))), None)
        if rel is None or "," in self.low[rel.end() : start]:
            return False
        return any(not self._not_a_tense(m) for m in _CUE.finditer(self.low, rel.end(), start))

    def _word_start(self, i: int) -> int:
        """`i`, moved back to the start of the word it falls inside: where the search for a
        later verb takes up from the nearer one, a verb cut in two by the nearer reach ("won"
        as "wo") would otherwise be lost to both."""
        i = min(i, len(self.low))
        while i > 0 and self.low[i - 1].isalpha() and self.low[i : i + 1].isalpha():
            i -= 1
        return i

    def _after_saying(self, end: int, at: int) -> bool:
        """ "During his speech on Wednesday, Mr. Trump said his plan would", "ended a meeting on
        Friday by announcing it would": a verb after a saying verb that follows the date is
        what was said, whose tense is not the date's."""
        return _SAYING_AFTER.search(self.low, end, at) is not None

    def _said_before(self, lo: int, start: int, end: int, m: re.Match[str]) -> bool:
        """ "told supporters on Sunday that she would stay", "said Monday how the party
        would vote", "said in a filing on Monday it would cut jobs": after a reporting verb,
        a date tells when it was said, and the verb past "that" (or "how", "whether", or a
        subject opening the clause) is what was said, whose tense is not the date's."""
        if (that := _COMPLEMENT.match(self.low, end)) is not None and that.end() < m.start():
            return True  # "his claim in November that Obama wants to", whoever made it
        if _REPORTED.search(self.low, end, m.start()) is None and not (
            _SUBJECT.match(self.low, end) and not _A_TERM_BEFORE.search(self.low, lo, start)
        ):
            return False
        return any(
            r.group() in _SAYING or r.lastgroup == "refusal"
            for r in _CUE.finditer(self.low, lo, start)
        )

    def _another_clause(self, end: int, m: re.Match[str]) -> bool:
        """ "began raising its stake in July, and leaves for Paris on Friday": a present verb
        after a comma starts another clause, whose schedule is not the date's."""
        return m.lastgroup == "sched" and m.start() >= end and "," in self.low[end : m.start()]

    def _term_end(self, lo: int, start: int, end: int, word: str) -> bool | None:
        """The end of a term ("until March", "through January"). A term someone extends,
        postpones or suspends runs on past the DCT whatever the tense; one the story tells
        in the past ("worked there until March") ended on the nearest such date, not a
        year back; "through" also closes a period just reported ("the nine months through
        September"), so only a clause that looks ahead puts it in the future."""
        first = self._clause_start(start, _FAR_REACH)
        if _EXTENDED.search(self.low, first, start) or self._looks_ahead_before(first, start):
            return True
        tense = self._nearest_tense(lo, start, end, 70)
        if word == "through":
            return True if tense else None
        past = self.last_past(first, start) if tense is None else None
        if (
            past is not None
            and not self.tensed(past, start)
            and _A_PAST_STATE.search(self.low, max(first, past - 5), past + 24)
        ):
            # "was head of research at the Central Bank of Ceylon, the nation's central bank,
            # until January": a state told in the past, its verb beyond the reach
            return None
        return None if tense is False else True

    def _past_perfect(self, lo: int, start: int, end: int, word: str) -> bool:
        """ "had filed reports by Wednesday", "until Thursday, they had not called him": a
        deadline seen from after it has passed. "Until" needs the "not": "had contracted to
        buy oil until June" is a term still running."""
        hi = min(len(self.low), end + 50)
        return any(
            (m.end() <= start or not _crosses_clause(self.text, end, m.start()))
            and (word == "by" or m.group(1) is not None)
            for m in _HAD.finditer(self.low, lo, hi)
        )

    def sentence_start(self, start: int) -> int:
        """Where the sentence holding `start` begins (or a few hundred characters back)."""
        return self._clause_start(start, 3 * _FAR_REACH)

    def opens_sentence(self, start: int) -> bool:
        """Only a word or two ("In", "Early on") stands before `start` in its sentence."""
        first = self._clause_start(start, _FAR_REACH)
        return (
            first > start - _FAR_REACH
            and _A_FEW_WORDS.fullmatch(self.low, first, start) is not None
        )

    def _reports(self, end: int, m: re.Match[str]) -> bool:
        """ "... in early March, an official said": a reporting verb after a comma tells when
        the report was made, not when what it reports happens."""
        return m.group() in _REPORTING and "," in self.low[end : m.start()]

    def _is_future(self, m: re.Match[str], start: int, end: int) -> bool:
        """A decision before the date looks ahead ("agreed to meet on Friday"); one after it
        took place then ("On Friday, Dixons agreed to reopen its offer"). A schedule told in
        the present ("the leaders meet Tuesday") looks ahead too, and so does a threat of
        something named before the date ("threatened a stoppage on Thursday"); a date right
        after the threat ("threatened on Thursday to strike") is when it was made."""
        if m.lastgroup in ("sched", "due"):
            return True
        if m.lastgroup == "threat":
            return m.end() <= start and not _RIGHT_AFTER.fullmatch(self.low, m.end(), start)
        return m.lastgroup == "fut" and not (m.start() >= end and m.group("decision"))

    def _clause_start(self, start: int, reach: int) -> int:
        """Where the sentence holding `start` begins, or `reach` characters back."""
        lo = max(0, start - reach)
        cut = self.low.rfind("\n", lo, start)
        i = start
        while (i := self.low.rfind(". ", max(lo, cut), i)) >= 0:
            if not abbreviation_before(self.text, i):
                cut = max(cut, i)
                break
        return cut + 1 if cut >= 0 else lo

    def _later_verb(
        self, end: int, lo: int, hi: int, start: int | None = None, *, plan_told_past: bool = False
    ) -> bool | None:
        """The first tensed verb further on in the clause, for a date that opens it.

        A reporting verb after a comma tells of the date when the date opens the sentence
        and the comma closes the date ("Tuesday, the party's long-serving communications
        director said ..."), wherever the verb stands; after a date inside a clause, or
        after a clause the date opens ("August and September are the critical months,
        the analyst said"), it is a report of something else.

        With `plan_told_past` (a weekday's event as the subject: "Wednesday's float figure
        was due to holdover", "Wednesday's session was expected to be quiet"), a plan told
        with "was" or "were" is seen from after the day: a day still ahead is told "is due
        to", "is expected to"."""
        opens = start is not None and self.opens_sentence(start) and self.low[end : end + 1] == ","
        for m in _CUE.finditer(self.low, lo, min(len(self.low), hi)):
            if _crosses_clause(self.text, end, m.start()):
                return None
            if (self._reports(end, m) and not opens) or m.lastgroup == "due" or m.group("need"):
                continue
            if not self._not_a_tense(m) and not _threat_now(m, end):
                if plan_told_past and m.lastgroup == "fut" and _WAS_PLAN.match(m.group()):
                    return False
                return self._is_future(m, end, end)
        return None

    def _looks_ahead_before(self, first: int, start: int) -> bool:
        """Any verb looking ahead in the sentence before `start`: "will continue to accept
        tendered shares until December" runs on, whatever tense the nearer participle has."""
        return any(
            m.lastgroup in _AHEAD and not self._not_a_tense(m)
            for m in _CUE.finditer(self.low, first, start)
        )

    def _plan_before(self, start: int) -> bool | None:
        """A future verb further back in the sentence, when nothing nearer gave a tense: "will
        be named commander of the shuttle for a mission in December". A past verb that far
        back is as likely to belong to another clause, so only the future counts."""
        first = self._clause_start(start, _FAR_REACH)
        for m in reversed(list(_CUE.finditer(self.low, first, start))):
            if not self._not_a_tense(m):
                return True if m.lastgroup in _AHEAD else None
        return None

    def _not_a_tense(self, m: re.Match[str]) -> bool:
        """ "will be paid", "is held", "a still unspecified date": a participle after a present
        or bare "be", or after a determiner, is no past tense; nor is "a hastily planned trip"
        a plan for the future."""
        if m.lastgroup == "sched":
            return bool(
                self.text[m.start()].isupper()  # "said on NBC's Meet the Press": a name
                or _NOT_PRESENT_BEFORE.search(self.low, max(0, m.start() - 12), m.start())
                or self.low.startswith(" of ", m.end())
                or self.low[m.end() : m.end() + 1].isalpha()  # "meet" of a "meeting" cut short
            )
        if m.group() in ("planned", "scheduled"):
            return bool(_ADJECTIVE_BEFORE.search(self.low, max(0, m.start() - 16), m.start()))
        if m.lastgroup != "past":
            return False
        if _NOT_PAST_BEFORE.search(self.low, max(0, m.start() - 12), m.start()):
            return True
        return self._qualifies_a_noun(m)

    def _qualifies_a_noun(self, m: re.Match[str]) -> bool:
        """ "will give him the boost needed for a strong performance Tuesday", "the money
        raised for Saturday's gala": an -ed participle after a noun of an object (a word stands
        before its determiner in the clause) and before "for" or "by" qualifies that noun; it
        is no verb of the clause. "The governor needed for once ..." opens its clause: a verb."""
        if not m.group().endswith("ed") or not _FOR_OR_BY_AFTER.match(self.low, m.end()):
            return False
        noun = _DETERMINED_NOUN_BEFORE.search(self.low, max(0, m.start() - 30), m.start())
        if noun is None:
            return False
        first = self._clause_start(noun.start(), 3 * _FAR_REACH)
        first = max(first, *(self.low.rfind(c, first, noun.start()) + 1 for c in ",;:("))
        return bool(self.low[first : noun.start()].strip())


_FOR_OR_BY_AFTER = re.compile(r"\s+(?:for|by)\b")
_DETERMINED_NOUN_BEFORE = re.compile(r"\b(?:the|a|an)\s+[a-z-]+\s+$")
_LED_BY = re.compile(r"\b(?:paced|led|headed|topped)\s+by\s+(?:the\s+)?\Z")
_RIGHT_AFTER = re.compile(r"\s+(?:on\s+)?")
_BY_OPENS = re.compile(
    r"\s*[\"“'‘]*\s*(?:(?:but|and|yet|so|then)\s+)?by\s+(?:early\s+|late\s+|mid-?)?"
)
"""A sentence (or a quote) that "by" and its date open: "By December, when we were", "But by
Wednesday, the dollar climbed"."""
_ASIDE = re.compile(r",\s*(?:if|though|although|albeit)\b[^,.;:!?]{0,40},")
_SAID_SUBJECT = re.compile(
    r"\b(?:said|says|say|saying|reported|reports|added|adds|announced|noted|stated|expects"
    r"|expected|estimated|predicted|predicts|forecast|forecasts|believes|believed|warned"
    r"|indicated|projected|told\s+[a-z]+)\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?$"
)
"""A verb of saying or expecting right before a date, with no preposition between: the date
is the subject (or part of it) of what is said ("said second quarter growth could be zero"),
not when it was said ("said on Monday", "said in March")."""
_SAID_SUBJECT_OF = re.compile(
    r"\b(?:said|says|expects|expected|estimated|predicted|predicts|forecast|forecasts|believes"
    r"|believed|warned)\s+(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?!(?:on|in|at|by|for|from"
    r"|during|that|this|last|next|it|he|she|they|we|to)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:from|in|for"
    r"|during|between|of)\s+(?:early\s+|late\s+|mid-?)?$"
)
"""A verb of saying or expecting, then a subject that holds a date: "said arrivals from May
through July might only reach", "expects sales in April to rise". As after `_SAID_SUBJECT`,
the verb that follows the date (not "said") is its tense; "said in March" is when it was
said, and a preposition right after the verb is read so."""
_MODAL_AHEAD = re.compile(
    r"\b(?:could|might|may)(?:\s+(?:well|also|not|still|even))?\s+(?!have\b)[a-z]+"
)
"""A modal of what may come ("could be zero", "might rise", "may fall"), read in the text as
written so that "May" is no modal; "could have risen" tells of what is over."""
_SAYING_AFTER = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|announc(?:ed|es|ing)|add(?:ed|s|ing)"
    r"|warn(?:ed|s|ing)|insist(?:ed|s|ing)|argu(?:ed|es|ing)|predict(?:ed|s|ing))\b(?!\s*,)"
)
"""A saying verb, unless a comma closes it: "..., another trader said, the stock jumped" puts
the report in brackets, and the clause goes on."""
_NOT_UNTIL = re.compile(
    r"\b(?:was|were|had)(?:n['’]t|\s+not|\s+never)\s+(?:[a-z]+\s+){1,4}?(?:until|till)\s+"
    r"(?:the\s+)?$"
)
"""Before a date, a past "not ... until": "the loan was not signed until November 5", "the crop
was not drilled until May" tell that it happened then, which is gone by ("they said he didn't
need to come out until January" is a plan)."""
_OUTCOME_AFTER = re.compile(
    r"['’]s(?:\s+(?!(?:a|an|the|and|or|of|to|in|on|for|by|at|from|with)\b)[a-z0-9][\w.-]*){0,2}?"
    r"\s+(?:decisions?|rulings?|verdicts?|judge?ments?|outcomes?|results?|close|closing|average"
    r"|resignation|announcement)\b(?!-)"
)
_OUTCOME_BEFORE = re.compile(
    r"\b(?:(?:results?|outcome|aftermath|fallout|wake)\s+(?:of|from)"
    r"|in\s+(?:response|reaction)\s+to|(?:responding|reacting)\s+to)"
    r"\s+(?:[a-z]+['’]s\s+(?:and|or)\s+)?$"
)
_A_PAST_STATE = re.compile(
    r"\b(?<!has )(?<!have )(?<!had )(?:was|were)\s+(?:the\s+|a\s+|an\s+)?(?!being\b|not\b"
    r"|[a-z]+(?:ed|en|wn)\b|due\b|set\b|cut\b|put\b|given\b|to\b)[a-z]+\b"
)
"""A state told in the past ("was head of research", "were partners"), not a passive ("was
extended", "was given") nor a plan ("was due", "was to")."""
_WAS_PLAN = re.compile(r"(?:was|were)\s")
"""A plan told in the past tense ("was due to", "were expected to")."""
_AWAITED = re.compile(r"\bawait(?:s|ed|ing)?\s+(?:(?:the|a)\s+[a-z]+\s+(?:of|on)\s+)?$")
"""A possessive date naming what came of its day, after it or before it: "Monday's decision",
"Tuesday's outcome", "Friday's closing price", "Monday's 5.97 pct average", "the results of
Tuesday's primaries", "in response to Tuesday's report". What came of a day is known once the
day is over, so the verb after it ("will make it harder", "should boost the market") tells of
consequences, and the verb before it ("would look for ways to get around Wednesday's ruling")
of what is done about it; neither says when the day was. Only what is awaited ("investors
await Friday's decision", "ahead of Thursday's ruling") still lies ahead."""
_CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?|set(?:s|ting)?|schedul(?:es|ed|ing)|arrang(?:es|ed|ing)"
    r"|organi[sz](?:es|ed|ing)"
    r"|threaten(?:s|ed|ing)?)\s+(?!(?:off|for|on|in|up|out)\b)"
    r"(?:[a-z0-9'-]+\s+){1,5}(?:for|starting(?:\s+on)?|beginning(?:\s+on)?)\s+$"
)
"""Before a date, an event someone calls, sets, organises or threatens and the day it is for:
"have called a general strike for Wednesday", "called a 72-hour strike starting on Monday",
"organised a vigil for Saturday". The event lies ahead of the calling, which news reports
as it happens."""


_INVITED_TO = re.compile(
    r"(?<!had been )(?<!had )\binvit(?:es|ed|ing)\s+(?:[a-z0-9'-]+\s+){0,4}?to\s+(?:[^.;:!?]){0,100}$"
)
"""Before a date, what someone invites another to: "invited President Sarney to make the
opening speech at the Day of Food in Rome October 16", "was invited to speak on Monday".
An invitation is to something still to come; not one told as over ("had been invited")."""


_EXTENDED_TO = re.compile(
    r"(?<!had )\b(?:extend|postpon|delay|defer|push)(?:ed|es|s|e|ing)?\s+(?:the|its|their|his|her|a|an)\s+"
    r"(?:[a-z0-9,'-]+\s+){0,8}?(?:back\s+)?(?:to|until|till)\s+(?:the\s+)?$"
)
"""Before a date, a term someone extends or puts off, with what is extended between: "extended
the expiration of its warrants to September 30 from March 31", "extended the deadline on its
offer to Monday". The new end lies ahead of the extending, which news reports as it happens;
a year written in the sentence ("the 1986 quota year, which was extended ... to December 31")
says which, and "the rally extended to Friday" extends nobody's term."""
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_EVENT = (
    r"(?:strike|stoppage|walkout|meeting|vote|ballot|election|referendum|hearing|talks"
    r"|conference|session|summit|auction|protest|demonstration|rally|boycott)s?"
)
_TERM_NOUN = re.compile(
    rf"\b(?:{_EVENT}|(?:week|weekend|month|year|period|season|term|session|schedule|program"
    r"|programme|service|ban|curfew|tariff|rate|price|fare|sale|offer)s?)\b"
)
"""Between a past verb and a term's first day, what makes the term that thing's: an event or
a period set by the verb ("called a strike starting Monday"), not what the verb did."""
_PLANNED_EVENT = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )\b(?:plans?|planning|(?:is|are) (?:holding"
    r"|staging|facing)|holds?|stages?|faces?)\s+(?:(?:a|an|another|the|its|their|new|fresh"
    r"|annual|general|special|national|token|censure|confidence|crucial|key|[a-z0-9]+-[a-z]+)\s+)"
    rf"{{0,4}}{_EVENT}\b(?:\s+(?!(?:was|were|had|said)\b)[a-z]+){{0,3}}\s+(?:on\s+)?$"
)
"""Before a date, an event told in the present as planned, held, staged or faced on it:
"dockers plan a 24-hour strike on Friday", "which faces a censure vote in parliament on
Friday", "the board holds its annual meeting on Friday". News tells what is to come in the
present; what is over it tells in the past ("staged a strike", "held its meeting")."""


_NOT_A_NOUN = (
    r"(?![a-z]+ed\b|(?:fails?|wants?|needs?|tries|try|refuses?|declines?|seems?|appears?"
    r"|continues?|was|were|is|are|be|has|have|had|did|does|do|began|begins?|starts?|ready|able"
    r"|unable|likely|about|going|set|due|expected|scheduled|plans?"
    # "the three months to end January", "the year to end June": a period's label
    r"|days|weeks|months|years|period|quarter|year|half)\b)"
)
_A_TERM_TO_START = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|this|that|these|those|new)\s+(?:[a-z'-]+\s+){0,3}?"
    rf"{_NOT_A_NOUN}[a-z]+|\b{_NOT_A_NOUN}[a-z]*[^\Wsu]s)\s+to\s+(?:start|begin|end|expire"
    r"|close|open|resume|reopen|commence|take\s+effect|come\s+into\s+(?:force|effect)|mature)"
    r"\s+(?:on\s+|in\s+|from\s+)?$"
)
"""Before a date, a term a noun names as set to start or end on it: "a tender offer to begin
Thursday", "shipments to start in mid-April", "licences to end August". The term lies ahead
of whatever is told of it; "the engine failed to start on Thursday", "refused to open on
Friday" tell what a verb did, and "the three months to end January" label a period."""


def _threat_now(m: re.Match[str], end: int) -> bool:
    """ "the directive, due on January 1, threatens to cut imports": a threat told in the
    present after a date is made now, which says nothing of when the date is."""
    return m.lastgroup == "threat" and m.start() >= end and not m.group().endswith("ed")


_CONDITION = re.compile(r"\b(?:unless|if)\b", re.IGNORECASE)
"""After a date, a condition ("will strike on Thursday unless it has reached a settlement")
opens another clause, whose tense says nothing of when the date is."""
_FAR_REACH = 160
_CUT = re.compile(
    r",|\bbut\b|\band (?:he|she|it|they|we|i)\b|\band\s+(?:(?:then|also|later|now|still)\s+)?"
    r"(?:is|are|was|were|has|have|had|will|would|should|could|can|may|might|must|did|does|do"
    r"|[a-z]+ed)\b"
)
"""Between a verb and a date, what sets them in different parts of the sentence: "testing
was interrupted on Monday but there should be no delay", "prices pushed the index up in
March and he expected the rate to fall", "called both candidates Tuesday night and was
scheduled to meet", "arrived on Saturday and will have talks" (a second verb joined by
"and" is another clause; "May and June registrations will" joins dates, not verbs)."""
_CUT_OFF = 1000
"""Added to a verb's distance when a comma stands between it and the date: it is taken
only when no verb stands on the date's side of every comma."""
_THAT_OPENS = re.compile(r"\bthat\s+[a-z]+\b")
"""Between a verb and a date after it, "that" opening a clause the date is in: "the spokesman
said that on Thursday and Friday Deputy Trade Representative Smith would meet" tells of
Thursday by "would", not by "said" ("said that Monday" may name that Monday, so a word must
stand between)."""
_RELATIVE = re.compile(r"\b(?:that|which|who)\b")
_AHEAD = frozenset({"fut", "sched"})
_HAD = re.compile(
    r"\bhad\b(?:\s+(not|never)|\s+(?:already|just))?\s+(?:[a-z]+(?:ed|en|t|wn)|begun|won|done|gone"
    r"|run|come|become|held|paid|said|made|led|met|sold|told|found|heard)\b"
)
_A_FEW_WORDS = re.compile(r"\s*(?:[a-z]+,?\s+){0,2}")
_REPORTING = frozenset({"said", "told", "added", "noted", "reported", "announced"})
_SAYING = _REPORTING | frozenset({"wrote", "warned", "argued", "insisted", "acknowledged"})
_REPORTED = re.compile(r"\b(?:that|how|whether|why)\b")
_COMPLEMENT = re.compile(r",?\s+that\s+(?=[a-z'’.-]+\s)")
"""Right after a date, "that" and a subject: what someone said, claimed or announced then
("since announcing in October that he would not run"), not a relative clause of the date's
own event ("an election in November that will decide")."""
_SUBJECT = re.compile(
    r"[\s,]+(?:[\"“'‘]{1,2})?(?:he|she|it|they|we|i|you|his|her|its|their|our|the|an?)\s"
)
"""After a date that follows a reporting verb, the subject of what was said, with no "that":
"said in a filing on Monday it would cut jobs", "told reporters Monday the plan would".
Not after a word that opens a term ("said from July 1 it will own 20 pct"), which puts the
date in what was said."""
_A_TERM_BEFORE = re.compile(
    r"\b(?:from|until|till|by|after|before|since|through|thru|starting|beginning|effective"
    r"|as of)\s+(?:the\s+)?$"
)
_DEADLINES = frozenset({"by", "until", "till", "through", "thru"})
_BACK_TO = frozenset({"since", "as far back as", "dating to", "dating from", "dating back to"})
"""Words before a date that reach back to it: what they lead to is gone by."""
_TERM_ENDS = frozenset({"until", "till", "through", "thru"})
_EXTENDED = re.compile(
    r"\b(?:extend|postpon|delay|defer|adjourn|reschedul|suspend|recess|halt|froze|frozen|freez"
    r"|shut|closed)[a-z]*|\b(?:put|called|call|calls) off\b|\bpushed back\b"
)
"""Deadline words that say nothing of tense once "the" follows them: in "laid down by the
Feb. 23 accord" the date names a thing, and the agent "by" introduces it."""


_NOT_PAST_BEFORE = re.compile(
    r"(?:\b(?:be|being|is|are|am|a|an|the|its|his|her|their|our|this|these|those|still|newly"
    # After a preposition a participle qualifies a noun: "in selected cities"; so it does
    # after a possessive: "in retaliation for Japan's alleged failure".
    r"|in|on|at|for|with|from|of|into)|\w['’]s)\s+$"
)
_NOT_PRESENT_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|these|those|to|not|never|still|did|didn't|does"
    r"|doesn't|do|don't|can|can't|cannot|could|couldn't|might|must|should|may)\s+$"
)
"""Before a verb of schedule, words that make it no present tense: "did not meet", "failed
to meet", "the meet"; "of" after it makes it a noun ("Friday closes of 142.35"); "still"
tells a state, not a plan ("the agreement reached on Saturday still leaves the world
vulnerable")."""
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|this|these|those|\w+ly)\s+$")
_LEAD_CUE = re.compile(
    r"\b(by|until|till|through|thru|as (?:soon|early) as|ahead of|since"
    # Reaching back: "clips dating as far back as June", "records dating back to March".
    r"|as far back as|dating(?: back)? (?:to|from)"
    # A payment is set ahead: "payable Dec. 1".
    r"|payable(?: on)?"
    # A date something is set for lies ahead whatever tense tells of the setting: "the
    # trial date was set for October 28".
    r"|(?:set|scheduled|rescheduled|slated|fixed|due|penciled|pencilled)(?: in)? for"
    # A broadcast is taped ahead: "an interview taped for Sunday's Meet the Press".
    r"|(?:taped|recorded|filmed|filed) for"
    r"|(?:extend|postpon|delay|defer|adjourn|reschedul|push)(?:ed|e|es|ing)?(?: back)? to"
    # A day told as what something is, in the present: "the hearing is on Monday", "the
    # deadline is March 31".
    r"|(?:is|are)(?: on| in)?)"
    r"\s+(the\s+|(?:their|its|his|her|our)\s+)?$"
)


_AS_A_TARGET = re.compile(
    r",?\s+as\s+(?:a|an|the|its|their|his|her|our)\s+(?:new\s+|tentative\s+|final\s+)?"
    r"(?:target|deadline|goal)\b"
)
_A_TARGET_OF = re.compile(
    r"\b(?:target|deadline|goal)(?:\s+date)?\s+of\s+(?:early\s+|late\s+|mid-?)?$"
)
_MISSED = re.compile(r"\b(?:miss|passed|expired|lapsed|met\b|meet\b|beat)")
"""A date named as a target or a deadline lies ahead of the setting, whatever its tense: "we
have set October 1 as a target date", "set April 15 as the deadline", "a target date of
mid-September has been set", "the talks, with a deadline of October"; not one missed, met
or expired ("missed its target date of May 1", "before the deadline of March 31 expired")."""
_PART_OF = re.compile(
    r"\bthe\s+(?:[a-z]+\s+){0,2}?(?:week|half|part|end|beginning|middle|start)\s+of\s+$"
)
_ON_ITS_WAY = re.compile(
    r"(?:\b(?<!had )(?<!has )(?<!have )come|\bbetween now and|\b(?:from )?now (?:until|till|to))"
    r"\s+(?:the\s+)?$"
)
_NEARS = re.compile(
    r"(?:['’]s\s+[a-z]+)?\s+(?:nears|approaches|looms|draws\s+(?:near|nearer|closer)"
    r"|(?:gets|grows|comes)\s+(?:near|nearer|closer))\b"
)
"""Words that set a date ahead of the story whatever else the sentence tells: "the
candidate who can win come November", "between now and Election Day", "as Election Day
nears", "as Thursday's vote approaches"; only what is still to come comes, or nears."""


def _crosses_clause(text: str, a: int, b: int) -> bool:
    """A closing quotation mark between a date and a verb puts them in different clauses: the
    verb after it reports the quote ("will leave Thursday,'' he said"). An opening one does
    not: a partial quote goes on with the same clause (earnings "will be off slightly")."""
    if _CLOSING_QUOTE.search(text, a, b) or _CLAUSE_MARK.search(text, a, b):
        return True
    if _CONDITION.search(text, a, b):
        return True
    # Searched to the end of the text: the look-ahead must see past `b`.
    for m in _FULL_STOP.finditer(text, a):
        if m.start() >= b:
            return False
        if not abbreviation_before(text, m.start()):
            return True
    return False


_CLAUSE_MARK = re.compile(r"[;:!?\n]")
_FULL_STOP = re.compile(r"\.(?![,\s]*[a-z0-9])")


_CLOSING_QUOTE = re.compile(r"''|”|(?<=\S)\"")


Result = tuple[str | None, Precision, bool] | None
"""A handler's answer: (value, precision, inferred), or None to reject the match."""

UNRESOLVED: Result = (None, "unknown", False)


Handler = Callable[[Context, str, int, int], Result]
"""A rule's handler: the context, the matched words and their span."""

LAST_YEAR_AFTER = re.compile(
    r"(?:\s+(?:results?|earnings|loss(?:es)?|profits?|net|sales|revenues?))?\s+last\s+year\b"
    r"(?!['’])"
)
"""After a quarter, "last year" with at most its results between: "its fourth quarter earnings
last year" is last year's quarter, a look back and not the quarter reported on; "from last
year", "than last year" compare with it."""
QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])$")
A_YEAR_BACK = re.compile(r"year[- ](?:ago|earlier)|last year|comparable|corresponding")
"""Words that make a quarter the comparison a year back, not the one reported on."""


COMPARED_BEFORE = re.compile(
    r"\b(?:against|compared\s+(?:with|to)|versus|vs|from|(?<!more )(?<!less )(?<!fewer )than)\b(?:[^.;:]|\.\d){0,60}$"
)
"""Before a quarter, a comparison: "will report ... against 220 mln in the second quarter"
compares with a quarter gone by, whatever the plan told further back."""


def name_fiscal(ctx: Context, year: int, last_quarter: int, start: int, *, written: bool) -> None:
    """Keep the latest fiscal period named ("fiscal 1986's third quarter", a year back, does
    not displace "fiscal 1987's third quarter"), not one with its year written that is only
    compared with ("compared to losses of 22 mln dlrs for first quarter fiscal 1986")."""
    if written and COMPARED_BEFORE.search(ctx.low, max(0, start - 70), start):
        return
    if ctx.fiscal is None or (year, last_quarter) > ctx.fiscal:
        ctx.fiscal = (year, last_quarter)


def fiscal_year_of(ctx: Context, last_quarter: int) -> int | None:
    """The year of a quarter or half named with no year after a fiscal one: the same fiscal
    year up to the period named ("the first half of fiscal 1987 ended Feb 28 ... the second
    quarter"). A later one is left to the calendar: it may be the year before's, one still to
    come, or another company's ("Separately, X reported third-quarter profit")."""
    if ctx.fiscal is None or last_quarter > ctx.fiscal[1]:
        return None
    return ctx.fiscal[0]


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def remember(
    ctx: Context,
    rule: str,
    low: str,
    value: str | None,
    precision: str,
    end: int,
    *,
    sets_ref: bool,
) -> None:
    """Keep what later anaphora point back at: the last date, and the quarter results are
    being reported for. Only a quarter ended by the DCT can be reported on, so
    "a fourth-quarter charge" expected in October does not become what "a year ago" compares
    with; "the latest quarter" does, while "the year-ago quarter" is the comparison itself."""
    if not value or not value[:1].isdigit():
        return
    if sets_ref and precision == "year" and names_a_law(ctx.text, end - len(low), end):
        return  # "Johnson's 1964 Civil Rights Act ... that year": the story is not in 1964
    if (
        sets_ref
        and precision == "month"
        and _SPAN_OPENS.search(ctx.low, max(0, end - len(low) - 16), end - len(low))
        and _SPAN_CLOSES.match(ctx.low, end)
    ):
        return  # "in 1986/87 (Oct-Sept) ... the previous year": the season is what is told of
    if sets_ref:
        ctx.ref, ctx.ref_start, ctx.ref_end = (value, precision), end - len(low), end
        if value[:4].isdigit() and re.search(r"(?<!\d)\d{4}(?!\d)|\byears?\b", low):
            ctx.written_year = int(value[:4])
        if precision in ("day", "week", "weekend") and value[:4].isdigit():
            ctx.day_ref, ctx.day_ref_end = (value, precision, end - len(low)), end
    if rule in _QUARTER_RULES and not A_YEAR_BACK.search(low) and _quarter_ago(ctx, value) == 0:
        ctx.current_quarter = value
    if (
        rule in _QUARTER_RULES
        and not A_YEAR_BACK.search(low)
        and not LAST_YEAR_AFTER.match(ctx.low, end)
        and _recent_quarter(ctx, value)
    ):
        # The report is about the latest quarter it names; a look back at an earlier one
        # ("after a flat second quarter") keeps the talk on quarters but not its subject.
        latest = value if ctx.quarter is None else max(value, ctx.quarter[0])
        ctx.quarter = (latest, end)


_SPAN_OPENS = re.compile(r"\(\s*(?:[a-z]+\.?\s*[/–-]\s*)?$")
_SPAN_CLOSES = re.compile(r"\.?\s*(?:[/–-]\s*[a-z]+\.?\s*)?\)")
"""Months in brackets alone ("1986/87 (Oct-Sept)", "the 1986/87 season (August/July)") give
the span of the season or year before them; what follows is told of that period."""


def names_a_law(text: str, start: int, end: int) -> bool:
    """Whether the year at `[start, end)` is part of the name of a law, treaty or model ("the
    1964 Civil Rights Act", "a 1996 law", "the Clean Air Act of 1970", "the 1987 model"): a
    date still, as TimeML has it, but not the time the story is telling of, so not what
    "that year" or "the same year" after it means."""
    if text[max(0, start - 4) : start].rstrip().endswith("of") and _LAW_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True
    return bool(_LAW_AFTER.match(text, end)) and not _TIME_BEFORE.search(
        text, max(0, start - 12), start
    )  # "in 1990 law firms" is a time


_LAW_NOUNS = (
    r"Act|Law|Bill|Treaty|Accords?|Convention|Agreement|Amendments?|Code|Constitution|Charter"
    r"|Protocol"
)
_LAW_AFTER = re.compile(
    rf"\s+(?:(?:[A-Z][\w&'’.-]*|and|of|on|for)\s+){{0,5}}(?:{_LAW_NOUNS})\b"
    r"|\s+(?:law|act|treaty|accord|model)s?\b"
)
_LAW_BEFORE = re.compile(rf"\b(?:{_LAW_NOUNS}) of\s+$")
_TIME_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|from|until|till|through|during|before|after|to|for)\s+$"
)


_QUARTER_RULES = frozenset({"quarter_noun", "quarter_adj", "quarter_ref", "month_quarter"})


def _recent_quarter(ctx: Context, value: str) -> bool:
    """One of the four quarters ended by the DCT: the ones a report can be about."""
    ago = _quarter_ago(ctx, value)
    if ago is None:
        return QUARTER_VALUE.match(value) is not None  # with no DCT, any quarter named
    return 1 <= ago <= 4


def _quarter_ago(ctx: Context, value: str) -> int | None:
    """How many quarters before the DCT's own a quarter value is (0: the DCT's)."""
    m = QUARTER_VALUE.match(value)
    if m is None or ctx.dct is None:
        return None
    return (ctx.dct.year - int(m.group(1))) * 4 + quarter_of(ctx.dct) - int(m.group(2))


_DASH_AFTER = re.compile(r"[ \t]*(?:-|–|—)")


def dateline_day(ctx: Context) -> bool:
    """Whether the day last named is the story's dateline ("NEW YORK, March 17 - "): the
    day the story was filed, not a time the sentence tells of nor the period its figures
    are for, so neither a "would" nor a "year-ago" counts from it."""
    if ctx.ref is None or ctx.ref[1] != "day" or ctx.ref_start > 80:
        return False
    lead = ctx.text[: ctx.ref_start].strip()
    return (
        bool(lead)
        and "\n" not in lead
        and lead.endswith(",")
        and _DASH_AFTER.match(ctx.text, ctx.ref_end) is not None
    )
