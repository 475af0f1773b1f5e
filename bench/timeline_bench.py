"""Measure the timeline extraction against TimeML gold, and its speed.

    python bench/timeline_bench.py [--bench DIR] [--types DATE] [--reuters FILE]

Reads the benchmark's articles, runs `extract_events` on each, writes the
mentioned dates as predictions to `bench/out/timeline_pred.jsonl`, runs the
benchmark's own scorer on them and prints its scores and the throughput. With
`--reuters`, also times extraction alone over that JSONL corpus on one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

from newsexplore.search.dates import extract_events, timeml_records
from newsexplore.search.models import Article

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = HERE.parent.parent / "shared" / "bench" / "timeline"


def load_articles(path: Path) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            date = dt.date.fromisoformat(r["date"]) if r.get("date") else None
            articles.append(
                Article(id=r["id"], title=r.get("title", ""), text=r["text"], date=date)
            )
    return articles


def predict(articles: list[Article]) -> tuple[list[dict], float, float]:
    """Predictions for every article, and the wall-clock and CPU seconds extraction took.

    CPU time is reported too because the machine is shared: it is what one core costs.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    records = []
    for article in articles:
        records.extend(timeml_records(extract_events(article)))
    return records, time.perf_counter() - wall, time.process_time() - cpu


def time_corpus(path: Path) -> None:
    articles = load_articles(path)
    chars = sum(len(a.text) for a in articles)
    records, wall, cpu = predict(articles)
    n = len(articles)
    print(
        f"{path.name}: {n} articles, {chars / n:.0f} chars avg, {len(records)} dates; "
        f"{n / wall:.0f} articles/s wall, {n / cpu:.0f} articles/s CPU"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--types", default="DATE")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "timeline_pred.jsonl")
    ap.add_argument("--reuters", type=Path, help="a JSONL corpus to time extraction on")
    args = ap.parse_args(argv)

    articles = load_articles(args.bench / "tbaq.jsonl")
    records, wall, cpu = predict(articles)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    n = len(articles)
    print(f"{n} articles, {len(records)} dates; {n / wall:.0f} articles/s wall, {n / cpu:.0f} CPU")
    scorer = [sys.executable, str(args.bench / "score.py"), "--gold"]
    scorer += [str(args.bench / "tbaq.gold.jsonl"), "--pred", str(args.out), "--types", args.types]
    subprocess.run(scorer, check=True)
    if args.reuters:
        time_corpus(args.reuters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
