"""Span look-ups give exactly what a scan of the whole list gives, in the same order."""

import random
from dataclasses import dataclass

import pytest

from dashboard.extract.spans import LatestByKey, SpanIndex


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str = ""


def _spans(seed: int) -> list[Span]:
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randint(0, 60)):
        start = rng.randint(0, 300)
        spans.append(Span(start, start + rng.randint(0, 25), rng.choice("abc")))
    return spans  # unsorted, with duplicates and empty spans


@pytest.mark.parametrize("seed", range(12))
def test_extract_spans_queries_match_a_scan(seed):
    spans = _spans(seed)
    index = SpanIndex(spans)
    rng = random.Random(seed + 100)
    for _ in range(200):
        a = rng.randint(-5, 320)
        b = a + rng.randint(0, 30)
        assert index.starting_in(a, b) == [s for s in spans if a <= s.start < b]
        assert index.overlapping(a, b) == [s for s in spans if s.start < b and a < s.end]
        assert index.overlaps(a, b) == any(s.start < b and a < s.end for s in spans)
        assert index.covering(a, b) == [s for s in spans if s.start <= a and b <= s.end]


@pytest.mark.parametrize("seed", range(12))
def test_extract_spans_latest_by_key_matches_a_scan(seed):
    spans = _spans(seed)
    latest = LatestByKey(spans, key=lambda s: s.key)
    for position in range(-2, 330, 7):
        for keys in (["a"], ["b", "c"], ["a", "b", "c"], [], ["z"]):
            earlier = [s for s in spans if s.start < position and s.key in keys]
            assert latest.latest_before(keys, position) == (earlier[-1] if earlier else None)


def test_extract_spans_pairs_with_a_span_function():
    index = SpanIndex([(0, 5), (10, 12)], span=lambda pair: pair)
    assert index.overlaps(4, 6) and not index.overlaps(5, 10)
