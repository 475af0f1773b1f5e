"""Count speakers' roles that begin inside an organisation's name.

    newsexplore speakers --corpus CORPUS --format jsonl > speakers.jsonl
    python bench/role_fragments.py speakers.jsonl CORPUS

A role is a fragment when it starts with a company suffix or a connector
("Co Ltd oil analyst", "of England Governor"), or when every place the corpus
writes it, the word before it carries on a capitalised name: "of" or "&"
after a capitalised word ("Bank of | England Governor"), or a capitalised word
that opens no sentence ("Sanwa Securities | Co Ltd ..."). The test reads the
corpus with its own rules, not the extractor's, so it is a yardstick for
before and after.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SUFFIXES = frozenset({"co", "ltd", "inc", "corp", "plc", "llc", "of", "&", "and", "for"})
OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "but",
        "or",
        "in",
        "on",
        "at",
        "for",
        "of",
        "by",
        "to",
        "with",
        "from",
        "as",
        "after",
        "before",
        "if",
        "when",
        "while",
        "said",
        "says",
        "told",
        "former",
        "new",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)
SEP = "\n\n\n"


def is_fragment(role: str, text: str) -> bool:
    """`text` is the whole corpus in one string: one fast search a role."""
    words = role.split()
    if not words or words[0].lower() in SUFFIXES:
        return bool(words)
    if not words[0][:1].isupper():
        return False
    seen = False
    at = text.find(role)
    while at >= 0:
        end = at + len(role)
        if at > 0 and text[at - 1].isspace() and not text[end : end + 1].isalnum():
            seen = True
            before = text[max(0, at - 80) : at].split()
            if len(before) < 2 or not _continues(before[-2], before[-1]):
                return False
        at = text.find(role, end)
    return seen


def _continues(before: str, last: str) -> bool:
    """`last` is the word before the role, `before` the one before that."""
    if last in ("of", "&"):
        return before[:1].isupper() and before.lower() not in OPENERS
    if not last[:1].isupper() or last.lower() in OPENERS or last.endswith(("'s", "s'")):
        return False
    if not last[-1].isalnum() and not last.endswith(")"):
        return False  # "The Guardian.\n\nHollinger chairman", "Worts, Allied-Lyons chairman"
    return not before.endswith((".", "-", ",", ":", '"'))


def main() -> None:
    listing, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    rows = [json.loads(line) for line in listing.open(encoding="utf-8")]
    roles = {role for row in rows for role in row.get("roles", [])}
    with corpus.open(encoding="utf-8") as f:
        text = SEP.join(json.loads(line).get("text", "") for line in f)
    bad = {role for role in roles if is_fragment(role, text)}
    hit = [row for row in rows if bad.intersection(row.get("roles", []))]
    print(f"{len(rows)} speakers, {len(roles)} distinct roles; {len(bad)} roles are fragments")
    print(f"  speakers with a fragment role: {len(hit)}")
    for row in hit[:40]:
        frags = [r for r in row["roles"] if r in bad]
        print(f"  {row['name']}: {'; '.join(frags)}")


if __name__ == "__main__":
    main()
