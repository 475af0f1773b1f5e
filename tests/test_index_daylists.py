"""The day-ordered document lists behind date filters, newest-first and the timeline."""

from __future__ import annotations

from newsexplore.search.index.daylists import DayList


def test_entries_come_in_day_order_then_document_order() -> None:
    days = [20260108, 0, 20240101, 20260108, 20251231]
    listing = DayList([0, 1, 2, 3, 4], days)
    assert list(listing.pairs()) == [
        (0, 1),
        (20240101, 2),
        (20251231, 4),
        (20260108, 0),
        (20260108, 3),
    ]


def test_a_day_range_includes_both_ends_and_nothing_outside() -> None:
    days = [20260101 + n for n in range(20)] + [0, 99999999]
    listing = DayList(range(len(days)), days)
    span = listing.span(20260105, 20260110)
    assert listing.docnums(span) == set(range(4, 10))
    assert [day for day, _ in listing.pairs(span)] == list(range(20260105, 20260111))
    assert listing.docnums(listing.span(20270101, 20271231)) == set()


def test_only_the_given_documents_are_listed() -> None:
    days = [20260101, 20260102, 20260103]
    assert [n for _, n in DayList([2, 0], days).pairs()] == [0, 2]
