"""`newsexplore marks`: the collection for scripts, from the same store the app writes.

`marks` lists (after finding each mark's words again in the current index),
`marks add` marks an article or a span of it, `marks remove` forgets a mark.
Kept apart from the listing commands so those stay about search.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsexplore.search import (
    EXPORT_FORMATS,
    MARK_COLUMNS,
    ExportItem,
    Library,
    Mark,
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

from ..marked import marks_dated_now
from .common import CliError, NotFoundError, warn
from .opening import ensure_index
from .options import common_options
from .store import STORE_ENV, open_store

__all__ = ["add_marks_parser", "cmd_marks"]


def add_marks_parser(sub: argparse._SubParsersAction) -> None:
    """The `marks` subcommand and its `add` and `remove` verbs."""
    marks = sub.add_parser(
        "marks",
        prog="newsexplore marks",
        help="the collection: marked articles, quotes and dated sentences with notes and tags",
    )
    _options(marks)
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
    add.add_argument(
        "--tag",
        dest="tags",
        action="append",
        default=[],
        help='repeatable; as the list shows it (#pm, #"council vote") or bare',
    )
    _options(add)
    remove = verbs.add_parser("remove", prog="newsexplore marks remove", help="forget a mark")
    remove.add_argument(
        "mark",
        metavar="#MARK_ID|ARTICLE_ID",
        help="a mark's number as listed (#3; a bare 3 where no article is 3), or an article id",
    )
    _span(remove)
    _options(remove)


def _options(parser: argparse.ArgumentParser) -> None:
    common_options(parser)
    parser.add_argument(
        "--store", type=Path, help=f"the user store file (default: per corpus; env {STORE_ENV})"
    )


def _span(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--start", type=int, help="first character of the span")
    parser.add_argument("--end", type=int, help="character after the span")


def cmd_marks(args: argparse.Namespace) -> int:
    """Run `marks`, `marks add` or `marks remove`."""
    verb = getattr(args, "marks_command", None)
    if verb == "add":
        return _add(args, ensure_index(args))
    if verb == "remove":
        return _remove(args, ensure_index(args))
    return _list(args)


def _list(args: argparse.Namespace) -> int:
    library = ensure_index(args, update=False)
    store = open_store(library, args.store)
    if store.marks.all():
        library = ensure_index(args)
        found = store.marks.reanchor(
            lambda article_id: _text(library, article_id), partial=library.is_partial()
        )
        report_lost(found.lost)
    marks = store.marks.all(tag=read_tag(args.tag) if args.tag else None)
    marks = marks_dated_now(library, marks)
    if args.format == "text":
        _write_text(marks)
    else:
        items = [ExportItem(mark_record(m), m.target, m) for m in marks]
        write_items(items, args.format, sys.stdout, MARK_COLUMNS)
    return 0


def report_lost(lost: tuple[Mark, ...]) -> None:
    for mark in lost:
        words = f" {mark.text[:60]!r}" if mark.text else ""
        warn(
            f"mark {mark.id} ({mark.kind} in {mark.article_id}){words}: no longer found in the "
            "corpus; kept with its last offsets",
            one_line=True,
        )


def _add(args: argparse.Namespace, library: Library) -> int:
    article = library.article(args.article_id)
    if article is None:
        raise NotFoundError(f"no article with id {args.article_id!r} (see: newsexplore search)")
    target = article_target(article)
    if args.start is not None or args.end is not None:
        target = _span_target(library, article, args)
    store = open_store(library, args.store, writing=True)
    mark = store.marks.add(target, note=args.note, tags=[read_tag(tag) for tag in args.tags])
    print(f"marked #{mark.id}: {printable(cite_plain(mark.target), keep_newlines=False)}")
    return 0


def _span_target(library: Library, article, args: argparse.Namespace) -> Target:
    """The quote, dated sentence or date at exactly these offsets, else the span as a passage.

    A date's own offsets (as `timeline` writes them) mark its sentence with that date,
    as the app marks a timeline entry: taken as a passage, the date was lost.
    """
    start, end = args.start, args.end
    if start is None or end is None or not 0 <= start < end <= len(article.text):
        raise CliError(
            f"--start and --end must both be given, with 0 <= start < end <= "
            f"{len(article.text)} (the length of {article.id})"
        )
    for quote in library.quotes(article_id=article.id):
        if (quote.start, quote.end) == (start, end):
            return quote_target(quote, article)
    for event in library.events(article_id=article.id):
        if (event.sentence_start, event.sentence_end) == (start, end):
            return event_target(event, article)
    for event in library.events(article_id=article.id):
        if (event.start, event.end) == (start, end) and event.value:
            return event_target(event, article)
    return passage_target(article, start, end)


def _remove(args: argparse.Namespace, library: Library) -> int:
    store = open_store(library, args.store, writing=True)
    numbered = _numbered_mark(store, args)
    if numbered is not None:
        _removed(store, numbered)
        return 0
    span = (args.start or 0, args.end or 0)
    probe = Target(args.mark, "article" if span == (0, 0) else "passage", *span)
    marks = store.marks.in_article(args.mark)
    found = [
        m
        for m in marks
        if (m.kind == "article") == (probe.kind == "article")
        and (probe.kind == "article" or (m.start < probe.end and probe.start < m.end))
    ]
    if not found:
        listed = "; its marks: " + ", ".join(_named(m) for m in marks) if marks else ""
        raise NotFoundError(f"no mark matches {args.mark!r}{listed} (see: newsexplore marks)")
    for mark in found:
        _removed(store, mark)
    return 0


def _numbered_mark(store: UserStore, args: argparse.Namespace) -> Mark | None:
    """The mark `#N` (as listed) or a bare `N` names, when it names one and nothing else.

    A bare number that is also an article with marks is refused: a note removed on
    the wrong guess cannot be had back."""
    written = args.mark.strip()
    if written.startswith("#") and written[1:].isdigit():
        mark = store.marks.get(int(written[1:]))
        if mark is None:
            raise NotFoundError(f"no mark #{written[1:]} (see: newsexplore marks)")
        return mark
    if not written.isdigit() or args.start is not None:
        return None
    mark = store.marks.get(int(written))
    in_article = store.marks.in_article(written)
    if mark is not None and in_article:
        listed = ", ".join(_named(m) for m in in_article)
        raise CliError(
            f"{written!r} is mark #{written} ({_named(mark, number=False)}) and also article "
            f"{written}, marked {listed}: write the mark's number with its # (#{written})"
        )
    return mark


def _named(mark: Mark, *, number: bool = True) -> str:
    """`#3 (passage 30–69 in m1, note "…")`: enough to tell one mark from another."""
    said = f"article {mark.article_id}"
    if mark.kind != "article":
        said = f"{mark.kind} {mark.start}–{mark.end} in {said}"
    if mark.note:
        note = mark.note if len(mark.note) <= 40 else mark.note[:39] + "…"
        said += f", note {note!r}"
    said = printable(said, keep_newlines=False)
    return f"#{mark.id} ({said})" if number else said


def _removed(store: UserStore, mark: Mark) -> None:
    store.marks.remove(mark.id)
    print(f"removed mark {_named(mark)}")


def _write_text(marks: list[Mark]) -> None:
    out = sys.stdout
    for mark in marks:
        status = "" if mark.status == "ok" else f"  [{mark.status}]"
        if mark.citation.date_changed:
            status += "  [date changed since marked]"
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
