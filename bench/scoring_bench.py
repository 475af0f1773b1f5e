"""Time every prefix of typed queries with the quick scorer and with Whoosh, in turn.

    python bench/scoring_bench.py --index-dir DIR [--corpus FILE] [--rounds N]

`Library.search` is run for each prefix of the queries `tui_bench.py` types
(what a keystroke asks for), once with the quick scorer (`index/bulkscore.py`)
and once with it turned off, alternating which goes first each round so a
shared machine's drift falls on both alike. Results kept for repeated queries
are dropped before each search. Every pair of results is compared (total,
article order, scores) and any difference is counted and printed: the two
must agree exactly.

The index in DIR is used as it is (built by `tui_bench.py` or the app); it is
not updated.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsexplore.search import Library
from newsexplore.search.index import library as library_module

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "reuters21578.jsonl"
QUERIES = ["oil prices", "interest rates", "bank of japan", "trade deficit", "coffee exports"]


def _search(library: Library, text: str, quick: bool) -> tuple[float, tuple]:
    library_module.ranked = QUICK if quick else (lambda *args, **kwargs: None)
    library.forget_recent_searches()
    started = time.perf_counter()
    results = library.search(text, limit=50)
    elapsed = time.perf_counter() - started
    return elapsed, (results.total, [(hit.article_id, hit.score) for hit in results.hits])


QUICK = library_module.ranked


def _row(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[round(0.95 * (len(ordered) - 1))]
    return (
        f"{name:7} p50 {1000 * statistics.median(ordered):6.1f} ms   p95 {1000 * p95:6.1f} ms"
        f"   max {1000 * ordered[-1]:6.1f} ms   ({len(ordered)} searches)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    library = Library([args.corpus], args.index_dir)
    print(f"{library.article_count():,} articles")
    library.search("", limit=50)  # open the searcher and read the lengths, as the app does
    times: dict[bool, list[float]] = {True: [], False: []}
    slowest: list[tuple[float, float, str]] = []
    differ = 0
    for round_ in range(args.rounds):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                text = query[:end]
                if text.endswith(" "):
                    continue  # the app answers a typed space from the results it just found
                found = {}
                for quick in (True, False) if round_ % 2 == 0 else (False, True):
                    elapsed, found[quick] = _search(library, text, quick)
                    times[quick].append(elapsed)
                if found[True] != found[False]:
                    differ += 1
                    print(f"DIFFERENT: {text!r}")
                slowest.append((times[False][-1], times[True][-1], text))
    library_module.ranked = QUICK
    print(_row("quick", times[True]))
    print(_row("whoosh", times[False]))
    print("slowest with Whoosh (Whoosh / quick):")
    for whoosh, quick, text in sorted(slowest, reverse=True)[:6]:
        print(f"  {text!r:18} {1000 * whoosh:6.1f} / {1000 * quick:6.1f} ms")
    print(f"results that differ: {differ}")


if __name__ == "__main__":
    main()
