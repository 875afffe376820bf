"""English unrest told with no one named, on sentences written for the project (issue 8).

Clashes, fighting or riots said to break out, erupt, flare or spread with no actor named
are the crowd's act (``protesters``, issue ``other``), as the real-news gold codes riots
told with no actor ("buildings were set on fire", "unrest broke out"). A clause that only
dates another act by it ("after unrest erupted last week") reports no clash of its own.
"""

import pytest

from dashboard.extract import extract_events

CLASH = ("violent_clash", "protesters", "other")


def rows(text, published="2022-01-10"):
    """The (type, actor, issue) of each row, duplicates kept, in a stable order."""
    return sorted((e["event_type"], e["actor"], e["issue"])
                  for e in extract_events(text, published=published, language="en"))


SENTENCES = [
    ("Clashes erupted in Almaty on Wednesday.", [CLASH]),
    ("Heavy fighting broke out near the airport on Thursday.", [CLASH]),
    ("Riots spread to Aktobe and Shymkent on Wednesday.", [CLASH]),
    ("Violence flared again in Almaty on Thursday night.", [CLASH]),
    ("Gunfire also erupted outside the mayor's office late on Wednesday.", [CLASH]),
    # a clause that only dates another act
    ("The president spoke on television after clashes erupted in Almaty.", []),
    ("Prices have risen since unrest broke out in the west of the country.", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_languages_en_unrest_with_no_one_named(text, expected):
    assert rows(text) == sorted(expected)
