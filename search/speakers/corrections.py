"""The user's corrections applied on top of the speaker table extraction built.

Merging by rule will sometimes join two people or keep one apart; the user can
say otherwise, and a rebuild must not undo it. Corrections are plain values
(`models.Correction`) kept by the user's store and replayed here, in the order
they were made, over each fresh `SpeakerTable`: merges, splits and renames
change the speakers and which (article, name) belongs to whom; a kind says a
speaker is a person or an organisation where extraction took one for the
other; an unmerge takes
back all one merge brought (names, roles, quotes, and what was split off of
them since); a split of a name a merge brought says that name is not the person
it was merged into, so the rest of that merge goes back to the speaker it came
with (its other names and roles are not left on the wrong person) and the name
alone leaves that one; assignments and checks change single quotes. A correction whose speaker is gone (renamed away
in the text, or merged already) is skipped, never an error.

Speaker ids follow names, so a change in extraction can give a speaker another id
("bache-securities-inc" to "bache-securities"). A speaker correction keeps the
names it was made on (`with_names`) and finds its speaker by them when the id is
no longer there: by the name it had, else by the one speaker holding any of its
names. One that finds no speaker, or several, is listed as orphaned, not dropped.

A quote correction belongs to one quote: the one its own words are in now,
followed from the article's text it was made in through any edit since
(`anchor.place_again`, as marks are found again). One whose words were deleted
or changed is kept and listed as lost (`place_fixes`), never put on another
quote, even one with the same words.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..anchor import place_again
from ..models import Correction, Problem, Quote, Speaker, SpeakerKind
from ..safe import user_name
from .names import adds_only_name_parts, speaker_id_for
from .table import SpeakerTable

SPEAKER_KINDS: tuple[SpeakerKind, ...] = ("person", "organisation")
"""What a speaker can be said to be (`speakers kind`)."""

__all__ = [
    "CorrectedTable",
    "SPEAKER_KINDS",
    "LostFix",
    "QuoteFix",
    "apply_corrections",
    "assigned_speaker",
    "corrected_quote",
    "correction_problems",
    "find_speaker",
    "lost_correction",
    "names_left_by_split",
    "new_speaker_note",
    "orphaned_correction",
    "place_fixes",
    "split_refusal",
    "shown_basis",
    "with_names",
]


@dataclass(frozen=True)
class QuoteFix:
    """What the user said about one quote."""

    speaker_id: str | None = None
    """The speaker the user gave it, or None to keep extraction's."""
    speaker: str | None = None
    checked: bool = False


@dataclass(frozen=True)
class CorrectedTable:
    """The speaker table with the user's corrections, and the quotes they touch."""

    table: SpeakerTable
    fixes: dict[tuple[str, int, str], QuoteFix] = field(default_factory=dict)
    """(article id, quote start, quote words) as corrected -> the user's word on that quote."""
    originals: dict[tuple[str, int, str], str] = field(default_factory=dict)
    """The same keys -> the article's text that start counts in ('' when not known)."""
    placed: dict[tuple[str, int], QuoteFix] = field(default_factory=dict)
    """(article id, quote start) in the index now -> the fix it carries (see `place_fixes`)."""
    lost: tuple[LostFix, ...] = ()
    """Fixes whose quote's words are no longer in their article."""
    touched: frozenset[str] = frozenset()
    """Speakers whose quotes moved (split, assigned), whose counts must be taken again."""
    split_mentions: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """Speaker id -> (mention, new speaker id) pairs: a quote of that speaker whose
    mention is one split off goes to the new speaker (`Starmer` split off `Keir
    Starmer` where the article's own resolution had named him in full)."""
    base: SpeakerTable | None = None
    """The table as extraction built it, before any correction."""
    doubted: frozenset[str] = frozenset()
    """Merged-away speakers a name of which was split off again: the user said part
    of that merge was someone else, so its other names stand only for their own quotes."""
    merged: dict[str, tuple[Speaker, ...]] = field(default_factory=dict)
    """Speaker id -> the speakers merged into it and not taken back, as they were
    before the merge: what an unmerge can offer."""
    orphaned: tuple[Correction, ...] = ()
    """Speaker corrections whose speaker extraction no longer has, under its id or
    its names: kept in the store, applied to nothing."""

    def split_from(self, speaker_id: str) -> str | None:
        """The speaker a split-off one was taken from, whose quotes it must look through."""
        for owner, pairs in self.split_mentions.items():
            if any(new == speaker_id for _, new in pairs):
                return owner
        return None

    def split_speaker(
        self, speaker_id: str | None, mention: str | None, antecedent: str | None = None
    ) -> str | None:
        """The speaker id a quote has once mentions split off are taken away: a quote
        whose mention is a name split off, or whose `he` points back at one."""
        if speaker_id is None or speaker_id not in self.split_mentions:
            return speaker_id
        named = {" ".join(w.casefold().split()) for w in (mention, antecedent) if w}
        return next((new for m, new in self.split_mentions[speaker_id] if m in named), speaker_id)

    def fix_for(self, article_id: str, start: int) -> QuoteFix | None:
        return self.placed.get((article_id, start))

    def fixed_articles(self) -> frozenset[str]:
        """Articles with a quote the user gave to someone or checked."""
        return frozenset(article for article, _, _ in self.fixes)

    def articles_given(self, speaker_id: str) -> set[str]:
        """Articles with a quote the user gave to this speaker."""
        return {
            article for (article, _), fix in self.placed.items() if fix.speaker_id == speaker_id
        }

    @cached_property
    def names(self) -> dict[str, str]:
        """Speaker id -> the name shown."""
        return {s.id: s.name for s in self.table.speakers}

    @cached_property
    def kinds(self) -> dict[str, SpeakerKind]:
        """Speaker id -> person or organisation, as corrected."""
        return {s.id: s.kind for s in self.table.speakers}


@dataclass(frozen=True)
class LostFix:
    """A quote correction whose words its article no longer has: kept, applied to nothing."""

    article_id: str
    start: int
    text: str
    fix: QuoteFix


def place_fixes(
    corrected: CorrectedTable,
    quotes_of: Callable[[str], Sequence[tuple[int, str]] | None],
    text_of: Callable[[str], str | None] = lambda _article_id: None,
) -> CorrectedTable:
    """Each quote correction put on the quote it was made on, as the index has it now.

    Args:
        quotes_of: An article's quotes as (start, words); None when the index
            does not hold the article and cannot say it lost anything (a
            partial index).
        text_of: An article's text as indexed now, to follow corrections made
            in an earlier text of it.
    """
    placed: dict[tuple[str, int], QuoteFix] = {}
    lost: list[LostFix] = []
    for article in sorted(corrected.fixed_articles()):
        quotes = quotes_of(article)
        if quotes is None:
            continue
        here = set(quotes)
        text = text_of(article)
        for (a, start, words), fix in corrected.fixes.items():
            if a != article:
                continue
            original = corrected.originals.get((a, start, words)) or None
            place = _placed_start(original, text, start, words)
            if place is not None and (place, words) in here:
                placed[(article, place)] = _joined(placed.get((article, place)), fix)
            else:
                lost.append(LostFix(article, start, words, fix))
    return replace(corrected, placed=placed, lost=tuple(lost))


def _placed_start(original: str | None, text: str | None, start: int, words: str) -> int | None:
    """Where a corrected quote's words begin now: found in the text when the index
    gives one, else (no text to follow them in) only where they were."""
    if text is None:
        return start
    found = place_again(original, text, start, start + len(words), words)
    return None if found is None else found[0]


def _joined(earlier: QuoteFix | None, later: QuoteFix) -> QuoteFix:
    """Two corrections made on one quote at different offsets (an assignment, then
    a check after an edit): the later speaker, checked if either said so."""
    if earlier is None:
        return later
    speaker = later if later.speaker_id is not None else earlier
    return replace(speaker, checked=earlier.checked or later.checked)


def find_speaker(speakers: Iterable[Speaker], name: str) -> Speaker | None:
    """The speaker a user means by a name, id or alias (case and spacing ignored)."""
    wanted = " ".join(name.casefold().split())
    speakers = list(speakers)
    for test in (
        lambda s: s.id == wanted or s.name.casefold() == wanted,
        lambda s: any(" ".join(a.casefold().split()) == wanted for a in s.aliases),
    ):
        found = [s for s in speakers if test(s)]
        if found:
            return found[0]
    return None


def assigned_speaker(speakers: Iterable[Speaker], typed: str) -> tuple[str, tuple[str, ...] | None]:
    """The name a quote given to `typed` goes under, and None when that is a known
    speaker's (name, id or alias, however written); for a name nobody has, the
    nearest known names instead, so a front end can say a new speaker is made: a
    typo would otherwise split a person's quotes without a word."""
    speakers = list(speakers)
    known = find_speaker(speakers, typed)
    if known is not None:
        return known.name, None
    names: dict[str, str] = {}
    for speaker in speakers:
        for written in (speaker.name, *speaker.aliases):
            names.setdefault(" ".join(written.casefold().split()), speaker.name)
    wanted = " ".join(typed.casefold().split())
    near = difflib.get_close_matches(wanted, names, n=3, cutoff=0.8)
    return typed, tuple(dict.fromkeys(names[n] for n in near))


def new_speaker_note(near: tuple[str, ...]) -> str:
    """`, a new speaker (no speaker was named so; did you mean Keir Starmer?)`."""
    hint = f"; did you mean {' or '.join(near)}?" if near else ""
    return f", a new speaker (no speaker was named so{hint})"


def names_left_by_split(speaker: Speaker, alias: str) -> tuple[str, ...]:
    """The names a speaker keeps once `alias` is split off; none means the split would
    take the whole speaker away (its only name), so it is refused rather than made."""
    gone = " ".join(alias.casefold().split())
    names = _unique((speaker.name, *speaker.aliases))
    return tuple(n for n in names if " ".join(n.casefold().split()) != gone)


def split_refusal(
    speaker: Speaker, alias: str, speakers_after: Callable[[], Iterable[Speaker]]
) -> str | None:
    """Why splitting `alias` off would take the whole speaker away (its only name, or
    every quote it has), or None. Such a split is the speaker under another name, so
    front ends refuse it before saving and point at a rename.

    Args:
        speakers_after: The speakers as they would be with the split made.
    """
    if not names_left_by_split(speaker, alias):
        return f"{alias!r} is {speaker.name}'s only name: splitting it off would leave nothing"
    if all(s.id != speaker.id for s in speakers_after()):
        return (
            f"every quote of {speaker.name} is under {alias!r}: splitting it off would "
            f"leave {speaker.name} no quote"
        )
    return None


def with_names(correction: Correction, speakers: Iterable[Speaker]) -> Correction:
    """The correction with the names of the speakers it names, as they are now."""
    ids = (correction.speaker, correction.value)
    if correction.kind in ("split", "rename"):
        ids = (correction.speaker,)
    elif correction.kind not in ("merge", "unmerge"):
        return correction
    named = {s.id: [s.name, *s.aliases] for s in speakers if s.id in ids}
    return replace(correction, names=json.dumps(named, ensure_ascii=False)) if named else correction


ORPHANED = "no speaker has that id or those names now; kept"
"""Why a speaker correction applies to nothing (it stays in the store)."""
LOST = "its words are no longer found in the article; kept"
"""Why a quote correction applies to nothing (it stays in the store)."""


def orphaned_correction(correction: Correction) -> str:
    """One line saying what a correction that finds no speaker was, by the names it
    was made on (its ids, for one kept before names were)."""
    return f"speaker correction #{correction.id}, {_orphan_what(correction)}: {ORPHANED}"


def lost_correction(lost: LostFix) -> str:
    """One line saying what a quote correction whose words are gone was."""
    return f"correction of quote {lost.article_id}@{lost.start} {_lost_what(lost)}: {LOST}"


def correction_problems(
    orphaned: Iterable[Correction], lost: Iterable[LostFix]
) -> tuple[Problem, ...]:
    """The corrections that apply to nothing, as problems listed beside the corpus's.

    A re-index can leave a correction without its speaker or its quote; it is
    kept, and the user finds it where they look for what did not go right, each
    named the way the command line names it, with its reason.
    """
    return (
        *(_kept(f"speaker correction #{c.id}", f"{_orphan_what(c)}: {ORPHANED}") for c in orphaned),
        *(
            _kept(f"quote {fix.article_id}@{fix.start}", f"{_lost_what(fix)}: {LOST}")
            for fix in lost
        ),
    )


def _kept(where: str, why: str) -> Problem:
    return Problem(where, why, severity="warning", kind="correction")


def _lost_what(lost: LostFix) -> str:
    what = f"given to {lost.fix.speaker}" if lost.fix.speaker_id else "checked"
    return f"{lost.text[:60]!r} ({what})"


def _orphan_what(correction: Correction) -> str:
    kept = _names_kept(correction)

    def name(sid: str) -> str:
        names = kept.get(sid)
        return str(names[0]) if isinstance(names, list) and names else sid

    if correction.kind in ("merge", "unmerge"):
        return f"{correction.kind} of {name(correction.value)} into {name(correction.speaker)}"
    return f"{correction.kind} of {name(correction.speaker)} ({correction.value})"


def _names_kept(correction: Correction) -> dict[str, list[str]]:
    try:
        kept = json.loads(correction.names) if correction.names else {}
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


def apply_corrections(table: SpeakerTable, corrections: Iterable[Correction]) -> CorrectedTable:
    """The table as the user corrected it; the table itself is left as it was."""
    state = _State(table)
    for correction in corrections:
        state.apply(correction)
    return state.result()


class _State:
    def __init__(self, table: SpeakerTable) -> None:
        self.base = table
        self.speakers: dict[str, Speaker] = {s.id: s for s in table.speakers}
        self.speaker_of = dict(table.speaker_of)
        self.fixes: dict[tuple[str, int, str], QuoteFix] = {}
        self.originals: dict[tuple[str, int, str], str] = {}
        self.touched: set[str] = set()
        self.split_mentions: dict[str, tuple[tuple[str, str], ...]] = {}
        self.merges: dict[str, _Merge] = {}
        """Merged-away speaker id -> what its merge changed, to take it back."""
        self.split_off: dict[str, tuple[str, str]] = {}
        """A speaker made by a split -> (the speaker it came off, the alias)."""
        self.split_back: dict[str, _Merge] = {}
        """Merged-away speaker id -> the merge a split of one of its names took back:
        an unmerge of it still applies, and folds that name back into the speaker."""
        self.doubted: set[str] = set()
        self.known = set(self.speakers)
        """Ids extraction gave or corrections made: a correction naming one is in place."""
        self.orphaned: dict[int, Correction] = {}

    def _id(self, sid: str, c: Correction) -> str | None:
        """The id a correction's speaker has now: its own, or the one speaker now
        carrying the names it was made on (None, and the correction orphaned, if not
        exactly one)."""
        if sid in self.known:
            return sid
        names = _names_kept(c).get(sid)
        found = _by_names(self.speakers.values(), names) if isinstance(names, list) else None
        if found is None:
            self.orphaned.setdefault(id(c), c)
            return None
        return found.id

    def _speaker(self, sid: str, c: Correction) -> Speaker | None:
        found = self._id(sid, c)
        return self.speakers.get(found) if found is not None else None

    def apply(self, correction: Correction) -> None:
        handler = getattr(self, f"_{correction.kind}", None)
        if handler is not None:
            handler(correction)

    def _merge(self, c: Correction) -> None:
        keep, gone = self._speaker(c.speaker, c), self._speaker(c.value, c)
        if keep is None or gone is None or keep is gone:
            return
        moved = tuple(key for key, sid in self.speaker_of.items() if sid == gone.id)
        for key in moved:
            self.speaker_of[key] = keep.id
        given = tuple(key for key, fix in self.fixes.items() if fix.speaker_id == gone.id)
        self.merges[gone.id] = _Merge(keep, gone, moved, given)
        del self.speakers[gone.id]
        self.speakers[keep.id] = replace(
            keep,
            name=gone.name if adds_only_name_parts(keep.name, gone.name) else keep.name,
            aliases=_unique((*keep.aliases, gone.name, *gone.aliases)),
            roles=_unique((*keep.roles, *gone.roles)),
            quote_count=keep.quote_count + gone.quote_count,
            article_count=self._articles(keep.id),
        )
        self._retarget(gone.id, self.speakers[keep.id])
        if self.speakers[keep.id].name != keep.name:
            self._retarget(keep.id, self.speakers[keep.id])

    def _split(self, c: Correction) -> None:
        owner = self._speaker(c.speaker, c)
        alias = " ".join(c.value.split())
        if owner is None or not alias:
            return
        merge = self._merge_bringing(owner, alias)
        if merge is not None:
            # the name is someone else's than the one it was merged into: the rest of
            # that merge (its other names, roles and quotes) goes back to the speaker it
            # came with, and the name alone leaves that one
            self._take_back(merge.gone.id, owner)
            self.split_back[merge.gone.id] = merge
            owner = self.speakers[merge.gone.id]
        keys = [
            key
            for key, sid in self.speaker_of.items()
            if sid == owner.id and key[1].casefold() == alias.casefold()
        ]
        known = any(a.casefold() == alias.casefold() for a in owner.aliases)
        left = names_left_by_split(owner, alias)
        if (not keys and not known) or not left:
            return
        new_id = self._free_id(alias)
        for key in keys:
            self.speaker_of[key] = new_id
        pairs = self.split_mentions.get(owner.id, ())
        self.split_mentions[owner.id] = (*pairs, (alias.casefold(), new_id))
        self.speakers[new_id] = Speaker(new_id, alias, owner.kind, (alias,))
        self.split_off[new_id] = (owner.id, alias.casefold())
        for gone_id, merge in self.merges.items():
            names = {n.casefold() for n in (merge.gone.name, *merge.gone.aliases)}
            if merge.keep.id == owner.id and alias.casefold() in names:
                self.doubted.add(gone_id)
        rest = tuple(a for a in owner.aliases if a.casefold() != alias.casefold())
        # The name shown split off: the speaker is known by a name it kept, so the
        # two are never listed under one name.
        name = owner.name if owner.name in left else left[0]
        self.speakers[owner.id] = replace(owner, name=name, aliases=rest)
        if name != owner.name:
            self._retarget(owner.id, self.speakers[owner.id])
        self.touched |= {owner.id, new_id}

    def _merge_bringing(self, owner: Speaker, alias: str) -> _Merge | None:
        """The merge in force that brought `alias` to `owner`, a name `owner` did not
        have before it."""
        wanted = alias.casefold()
        for merge in self.merges.values():
            if merge.keep.id != owner.id:
                continue
            own = {n.casefold() for n in (merge.keep.name, *merge.keep.aliases)}
            brought = {n.casefold() for n in (merge.gone.name, *merge.gone.aliases)}
            if wanted in brought and wanted not in own:
                return merge
        return None

    def _unmerge(self, c: Correction) -> None:
        """Take a merged speaker back out: its names, roles and quotes, and the
        speakers split off of its names since, which were parts of it."""
        gone_id, keep = self._id(c.value, c), self._speaker(c.speaker, c)
        if gone_id is not None and keep is not None:
            self._take_back(gone_id, keep)

    def _take_back(self, gone_id: str, keep: Speaker) -> None:
        back = self.split_back.get(gone_id)
        if back is not None and back.keep.id == keep.id:
            self._fold_splits(gone_id)
            return
        merge = self.merges.get(gone_id)
        if merge is None or merge.keep.id != keep.id or gone_id in self.speakers:
            return
        del self.merges[gone_id]
        self.doubted.discard(gone_id)
        gone = merge.gone
        names = {n.casefold() for n in (gone.name, *gone.aliases)}
        parts = {keep.id} | {
            sid
            for sid, (owner, alias) in self.split_off.items()
            if owner == keep.id and alias in names and sid in self.speakers
        }
        for key in merge.moved:
            if self.speaker_of.get(key) in parts:
                self.speaker_of[key] = gone.id
        for sid in parts - {keep.id}:
            self._forget_split(sid)
        for key in merge.given:
            fix = self.fixes.get(key)
            if fix is not None and fix.speaker_id in parts:
                self.fixes[key] = replace(fix, speaker_id=gone.id, speaker=gone.name)
        brought = names - {a.casefold() for a in merge.keep.aliases}
        roles = {r.casefold() for r in gone.roles} - {r.casefold() for r in merge.keep.roles}
        self.speakers[gone.id] = gone
        name = merge.keep.name if keep.name == gone.name else keep.name
        self.speakers[keep.id] = replace(
            keep,
            name=name,
            aliases=tuple(a for a in keep.aliases if a.casefold() not in brought),
            roles=tuple(r for r in keep.roles if r.casefold() not in roles),
            quote_count=max(0, keep.quote_count - gone.quote_count),
            article_count=self._articles(keep.id),
        )
        self.touched |= {keep.id, gone.id}

    def _fold_splits(self, gone_id: str) -> None:
        """`unmerge` of a merge a split took back: the names split off the speaker it
        gave back return to it, which is then whole, as before the merge."""
        back = self.split_back.pop(gone_id)
        parts = {sid for sid, (owner, _alias) in self.split_off.items() if owner == gone_id}
        for key, sid in self.speaker_of.items():
            if sid in parts:
                self.speaker_of[key] = gone_id
        for sid in parts:
            self._forget_split(sid)
        self.speakers[gone_id] = back.gone
        self.touched.add(gone_id)

    def _forget_split(self, sid: str) -> None:
        """A split-off speaker folded back into the one it was a name of."""
        owner, _alias = self.split_off.pop(sid)
        self.speakers.pop(sid, None)
        pairs = tuple(p for p in self.split_mentions.get(owner, ()) if p[1] != sid)
        if pairs:
            self.split_mentions[owner] = pairs
        else:
            self.split_mentions.pop(owner, None)
        self.touched.discard(sid)

    def _rename(self, c: Correction) -> None:
        speaker = self._speaker(c.speaker, c)
        name = user_name(c.value)
        if speaker is None or not name:
            return
        renamed = replace(speaker, name=name, aliases=_unique((name, *speaker.aliases)))
        self.speakers[speaker.id] = renamed
        self._retarget(speaker.id, renamed)

    def _kind(self, c: Correction) -> None:
        speaker = self.speakers.get(c.speaker)
        if speaker is None or c.value not in SPEAKER_KINDS:
            return
        self.speakers[speaker.id] = replace(speaker, kind=c.value)

    def _assign(self, c: Correction) -> None:
        name = user_name(c.speaker)
        if not name:
            return
        target = find_speaker(self.speakers.values(), name)
        if target is None:
            target = Speaker(self._free_id(name), name, aliases=(name,))
            self.speakers[target.id] = target
        was = next((s.id for s in self.speakers.values() if s.name == c.value), None)
        self.touched |= {target.id} | ({was} if was else set())
        old = self.fixes.get((c.article_id, c.start, c.text))
        fix = QuoteFix(target.id, target.name, old.checked if old else False)
        self._fix(c, fix)

    def _check(self, c: Correction) -> None:
        old = self.fixes.get((c.article_id, c.start, c.text)) or QuoteFix()
        self._fix(c, replace(old, checked=True))

    def _fix(self, c: Correction, fix: QuoteFix) -> None:
        self.fixes[(c.article_id, c.start, c.text)] = fix
        if c.original:
            self.originals[(c.article_id, c.start, c.text)] = c.original

    def _retarget(self, old_id: str, speaker: Speaker) -> None:
        """Quotes given to a speaker that was merged away or renamed follow it."""
        for key, fix in list(self.fixes.items()):
            if fix.speaker_id == old_id:
                self.fixes[key] = replace(fix, speaker_id=speaker.id, speaker=speaker.name)

    def _articles(self, speaker_id: str) -> int:
        return len({article for (article, _), sid in self.speaker_of.items() if sid == speaker_id})

    def _free_id(self, name: str) -> str:
        base = speaker_id_for(name)
        candidate, n = base, 1
        while candidate in self.speakers:
            n += 1
            candidate = f"{base}-{n}"
        self.known.add(candidate)
        return candidate

    def result(self) -> CorrectedTable:
        speakers = sorted(
            self.speakers.values(), key=lambda s: (-s.quote_count, s.name.casefold(), s.name)
        )
        table = SpeakerTable(tuple(speakers), self.speaker_of, self.base.group_of)
        touched = frozenset(self.touched)
        placed = {(a, s): fix for (a, s, _t), fix in self.fixes.items()}
        return CorrectedTable(
            table,
            self.fixes,
            self.originals,
            placed,
            touched=touched,
            split_mentions=self.split_mentions,
            base=self.base,
            doubted=frozenset(self.doubted),
            merged=self._merged(),
            orphaned=tuple(self.orphaned.values()),
        )

    def _merged(self) -> dict[str, tuple[Speaker, ...]]:
        merged: dict[str, tuple[Speaker, ...]] = {}
        for merge in (*self.merges.values(), *self.split_back.values()):
            if merge.keep.id in self.speakers:
                merged[merge.keep.id] = (*merged.get(merge.keep.id, ()), merge.gone)
        return merged


@dataclass(frozen=True)
class _Merge:
    """One merge in force: the two speakers as they were, and what moved."""

    keep: Speaker
    gone: Speaker
    moved: tuple[tuple[str, str], ...]
    """(article, name) pairs that were the merged speaker's."""
    given: tuple[tuple[str, int, str], ...]
    """Quote corrections that had given quotes to the merged speaker."""


def _by_names(speakers: Iterable[Speaker], names: list) -> Speaker | None:
    """The speaker a correction's kept names point at: the one with the name it had,
    else the only one holding any of its names."""
    wanted = [" ".join(str(n).casefold().split()) for n in names if str(n).strip()]
    if not wanted:
        return None
    speakers = list(speakers)
    same = [s for s in speakers if s.name.casefold() == wanted[0]]
    if len(same) == 1:
        return same[0]
    held = set(wanted)
    sharing = [
        s for s in speakers if held & {" ".join(n.casefold().split()) for n in (s.name, *s.aliases)}
    ]
    return sharing[0] if len(sharing) == 1 else None


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def corrected_quote(quote: Quote, fix: QuoteFix | None) -> Quote:
    """A quote as the user left it: their speaker, marked as theirs, and checked."""
    if fix is None:
        return quote
    if fix.speaker_id is None:
        return replace(quote, checked=fix.checked)
    return replace(
        quote,
        speaker=fix.speaker,
        speaker_id=fix.speaker_id,
        evidence="user",
        confidence="high",
        basis=f"{fix.speaker}, given by you",
        checked=True,
    )


def shown_basis(basis: str, extracted: str | None, shown: str | None) -> str:
    """How a quote's speaker was found, naming the speaker it is shown under.

    Extraction wrote the name it resolved to ("he → James Baker, 1 sentence
    earlier"); once a split, merge or rename shows the quote under another name,
    the evidence must say that name, or it contradicts the correction beside it.
    """
    if not basis or not extracted or not shown or extracted == shown:
        return basis
    return re.sub(rf"(?<!\w){re.escape(extracted)}(?!\w)", lambda _m: shown, basis)
