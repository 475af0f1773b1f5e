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


def test_a_list_made_from_whole_columns_is_the_list_made_a_document_at_a_time() -> None:
    """Kinds picked, deleted documents left out, days before the common era and the
    undated (day 0) in place, ties in document order: the timeline reads either."""
    import random
    from array import array

    rng = random.Random(7)
    codes = array("b", [rng.choice([1, 2, 3, 4, 5]) for _ in range(5000)])
    days = array("i", [rng.choice([0, -7000101, 19870301, 19870302, 20500101]) for _ in codes])
    deleted = set(rng.sample(range(len(codes)), 300))
    for wanted in ({3}, {3, 4, 5}, {1}, {9}):
        one_by_one = DayList(
            (n for n, code in enumerate(codes) if code in wanted and n not in deleted), days
        )
        whole = DayList.of_kind(codes, days, frozenset(wanted), deleted)
        assert whole.keys == one_by_one.keys
        assert list(whole.pairs())[:3] == list(one_by_one.pairs())[:3]
    empty = DayList.of_kind(array("b"), array("i"), frozenset({3}), set())
    assert len(empty) == 0
