"""English national contingents, on sentences written for the project (issue 8).

Troops named with a country's adjective ("Russian troops", "Belarusian peacekeepers",
"the Kyrgyz contingent") are that country's, and "Russian paratroopers" (also planes
carrying them) are the Russian Airborne Forces: the deployment and withdrawal rows take
the contingent the cue's own words name as actor (``troops=``), as the Russian, French,
German and Spanish rows do and as the real-news gold codes it. Troops of several members
listed together, or the bare troops, stay the CSTO's. A missing or an extra row fails.
"""

import pytest

from dashboard.extract import extract_events

DEP, WD, DP = "military_deployment", "withdrawal", "csto_deployment"
VDV = "Russian Airborne Forces"


def rows(text, published="2022-01-10"):
    """The (type, actor, issue) of each row, duplicates kept, in a stable order."""
    return sorted((e["event_type"], e["actor"], e["issue"])
                  for e in extract_events(text, published=published, language="en"))


SENTENCES = [
    ("Russian paratroopers landed at Almaty airport on Thursday.", [(DEP, VDV, DP)]),
    ("More Russian paratroopers were flying into Kazakhstan overnight.", [(DEP, VDV, DP)]),
    ("Belarusian troops arrived in Kazakhstan on Friday morning.", [(DEP, "Belarus", DP)]),
    ("About 100 Armenian peacekeepers landed in Almaty late on Friday.",
     [(DEP, "Armenia", DP)]),
    ("Kyrgyz soldiers were deployed to guard a power station.", [(DEP, "Kyrgyzstan", DP)]),
    ("Tajik servicemen were heading to Kazakhstan on Saturday.",
     [(DEP, "Tajikistan", DP)]),
    ("Russian military planes carrying paratroopers took off from Almaty on Thursday.",
     [(WD, VDV, DP)]),
    ("Russian troops began leaving Kazakhstan on Thursday.", [(WD, "Russia", DP)]),
    ("The Armenian peacekeepers returned home on Sunday.", [(WD, "Armenia", DP)]),
    ("Belarusian soldiers left Kazakhstan on Saturday.", [(WD, "Belarus", DP)]),
    # a sender named as subject before the verb deployed them
    ("Russia sent paratroopers to Almaty on Thursday.", [(DEP, "Russia", DP)]),
    # several members listed together, or troops with no country, are the alliance's
    ("Russian, Belarusian and Armenian troops arrived in Almaty on Friday.",
     [(DEP, "CSTO", DP)]),
    ("The first peacekeepers landed in Almaty on Thursday.", [(DEP, "CSTO", DP)]),
    ("The troops left Kazakhstan on Thursday.", [(WD, "CSTO", DP)]),
    # flying home is no deployment
    ("The paratroopers flew to Moscow on Thursday.", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_languages_en_national_contingents(text, expected):
    assert rows(text) == sorted(expected)
