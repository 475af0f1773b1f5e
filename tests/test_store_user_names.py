"""Names the user types (a rename, a quote given to someone) are kept as names.

A name pasted with an escape sequence, a tab or a bidi override in it kept
them: `speakers rename` and the app's R stored "Nigel\\x1b[31mFarage", shown
as "Nigel␛[31mFarage" wherever the speaker was listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsexplore.search import Correction, UserStore
from newsexplore.search.safe import user_name

TYPED = [
    ("Nigel\x1b[31mFarage", "Nigel [31mFarage"),
    ("  Jo\tBloggs\n", "Jo Bloggs"),
    ("Ann\u202eLee", "Ann Lee"),
    ("Bell\x07 Ringer\x7f", "Bell Ringer"),
    ("Zoë O'Brien-Smith", "Zoë O'Brien-Smith"),
]


@pytest.mark.parametrize(("typed", "kept"), TYPED)
def test_a_typed_name_loses_its_control_characters(typed: str, kept: str) -> None:
    assert user_name(typed) == kept


def test_the_store_keeps_a_rename_and_an_assignment_without_control_characters(
    tmp_path: Path,
) -> None:
    store = UserStore(tmp_path / "user.sqlite3")
    store.corrections.add(Correction("rename", "nigel-farage", "Nigel\x1b[31mFarage"))
    store.corrections.add(
        Correction("assign", "Jo\x1b]0;x\x07Bloggs", "Ann Lee", "a1", 10, "We will win")
    )
    store.close()
    kept = UserStore(tmp_path / "user.sqlite3").corrections.all()
    assert [(c.kind, c.speaker, c.value) for c in kept] == [
        ("rename", "nigel-farage", "Nigel [31mFarage"),
        ("assign", "Jo ]0;x Bloggs", "Ann Lee"),
    ]
