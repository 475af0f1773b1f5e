"""Temporal-looking words that no extracted date covers, counted by class.

    python bench/date_misses.py CORPUS.jsonl [CORPUS.jsonl ...] [--out FILE] [--sample N]

Recall is what a gold benchmark measures least well: it only knows the forms its own
articles use. This lists, on any JSON Lines corpus, every word or phrase that looks
temporal (month names, weekdays, seasons, years, decades, "ago", "last/next + unit",
holidays, "fiscal", "quarter", "qtr", "half", numeric dates, ...) that no date
`extract_events` found overlaps, by class, with the most common words of each class
and a random sample in context (`--out`). The classes are deliberately loose (most
"fall"s are verbs): the counts say where to read, the reading says what is a date.
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from timeline_bench import load_articles

from newsexplore.search.dates.extract import extract_events

MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
UNIT = r"(?:day|week|weekend|month|year|quarter|decade|century|season|term|session|half)s?"
HOLI = (
    r"Christmas|Thanksgiving|Labou?r Day|Election Day|New Year['’]?s?(?: Day| Eve)?|Easter|Memorial Day"
    r"|Independence Day|Veterans Day|Presidents'? Day|Martin Luther King(?: Jr\.)? Day|MLK Day"
    r"|Fourth of July|July 4th|Good Friday|Inauguration Day|Black Friday|Cyber Monday|Super Tuesday"
    r"|Hanukkah|Passover|Ramadan|Yom Kippur|Rosh Hashanah|Mother['’]?s Day|Father['’]?s Day|Valentine['’]?s Day"
    r"|Halloween|Columbus Day|Boxing Day|Lent|Eid|Diwali|Chinese New Year|Lunar New Year|St\.? Patrick['’]?s Day"
)

CLASSES: list[tuple[str, str, int]] = [
    (
        "numeric_date",
        r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b",
        0,
    ),
    (
        "fy_q",
        r"\bFY[ -']?\d{2,4}\b|\bF?Q[1-4][ -']?(?:\d{2,4})?\b|\b[1-4]Q(?:\d{2})?\b|\bH[12][ -]?\d{2,4}\b",
        0,
    ),
    ("qtr", r"\b(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+qtr\b|\bqtr\b", re.I),
    (
        "decade",
        r"\b(?:the\s+)?(?:early|mid|late)?-?\s*(?:1[5-9]|20)?\d0['’]?s\b|'\d0s\b|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
        re.I,
    ),
    ("century", r"\bcentur(?:y|ies)\b", re.I),
    ("holiday", rf"\b(?:{HOLI})\b", 0),
    ("ago", r"\bago\b", re.I),
    (
        "rel_unit",
        rf"\b(?:last|next|this|coming|past|previous|following|prior|same)\s+(?:\w+\s+){{0,2}}?{UNIT}\b",
        re.I,
    ),
    ("earlier_later", r"\b(?:earlier|later)\s+(?:this|that|in\s+the|next|last)\b", re.I),
    ("mid", r"\bmid-?\s*\w+", re.I),
    (
        "end_start",
        r"\b(?:end|start|beginning|middle)-(?:\w+)\b|\b(?:end|start|beginning|turn)\s+of\s+(?:the\s+)?\w+",
        re.I,
    ),
    ("early_late", r"\b(?:early|late)\s+(?:\w+)", re.I),
    ("fiscal", r"\bfiscal\b", re.I),
    ("quarter", r"\bquarters?\b", re.I),
    ("half", r"\b(?:first|second|1st|2nd|latter|last|back|front)\s+half\b", re.I),
    ("weekend", r"\bweekends?\b", re.I),
    ("overnight", r"\bovernight\b", re.I),
    ("today_kin", r"\b(?:today|tonight|yesterday|tomorrow)\b", re.I),
    (
        "nowadays",
        r"\b(?:nowadays|these days|lately|recently|currently|presently|formerly|previously|meanwhile)\b",
        re.I,
    ),
    (
        "anaphor",
        r"\bthe\s+(?:day|week|month|year|night|morning)\s+(?:before|after|earlier|later)\b|\bthe\s+(?:following|next|previous|prior|same)\s+\w+",
        re.I,
    ),
    (
        "n_later",
        r"\b(?:\w+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:later|earlier|before|after|from now|hence|afterward|afterwards)\b",
        re.I,
    ),
    (
        "in_n",
        r"\b(?:in|within|for|over|since)\s+(?:the\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b",
        re.I,
    ),
    ("season", r"\b(?:spring|summer|fall|autumn|winter)s?\b", re.I),
    ("weekday", rf"\b{WD}\b", 0),
    ("month_may", r"\bMay\b", 0),
    ("month", rf"\b(?:{MONTHS})\b", 0),
    ("month_abbr", rf"\b{ABBR}(?![a-z])", 0),
    (
        "month_caps",
        r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\b",
        0,
    ),
    ("year2", r"'\d\d\b|\b(?:fiscal|FY|in|of|since)\s+'?[89]\d\b", 0),
    ("year", r"(?<![\d,.$])\b(?:1[5-9]\d\d|20\d\d)\b(?![\d,.]\d)", 0),
    (
        "season_word",
        r"\b(?:election|campaign|primary|holiday|tax|harvest|crop|marketing)\s+(?:season|year|cycle)\b",
        re.I,
    ),
    ("eve_dawn", r"\bon the eve\b|\bat dawn\b|\bat dusk\b|\bmidnight\b|\bnoon\b", re.I),
]
COMPILED = [(name, re.compile(p, flags)) for name, p, flags in CLASSES]


def covered_index(events) -> tuple[list[int], list[int]]:
    spans = sorted((e.start, e.end) for e in events if e.end > e.start)
    return [s for s, _ in spans], [e for _, e in spans]


def covered(starts, ends, a: int, b: int) -> bool:
    i = bisect.bisect_left(starts, b)
    return any(starts[j] < b and a < ends[j] for j in range(max(0, i - 8), i))


def scan(paths: list[Path]):
    totals, misses = Counter(), defaultdict(list)
    for path in paths:
        for art in load_articles(path):
            starts, ends = covered_index(extract_events(art))
            text = art.text
            for name, rx in COMPILED:
                for m in rx.finditer(text):
                    totals[name] += 1
                    if not covered(starts, ends, m.start(), m.end()):
                        ctx = " ".join(text[max(0, m.start() - 70) : m.end() + 70].split())
                        misses[name].append((art.id, str(art.date), m.group(), ctx))
    return totals, misses


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--sample", type=int, default=15)
    args = ap.parse_args()
    totals, misses = scan(args.paths)
    rnd = random.Random(7)
    lines = []
    print(f"{'class':14} {'found':>7} {'missed':>7}")
    for name, _, _ in CLASSES:
        print(f"{name:14} {totals[name]:7d} {len(misses[name]):7d}")
        common = Counter(w.lower() for _, _, w, _ in misses[name]).most_common(25)
        lines.append(f"=== {name}: {len(misses[name])} of {totals[name]}")
        lines.append("  top: " + ", ".join(f"{w}×{n}" for w, n in common))
        for _, date, w, ctx in rnd.sample(misses[name], min(args.sample, len(misses[name]))):
            lines.append(f"  [{date}] {w!r}: {ctx}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
