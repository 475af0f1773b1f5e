"""Time `build_speaker_table` on synthetic quotes, and measure what it allocates.

    python bench/speakers_bench.py [--quotes 300000] [--seed 1]

The quotes are made up, not taken from any corpus: words drawn from a
Zipf-shaped vocabulary (so stock phrases recur, as in news), speakers named in
several ways (full name, surname alone, with a title), some organisations, and
a share of quotes repeated word for word, with punctuation changed, or as
fragments in other articles. Prints wall time, peak traced memory (beyond the
quotes themselves) and what was found.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
import tracemalloc
from collections.abc import Iterator

from newsexplore.search.models import Quote
from newsexplore.search.speakers.table import build_speaker_table

PEOPLE_WEIGHTS = list(itertools.accumulate(1 / (rank + 1) ** 0.7 for rank in range(30_000)))
"""A few people are quoted very often, most rarely, as in news."""


def syllable_words(rng: random.Random, count: int) -> list[str]:
    parts = ["ka", "lo", "mi", "te", "ran", "sol", "ve", "dor", "ni", "pa", "ul", "sen", "tri"]
    return ["".join(rng.choices(parts, k=rng.randint(1, 3))) for _ in range(count)]


def make_quotes(total: int, seed: int) -> Iterator[Quote]:
    rng = random.Random(seed)
    vocab = syllable_words(rng, 30_000)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    firsts = [w.title() for w in syllable_words(rng, 400)]
    lasts = [w.title() for w in syllable_words(rng, 3_000)]
    people = [(rng.choice(firsts), rng.choice(lasts)) for _ in range(30_000)]
    orgs = [f"{w.title()} Committee" for w in syllable_words(rng, 500)]
    said: list[str] = []
    cast: list[dict] = []
    for n in range(total):
        article = f"art{n // 6}"
        if n % 6 == 0:
            cast = [make_speaker(rng, people, orgs) for _ in range(rng.randint(2, 4))]
        text = make_text(rng, vocab, weights, said)
        who = rng.choice(cast) if rng.random() > 0.05 else {"speaker": None}
        yield Quote(article, n * 50, n * 50 + len(text), text, **who)


def make_text(rng: random.Random, vocab: list[str], weights: list[float], said: list[str]) -> str:
    """New words mostly; sometimes a quote said before, shouted, or cut short."""
    roll = rng.random()
    if said and roll < 0.08:
        return rng.choice(said)
    if said and roll < 0.11:
        return rng.choice(said).upper() + "!"
    if said and roll < 0.13:
        words = rng.choice(said).split()
        return " ".join(words[: max(6, len(words) // 2)])
    text = " ".join(rng.choices(vocab, cum_weights=weights, k=rng.randint(3, 45)))
    if rng.random() < 0.2:
        said.append(text)
    return text


def make_speaker(rng: random.Random, people: list[tuple[str, str]], orgs: list[str]) -> dict:
    if rng.random() < 0.15:
        return {"speaker": rng.choice(orgs), "speaker_kind": "organisation"}
    first, last = rng.choices(people, cum_weights=PEOPLE_WEIGHTS)[0]
    name = last if rng.random() < 0.05 else f"{first} {last}"
    mention = rng.choice(["he", "she", f"Mr {last}", f"Ms {last}", "the minister", name])
    roles = (rng.choice(["minister", "MP", "chief executive", "spokesperson"]),)
    return {"speaker": name, "mention": mention, "roles": roles}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    quotes = list(make_quotes(args.quotes, args.seed))
    started = time.perf_counter()
    table = build_speaker_table(quotes)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    build_speaker_table(quotes)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    groups = len(set(table.group_of.values()))
    print(f"{len(quotes):,} quotes: {elapsed:.2f} s, peak {peak / 2**20:.0f} MiB traced")
    print(
        f"{len(table.speakers):,} speakers, {groups:,} groups over {len(table.group_of):,} quotes"
    )


if __name__ == "__main__":
    main()
