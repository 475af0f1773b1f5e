"""`newsexplore speakers merge|unmerge|split|rename|kind` and `quotes assign|check`: the user's word on speakers.

Corrections go into the corpus's user store (the same one the app writes) and
are applied over every speaker table, so `newsexplore speakers` and `quotes`
list what the user said, and a rebuild of the index keeps it. Kept apart from
the listing commands so those stay about listing and searching.
"""

from __future__ import annotations

import argparse
import shlex

from newsexplore.search import (
    SPEAKER_KINDS,
    Correction,
    Library,
    Quote,
    Speaker,
    UserStore,
    assigned_speaker,
    default_store_path,
    find_speaker,
    lost_correction,
    new_speaker_note,
    orphaned_correction,
    printable,
    split_refusal,
    user_name,
)

from ..counts import counted
from ..stored_corrections import load_corrections
from . import lookup
from .common import CliError, NotFoundError, warn
from .options import with_store
from .store import open_store

__all__ = [
    "add_quote_verbs",
    "add_speaker_verbs",
    "apply_stored_corrections",
    "corrected_library",
    "report_lost_corrections",
    "run_quote_verb",
    "run_speaker_verb",
]


SAVING_VERBS = ("speakers_command", "quotes_command", "marks_command")
"""The subcommand fields whose verbs write to the store."""


def add_speaker_verbs(parser: argparse.ArgumentParser) -> None:
    """`speakers merge A B`, `speakers unmerge A [B]`, `speakers split A ALIAS`,
    `speakers rename A NAME`, `speakers kind A person|organisation`."""
    verbs = parser.add_subparsers(
        dest="speakers_command", metavar="merge|unmerge|split|rename|kind"
    )
    merge = verbs.add_parser(
        "merge", prog="newsexplore speakers merge", help="make B's quotes A's: one person"
    )
    merge.add_argument("speaker", metavar="A", help="the speaker who stays (name, alias or id)")
    merge.add_argument("other", metavar="B", help="the speaker merged into A")
    unmerge = verbs.add_parser(
        "unmerge",
        prog="newsexplore speakers unmerge",
        help="take a merged speaker back out of A: their names, roles and quotes",
    )
    unmerge.add_argument("speaker", metavar="A", help="the speaker who was merged into")
    unmerge.add_argument(
        "other", metavar="B", nargs="?", help="the speaker to take back out (needed if several)"
    )
    split = verbs.add_parser(
        "split", prog="newsexplore speakers split", help="give an alias's quotes their own speaker"
    )
    split.add_argument("speaker", metavar="A", help="the speaker to split (name, alias or id)")
    split.add_argument("alias", metavar="ALIAS", help="one of A's aliases that is someone else")
    rename = verbs.add_parser("rename", prog="newsexplore speakers rename", help="rename A")
    rename.add_argument("speaker", metavar="A", help="the speaker to rename (name, alias or id)")
    rename.add_argument("name", metavar="NAME", help="the name to show from now on")
    kind = verbs.add_parser(
        "kind",
        prog="newsexplore speakers kind",
        help="say whether A is a person or an organisation",
    )
    kind.add_argument("speaker", metavar="A", help="the speaker (name, alias or id)")
    kind.add_argument("kind", choices=SPEAKER_KINDS, help="what A is")
    for verb in (merge, unmerge, split, rename, kind):
        with_store(verb)


def add_quote_verbs(parser: argparse.ArgumentParser) -> None:
    """`quotes assign QUOTE_ID SPEAKER` and `quotes check QUOTE_ID`."""
    verbs = parser.add_subparsers(dest="quotes_command", metavar="assign|check")
    assign = verbs.add_parser(
        "assign", prog="newsexplore quotes assign", help="say who really said a quote"
    )
    assign.add_argument("quote", metavar="QUOTE_ID", help="the id column of `newsexplore quotes`")
    assign.add_argument("speaker", metavar="SPEAKER", help="a speaker's name (new or known)")
    check = verbs.add_parser(
        "check", prog="newsexplore quotes check", help="mark a quote's speaker checked, or unmark"
    )
    check.add_argument("quote", metavar="QUOTE_ID", help="the id column of `newsexplore quotes`")
    for verb in (assign, check):
        with_store(verb)


def corrected_library(library: Library, args: argparse.Namespace) -> tuple[Library, UserStore]:
    """The library with the user's corrections applied, and the store they came from."""
    store = open_store(library, getattr(args, "store", None), writing=True)
    load_corrections(library, store)
    return library, store


def apply_stored_corrections(library: Library, args: argparse.Namespace) -> None:
    """Apply the corrections of the corpus's store, if it has one, for every command.

    Search, timeline and the rest show and filter by speakers too, so they
    must see the speakers as the user left them; a store never written is
    not created just to be read.
    """
    path = getattr(args, "store", None) or default_store_path(library.corpus_paths)
    if not path.is_file():
        return
    # A verb that saves says in its own one line why it cannot; no warning before it.
    saving = any(getattr(args, verb, None) for verb in SAVING_VERBS)
    store = open_store(library, path, quiet=saving)
    load_corrections(library, store)
    store.close()


def report_lost_corrections(library: Library) -> None:
    """A quote correction whose words are gone from its article, one line each on stderr,
    as `marks` says of a mark: it is kept, and applies again if the words come back."""
    for lost in library.lost_corrections():
        warn(lost_correction(lost), one_line=True)
    for orphan in library.orphaned_corrections():
        warn(orphaned_correction(orphan), one_line=True)


def _keep(store: UserStore, library: Library, correction: Correction) -> None:
    """Keep a speaker correction with the names it is made on (see `Library.with_names`)."""
    store.corrections.add(library.with_names(correction))


def run_speaker_verb(args: argparse.Namespace, library: Library) -> int:
    """Apply one speaker correction and say what it did."""
    library, store = corrected_library(library, args)
    verb = args.speakers_command
    speaker = _speaker(library, lookup.find_speaker(library, args.speaker))
    if verb == "merge":
        other = _speaker(library, lookup.find_speaker(library, args.other))
        if other.id == speaker.id:
            raise CliError(f"{args.other!r} is already {speaker.name}")
        _keep(store, library, Correction("merge", speaker.id, other.id))
        said = f"merged {other.name} into {speaker.name}"
    elif verb == "unmerge":
        other = _merged_one(library, speaker, args.other)
        _keep(store, library, Correction("unmerge", speaker.id, other.id))
        said = f"took {other.name} back out of {speaker.name}"
    elif verb == "split":
        if not any(a.casefold() == args.alias.casefold() for a in speaker.aliases):
            aliases = ", ".join(speaker.aliases) or "none"
            raise CliError(f"{args.alias!r} is not an alias of {speaker.name} ({aliases})")
        split = Correction("split", speaker.id, args.alias)
        _refuse_emptying_split(library, speaker, split)
        _keep(store, library, split)
        said = f"split {args.alias} off {speaker.name}"
    elif verb == "kind":
        if speaker.kind == args.kind:
            print(printable(f"{speaker.name} is already {_a(args.kind)}", keep_newlines=False))
            return 0
        store.corrections.add(Correction("kind", speaker.id, args.kind))
        said = f"{speaker.name} is now {_a(args.kind)}"
    else:
        name = _new_name(library, speaker, args.name)
        _keep(store, library, Correction("rename", speaker.id, name))
        said = f"renamed {speaker.name} to {name}"
    library.set_corrections(store.corrections.all())
    now = _speaker(library, speaker.id)
    if verb == "split":
        said += f": {_split_counts(library, now, args.alias)}"
    elif verb == "unmerge":
        back = _speaker(library, other.id)
        said += f": {back.name} has {counted(back.quote_count, 'quote')}, {now.name} keeps "
        said += counted(now.quote_count, "quote")
    else:
        if verb == "merge" and now.name != speaker.name:
            said += f", listed as {now.name}"
        said += f" ({counted(now.quote_count, 'quote')})"
    print(printable(said, keep_newlines=False))
    return 0


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _refuse_emptying_split(library: Library, speaker: Speaker, split: Correction) -> None:
    """A split that would take the whole speaker away is refused before it is saved."""
    why = split_refusal(speaker, split.value, lambda: library.speakers_with(split))
    if why:
        raise CliError(
            f"{why}; to call them something else: newsexplore speakers rename "
            f"{shlex.quote(speaker.id)} NAME"
        )


def _merged_one(library: Library, speaker: Speaker, typed: str | None) -> Speaker:
    """The speaker merged into `speaker` that the user names (the only one if none named)."""
    merged = library.merged_into(speaker.id)
    if not merged:
        raise CliError(f"nobody was merged into {speaker.name}")
    names = "; ".join(s.name for s in merged)
    if typed is None:
        if len(merged) > 1:
            raise CliError(f"several speakers were merged into {speaker.name}: {names}; name one")
        return merged[0]
    found = find_speaker(merged, typed)
    if found is None:
        raise CliError(f"{typed!r} was not merged into {speaker.name} (merged: {names})")
    return found


def _split_counts(library: Library, kept: Speaker, alias: str) -> str:
    """Both sides of a split: a single count read as the new speaker's when it was
    what the old one kept."""
    alias_key = alias.casefold()
    apart = next(
        (
            s
            for s in library.speakers()
            if s.id != kept.id and alias_key in {n.casefold() for n in (s.name, *s.aliases)}
        ),
        None,
    )
    keeps = f"{kept.name} keeps {counted(kept.quote_count, 'quote')}"
    if apart is None:
        return keeps
    return f"{apart.name} has {counted(apart.quote_count, 'quote')}, {keeps}"


def _new_name(library: Library, speaker: Speaker, typed: str) -> str:
    """The name a rename gives, refused when empty or already another speaker's:
    two speakers of one name could not be told apart again."""
    name = user_name(typed)
    if not name:
        raise CliError(f"the new name for {speaker.name} is empty")
    taken = next(
        (
            s
            for s in library.speakers()
            if s.id != speaker.id and s.name.casefold() == name.casefold()
        ),
        None,
    )
    if taken is not None:
        raise CliError(
            f"{taken.name} is already a speaker; if they are one person: newsexplore speakers "
            f"merge {shlex.quote(taken.name)} {shlex.quote(speaker.name)}"
        )
    return name


def run_quote_verb(args: argparse.Namespace, library: Library) -> int:
    """Give a quote its speaker, or mark its attribution checked."""
    library, store = corrected_library(library, args)
    quote = _quote(library, args.quote)
    if args.quotes_command == "assign":
        name = " ".join(args.speaker.split())
        if not name:
            raise CliError("the speaker's name is empty")
        name, near = assigned_speaker(library.speakers(), name)
        new = new_speaker_note(near) if near is not None else ""
        fields = (quote.article_id, quote.start, quote.text)
        original = _article_text(library, quote.article_id)
        store.corrections.add(
            Correction("assign", name, _extracted(quote), *fields, original=original)
        )
        print(printable(f"{args.quote}: now {name}{new}", keep_newlines=False))
        return 0
    checked = store.corrections.toggle_check(
        quote.article_id, quote.start, quote.text, _article_text(library, quote.article_id)
    )
    state = "checked" if checked else "no longer checked"
    print(printable(f"{args.quote}: {quote.speaker or 'no speaker'}, {state}", keep_newlines=False))
    return 0


def _article_text(library: Library, article_id: str) -> str:
    """The text a quote's offset counts in, kept with its correction to follow edits."""
    article = library.article(article_id)
    return article.text if article else ""


def _extracted(quote: Quote) -> str:
    """The name the quote is listed under before the user's word, to take it away from."""
    return quote.speaker or "" if quote.evidence != "user" else ""


def _quote(library: Library, quote_id: str) -> Quote:
    article_id, _, start = quote_id.rpartition("@")
    if not article_id or not start.isdigit():
        raise CliError(f"{quote_id!r} is not a quote id (ARTICLE_ID@START, as listed)")
    for quote in library.quotes(article_id=article_id):
        if quote.start == int(start):
            return quote
    # exit 3: nothing by that id, as for articles
    raise NotFoundError(f"no quote {quote_id!r} (see the id column of: newsexplore quotes)")


def _speaker(library: Library, speaker_id: str) -> Speaker:
    return next(s for s in library.speakers() if s.id == speaker_id)
