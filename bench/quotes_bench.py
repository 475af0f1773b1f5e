"""Measure quote extraction and attribution on PolNeAR, and extraction speed.

    python bench/quotes_bench.py [--bench DIR] [--split train|dev] [--half A|B]
                                 [--reuters FILE] [--limit N] [--plain]

Reads the benchmark articles through the corpus loader (so boilerplate and
paragraph spans are what indexing sees; `--plain` skips that), runs
`extract_quotes` on each, writes the predictions to `bench/out/quotes-pred[A|B].jsonl`,
runs the benchmark's own scorer and prints its scores with the throughput.
`--split dev` reads the dev split (`polnear-dev.jsonl`) instead of train. With
`--reuters`, also times extraction over that JSONL corpus (wire copy, the
indexing speed target).

`--half A` or `--half B` scores one of two fixed halves of the articles (split
by a hash of the article id): rules are tuned looking at one half's errors and
must hold up on the other, a guard against fitting these particular articles.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from newsexplore.search.corpus.load import load_file
from newsexplore.search.models import Article
from newsexplore.search.quotes.extract import extract_quotes
from newsexplore.search.quotes.names import DOC_HEADS, PERSON_TITLES, ROLE_NOUNS
from newsexplore.search.speakers.table import build_speaker_table

ROOT = Path(__file__).resolve().parent
DEFAULT_BENCH = ROOT.parent.parent / "shared" / "bench" / "quotes"
OUT = ROOT / "out"


def load_articles(path: Path, plain: bool, limit: int | None = None) -> list[Article]:
    """Articles through the corpus loader (boilerplate and paragraph spans), or plain."""
    if plain:
        return read_articles(path, limit)
    articles = list(load_file(path, path.name).articles)
    return articles[:limit] if limit is not None else articles


def read_articles(path: Path, limit: int | None = None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(articles) >= limit:
                break
            r = json.loads(line)
            date = dt.date.fromisoformat(r["date"]) if r.get("date") else None
            articles.append(
                Article(
                    id=r["id"],
                    title=r.get("title", ""),
                    text=r["text"],
                    date=date,
                    source=r.get("source", ""),
                    author=r.get("author", "") or "",
                )
            )
    return articles


def in_half(article_id: str, half: str | None) -> bool:
    """Stable across runs and machines (unlike `hash()`), so both halves stay fixed."""
    if half is None:
        return True
    return "AB"[hashlib.sha1(article_id.encode()).digest()[0] % 2] == half


def half_gold(gold: Path, half: str | None, split: str) -> Path:
    """The gold file, or a copy holding only the records of one half's articles."""
    if half is None:
        return gold
    out = OUT / f"gold-{split}-half-{half}.jsonl"
    with gold.open(encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        w.writelines(line for line in f if in_half(json.loads(line)["article_id"], half))
    return out


def timed_extract(articles: list[Article]) -> tuple[list, float, float]:
    """Quotes, wall seconds and CPU seconds (CPU time is steadier on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    quotes = [q for a in articles for q in extract_quotes(a)]
    return quotes, time.perf_counter() - start, time.process_time() - cpu


def rate(n: int, wall: float, cpu: float) -> str:
    return f"{n / wall:.0f} articles/s wall, {n / cpu:.0f} articles/s CPU (one core)"


def run_polnear(bench: Path, plain: bool, half: str | None = None, split: str = "train") -> None:
    articles = load_articles(bench / f"polnear-{split}.jsonl", plain)
    articles = [a for a in articles if in_half(a.id, half)]
    quotes, wall, cpu = timed_extract(articles)
    OUT.mkdir(exist_ok=True)
    pred = OUT / f"quotes-pred{'' if split == 'train' else '-' + split}{half or ''}.jsonl"
    with pred.open("w", encoding="utf-8") as f:
        for q in quotes:
            rec = {"article_id": q.article_id, "quote": q.text, "speaker": q.speaker}
            rec |= {"start": q.start, "end": q.end, "evidence": getattr(q, "evidence", "")}
            rec["confidence"] = getattr(q, "confidence", "")
            rec |= {"mention": q.mention, "basis": getattr(q, "basis", "")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    scorer = [sys.executable, str(bench / "score.py"), "--gold"]
    gold = half_gold(bench / f"polnear-{split}.gold.jsonl", half, split)
    scorer += [str(gold), "--pred", str(pred)]
    scorer.append("--json")
    scores = json.loads(subprocess.run(scorer, capture_output=True, text=True, check=True).stdout)
    det, e2e = scores["detection"], scores["end_to_end"]
    label = f"PolNeAR {split} half {half}" if half else f"PolNeAR {split}"
    print(f"{label}: {len(articles)} articles, {len(quotes)} quotes predicted")
    print(
        f"  detection  P {det['precision']:.3f}  R {det['recall']:.3f}  F1 {det['f1']:.3f}\n"
        f"  attribution accuracy {scores['attribution']['accuracy']:.3f}"
        f" ({scores['attribution']['correct']}/{scores['attribution']['scored']})\n"
        f"  end-to-end P {e2e['precision']:.3f}  R {e2e['recall']:.3f}  F1 {e2e['f1']:.3f}\n"
        f"  throughput {rate(len(articles), wall, cpu)}"
    )


def run_reuters(path: Path, limit: int | None, plain: bool) -> None:
    articles = load_articles(path, plain, limit)
    quotes, wall, cpu = timed_extract(articles)
    print(f"Reuters: {len(articles)} articles, {len(quotes)} quotes")
    print(f"  throughput {rate(len(articles), wall, cpu)}")
    alias_report(quotes)


_ROLE_WORDS = ROLE_NOUNS | PERSON_TITLES | DOC_HEADS | {"the", "a", "an", "its", "his", "her"}


def role_alias(alias: str) -> bool:
    """`the spokesman`, `the March 9 letter`: an alias that is a description, not a name."""
    words = alias.split()
    return words[0] in ("the", "a", "an") or all(w.lower() in _ROLE_WORDS for w in words)


def alias_report(quotes: list) -> None:
    """Descriptions among the people's aliases, and those two people share."""
    table = build_speaker_table(quotes)
    people = [s for s in table.speakers if s.kind == "person"]
    holders: dict[str, list[str]] = {}
    for speaker in people:
        for alias in filter(role_alias, speaker.aliases):
            holders.setdefault(alias.casefold(), []).append(speaker.name)
    shared = {alias: names for alias, names in holders.items() if len(names) > 1}
    print(f"  people {len(people)}, description aliases {len(holders)}, shared {len(shared)}")
    for alias, names in sorted(shared.items(), key=lambda kv: -len(kv[1]))[:10]:
        print(f"    {alias!r}: {', '.join(names[:5])}")
    for name in ("Reagan", "Baker"):
        for speaker in people:
            if speaker.name.endswith(name) and speaker.quote_count >= 5:
                print(f"  {speaker.name}: {', '.join(speaker.aliases[:12])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--split", choices=["train", "dev"], default="train")
    parser.add_argument("--half", choices=["A", "B"], help="score one fixed half of the articles")
    parser.add_argument("--reuters", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument(
        "--plain", action="store_true", help="plain Article records, no boilerplate spans"
    )
    args = parser.parse_args()
    run_polnear(args.bench, args.plain, args.half, args.split)
    if args.reuters:
        run_reuters(args.reuters, args.limit, args.plain)


if __name__ == "__main__":
    main()
