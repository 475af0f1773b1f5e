"""Whether what a search shows can be quoted: snippets, counts and date filters on Reuters.

    python bench/quotable_bench.py --index-dir /tmp/reuters-index

Indexes ../shared/corpora/reuters21578.jsonl into the given folder (once),
then reports: for 15 common queries, how many of the top 50 snippets have a
piece between their "…" marks that is not in the article's own words
(whitespace collapsed); the count of common words against a plain scan of
the stored articles; and a date filter that matches nothing. Not a test:
numbers go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from pathlib import Path

from newsexplore.search import Library

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl"
QUERIES = (
    "oil", "the", "said", "bank", "dollar", "prices", "trade", "volcker", "opec", "yen",
    '"interest rates"', "interest rates", "japan trade", "billion dlrs", "baker",
)  # fmt: skip
COUNTED = ("oil", "bank", "dollar", "volcker")


def _flat(text: str) -> str:
    return " ".join(text.split())


def snippets(library: Library) -> None:
    bad = total = 0
    for query in QUERIES:
        for hit in library.search(query, limit=50).hits:
            text = _flat(library.article(hit.article_id).text)
            total += 1
            bad += not all(p.strip() in text for p in hit.snippet.text.split("…"))
    print(f"snippets not in the article's words: {bad}/{total}")


def counts(library: Library) -> None:
    ids = {h.article_id for h in library.search("", limit=10**9).hits}
    words = {i: set(re.findall(r"\w+", _text(library, i))) for i in ids}
    for word in COUNTED:
        start = time.perf_counter()
        found = library.search(word, limit=20)
        took = (time.perf_counter() - start) * 1000
        scan = sum(1 for w in words.values() if word in w)
        print(f"{word}: total {found.total} (estimated {found.estimated}), {took:.0f} ms; "
              f"articles with the exact word {scan}")  # fmt: skip


def _text(library: Library, article_id: str) -> str:
    article = library.article(article_id)
    return f"{article.title} {article.text}".lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--as-is", action="store_true", help="use the index without updating it")
    args = parser.parse_args()
    library = Library([CORPUS], args.index_dir)
    if not args.as_is and library.needs_update():
        for _ in library.update():
            pass
    snippets(library)
    counts(library)
    empty = library.search("Volcker", date_from=dt.date(2030, 1, 1))
    print(f"Volcker --from 2030-01-01: {empty.total}")


if __name__ == "__main__":
    main()
