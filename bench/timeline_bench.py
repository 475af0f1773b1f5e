"""Measure the timeline extraction against TimeML gold, and its speed.

    python bench/timeline_bench.py [--bench DIR] [--types DATE] [--half A|B]
                                   [--set timebank|aquaint]
                                   [--errors [--context]] [--reuters FILE]

Reads the benchmark's articles, runs `extract_events` on each, writes the
mentioned dates as predictions to `bench/out/timeline_pred.jsonl`, runs the
benchmark's own scorer on them and prints its scores and the throughput. With
`--reuters`, also times extraction alone over that JSONL corpus on one core.

`--half A` or `--half B` scores one of two fixed halves of the articles (split
by a hash of the article id): rules are tuned looking at one half's errors and
must hold up on the other, a guard against fitting these particular articles.
`--set timebank` or `--set aquaint` scores one of the two sources (AQUAINT's
articles are the ones with a title); it combines with `--half`.
`--errors` lists the misses, false dates and wrong values, paired the way the
scorer pairs them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

from newsexplore.search.dates.extract import extract_events, timeml_records
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


def in_half(article_id: str, half: str | None) -> bool:
    """Stable across runs and machines (unlike `hash()`), so both halves stay fixed."""
    if half is None:
        return True
    return "AB"[hashlib.sha1(article_id.encode()).digest()[0] % 2] == half


def in_set(article: Article, which: str | None) -> bool:
    """TimeBank or AQUAINT: of the two, only AQUAINT's articles carry a title."""
    if which is None:
        return True
    return bool(article.title) == (which == "aquaint")


def chosen_gold(gold: Path, ids: set[str], label: str, out_dir: Path) -> Path:
    """The gold file, or a copy holding only the records of the chosen articles."""
    if not label:
        return gold
    out = out_dir / f"timeline-gold-{label}.jsonl"
    with gold.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        w.writelines(line for line in f if json.loads(line)["article_id"] in ids)
    return out


def print_errors(
    scorer_path: Path,
    gold_path: Path,
    records: list[dict],
    types: str,
    articles: dict[str, Article] | None = None,
) -> None:
    """Each article's misses (-), false dates (+) and wrong values (~ gold -> predicted),
    with the words around each and the article's date (and weekday) when `articles` is
    given: most errors are read, not counted, and a relative date is judged from the DCT."""
    spec = importlib.util.spec_from_file_location("timeline_score", scorer_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    wanted = None if types.upper() == "ALL" else set(types.upper().split(","))
    gold_by, pred_by = {}, {}
    for g in score.load(str(gold_path)):
        gold_by.setdefault(g["article_id"], []).append(g)
    for p in records:
        pred_by.setdefault(p["article_id"], []).append(p)
    for aid in sorted(set(gold_by) | set(pred_by)):
        gold = sorted(gold_by.get(aid, []), key=lambda r: r["start"])
        pred = sorted(pred_by.get(aid, []), key=lambda r: r["start"])
        for start, line in _article_errors(score, gold, pred, wanted):
            print(f"{aid}\t{line}")
            if articles is not None:
                article = articles[aid]
                dct = f"{article.date:%Y-%m-%d %a}" if article.date else "undated"
                print(f"\t\t[{dct}] {_around(article.text, start)}")


def _around(text: str, at: int, reach: int = 90) -> str:
    return " ".join(text[max(0, at - reach) : at + reach].split())


def _article_errors(
    score, gold: list[dict], pred: list[dict], wanted: set[str] | None
) -> list[tuple[int, str]]:
    pairs = dict((j, i) for i, j in score.match_article(gold, pred))
    paired = set(pairs.values())
    out = []
    for i, g in enumerate(gold):
        if i not in paired and (wanted is None or g["type"] in wanted):
            out.append((g["start"], f"- {g['text']!r} {g['value']} ({g['type']})"))
    for j, p in enumerate(pred):
        i = pairs.get(j)
        if i is None:
            out.append((p["start"], f"+ {p['text']!r} {p['value']}"))
            continue
        g = gold[i]
        if wanted is not None and g["type"] not in wanted:
            continue
        same = score.norm_value(g["value"]) == score.norm_value(p["value"])
        strict = score.norm_text(g["text"]) == score.norm_text(p["text"])
        if not same or not strict:
            mark = "~" if not same else "="
            out.append(
                (p["start"], f"{mark} {g['text']!r} {g['value']} -> {p['text']!r} {p['value']}")
            )
    return sorted(out, key=lambda t: t[0])


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
    ap.add_argument("--half", choices=["A", "B"], help="score one fixed half of the articles")
    ap.add_argument(
        "--set", choices=["timebank", "aquaint"], help="score the articles of one source only"
    )
    ap.add_argument("--errors", action="store_true", help="list every error, article by article")
    ap.add_argument("--context", action="store_true", help="with --errors, the words around each")
    ap.add_argument("--reuters", type=Path, help="a JSONL corpus to time extraction on")
    args = ap.parse_args(argv)

    articles = [
        a
        for a in load_articles(args.bench / "tbaq.jsonl")
        if in_half(a.id, args.half) and in_set(a, args.set)
    ]
    records, wall, cpu = predict(articles)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    n = len(articles)
    label = "-".join(x for x in (args.set, args.half and f"half-{args.half}") if x)
    print(
        f"{label + ': ' if label else ''}{n} articles, {len(records)} dates; {n / wall:.0f} articles/s wall, {n / cpu:.0f} CPU"
    )
    ids = {a.id for a in articles}
    gold = chosen_gold(args.bench / "tbaq.gold.jsonl", ids, label, args.out.parent)
    if args.errors:
        by_id = {a.id: a for a in articles} if args.context else None
        print_errors(args.bench / "score.py", gold, records, args.types, by_id)
    scorer = [sys.executable, str(args.bench / "score.py"), "--gold"]
    scorer += [str(gold), "--pred", str(args.out), "--types", args.types]
    subprocess.run(scorer, check=True)
    if args.reuters:
        time_corpus(args.reuters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
