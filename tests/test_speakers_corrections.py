"""The user's corrections of speakers: kept in their store, applied over every rebuild."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsexplore.search import Correction, Library, Quote, UserStore
from newsexplore.search.index.update import UpdateSummary

STORY = """Title: Budget row

Sir Keir Starmer defended the budget on Monday.

"We have made the right choices for working people," Sir Keir said.

Louise Haigh, the Sheffield Heeley MP, disagreed with him.

"This budget lets down the north of England badly," Ms Haigh said.

"The figures simply do not add up at all," she added.
"""

SECOND = """Title: Budget reaction

Keir Starmer spoke again on Tuesday.

"The choices we made were hard but they were right," Starmer said.

Angela Rayner was also asked about the plan.

"We will keep listening to everyone in the party," Rayner said.
"""


def build(library: Library) -> None:
    steps = list(library.update())
    assert isinstance(steps[-1], UpdateSummary)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text(STORY, encoding="utf-8")
    (folder / "two.txt").write_text(SECOND, encoding="utf-8")
    return folder


@pytest.fixture
def library(corpus: Path, tmp_path: Path) -> Library:
    built = Library([corpus], tmp_path / "index")
    build(built)
    return built


@pytest.fixture
def store(corpus: Path, tmp_path: Path) -> UserStore:
    return UserStore.for_corpus([corpus], tmp_path / "store.sqlite")


def names(library: Library) -> dict[str, int]:
    return {s.name: s.quote_count for s in library.speakers()}


def speaker_id(library: Library, name: str) -> str:
    return next(s.id for s in library.speakers() if s.name == name)


def quote_of(library: Library, words: str) -> Quote:
    return next(q for q in library.quotes() if q.text.startswith(words))


def apply(library: Library, store: UserStore, correction: Correction) -> None:
    store.corrections.add(correction)
    library.set_corrections(store.corrections.all())


def test_merge_two_speakers_into_one(library: Library, store: UserStore) -> None:
    before = names(library)
    keir, rayner = speaker_id(library, "Keir Starmer"), speaker_id(library, "Angela Rayner")
    apply(library, store, Correction("merge", keir, rayner))
    after = names(library)
    assert "Angela Rayner" not in after
    assert after["Keir Starmer"] == before["Keir Starmer"] + before["Angela Rayner"]
    merged = library.quotes(speaker_id=keir)
    assert any(q.text.startswith("We will keep listening") for q in merged)
    assert all(q.speaker == "Keir Starmer" for q in merged)


def test_split_an_alias_off(library: Library, store: UserStore) -> None:
    keir = speaker_id(library, "Keir Starmer")
    assert names(library)["Keir Starmer"] == 2
    apply(library, store, Correction("split", keir, "Starmer"))
    after = names(library)
    assert after["Keir Starmer"] == 1 and after["Starmer"] == 1
    alone = quote_of(library, "The choices we made")
    assert alone.speaker == "Starmer" and alone.speaker_id != keir


def test_rename_keeps_the_old_name_as_an_alias(library: Library, store: UserStore) -> None:
    haigh = speaker_id(library, "Louise Haigh")
    apply(library, store, Correction("rename", haigh, "Louise Haigh MP"))
    renamed = next(s for s in library.speakers() if s.id == haigh)
    assert renamed.name == "Louise Haigh MP" and "Louise Haigh" in renamed.aliases
    assert quote_of(library, "The figures simply").speaker == "Louise Haigh MP"


def test_assign_a_quote_to_someone_else(library: Library, store: UserStore) -> None:
    quote = quote_of(library, "The figures simply")
    before = names(library)
    apply(library, store, assignment(quote, "Angela Rayner"))
    moved = quote_of(library, "The figures simply")
    assert moved.speaker == "Angela Rayner"
    assert (moved.evidence, moved.confidence, moved.checked) == ("user", "high", True)
    after = names(library)
    assert after["Angela Rayner"] == before["Angela Rayner"] + 1
    assert after["Louise Haigh"] == before["Louise Haigh"] - 1
    rayner = speaker_id(library, "Angela Rayner")
    assert moved in library.quotes(speaker_id=rayner)


def test_assign_to_someone_new(library: Library, store: UserStore) -> None:
    quote = quote_of(library, "The figures simply")
    apply(library, store, assignment(quote, "Rachel Reeves"))
    assert names(library)["Rachel Reeves"] == 1
    assert quote_of(library, "The figures simply").speaker == "Rachel Reeves"


def test_check_an_attribution_and_undo_it(library: Library, store: UserStore) -> None:
    quote = quote_of(library, "The figures simply")
    assert not quote.checked
    assert store.corrections.toggle_check(quote.article_id, quote.start, quote.text)
    library.set_corrections(store.corrections.all())
    checked = quote_of(library, "The figures simply")
    assert checked.checked and checked.speaker == quote.speaker
    assert not store.corrections.toggle_check(quote.article_id, quote.start, quote.text)
    library.set_corrections(store.corrections.all())
    assert not quote_of(library, "The figures simply").checked


def test_corrections_survive_a_rebuild(
    corpus: Path, library: Library, store: UserStore, tmp_path: Path
) -> None:
    quote = quote_of(library, "The figures simply")
    original = library.article(quote.article_id).text
    store.corrections.add(replace(assignment(quote, "Angela Rayner"), original=original))
    store.corrections.add(Correction("split", speaker_id(library, "Keir Starmer"), "Starmer"))
    store.close()
    # A paragraph added above moves every offset; the words still find the quote.
    (corpus / "one.txt").write_text(STORY.replace("\n\n", "\n\nA new opening line.\n\n", 1))
    rebuilt = Library([corpus], tmp_path / "another-index")
    build(rebuilt)
    reopened = UserStore.for_corpus([corpus], tmp_path / "store.sqlite")
    rebuilt.set_corrections(reopened.corrections.all())
    assert quote_of(rebuilt, "The figures simply").speaker == "Angela Rayner"
    assert names(rebuilt)["Starmer"] == 1


def test_a_correction_for_a_speaker_who_is_gone_is_skipped(
    library: Library, store: UserStore
) -> None:
    before = names(library)
    apply(library, store, Correction("merge", "nobody-at-all", speaker_id(library, "Louise Haigh")))
    assert names(library) == before


def assignment(quote: Quote, name: str) -> Correction:
    return Correction(
        "assign", name, quote.speaker or "", quote.article_id, quote.start, text=quote.text
    )


def test_descriptions_are_not_aliases_once_indexed(seeds_dir: Path, tmp_path: Path) -> None:
    seeds = Library([seeds_dir], tmp_path / "seed-index")
    build(seeds)
    keir = next(s for s in seeds.speakers() if s.name == "Keir Starmer")
    assert "Sir Keir" in keir.aliases
    assert not [a for a in keir.aliases if a.casefold().startswith("the ")], keir.aliases


def test_how_corrections_apply_is_no_reason_to_read_the_corpus_again() -> None:
    """The corrections run over an index as it is read; a module left out of the
    extractor fingerprint by a name that no longer exists would quietly count again."""
    from newsexplore.search.paths import APPLIED_WHEN_READ

    root = Path(__file__).resolve().parent.parent / "search"
    assert APPLIED_WHEN_READ and all((root / name).is_file() for name in APPLIED_WHEN_READ)


PRONOUNS_STORY = """Title: Rates

James Baker met the finance ministers on Monday.

"The dollar has fallen far enough for now," Baker said on Tuesday.

"We will watch the markets closely," he added.

Baker later flew home to Washington.
"""

OTHER_BAKER = """Title: Harvest

James Baker toured the farm belt on Friday.

"Farmers need lower interest rates to survive the year," James Baker said.
"""


@pytest.fixture
def bakers(tmp_path: Path) -> tuple[Path, Library]:
    folder = tmp_path / "bakers"
    folder.mkdir()
    (folder / "rates.txt").write_text(PRONOUNS_STORY, encoding="utf-8")
    (folder / "harvest.txt").write_text(OTHER_BAKER, encoding="utf-8")
    built = Library([folder], tmp_path / "bakers-index")
    build(built)
    return folder, built


def test_a_split_takes_the_pronoun_quotes_that_point_at_the_alias(
    bakers: tuple[Path, Library], tmp_path: Path
) -> None:
    """`"...," Baker said. "...," he added.`: once "Baker" is split off James Baker,
    the "he" that means that Baker goes with him, not back to James Baker."""
    folder, library = bakers
    store = UserStore.for_corpus([folder], tmp_path / "bakers.sqlite")
    james = speaker_id(library, "James Baker")
    assert names(library)["James Baker"] == 3
    assert quote_of(library, "We will watch").mention == "he"
    apply(library, store, Correction("split", james, "Baker"))
    assert names(library) == {"Baker": 2, "James Baker": 1}
    moved = quote_of(library, "We will watch")
    assert moved.speaker == "Baker" and moved.speaker_id != james
    baker = speaker_id(library, "Baker")
    spoken = {q.text.split(",")[0] for q in library.quotes(speaker_id=baker)}
    assert spoken == {
        "The dollar has fallen far enough for now",
        "We will watch the markets closely",
    }
    assert "Farmers" in library.quotes(speaker_id=james)[0].text


def test_the_evidence_of_a_quote_follows_a_split_and_a_rename(
    bakers: tuple[Path, Library], tmp_path: Path
) -> None:
    """ "he → James Baker" under a quote now Baker's would tell the reader the split
    did not take; the evidence names whom the quote is shown under."""
    folder, library = bakers
    store = UserStore.for_corpus([folder], tmp_path / "evidence.sqlite")
    james = speaker_id(library, "James Baker")
    assert quote_of(library, "We will watch").basis.startswith("he → James Baker")
    apply(library, store, Correction("split", james, "Baker"))
    moved = quote_of(library, "We will watch")
    assert moved.basis.startswith("he → Baker,"), moved.basis
    assert quote_of(library, "The dollar").basis == "Baker, named at the cue"
    apply(library, store, Correction("rename", speaker_id(library, "Baker"), "Jim Baker"))
    assert quote_of(library, "We will watch").basis.startswith("he → Jim Baker,")
    assert quote_of(library, "Farmers").basis == "James Baker, named at the cue"


def test_a_split_kept_from_before_moves_the_pronoun_quotes_once_read_again(
    bakers: tuple[Path, Library], tmp_path: Path
) -> None:
    """A store holding a split made before quotes knew what their `he` points at keeps
    working: the index, read again, moves the pronoun quote too."""
    folder, library = bakers
    store = UserStore.for_corpus([folder], tmp_path / "kept.sqlite")
    store.corrections.add(Correction("split", speaker_id(library, "James Baker"), "Baker"))
    store.close()
    reread = Library([folder], tmp_path / "reread-index")
    build(reread)
    reopened = UserStore.for_corpus([folder], tmp_path / "kept.sqlite")
    reread.set_corrections(reopened.corrections.all())
    assert quote_of(reread, "We will watch").speaker == "Baker"
    assert names(reread) == {"Baker": 2, "James Baker": 1}


def test_a_quote_stored_without_what_its_pronoun_points_at_still_reads() -> None:
    from newsexplore.search.index.documents import quote_from_fields

    stored = {"article_id": "a", "start": 3, "end": 9, "text": "We will", "mention": "he"}
    quote = quote_from_fields({"payload": {"quote": stored}})
    assert quote.mention == "he" and quote.antecedent is None


def test_merging_a_surname_with_the_full_name_shows_the_full_name(
    library: Library, store: UserStore
) -> None:
    """Merged from the surname's row, the person is still listed by the name the
    stories give in full, not by the bare surname."""
    keir = speaker_id(library, "Keir Starmer")
    apply(library, store, Correction("split", keir, "Starmer"))
    surname = speaker_id(library, "Starmer")
    apply(library, store, Correction("merge", surname, keir))
    merged = next(s for s in library.speakers() if s.id == surname)
    assert merged.name == "Keir Starmer" and "Starmer" in merged.aliases
    assert {q.speaker for q in library.quotes(speaker_id=surname)} == {"Keir Starmer"}
    apply(library, store, Correction("unmerge", surname, keir))
    after = names(library)
    assert after["Starmer"] == 1 and after["Keir Starmer"] == 1


def test_merging_two_different_names_keeps_the_one_chosen(
    library: Library, store: UserStore
) -> None:
    haigh, rayner = speaker_id(library, "Louise Haigh"), speaker_id(library, "Angela Rayner")
    apply(library, store, Correction("merge", haigh, rayner))
    assert next(s for s in library.speakers() if s.id == haigh).name == "Louise Haigh"


@pytest.mark.parametrize(
    "longer, listed",
    [
        ("Offensive Things Keir Starmer", "Keir Starmer"),
        ("Keir Starmer Speech", "Keir Starmer"),
        ("Keir R. Starmer", "Keir R. Starmer"),
        ("Keir Starmer Jr.", "Keir Starmer Jr."),
    ],
)
def test_a_merge_takes_the_longer_name_only_when_it_adds_name_parts(
    library: Library, store: UserStore, longer: str, listed: str
) -> None:
    """Words before a full name that are not a given name ("Offensive Things", a headline's
    words) never become the person's name; a middle initial or a generation do."""
    keir, rayner = speaker_id(library, "Keir Starmer"), speaker_id(library, "Angela Rayner")
    apply(library, store, Correction("rename", rayner, longer))
    apply(library, store, Correction("merge", keir, rayner))
    merged = next(s for s in library.speakers() if s.id == keir)
    assert merged.name == listed
    assert {q.speaker for q in library.quotes(speaker_id=keir)} == {listed}
