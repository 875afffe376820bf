"""French classes met in news copy from outlets the rules were not tuned on (issue 8):
protests that turn into riots with no crowd named, on short sentences written for these
tests."""

import pytest

from dashboard.extract import extract_events

# (text, publication date, wanted fields of one event)
CASES = [
    # protests turning into riots: the crowd's clash, though no crowd is named
    ("Mercredi, les rassemblements se sont transformés en émeutes à Almaty.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty"}),
    ("À Almaty, la colère a viré à l'émeute jeudi.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty"}),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CASES)
def test_languages_fr_news_events_of_a_class(text, published, wanted):
    events = extract_events(text, published=published)
    found = [e for e in events if all(e[k] == v for k, v in wanted.items())]
    assert found, [(e["event_type"], e["actor"], e["issue"], e["date"], e["location"])
                   for e in events]
