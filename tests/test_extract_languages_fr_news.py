"""French classes met in news copy from outlets the rules were not tuned on (issue 8):
protests that turn into riots with no crowd named, a Russian intervention named by its
noun, a protest the text dates beside another act or by a weekday, no speaker after
"selon laquelle", the agent of a passive named after "par", "the troops" as the foreign
deployment; on short sentences written for these tests."""

import pytest

from dashboard.extract import extract_events

# (text, publication date, wanted fields of one event)
CASES = [
    # protests turning into riots: the crowd's clash, though no crowd is named
    ("Mercredi, les rassemblements se sont transformés en émeutes à Almaty.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty"}),
    ("À Almaty, la colère a viré à l'émeute jeudi.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "protesters", "location": "Almaty"}),
    # a Russian intervention named by its noun is Russia's deployment
    ("Pékin ne voit aucun problème dans l'intervention russe au Kazakhstan.", "2022-01-10",
     {"event_type": "military_deployment", "actor": "Russia", "location": "Kazakhstan"}),
    # a protest beside another act is a backdrop, unless the text dates it in its clause
    ("L'intervention des troupes russes a aidé le pouvoir, confronté depuis le 4 janvier à "
     "un vaste mouvement de protestation.", "2022-01-10",
     {"event_type": "protest", "actor": "protesters", "date": "2022-01-04"}),
    # the known protests ("le mouvement") are a new one when a weekday dates them, even a
    # weekday a page dated by its month only leaves unresolved
    ("Le mouvement de colère a commencé dimanche dans l'ouest du pays.", "2022-01",
     {"event_type": "protest", "actor": "protesters", "date": ""}),
    # the agent of a passive, named after "par", did the act, even on someone's authority
    ("Selon le ministère, plusieurs manifestants ont été tués par la police.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "Kazakh police", "issue": "use_of_force"}),
    ("Des magasins ont été pillés cette nuit par des émeutiers.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "protesters"}),
    # the crowd named right before is who underwent the act, not its agent
    ("Des dizaines de manifestants tués par la police à Almaty.", "2022-01-07",
     {"event_type": "violent_clash", "actor": "Kazakh police", "location": "Almaty"}),
    # "the troops" are the foreign deployment the crisis's copy speaks of
    ("Le Kremlin a confirmé que les troupes resteraient peu de temps.", "2022-01-11",
     {"event_type": "statement", "actor": "Vladimir Putin", "issue": "csto_deployment"}),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CASES)
def test_languages_fr_news_events_of_a_class(text, published, wanted):
    events = extract_events(text, published=published)
    found = [e for e in events if all(e[k] == v for k, v in wanted.items())]
    assert found, [(e["event_type"], e["actor"], e["issue"], e["date"], e["location"])
                   for e in events]


@pytest.mark.parametrize(("text", "published", "unwanted"), [
    # the date is the deployment's, nearer to it: the protests stay its backdrop
    ("Les troupes ont été envoyées le 6 janvier pendant les manifestations.", "2022-01-10",
     {"event_type": "protest"}),
    # the country's own troops are not the foreign deployment
    ("Tokaïev a remercié les militaires du Kazakhstan.", "2022-01-11",
     {"issue": "csto_deployment"}),
    # "selon laquelle" (according to which) introduces no speaker: the crowd named after
    # it does not speak
    ("Pékin reprend la thèse selon laquelle les manifestants préparaient une révolution de "
     "couleur.", "2022-01-10", {"actor": "protesters", "issue": "foreign_interference"}),
])
def test_languages_fr_news_no_event_from_a_backdrop(text, published, unwanted):
    events = extract_events(text, published=published)
    assert not [e for e in events if all(e[k] == v for k, v in unwanted.items())]
