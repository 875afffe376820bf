"""The rows one sentence gives, for the breadth tests that compare them with a written set.

Each breadth file used to define this same helper; the publication date is fixed here so that
the weekdays and relative dates of the test sentences resolve alike in every file.
"""

from __future__ import annotations

from dashboard.extract import extract_events


def rows(text: str, language: str) -> set[tuple[str, str, str, str]]:
    """The (event type, actor, issue, stance or "") of each row ``text`` gives in ``language``."""
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language=language)}
