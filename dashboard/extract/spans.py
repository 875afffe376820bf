"""Span look-ups in logarithmic time, so extraction stays linear in the text's length.

The extractor asks the same three questions many times: which mentions start inside this
sentence, does this match overlap a span already taken, which mentions cover this place.
Scanning a whole article's list of spans for each question made a 1 MB article take
minutes; a :class:`SpanIndex` answers them with a binary search over the sorted starts,
then looks only at the spans that could qualify (no span is longer than the longest one).
Results come back in the order of the list the index was built from, as a scan gives them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


def _start_end(item) -> tuple[int, int]:
    return item.start, item.end


class SpanIndex(Generic[T]):
    """Items with a ``[start, end)`` span, indexed by start.

    Parameters
    ----------
    items : sequence
        Mentions, or ``(start, end)`` pairs with ``span=tuple``-like access.
    span : callable, optional
        Item -> ``(start, end)``; defaults to the item's ``start`` and ``end`` attributes.
    """

    def __init__(self, items: Sequence[T], span: Callable[[T], tuple[int, int]] = _start_end):
        spans = [span(item) for item in items]
        self._order = sorted(range(len(items)), key=lambda i: spans[i][0])
        self._items = list(items)
        self._starts = [spans[i][0] for i in self._order]
        self._ends = [spans[i][1] for i in self._order]
        self._longest = max((end - start for start, end in spans), default=0)

    def _picked(self, lo: int, hi: int, keep: Callable[[int], bool]) -> list[T]:
        """Items at sorted positions ``lo..hi`` passing ``keep``, in the list's own order."""
        chosen = sorted(self._order[k] for k in range(lo, hi) if keep(k))
        return [self._items[i] for i in chosen]

    def starting_in(self, lo: int, hi: int) -> list[T]:
        """Items whose start is in ``lo <= start < hi``."""
        first, last = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        return self._picked(first, last, lambda _k: True)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items with ``item.start < end`` and ``start < item.end``."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return self._picked(first, last, lambda k: self._ends[k] > start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when some item overlaps ``[start, end)`` (see :meth:`overlapping`)."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return any(self._ends[k] > start for k in range(first, last))

    def covering(self, start: int, end: int) -> list[T]:
        """Items with ``item.start <= start`` and ``end <= item.end``."""
        first = bisect_left(self._starts, end - self._longest)
        last = bisect_right(self._starts, start)
        return self._picked(first, last, lambda k: self._ends[k] >= end)


class LatestByKey(Generic[T]):
    """For items grouped by a key: the latest item (in list order) of some keys that starts
    before a position, found by bisection instead of a scan of the whole list.

    Parameters
    ----------
    items : sequence
        Items with a ``start`` attribute.
    key : callable
        Item -> its group (an actor's name, say).
    """

    def __init__(self, items: Sequence[T], key: Callable[[T], object]):
        self._items = list(items)
        groups: dict[object, list[tuple[int, int]]] = {}
        for index, item in enumerate(self._items):
            groups.setdefault(key(item), []).append((item.start, index))
        # per key: starts in order, and the highest list index among the items up to each
        self._table: dict[object, tuple[list[int], list[int]]] = {}
        for group, pairs in groups.items():
            pairs.sort()
            starts, latest, highest = [], [], -1
            for start, index in pairs:
                highest = max(highest, index)
                starts.append(start)
                latest.append(highest)
            self._table[group] = (starts, latest)

    def latest_before(self, keys, position: int) -> T | None:
        """The item listed last among those of ``keys`` with ``start < position``."""
        best = -1
        for group in keys:
            starts, latest = self._table.get(group, ((), ()))
            count = bisect_left(starts, position)
            if count:
                best = max(best, latest[count - 1])
        return self._items[best] if best >= 0 else None
