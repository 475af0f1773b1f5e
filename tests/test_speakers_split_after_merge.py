"""Splitting off a name that a merge brought: that name alone leaves, and the rest of
what the merge brought (other names, roles, quotes) is no longer listed as the person
it was merged into."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsexplore.search import Correction, Library
from newsexplore.search.index.update import UpdateSummary

ONE = """Title: Budget row

Sir Keir Starmer defended the budget on Monday.

"We have made the right choices for working people," Sir Keir said.
"""

TWO = """Title: Budget reaction

Keir Starmer spoke again on Tuesday.

"The choices we made were hard but they were right," Starmer said.

Angela Rayner was also asked about the plan.

"We will keep listening to everyone in the party," Rayner said.
"""

THREE = """Title: Housing

"Councils will get the money they need to build," said Angela Rayner, the deputy prime minister.
"""


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("one.txt", ONE), ("two.txt", TWO), ("three.txt", THREE)):
        (folder / name).write_text(text, encoding="utf-8")
    built = Library([folder], tmp_path / "index")
    assert isinstance(list(built.update())[-1], UpdateSummary)
    return built


def test_a_split_name_leaves_alone_and_takes_the_merge_back_from_the_wrong_person(
    library: Library,
) -> None:
    ids = {s.name: s.id for s in library.speakers()}
    merge = Correction("merge", ids["Keir Starmer"], ids["Angela Rayner"])
    library.set_corrections([merge, Correction("split", ids["Keir Starmer"], "Rayner")])
    speakers = {s.name: s for s in library.speakers()}
    keir = speakers["Keir Starmer"]
    assert not {"Angela Rayner", "Rayner"} & set(keir.aliases)
    assert "deputy prime minister" not in keir.roles
    assert keir.quote_count == 2
    alone = speakers["Rayner"]
    assert (alone.aliases, alone.roles, alone.quote_count) == (("Rayner",), (), 1)
    assert speakers["Angela Rayner"].quote_count == 1
    said = {q.text[:12]: q.speaker for q in library.quotes()}
    assert said["We will keep"] == "Rayner"
    assert said["Councils wil"] == "Angela Rayner"


def test_a_split_of_the_keepers_own_name_leaves_the_merge_in_place(library: Library) -> None:
    ids = {s.name: s.id for s in library.speakers()}
    merge = Correction("merge", ids["Keir Starmer"], ids["Angela Rayner"])
    library.set_corrections([merge, Correction("split", ids["Keir Starmer"], "Starmer")])
    speakers = {s.name: s for s in library.speakers()}
    assert "Angela Rayner" in speakers["Keir Starmer"].aliases
    assert speakers["Starmer"].aliases == ("Starmer",)
