"""Progress from the steps of an update that cannot yield: Whoosh's commit, the speaker merge.

The update is a generator of `Progress`, but Whoosh sorts and writes every
posting inside one `commit()` call, and the speaker table is merged in one
call too: on Reuters they took 20 and 13 seconds during which the bar stood
still. Such a step runs on a thread beside the generator and moves a `Meter`
as it goes (postings written, quotes grouped); the generator reports the
meter a few times a second, so a front end always sees time pass and, where
the work can be counted, the count rise.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

__all__ = ["HEARTBEAT", "Abandoned", "Meter", "count_postings", "run_beside"]

T = TypeVar("T")

HEARTBEAT = 0.25
"""Seconds between reports while a step runs beside the generator."""


class Abandoned(Exception):
    """The generator was stopped (Ctrl+C, closed): the step gives up at its next count."""


@dataclass
class Meter:
    """How far the step on the other thread has got; written there, read by the generator."""

    phase: str
    done: int = 0
    total: int = 0
    """0 while the amount of work is not known yet."""
    started: float = field(default_factory=time.monotonic)
    abandoned: bool = False

    def start(self, phase: str, total: int = 0) -> None:
        """Begin a new phase, counting from nothing."""
        self.phase, self.done, self.total = phase, 0, total
        self.started = time.monotonic()

    def counted(self, items: Iterable[T], then: str = "") -> Iterator[T]:
        """The items, moving the meter as they are consumed; stops when abandoned.

        The meter moves in steps of a 500th of the total, so counting costs
        little however many items there are. `then` names the phase that
        follows once the items are used up, when the step goes on with work
        that cannot be counted.
        """
        every = max(self.total // 500, 1)
        number = 0
        for number, item in enumerate(items, 1):
            if number % every == 0:
                if self.abandoned:
                    raise Abandoned
                self.done = number
            yield item
        self.done = max(number, self.total)
        if then:
            self.start(then)


def run_beside(work: Callable[[], T], meter: Meter, report: Callable[[Meter], object]):
    """Run `work` on a thread, yielding `report(meter)` until it is done; return its result.

    Used with `yield from`. If the generator is stopped meanwhile, the step is
    told to give up and waited for, so nothing it writes outlives the update
    that started it.
    """
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the generator's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=target, name=f"index-{meter.phase}", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(HEARTBEAT)
            if thread.is_alive():
                yield report(meter)
    except BaseException:
        meter.abandoned = True
        _join_whatever_comes(thread)
        raise
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def count_postings(writer, meter: Meter) -> None:
    """Make a Whoosh writer's commit move `meter` as it writes the pooled postings.

    Whoosh spills postings to sorted runs as its pool fills; the runs are
    counted as they are saved, so the total is known when the commit starts
    writing, without counting each posting as it is added.
    """
    pool = writer.pool
    saved = [0]
    save, iter_postings = pool.save, pool.iter_postings

    def counting_save() -> None:
        saved[0] += len(pool.current)
        save()

    def counted_postings():
        meter.start("commit", saved[0] + len(pool.current))
        return meter.counted(iter_postings())

    pool.save = counting_save
    pool.iter_postings = counted_postings


def _join_whatever_comes(thread: threading.Thread) -> None:
    """Wait for a step told to give up, even through another Ctrl+C.

    The caller cleans up after the step once it returns: leaving while the
    step still writes (a commit record naming files about to be removed)
    would damage the index the step was about to leave whole.
    """
    while thread.is_alive():
        try:
            thread.join()
        except BaseException:  # noqa: BLE001 - the first interruption is re-raised by the caller
            continue
