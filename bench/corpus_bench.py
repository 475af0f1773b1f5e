"""Measure how fast corpus files load, and what the loader finds in them.

    python bench/corpus_bench.py [CORPUS ...] [--repeat N]

Loads each corpus (default: the shared Reuters-21578 JSONL) with
`load_corpus`, the same call the indexer makes, and prints wall and CPU time,
articles per second, problems, undated articles and boilerplate spans by label.
CPU time is printed beside wall time because the machine is shared: the CPU
figure is the one to compare between runs.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from newsexplore.search.corpus.load import content_key, load_corpus

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpora" / "reuters21578.jsonl"


def measure(paths: list[Path]) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    loads = list(load_corpus(paths))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    articles = [article for load in loads for article in load.articles]
    problems = [problem for load in loads for problem in load.problems]
    keys = time.process_time()
    distinct = len({content_key(article) for article in articles})
    keys = time.process_time() - keys
    labels = Counter(span.label for article in articles for span in article.boilerplate)
    print(
        f"{len(loads)} files, {len(articles)} articles in {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"({len(articles) / max(cpu, 1e-9):,.0f} articles/s CPU)"
    )
    print(f"content_key: {keys:.2f} s CPU, {len(articles) - distinct} exact duplicates")
    print(f"problems: {len(problems)}; undated: {sum(a.date is None for a in articles)}")
    print("boilerplate spans:", dict(labels.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    for _ in range(args.repeat):
        measure(args.corpus)


if __name__ == "__main__":
    main()
