"""Every query example in the README and the in-app help, run and checked.

Each example is run on the sample articles plus a few written here, and the
articles it finds are compared with what a plain scan of the articles says it
promises. An example added to either document without a check here fails.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable

import pytest

from newsexplore.search import Article, Library, value_span
from newsexplore.search.corpus import load_corpus

from .conftest import REPO, SEEDS

EXTRA = {
    "e1.txt": "Title: Ofcom fines a broadcaster\nDate: 2025-12-02\nSource: Evening Star\n"
    'Author: Ann Lee\n\nOfcom fined a broadcaster on Tuesday. "The rules apply to everyone," '
    "said Melanie Dawes, the regulator's chief.\n",
    "e2.txt": "Title: Musk shows a rocket\nDate: 2026-02-10\nSource: Harbour Gazette\n\n"
    'Elon Musk showed a rocket in Texas. "It will fly this year," Musk said. Nobody '
    "asked about all the options.\n",
    "e3.txt": "Title: Tea prices rise\nDate: 2026-01-20\nSource: Evening Star\n"
    "Author: Bob Stone\n\nTea prices rose again in the third week of January.\n",
    "e4.txt": "Title: Shops count the takings\nDate: 2026-01-05\n\n"
    "The year-round market had its best month in a decade.\n",
    "e5.txt": "Title: Council sets its budget\nDate: 2026-01-06\n\n"
    "The year ahead will see a round of talks on the old scheme.\n",
    "e6.txt": "Title: Looking back\nDate: 2026-01-07\n\n"
    "Growth was slow in the 1990s, and the plant opened in 1995.\n",
    "e7.txt": "Title: A flood\nDate: 2026-01-08\n\nIt was the worst flood of the 20th century.\n",
}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _flat(text: str) -> str:
    return " ".join(_words(text))


def _near(word: str, target: str, edits: int) -> bool:
    """Levenshtein distance within `edits`, or one swap of neighbours."""
    if len(word) == len(target) and sorted(word) == sorted(target):
        diffs = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            return True
    row = list(range(len(target) + 1))
    for i, a in enumerate(word, 1):
        prev, row[0] = row[0], i
        for j, b in enumerate(target, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (a != b))
    return row[-1] <= edits


def _all(a: Article) -> list[str]:
    return _words(a.title + " " + a.text)


def _in_month(a: Article, low: dt.date, high: dt.date | None) -> bool:
    return a.date is not None and low <= a.date and (high is None or a.date <= high)


Check = Callable[[Article, set[str]], bool]
"""Whether an article should be found, given the ids of articles quoting the speaker
(or, for `mentions:`, mentioning a date in its range; for `quote:`, holding such a quote)."""

JAN_1, JAN_31 = dt.date(2026, 1, 1), dt.date(2026, 1, 31)

PROMISES: dict[str, Check] = {
    "grok ofcom": lambda a, _: {"grok", "ofcom"} <= set(_all(a)),
    "grok OR musk": lambda a, _: bool({"grok", "musk"} & set(_all(a))),
    "ofcom NOT grok": lambda a, _: "ofcom" in _all(a) and "grok" not in _all(a),
    "ofcom -grok": lambda a, _: "ofcom" in _all(a) and "grok" not in _all(a),
    "year-round": lambda a, _: "year round" in _flat(a.title + " " + a.text),
    '"all options"': lambda a, _: "all options" in _flat(a.title + " " + a.text),
    "starm*": lambda a, _: any(w.startswith("starm") for w in _all(a)),
    "stramer~": lambda a, _: any(_near(w, "stramer", 1) for w in _all(a)),
    "kendl~2": lambda a, _: any(_near(w, "kendl", 2) for w in _all(a)),
    "(grok OR musk) ofcom": lambda a, _: (
        bool({"grok", "musk"} & set(_all(a))) and "ofcom" in _all(a)
    ),
    "title:grok": lambda a, _: "grok" in _words(a.title),
    'title:"act together"': lambda a, _: "act together" in _flat(a.title),
    "text:ofcom": lambda a, _: "ofcom" in _words(a.text),
    "author:luck": lambda a, _: "luck" in _words(a.author),
    'source:"evening star"': lambda a, _: a.source.lower() == "evening star",
    "date:2026-01": lambda a, _: _in_month(a, JAN_1, JAN_31),
    "date:[2026-01-01 TO 2026-01-31]": lambda a, _: _in_month(a, JAN_1, JAN_31),
    "date:[2026-01-01 TO *]": lambda a, _: _in_month(a, JAN_1, None),
    "speaker:starmer": lambda a, quoting: a.id in quoting,
    'speaker:"keir starmer"': lambda a, quoting: a.id in quoting,
    "mentions:2024": lambda a, mentioning: a.id in mentioning,
    "mentions:[2025-12-01 TO 2025-12-31]": lambda a, mentioning: a.id in mentioning,
    "mentions:1990s": lambda a, mentioning: a.id in mentioning,
    'mentions:"the 1990s"': lambda a, mentioning: a.id in mentioning,
    "mentions:199": lambda a, mentioning: a.id in mentioning,
    'mentions:"20th century"': lambda a, mentioning: a.id in mentioning,
    "quote:disgraceful": lambda a, quoting: a.id in quoting,
    'quote:"all options"': lambda a, quoting: a.id in quoting,
    "quote:(disgusting AND tolerated)": lambda a, quoting: a.id in quoting,
}
"""Each example with what it promises, as a test over one article."""

SPEAKER_OF = {"speaker:starmer": "starmer", 'speaker:"keir starmer"': "keir starmer"}

QUOTED: dict[str, Callable[[str], bool]] = {
    "quote:disgraceful": lambda text: "disgraceful" in _words(text),
    'quote:"all options"': lambda text: "all options" in _flat(text),
    "quote:(disgusting AND tolerated)": lambda text: (
        {"disgusting", "tolerated"} <= set(_words(text))
    ),
}
"""What a quote must say for a `quote:` example to find its article: all in one quote."""

MENTIONED_IN = {
    "mentions:2024": (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    "mentions:[2025-12-01 TO 2025-12-31]": (dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
    "mentions:1990s": (dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    'mentions:"the 1990s"': (dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    "mentions:199": (dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    'mentions:"20th century"': (dt.date(1900, 1, 1), dt.date(1999, 12, 31)),
}
"""The days a `mentions:` example holds: a date it finds lies wholly inside them."""


def _mentioning(library: Library, days: tuple[dt.date, dt.date]) -> set[str]:
    """Articles with a date mentioned in those days, read from each one's own dates."""
    low, high = days
    return {
        e.article_id
        for e in library.events()
        if e.kind == "mentioned"
        and (span := value_span(e.value)) is not None
        and low <= span[0]
        and span[1] <= high
    }


def _readme_examples() -> list[str]:
    text = (REPO / "README.md").read_text()
    section = text.split("## Query language", 1)[1].split("A mistake", 1)[0]
    return [span for span in re.findall(r"`([^`]+)`", section) if span != "*"]


def _help_examples() -> list[str]:
    text = (REPO / "tui" / "help.md").read_text()
    return re.findall(r"^\| `([^`]+)` \|", text, flags=re.MULTILINE)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Library, list[Article]]:
    folder = tmp_path_factory.mktemp("corpus")
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text)
    library = Library([folder], tmp_path_factory.mktemp("index"))
    for _ in library.update():
        pass
    return library, [a for load in load_corpus([folder]) for a in load.articles]


def test_every_documented_example_has_a_check() -> None:
    documented = set(_readme_examples()) | set(_help_examples())
    assert len(_help_examples()) >= 10 and len(_readme_examples()) >= 15
    assert documented == set(PROMISES)


@pytest.mark.parametrize("example", sorted(PROMISES))
def test_example_finds_what_it_promises(corpus, example: str) -> None:
    library, articles = corpus
    who = SPEAKER_OF.get(example, "")
    quoting = {q.article_id for q in library.quotes() if who and who in (q.speaker or "").lower()}
    if example in MENTIONED_IN:
        quoting = _mentioning(library, MENTIONED_IN[example])
    if example in QUOTED:
        quoting = {q.article_id for q in library.quotes() if QUOTED[example](q.text)}
    expected = {a.id for a in articles if PROMISES[example](a, quoting)}
    results = library.search(example, limit=100)
    assert results.error is None
    assert {hit.article_id for hit in results.hits} == expected
    assert 0 < len(expected) < len(articles), "an example should find some articles, not all"


@pytest.mark.parametrize("example", sorted(SPEAKER_OF))
def test_speaker_example_in_the_quotes_scope_finds_their_quotes(corpus, example: str) -> None:
    library, _ = corpus
    who = SPEAKER_OF[example]
    expected = {
        (q.article_id, q.start) for q in library.quotes() if who in (q.speaker or "").lower()
    }
    results = library.search(example, scope="quotes", limit=100)
    assert expected and {(h.quote.article_id, h.quote.start) for h in results.hits} == expected
