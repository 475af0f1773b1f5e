"""Count speakers that are no person or organisation in a `newsexplore speakers` listing.

    newsexplore speakers --corpus CORPUS --format jsonl > speakers.jsonl
    python bench/speaker_junk.py speakers.jsonl CORPUS

A speaker must be a person or an organisation. This counts, by word lists of
its own (not the extractor's), the entries that are neither: a month or a
range of months ("Oct", "April-June"), a US state or Canadian province or its
abbreviation, or a party-and-state tag ("D-Vt"), a hyphenated adjective
("London-based"), and a one-word person whose word the corpus writes in lower
case five times or more (a common noun: "Development", "Automakers"). The
last test also catches a few real surnames that are common words ("Levy"),
so the count is a yardstick for before and after, not an exact number.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

MONTHS = frozenset(
    re.findall(
        r"\w+",
        """jan feb mar apr may jun jul aug sep sept oct nov dec january february march april
    june july august september october november december""",
    )
)
REGIONS = frozenset(
    re.findall(
        r"\w+",
        """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss
    mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo ont que alta sask man nfld
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
    ontario quebec alberta saskatchewan manitoba newfoundland""",
    )
)
LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")


def lower_counts(corpus: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            counts.update(LOWER_WORD.findall(json.loads(line).get("text", "")))
    return counts


def junk_kind(name: str, kind: str, lower: Counter[str]) -> str:
    """Which kind of non-speaker `name` is, or "" for a plausible person or organisation."""
    words = name.replace(".", "").split()
    lows = [w.lower() for w in words]
    if not words:
        return "empty"
    if all(all(p in MONTHS for p in w.split("-")) for w in lows):
        return "month"
    if all(w in REGIONS for w in lows) or re.fullmatch(r"[DRI]-[A-Za-z]+", name):
        return "state or province"
    if len(words) > 1 or kind != "person":
        return ""
    if "-" in words[0] and words[0].split("-")[-1].islower():
        return "adjective"
    if lower[lows[0]] >= 5 and not words[0].isupper():
        return "common word"
    return ""


def main() -> None:
    listing, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    lower = lower_counts(corpus)
    rows = [json.loads(line) for line in listing.open(encoding="utf-8")]
    speakers: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        kind = junk_kind(row["name"], row["kind"], lower)
        if kind:
            speakers[kind] += 1
            quotes[kind] += row["quote_count"]
            examples[kind].append(row["name"])
    total = sum(speakers.values())
    print(
        f"{len(rows)} speakers; {total} are no person or organisation, with {sum(quotes.values())} quotes"
    )
    for kind, n in speakers.most_common():
        print(f"  {kind}: {n} speakers, {quotes[kind]} quotes: {', '.join(examples[kind][:20])}")


if __name__ == "__main__":
    main()
