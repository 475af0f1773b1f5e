"""`newsexplore marks`: the collection for scripts, from the same store the app writes.

`marks` lists (after finding each mark's words again in the current index),
`marks add` marks an article or a span of it, `marks remove` forgets a mark.
Kept apart from the listing commands so those stay about search.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from newsexplore.search import (
    EXPORT_FORMATS,
    MARK_COLUMNS,
    ExportItem,
    Library,
    Mark,
    StoreError,
    Target,
    UserStore,
    article_target,
    cite_plain,
    event_target,
    mark_record,
    passage_target,
    printable,
    quote_target,
    read_tag,
    shown_tag,
    write_items,
)

__all__ = ["add_marks_parser", "cmd_marks", "open_store"]

STORE_ENV = "NEWSEXPLORE_STORE"


def add_marks_parser(
    sub: argparse._SubParsersAction,
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The `marks` subcommand and its `add` and `remove` verbs."""
    marks = sub.add_parser(
        "marks",
        prog="newsexplore marks",
        help="the collection: marked articles, quotes and dated sentences with notes and tags",
    )
    _options(marks, common)
    marks.add_argument(
        "--tag", help='only marks carrying this tag (council vote, or as listed: #"council vote")'
    )
    marks.add_argument(
        "--format",
        choices=("text", *EXPORT_FORMATS),
        default="text",
        help="output format (default: text)",
    )
    verbs = marks.add_subparsers(dest="marks_command", metavar="add|remove")
    add = verbs.add_parser("add", prog="newsexplore marks add", help="mark an article or a span")
    add.add_argument("article_id", metavar="ARTICLE_ID", help="the article to mark")
    _span(add)
    add.add_argument("--note", default="", help="a note kept with the mark")
    add.add_argument("--tag", dest="tags", action="append", default=[], help="repeatable")
    _options(add, common)
    remove = verbs.add_parser("remove", prog="newsexplore marks remove", help="forget a mark")
    remove.add_argument(
        "mark", metavar="MARK_ID|ARTICLE_ID", help="a mark's number, or an article id"
    )
    _span(remove)
    _options(remove, common)


def _options(parser: argparse.ArgumentParser, common: Callable) -> None:
    common(parser)
    parser.add_argument(
        "--store", type=Path, help=f"the user store file (default: per corpus; env {STORE_ENV})"
    )


def _span(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", type=int, help="first character of the span")
    parser.add_argument("--end", type=int, help="character after the span")


def open_store(
    library: Library, path: Path | None, *, writing: bool = False, quiet: bool = False
) -> UserStore:
    """The corpus's store; a store that had to be set aside is reported on stderr.

    With `quiet`, a store that cannot be saved to is not reported: the command
    that is about to save says so itself, in its one line.

    With `writing`, a store that could only be kept in memory, or is read-only, is
    an error (`StoreError`, exit 1): what the command was asked to save would be lost.
    """
    env = os.environ.get(STORE_ENV)
    store = UserStore.for_corpus(library.corpus_paths, path or (Path(env) if env else None))
    if writing:
        store.require_file()
    if store.problem and not (quiet and not _saves(store)):
        _warn(store.problem)
    return store


def _saves(store: UserStore) -> bool:
    try:
        store.require_file()
    except StoreError:
        return False
    return True


def cmd_marks(args: argparse.Namespace, library_for: Callable, cli_error: type) -> int:
    """Run `marks`, `marks add` or `marks remove`.

    Args:
        library_for: Opens the corpus's library with its index up to date.
        cli_error: The CLI's one-line usage error, raised for user mistakes.
    """
    verb = getattr(args, "marks_command", None)
    if verb == "add":
        return _add(args, library_for(args), cli_error)
    if verb == "remove":
        return _remove(args, library_for(args), cli_error)
    return _list(args, library_for, cli_error)


def _list(args: argparse.Namespace, library_for: Callable, cli_error: type) -> int:
    library = library_for(args, update=False)
    store = open_store(library, args.store)
    if store.marks.all():
        library = library_for(args)
        found = store.marks.reanchor(
            lambda article_id: _text(library, article_id), partial=library.is_partial()
        )
        report_lost(found.lost)
    marks = store.marks.all(tag=read_tag(args.tag) if args.tag else None)
    if args.format == "text":
        _write_text(marks)
    else:
        items = [ExportItem(mark_record(m), m.target, m) for m in marks]
        write_items(items, args.format, sys.stdout, MARK_COLUMNS)
    return 0


def report_lost(lost: tuple[Mark, ...]) -> None:
    for mark in lost:
        words = f" {mark.text[:60]!r}" if mark.text else ""
        _warn(
            f"mark {mark.id} ({mark.kind} in {mark.article_id}){words}: no longer found in the "
            "corpus; kept with its last offsets"
        )


def _add(args: argparse.Namespace, library: Library, cli_error: type) -> int:
    article = library.article(args.article_id)
    if article is None:
        raise _not_found(f"no article with id {args.article_id!r} (see: newsexplore search)")
    target = article_target(article)
    if args.start is not None or args.end is not None:
        target = _span_target(library, article, args, cli_error)
    store = open_store(library, args.store, writing=True)
    mark = store.marks.add(target, note=args.note, tags=args.tags)
    print(f"marked #{mark.id}: {printable(cite_plain(mark.target), keep_newlines=False)}")
    return 0


def _span_target(library: Library, article, args: argparse.Namespace, cli_error: type) -> Target:
    """The quote or dated sentence at exactly these offsets, else the span as a passage."""
    start, end = args.start, args.end
    if start is None or end is None or not 0 <= start < end <= len(article.text):
        raise cli_error(
            f"--start and --end must both be given, with 0 <= start < end <= "
            f"{len(article.text)} (the length of {article.id})"
        )
    for quote in library.quotes(article_id=article.id):
        if (quote.start, quote.end) == (start, end):
            return quote_target(quote, article)
    for event in library.events(article_id=article.id):
        if (event.sentence_start, event.sentence_end) == (start, end):
            return event_target(event, article)
    return passage_target(article, start, end)


def _remove(args: argparse.Namespace, library: Library, cli_error: type) -> int:
    store = open_store(library, args.store, writing=True)
    if args.mark.isdigit() and args.start is None and store.marks.get(int(args.mark)):
        store.marks.remove(int(args.mark))
        print(f"removed mark #{args.mark}")
        return 0
    span = (args.start or 0, args.end or 0)
    probe = Target(args.mark, "article" if span == (0, 0) else "passage", *span)
    found = [
        m
        for m in store.marks.in_article(args.mark)
        if (m.kind == "article") == (probe.kind == "article")
        and (probe.kind == "article" or (m.start < probe.end and probe.start < m.end))
    ]
    if not found:
        raise _not_found(f"no mark matches {args.mark!r} (see: newsexplore marks)")
    for mark in found:
        store.marks.remove(mark.id)
        print(f"removed mark #{mark.id}")
    return 0


def _not_found(message: str) -> Exception:
    """Nothing by that id: exit 3, as for `article` and speakers (the README's table)."""
    from .entry import NotFoundError

    return NotFoundError(message)


def _write_text(marks: list[Mark]) -> None:
    out = sys.stdout
    for mark in marks:
        status = "" if mark.status == "ok" else f"  [{mark.status}]"
        out.write(f"#{mark.id} {mark.kind} {printable(mark.article_id)}{status}\n")
        for line in cite_plain(mark.target).splitlines():
            out.write(f"  {printable(line, keep_newlines=False)}\n")
        if mark.note:
            out.write(f"  note: {printable(mark.note, keep_newlines=False)}\n")
        if mark.tags:
            shown = " ".join(shown_tag(tag) for tag in mark.tags)
            out.write(f"  tags: {printable(shown, keep_newlines=False)}\n")
    if not marks:
        out.write("no marks\n")


def _text(library: Library, article_id: str) -> str | None:
    article = library.article(article_id)
    return article.text if article else None


def _warn(message: str) -> None:
    print(f"newsexplore: warning: {printable(message, keep_newlines=False)}", file=sys.stderr)
