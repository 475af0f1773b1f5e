"""The speakers pane's keys for correcting speakers: merge, unmerge, split, rename, kind,
assign, check.

What the user says is kept in the corpus's user store (`UserStore.corrections`)
and applied by the library over every speaker table, so it survives a rebuild.
After each change the speaker list and the open quote list are read again.
The pane class mixes this in; choosing the other speaker or the alias goes
through the command palette, names are typed in a small dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType
from textual.command import SimpleCommand

from newsexplore.search import (
    Correction,
    Quote,
    Speaker,
    StoreError,
    UserStore,
    adds_only_name_parts,
    assigned_speaker,
    new_speaker_note,
    split_refusal,
    user_name,
)

from ..collecting import store_of
from ..counts import counted
from ..screens.collect_dialogs import NameDialog
from .pane import Pane
from .safe_text import clean_line

if TYPE_CHECKING:
    from newsexplore.search import Library

__all__ = ["CORRECTION_BINDINGS", "SpeakerCorrections"]

REFUSED = {
    "merge": "Not merged",
    "unmerge": "Not unmerged",
    "split": "Not split",
    "rename": "Not renamed",
    "kind": "Not changed",
    "assign": "Not assigned",
    "check": "Not checked",
}
"""The first words of the line saying a correction could not be kept, by kind."""

CORRECTION_BINDINGS: list[BindingType] = [
    # In footer order: a quote's keys first (shown only while the quotes have
    # focus), then the speaker's, the most used first.
    Binding(
        "A",
        "assign_quote",
        "Assign",
        key_display="A",
        show=True,
        tooltip="Say who really said the highlighted quote",
        id="speakers.assign",
    ),
    Binding(
        "v",
        "check_quote",
        "Checked",
        show=True,
        tooltip="Mark the highlighted quote's speaker as checked (again: unmark)",
        id="speakers.check",
    ),
    Binding(
        "M",
        "merge_speaker",
        "Merge",
        key_display="M",
        show=True,
        tooltip="Choose another speaker who is the same person as the highlighted one",
        id="speakers.merge",
    ),
    Binding(
        "S",
        "split_alias",
        "Split",
        key_display="S",
        show=True,
        tooltip="Give one of the highlighted speaker's aliases its own speaker",
        id="speakers.split",
    ),
    Binding(
        "R",
        "rename_speaker",
        "Rename",
        key_display="R",
        show=True,
        tooltip="Rename the highlighted speaker",
        id="speakers.rename",
    ),
    Binding(
        "K",
        "toggle_speaker_kind",
        "Person/org",
        key_display="K",
        show=False,
        tooltip="Say the highlighted speaker is an organisation, or a person (again: back)",
        id="speakers.kind",
    ),
    Binding(
        "U",
        "unmerge_speaker",
        "Unmerge",
        key_display="U",
        show=False,
        tooltip="Take a speaker merged into the highlighted one back out, with all it brought",
        id="speakers.unmerge",
    ),
]


class SpeakerCorrections(Pane):
    """Correction actions for a pane that lists speakers and one speaker's quotes."""

    library: Library
    speakers: list[Speaker]

    def highlighted_speaker(self) -> Speaker | None:
        raise NotImplementedError

    def highlighted_quote(self) -> Quote | None:
        raise NotImplementedError

    def corrections_changed(self) -> None:
        """Read the speakers and the shown quotes again after a correction."""
        raise NotImplementedError

    def correct(self, correction: Correction, said: str) -> None:
        """Keep a correction, apply it, and say what it did."""
        store = self._store_that_keeps(correction.kind)
        if store is None:
            return
        try:
            store.corrections.add(self.library.with_names(correction))
        except StoreError as exc:
            self._refuse(correction.kind, exc)
            return
        self._apply_and_refresh(said)

    def _store_that_keeps(self, kind: str) -> UserStore | None:
        """The store, if what is saved in it outlives this run; if not, one line says why.

        A store in memory (its folder unusable) or read-only would take the
        correction, show it, and lose it at the next start.
        """
        store = store_of(self)
        if store is None:
            return None
        try:
            store.require_file()
        except StoreError as exc:
            self._refuse(kind, exc)
            return None
        return store

    def _refuse(self, kind: str, why: StoreError) -> None:
        self.notify(f"{REFUSED[kind]}: {why}", severity="error", markup=False, timeout=8)

    def _apply_and_refresh(self, said: str) -> None:
        store = store_of(self)
        if store is not None:
            self.library.set_corrections(store.corrections.all())
        self.corrections_changed()
        self.notify(clean_line(said), timeout=3, markup=False)

    def action_merge_speaker(self) -> None:
        speaker = self._speaker_or_say("merge")
        if speaker is None or self._store_that_keeps("merge") is None:
            return
        items = [
            SimpleCommand(
                clean_line(other.name),
                partial(
                    self.correct, Correction("merge", speaker.id, other.id), _merged(other, speaker)
                ),
                counted(other.quote_count, "quote"),
            )
            for other in self.speakers
            if other.id != speaker.id
        ]
        self._choose(items, f"Who else is {speaker.name}? Their quotes become theirs…")

    def action_unmerge_speaker(self) -> None:
        speaker = self._speaker_or_say("unmerge")
        if speaker is None or self._store_that_keeps("unmerge") is None:
            return
        merged = self.library.merged_into(speaker.id)
        if not merged:
            self.notify(
                clean_line(f"Nobody was merged into {speaker.name}."), timeout=3, markup=False
            )
            return
        items = [
            SimpleCommand(
                clean_line(other.name),
                partial(
                    self.correct,
                    Correction("unmerge", speaker.id, other.id),
                    f"Took {other.name} back out of {speaker.name}",
                ),
                "names, roles and quotes return to them",
            )
            for other in merged
        ]
        self._choose(items, f"Who was merged into {speaker.name} by mistake?…")

    def action_split_alias(self) -> None:
        speaker = self._speaker_or_say("split")
        if speaker is None or self._store_that_keeps("split") is None:
            return
        aliases = [a for a in speaker.aliases if a.casefold() != speaker.name.casefold()]
        if not aliases:
            self.notify(
                clean_line(f"{speaker.name} has no other name to split off (R renames)."),
                timeout=3,
                markup=False,
            )
            return
        items = [
            SimpleCommand(clean_line(alias), partial(self._split, speaker, alias), "someone else")
            for alias in aliases
        ]
        self._choose(items, f"Which alias of {speaker.name} is someone else?…")

    def _split(self, speaker: Speaker, alias: str) -> None:
        """Split an alias off, unless that would take the whole speaker away: that is a
        rename, and saving it would only move the speaker under a new id."""
        split = Correction("split", speaker.id, alias)
        why = split_refusal(speaker, alias, lambda: self.library.speakers_with(split))
        if why:
            self.notify(
                clean_line(f"Not split: {why}. R renames {speaker.name}."),
                severity="warning",
                markup=False,
            )
            return
        self.correct(split, f"Split {alias} off {speaker.name}")

    def action_rename_speaker(self) -> None:
        speaker = self._speaker_or_say("rename")
        if speaker is None or self._store_that_keeps("rename") is None:
            return

        def rename(name: str | None) -> None:
            name = user_name(name or "")
            taken = next(
                (
                    s
                    for s in self.speakers
                    if s.id != speaker.id and s.name.casefold() == name.casefold()
                ),
                None,
            )
            if taken is not None:
                self.notify(
                    clean_line(
                        f"{taken.name} is already a speaker: if they are one, press M to merge."
                    ),
                    severity="warning",
                    markup=False,
                )
            elif name:
                said = f"Renamed {speaker.name} to {name}"
                self.correct(Correction("rename", speaker.id, name), said)

        self._ask(f"Rename {speaker.name}", speaker.name, rename)

    def action_toggle_speaker_kind(self) -> None:
        """Extraction takes a company for a person now and then ("Jardine Matheson"), or
        a person for an organisation: one key says which it is."""
        speaker = self._speaker_or_say("say what it is")
        if speaker is None:
            return
        kind = "person" if speaker.kind == "organisation" else "organisation"
        self.correct(
            Correction("kind", speaker.id, kind),
            f"{speaker.name} is now {'a person' if kind == 'person' else 'an organisation'}",
        )

    def action_assign_quote(self) -> None:
        quote = self.highlighted_quote()
        if quote is None:
            self.notify("Highlight a quote in the list first.", timeout=3)
            return
        if self._store_that_keeps("assign") is None:
            return

        def assign(name: str | None) -> None:
            name = user_name(name or "")
            if not name:
                return
            name, near = assigned_speaker(self.speakers, name)
            new = new_speaker_note(near) if near is not None else ""
            where = (quote.article_id, quote.start, quote.text)
            original = self._article_text(quote.article_id)
            correction = Correction("assign", name, quote.speaker or "", *where, original=original)
            self.correct(correction, f"Quote given to {name}{new}")

        self._ask("Who said this quote?", "", assign)

    def action_check_quote(self) -> None:
        quote = self.highlighted_quote()
        if quote is None:
            self.notify("Highlight a quote in the list first.", timeout=3)
            return
        store = self._store_that_keeps("check")
        if store is None:
            return
        try:
            checked = store.corrections.toggle_check(
                quote.article_id, quote.start, quote.text, self._article_text(quote.article_id)
            )
        except StoreError as exc:
            self._refuse("check", exc)
            return
        self._apply_and_refresh("Attribution checked" if checked else "No longer checked")

    def _article_text(self, article_id: str) -> str:
        """The text a quote's offset counts in, kept with its correction to follow edits."""
        article = self.library.article(article_id)
        return article.text if article else ""

    def _speaker_or_say(self, verb: str) -> Speaker | None:
        speaker = self.highlighted_speaker()
        if speaker is None:
            self.notify(f"Highlight a speaker to {verb} first.", timeout=3, markup=False)
        return speaker

    def _choose(self, items: list[SimpleCommand], placeholder: str) -> None:
        self.app.search_commands(items, placeholder=clean_line(placeholder))

    def _ask(self, title: str, value: str, then: Callable[[str | None], None]) -> None:
        self.app.push_screen(NameDialog(title, value), then)


def _merged(other: Speaker, into: Speaker) -> str:
    """Says the name the merged speaker is listed under when it is not the one chosen."""
    said = f"Merged {other.name} into {into.name}"
    if adds_only_name_parts(into.name, other.name):
        said += f", listed as {other.name}"
    return said
