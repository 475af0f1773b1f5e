"""Which speaker a name typed on the command line means, for every command taking one.

`search --speaker`, `quotes --speaker` and the speaker corrections all take a
name, an alias or a surname; one lookup makes them agree on what it picks.
"""

from __future__ import annotations

from newsexplore.search import Library, fold_accents

from ..counts import counted
from .common import NotFoundError

__all__ = ["find_speaker"]


def find_speaker(library: Library, name: str) -> str:
    """The id of the speaker a person means by a name.

    An id or a speaker's exact name always picks that speaker: a stray speaker
    known only as "Baker" must stay reachable beside James Baker. Failing
    that, an alias or a single word (`Starmer`) picks the one speaker with that
    alias or surname; when several fit, they are listed and nothing is guessed.
    """
    typed = " ".join(name.casefold().split())
    speakers = library.speakers()
    by_id = [s for s in speakers if s.id == typed]
    exact = by_id or [s for s in speakers if " ".join(s.name.casefold().split()) == typed]
    if exact:
        return _one(exact, name)
    # Past the exact name, accents are not asked for: "Pena Nieto" is Peña Nieto.
    wanted = fold_accents(typed)
    exact = [s for s in speakers if _folded(s.name) == wanted]
    if exact:
        return _one(exact, name)
    aliases = [s for s in speakers if wanted in (_folded(a) for a in s.aliases)]
    surnames = [s for s in speakers if " " in s.name and _folded(s.name).split()[-1] == wanted]
    people = list({s.id: s for s in [*aliases, *surnames]}.values())
    if people:
        return _one(people, name)
    words = wanted.split()
    partial = [s for s in speakers if all(w in _folded(s.name).split() for w in words)]
    if partial:
        return _one(partial, name)
    raise NotFoundError(f"no speaker matches {name!r} (see: newsexplore speakers)")


def _folded(name: str) -> str:
    return fold_accents(" ".join(name.casefold().split()))


SHOWN_CANDIDATES = 8


def _one(candidates: list, name: str) -> str:
    if len(candidates) == 1:
        return candidates[0].id
    ranked = sorted(candidates, key=lambda s: -s.quote_count)
    listed = "; ".join(
        f"{s.name} ({counted(s.quote_count, 'quote')}, id {s.id})"
        for s in ranked[:SHOWN_CANDIDATES]
    )
    more = f"; and {len(ranked) - SHOWN_CANDIDATES} more" if len(ranked) > SHOWN_CANDIDATES else ""
    raise NotFoundError(f"{name!r} fits several speakers: {listed}{more}; give a full name or id")
