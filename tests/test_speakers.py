"""Corpus-wide speakers and quote groups, on small inline quote lists."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from newsexplore.search.corpus.load import load_corpus
from newsexplore.search.models import Quote, Speaker
from newsexplore.search.quotes.extract import extract_quotes
from newsexplore.search.speakers.table import SpeakerTable, build_speaker_table, speaker_id_for
from tests.conftest import SEED_SPEAKERS

_starts = itertools.count(0, 100)


def q(article: str, speaker: str | None, text: str = "", **fields: object) -> Quote:
    """A quote at a fresh offset; the text defaults to something unique."""
    start = next(_starts)
    text = text or f"Words spoken as number {start} of the day"
    return Quote(article, start, start + len(text), text, speaker, **fields)


def names(table: SpeakerTable) -> set[str]:
    return {s.name for s in table.speakers}


def by_name(table: SpeakerTable, name: str) -> Speaker:
    return next(s for s in table.speakers if s.name == name)


def org(article: str, name: str, text: str = "") -> Quote:
    return q(article, name, text, speaker_kind="organisation")


# ------------------------------------------------------------------- people


def test_name_variants_of_one_person_become_one_speaker() -> None:
    quotes = [
        q("a", "Keir Starmer", mention="Sir Keir Starmer", roles=("Prime Minister",)),
        q("a", "Keir Starmer", mention="Sir Keir"),
        q("a", "Keir Starmer", mention="he"),
        q("a", "Keir Starmer", mention="the Prime Minister"),
        q("a", "Keir Starmer", mention="The Prime Minister"),
        q("b", "Keir Starmer", mention="Keir Starmer"),
        q("c", "Starmer", mention="Prime Minister Starmer", roles=("Prime Minister",)),
        q("d", "Sir Keir Starmer"),
    ]
    table = build_speaker_table(quotes)
    assert names(table) == {"Keir Starmer"}
    keir = table.speakers[0]
    assert keir.id == "keir-starmer"
    assert {"Sir Keir Starmer", "Sir Keir", "Keir Starmer", "Starmer", "the Prime Minister"} <= set(
        keir.aliases
    )
    assert "he" not in keir.aliases and "The Prime Minister" not in keir.aliases
    assert (keir.quote_count, keir.article_count) == (len(quotes), 4)


@pytest.mark.parametrize(
    "title",
    [
        "Sir",
        "Mr",
        "Ms",
        "Mrs",
        "Miss",
        "Dr",
        "Lord",
        "Lady",
        "Baroness",
        "Dame",
        "Prof",
        "Rev",
        "Sen.",
        "Rep.",
        "Gov.",
        "President",
    ],
)
def test_honorifics_are_not_part_of_the_name(title: str) -> None:
    table = build_speaker_table([q("a", f"{title} Alex Morgan"), q("b", "Alex Morgan")])
    assert names(table) == {"Alex Morgan"}
    assert table.speaker_of[("a", f"{title} Alex Morgan")] == "alex-morgan"


@pytest.mark.parametrize("surname_first", [False, True])
def test_surname_with_the_same_office_joins_the_one_full_name_in_the_corpus(
    surname_first: bool,
) -> None:
    quotes = [
        q("a", "James Baker", mention="James Baker", roles=("Treasury Secretary",)),
        q("b", "Baker", mention="Treasury Secretary Baker", roles=("Treasury Secretary",)),
    ]
    table = build_speaker_table(reversed(quotes) if surname_first else quotes)
    assert names(table) == {"James Baker"}
    assert table.speaker_of[("b", "Baker")] == "james-baker"


@pytest.mark.parametrize("surname_first", [False, True])
def test_a_bare_surname_never_joins_another_articles_person(surname_first: bool) -> None:
    # "Richard Fischer of Merrill Lynch" in one story is not the Joel Fischer of another.
    quotes = [
        q("a", "Joel Fischer", mention="Joel Fischer"),
        q("b", "Fischer", mention="Fischer"),
        q("c", "Louise Haigh", mention="Former minister Louise Haigh", roles=("former minister",)),
        q("d", "Haigh", mention="Ms Haigh"),
    ]
    table = build_speaker_table(reversed(quotes) if surname_first else quotes)
    assert names(table) == {"Joel Fischer", "Fischer", "Louise Haigh", "Haigh"}
    assert table.speaker_of[("b", "Fischer")] != table.speaker_of[("a", "Joel Fischer")]


def test_surname_with_contrary_evidence_stays_apart() -> None:
    quotes = [
        q("b", "Haigh", mention="Mr Haigh", roles=("farmer",)),
        q("a", "Louise Haigh", mention="Ms Haigh", roles=("former minister",)),
    ]
    table = build_speaker_table(quotes)
    assert names(table) == {"Louise Haigh", "Haigh"}
    assert table.speaker_of[("b", "Haigh")] != table.speaker_of[("a", "Louise Haigh")]


def test_surname_in_the_same_article_wins_over_other_namesakes() -> None:
    quotes = [
        q("a", "Louise Haigh"),
        q("a", "Haigh", mention="Ms Haigh"),
        q("b", "Tom Haigh", mention="Mr Haigh"),
    ]
    table = build_speaker_table(quotes)
    assert table.speaker_of[("a", "Haigh")] == table.speaker_of[("a", "Louise Haigh")]
    assert names(table) == {"Louise Haigh", "Tom Haigh"}


def test_surname_between_two_full_names_stays_separate() -> None:
    quotes = [q("a", "Hillary Clinton"), q("b", "Bill Clinton"), q("c", "Clinton")]
    table = build_speaker_table(quotes)
    assert names(table) == {"Hillary Clinton", "Bill Clinton", "Clinton"}
    assert len({s.id for s in table.speakers}) == 3


def test_shorter_full_name_joins_only_a_unique_fuller_one() -> None:
    one = build_speaker_table([q("a", "George W. Bush"), q("b", "George Bush")])
    assert len(one.speakers) == 1
    assert one.speakers[0].name in {"George W. Bush", "George Bush"}
    two = build_speaker_table(
        [q("a", "George W. Bush"), q("b", "George H. W. Bush"), q("c", "George Bush")]
    )
    assert len(two.speakers) == 3


def test_given_name_after_sir_joins_the_knight() -> None:
    quotes = [q("a", "Keir Starmer"), q("b", "Keir", mention="Sir Keir")]
    table = build_speaker_table(quotes)
    assert names(table) == {"Keir Starmer"}


def test_surname_particles_keep_the_surname_whole() -> None:
    quotes = [q("a", "Ursula von der Leyen"), q("a", "von der Leyen"), q("c", "Leyen")]
    table = build_speaker_table(quotes)
    leyen = table.speaker_of[("a", "Ursula von der Leyen")]
    assert table.speaker_of[("a", "von der Leyen")] == leyen
    assert table.speaker_of[("c", "Leyen")] != leyen


# ------------------------------------------------------------ organisations


def test_organisation_spellings_merge() -> None:
    quotes = [
        org("a", "Commons Women and Equalities Committee"),
        org("b", "the Women and Equalities Committee"),
        org("c", "Women & Equalities Committee"),
        org("d", "Ofcom"),
        org("e", "OFCOM"),
        q("f", "Ofcom"),
    ]
    table = build_speaker_table(quotes)
    assert names(table) == {"Women and Equalities Committee", "Ofcom"}
    assert by_name(table, "Ofcom").kind == "organisation"
    assert by_name(table, "Ofcom").article_count == 3


def test_organisations_with_different_qualifiers_stay_apart() -> None:
    quotes = [
        org("a", "Labour Party"),
        org("b", "Scottish Labour Party"),
        org("c", "House Foreign Affairs Committee"),
        org("d", "Senate Foreign Affairs Committee"),
        org("e", "Foreign Affairs Committee"),
    ]
    assert len(build_speaker_table(quotes).speakers) == 5


def test_acronym_joins_the_only_organisation_it_abbreviates() -> None:
    quotes = [org("a", "Federal Bureau of Investigation"), org("b", "FBI"), org("c", "Fbi Group")]
    table = build_speaker_table(quotes)
    assert (
        table.speaker_of[("b", "FBI")] == table.speaker_of[("a", "Federal Bureau of Investigation")]
    )


# ------------------------------------------------------- counts and roles


def test_counts_roles_and_order() -> None:
    quotes = [
        q("a", "Liz Kendall", roles=("Technology Secretary",)),
        q("a", "Liz Kendall", roles=("Technology Secretary",)),
        q("b", "Liz Kendall", roles=("technology secretary", "Labour MP")),
        q("c", "Liz Kendall", roles=("Labour MP", "Technology Secretary")),
        q("c", "Nigel Farage", roles=("Reform UK leader",)),
        q("d", None),
    ]
    table = build_speaker_table(quotes)
    assert [s.name for s in table.speakers] == ["Liz Kendall", "Nigel Farage"]
    liz = table.speakers[0]
    assert (liz.quote_count, liz.article_count) == (4, 3)
    assert liz.roles == ("Technology Secretary", "Labour MP")
    assert ("d", None) not in table.speaker_of


def test_names_are_kept_literally_and_ids_are_slugs() -> None:
    table = build_speaker_table([org("a", "[bold]Acme[/bold] Ltd")])
    assert table.speakers[0].name == "[bold]Acme[/bold] Ltd"
    assert table.speakers[0].id == "bold-acme-bold-ltd"


def test_speaker_ids_are_readable_and_distinct() -> None:
    assert speaker_id_for("Keir Starmer") == "keir-starmer"
    assert speaker_id_for("José Núñez") == "jose-nunez"
    assert speaker_id_for("«»").startswith("speaker-")
    table = build_speaker_table([q("a", "Mary-Jane Smith"), q("b", "Mary Jane Smith")])
    ids = [s.id for s in table.speakers]
    assert len(ids) == len(set(ids)) == 2


# ------------------------------------------------------------ quote groups

LONG = (
    "There have been deeply concerning reports of the Grok AI chatbot account on X being used"
    " to create and share undressed images of people, which may amount to intimate image abuse"
    " or pornography, and sexualised images of children"
)


def group_sizes(table: SpeakerTable) -> list[int]:
    counts: dict[str, int] = {}
    for group in table.group_of.values():
        counts[group] = counts.get(group, 0) + 1
    return sorted(counts.values())


def test_identical_quote_in_two_articles_is_one_group() -> None:
    quotes = [
        q("a", "Keir Starmer", "all options to be on the table", partial=True),
        q("b", "Keir Starmer", "all options to be on the table", partial=True),
        q("b", "Keir Starmer", "something else he said entirely"),
    ]
    table = build_speaker_table(quotes)
    assert group_sizes(table) == [2]
    assert table.group_of[("a", quotes[0].start)] == table.group_of[("b", quotes[1].start)]
    assert ("b", quotes[2].start) not in table.group_of


def test_case_punctuation_and_quote_marks_do_not_matter() -> None:
    quotes = [
        q("a", None, "It’s surely no longer tenable — not least"),
        q("b", None, "IT'S SURELY NO LONGER TENABLE, NOT LEAST..."),
        q("c", None, "It is surely no longer tenable, not least"),
    ]
    table = build_speaker_table(quotes)
    assert group_sizes(table) == [2]
    assert ("c", quotes[2].start) not in table.group_of


def test_group_id_is_stable_and_comes_from_the_earliest_report() -> None:
    quotes = [q("a", None, LONG), q("b", None, LONG.replace("sexualised", "sexualized"))]
    dates = {"a": dt.date(2026, 1, 9), "b": dt.date(2026, 1, 8)}
    forward = build_speaker_table(quotes, dates).group_of
    backward = build_speaker_table(list(reversed(quotes)), dates).group_of
    assert forward == backward and len(set(forward.values())) == 1
    other = build_speaker_table(quotes, {"a": dt.date(2026, 1, 7), "b": dt.date(2026, 1, 8)})
    assert set(other.group_of.values()) != set(forward.values())


def test_near_identical_quotes_group() -> None:
    quotes = [
        q("a", "Keir Starmer", LONG),
        q("b", "Keir Starmer", "“" + LONG.upper().replace("X being", "X, being") + ".”"),
        q("c", None, LONG.replace("sexualised", "sexualized")),
        q("d", None, "undressed images of people, which may amount to intimate image abuse"),
    ]
    assert group_sizes(build_speaker_table(quotes)) == [4]


def test_different_quotes_do_not_group() -> None:
    quotes = [
        q("a", "Keir Starmer", LONG),
        q("b", "Keir Starmer", LONG[:80] + " to spread lies about ministers and harass reporters"),
        q("c", "Liz Kendall", "We will take action on this because it is simply not tolerable"),
        q("d", "Liz Kendall", "We will take no action on this because it is simply tolerable now"),
        q("e", None, "full support"),
        q("f", None, "full support"),
    ]
    assert build_speaker_table(quotes).group_of == {}


def test_short_fragment_needs_the_same_speaker() -> None:
    shared = [
        q("a", "Nigel Farage", "suppressing free speech"),
        q("b", "Nigel Farage", "we will end up suppressing free speech"),
    ]
    assert build_speaker_table(shared).group_of == {}
    quotes = [
        q("a", "Nigel Farage", "suppressing free speech in Britain"),
        q("b", "Nigel Farage", "we will end up suppressing free speech in Britain today"),
        q("c", "Liz Kendall", "this is not about suppressing free speech in Britain at all"),
    ]
    table = build_speaker_table(quotes)
    assert group_sizes(table) == [2]
    assert ("c", quotes[2].start) not in table.group_of


def test_same_phrase_from_different_people_is_not_a_group() -> None:
    quotes = [q("a", "Keir Starmer", "we will see"), q("b", "Nigel Farage", "we will see")]
    assert build_speaker_table(quotes).group_of == {}


def test_duplicates_inside_one_article_are_not_a_group() -> None:
    quotes = [q("a", "Ofcom", LONG), q("a", "Ofcom", LONG), q("a", None, LONG + " now")]
    assert build_speaker_table(quotes).group_of == {}


# -------------------------------------------------------------------- seeds


def test_seed_speakers_and_shared_quote(seeds_dir: Path) -> None:
    articles = [a for load in load_corpus([seeds_dir]) for a in load.articles]
    quotes = [quote for article in articles for quote in extract_quotes(article)]
    table = build_speaker_table(quotes, {a.id: a.date for a in articles})
    assert names(table) == SEED_SPEAKERS
    keir = by_name(table, "Keir Starmer")
    assert "Sir Keir" in keir.aliases and "Prime Minister" in keir.roles
    assert keir.article_count == 2
    assert by_name(table, "Ofcom").kind == "organisation"
    shared = [q for q in quotes if q.text == "all options to be on the table"]
    groups = {table.group_of[(q.article_id, q.start)] for q in shared}
    assert len(groups) == 1
    grouped = [key for key, group in table.group_of.items() if group in groups]
    assert len({article_id for article_id, _ in grouped}) == 2


def test_roles_are_tidied_merged_and_strays_left_out() -> None:
    quotes = [q(a, "Jane Porter", roles=("Treasury Secretary",)) for a in "abcdefghij"]
    quotes += [
        q("k", "Jane Porter", roles=("U.S. Treasury Secretary",)),
        q("l", "Jane Porter", roles=("19 news conference", "statement")),
        q("m", "Jane Porter", roles=("Reuters Treasury Secretary",)),
        q("n", "Jane Porter", roles=("hoping Treasury Secretary",)),
        q("o", "Jane Porter", roles=("spokesman",)),
        q("p", "Jane Porter", roles=("former chair",)),
        q("q", "Ann Lee", roles=("chair",)),
        q("r", "Ann Lee", roles=("vice chair",)),
    ]
    table = build_speaker_table(quotes)
    assert by_name(table, "Jane Porter").roles == ("U.S. Treasury Secretary",)
    assert set(by_name(table, "Ann Lee").roles) == {"chair", "vice chair"}


def test_a_possessive_or_a_pronoun_contraction_is_no_alias() -> None:
    quotes = [
        q("a", "Donald Trump", mention="Donald Trump"),
        q("a", "Donald Trump", mention="Trump’s"),
        q("a", "Donald Trump", mention="He’s"),
        q("b", "Donald Trump", mention="he's"),
        q("b", "Donald Trump", mention="Trump"),
        q("c", "Moody's", mention="Moody's", speaker_kind="organisation"),
    ]
    table = build_speaker_table(quotes)
    trump = by_name(table, "Donald Trump")
    assert set(trump.aliases) == {"Donald Trump", "Trump"}
    assert "Moody's" in by_name(table, "Moody's").aliases
