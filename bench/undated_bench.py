"""How well an undated article's relative dates are read, against the same article dated.

    python bench/undated_bench.py [--corpus FILE.jsonl] [--limit N] [--reference YYYY-MM-DD]

Takes dated news (Reuters by default), removes each article's date and the
day from its dateline ("CLEVELAND, March 26 -" becomes "CLEVELAND -"), and
reads the dates of the undated copy three ways:

- no reference: only the article's own full dates anchor its relative ones;
- one reference date for the whole corpus (`--reference`, by default the
  corpus's middle publication date), as a user gives with `--reference-date`;
- each article's true date as its reference (what a per-folder `date:` that
  is exactly right would give).

Each is compared with what the dated article gives for the same expression
(the dated reading is not always right, but it is the reading the tool gives
when it knows the date): resolved is the share of the dated article's
resolved relative expressions that get any value undated, agree the share
that get the same value, wrong the share that get another.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
from dataclasses import replace
from pathlib import Path

from newsexplore.search.corpus.load import load_file
from newsexplore.search.dates.extract import extract_events

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "reuters21578.jsonl"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .,'&/()-]{1,60}?),\s+"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+-",
    re.MULTILINE,
)


def undated(article):
    """The article with no date, and no day on its dateline."""
    text = DATELINE.sub(lambda m: f"{m.group('place')} -", article.text, count=1)
    return replace(article, date=None, text=text)


def _relative(events, text: str) -> dict[tuple[int, int], str | None]:
    """The mentioned dates an undated reading needs a reference for (no year written)."""
    found = {}
    for e in events:
        if e.kind == "mentioned" and not re.search(r"\b\d{4}\b", text[e.start : e.end]):
            found[(e.start, e.end)] = e.value
    return found


def _shift(offsets: dict, text: str, stripped: str) -> dict:
    """Offsets of the dated text moved to the stripped text (the dateline lost characters)."""
    cut = len(text) - len(stripped)
    if not cut:
        return offsets
    changed = len(os.path.commonprefix([text, stripped]))
    return {((a - cut, b - cut) if a >= changed else (a, b)): v for (a, b), v in offsets.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--reference", type=dt.date.fromisoformat)
    args = parser.parse_args()
    loaded = load_file(args.corpus, args.corpus.name)
    articles = [a for a in getattr(loaded, "articles", loaded) if a.date is not None]
    articles = articles[: args.limit]
    reference = args.reference or statistics.median_low(a.date for a in articles)
    ways = {"no reference": lambda a: None, f"reference {reference}": lambda a: reference}
    ways["true date as reference"] = lambda a: a.date
    tally = {name: [0, 0, 0] for name in ways}  # resolved, agree, wrong
    total = 0
    for article in articles:
        truth = {
            k: v
            for k, v in _relative(extract_events(article), article.text).items()
            if v is not None
        }
        plain = undated(article)
        truth = _shift(truth, article.text, plain.text)
        total += len(truth)
        for name, pick in ways.items():
            got = {
                (e.start, e.end): e.value for e in extract_events(plain, reference=pick(article))
            }
            counts = tally[name]
            for key, value in truth.items():
                mine = got.get(key)
                if mine is not None:
                    counts[0] += 1
                    counts[1 if mine == value else 2] += 1
    print(f"{len(articles):,} articles, {total:,} relative expressions the dated articles resolve")
    for name, (resolved, agree, wrong) in tally.items():
        share = (lambda n: f"{100 * n / total:5.1f} %") if total else (lambda n: "-")
        print(f"{name:28} resolved {share(resolved)}  agree {share(agree)}  wrong {share(wrong)}")
    print(
        json.dumps(
            {
                name: dict(zip(("resolved", "agree", "wrong"), v, strict=True))
                for name, v in tally.items()
            }
        )
    )


if __name__ == "__main__":
    main()
