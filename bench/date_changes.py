"""List every date the extractor finds in a JSONL corpus, and what a rule changed.

    python bench/date_changes.py dump CORPUS.jsonl OUT.jsonl
    python bench/date_changes.py diff BEFORE.jsonl AFTER.jsonl

Benchmarks with gold dates (TimeBank, AQUAINT) cover 1989-2000 newswire; a rule
must also be read where no gold exists: on Reuters-21578 and on modern news
(PolNeAR's articles). `dump` runs `extract_events` over each record (its `date`
as the publication date, boilerplate found as the loader finds it) and writes
one line per mentioned date with its value and ~150 characters of context;
`diff` pairs two dumps by article and offsets and prints the values that
changed, the dates removed and those added, for reading one by one. A random
sample of a dump (`random.seed(N)`, `random.sample`) is how precision on
modern news was measured (BENCHMARKS.md, Timeline, 2026-12-07).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsexplore.search.corpus.boilerplate import analyse
from newsexplore.search.corpus.published import SlashDates
from newsexplore.search.dates.extract import extract_events
from newsexplore.search.models import Article

REACH = 75


def articles(path: Path) -> Iterator[Article]:
    # The file's slash dates are read in one order, as the loader reads them.
    slash = SlashDates()
    slash.see_bytes(path.read_bytes())
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            text = r["text"]
            layout = analyse(text, r.get("title", ""))
            date = dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None
            yield Article(
                id=r["id"],
                title=layout.title,
                text=text,
                date=date,
                boilerplate=layout.boilerplate,
                paragraphs=layout.paragraphs,
                slash_day_first=slash.order() or False,
            )


def dump(corpus: Path, out: Path) -> None:
    with out.open("w", encoding="utf-8") as o:
        for a in articles(corpus):
            for e in extract_events(a):
                if e.kind != "mentioned":
                    continue
                t = a.text
                context = f"{t[max(0, e.start - REACH) : e.start]}[[{e.expression}]]"
                context = (context + t[e.end : e.end + REACH]).replace("\n", " ")
                row = {"id": a.id, "dct": str(a.date), "start": e.start, "end": e.end}
                row |= {"expr": e.expression, "value": _shown(e.value, e.inferred), "ctx": context}
                o.write(json.dumps(row) + "\n")


def _shown(value: str, inferred: bool) -> str:
    """The value as the timeline shows it: a mark (≈) on a value inferred, so that a rule
    marking a period, with its value unchanged, is listed among the changes too."""
    return f"{value}≈" if inferred else value


def _load(path: Path) -> dict[tuple[str, int, int], dict]:
    with path.open(encoding="utf-8") as f:
        rows = (json.loads(line) for line in f if line.strip())
        return {(r["id"], r["start"], r["end"]): r for r in rows}


def diff(before: Path, after: Path) -> None:
    a, b = _load(before), _load(after)
    changed = [k for k in a if k in b and a[k]["value"] != b[k]["value"]]
    removed = [k for k in a if k not in b]
    added = [k for k in b if k not in a]
    print(f"changed {len(changed)}, removed {len(removed)}, added {len(added)}")
    for k in changed:
        r = b[k]
        print("CH", r["dct"], repr(r["expr"]), a[k]["value"], "->", r["value"], "|", r["ctx"])
    for tag, keys, rows in (("RM", removed, a), ("AD", added, b)):
        for k in keys:
            r = rows[k]
            print(tag, r["dct"], repr(r["expr"]), r["value"], "|", r["ctx"])


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("dump", "diff"):
        print(__doc__, file=sys.stderr)
        return 2
    (dump if argv[0] == "dump" else diff)(Path(argv[1]), Path(argv[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
