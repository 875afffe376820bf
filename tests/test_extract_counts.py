"""A four-digit count after a quantifier is no year (issue 8).

``row_rules._background`` drops an act whose sentence names an earlier year and no day
("in 2011 police detained ..."). "More than 2000 people" named a year 2000 to it, so mass
arrests reported with a round count were lost in every language but English. The
``quantifier`` rows of each lexicon mark such numbers as counts. Sentences written here.
"""
import pytest

from dashboard.extract import extract_events

PUBLISHED = "2022-01-08"


@pytest.mark.parametrize("language, text", [
    ("ru", "Полиция задержала более 2000 человек в Алма-Ате, сообщило МВД."),
    ("ru", "В Алма-Ате силовики задержали около 1500 участников беспорядков."),
    ("de", "Die Polizei nahm mehr als 2000 Menschen fest, teilte das Innenministerium mit."),
    ("es", "La policía detuvo a más de 2000 personas en Almaty, informó el ministerio."),
    ("fr", "La police a interpellé plus de 2000 personnes à Almaty, a annoncé le ministère."),
    ("en", "Police detained more than 2000 people in Almaty, the interior ministry said."),
])
def test_extract_counts_after_a_quantifier_keep_the_arrest(language, text):
    rows = extract_events(text, published=PUBLISHED, language=language)
    assert [row["event_type"] for row in rows] == ["arrest"]


@pytest.mark.parametrize("language, text", [
    ("ru", "В 2011 году полиция задержала участников забастовки в Жанаозене."),
    ("fr", "En 2011, la police a interpellé des grévistes à Janaozen."),
    ("en", "In 2011 police detained striking oil workers in Zhanaozen."),
])
def test_extract_counts_a_year_still_marks_the_past(language, text):
    assert extract_events(text, published=PUBLISHED, language=language) == []
