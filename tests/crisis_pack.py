"""A tiny hand-built crisis pack for tests: one square region, two events, one new issue.

``write_pack(root)`` writes ``root/<id>/`` (manifest, boundaries, events) and
``root/config.toml`` naming it the default; ``manifest`` can be changed key by key to
build broken manifests. Nothing here is real: the country code ``XTL`` is a user-assigned
ISO code and the place is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import event_row, write_events_csv

PACK_ID = "tinyland-2031-05"
COUNTRY = "XTL"


def _square(name: str, lon: float, lat: float, size: float, **properties) -> dict:
    # Clockwise exterior ring, as plotly's geo traces need (see data/geo/SOURCES.md).
    ring = [[lon, lat], [lon, lat + size], [lon + size, lat + size], [lon + size, lat],
            [lon, lat]]
    return {"type": "Feature", "properties": {"name": name, **properties},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def manifest(**changes) -> dict:
    """The tiny pack's manifest as a dict (TOML-ready); ``changes`` replace top-level keys
    (``None`` removes one)."""
    base = {
        "id": PACK_ID,
        "title": "Tinyland water dispute, May 2031",
        "description": "the water dispute in Tinyland in May 2031",
        "file_prefix": "tinyland",
        "countries": [COUNTRY],
        "period": {"from": "2031-05-01", "to": "2031-05-31"},
        "map": {"title": "Events in Tinyland", "regions_label": "Tinyland provinces",
                "lon_range": [9.0, 13.0], "lat_range": [9.0, 13.0]},
        "boundaries": {"countries": "geo/countries.geojson",
                       "regions": "geo/provinces.geojson", "region_country": COUNTRY,
                       "layout_date": "2031-01-01"},
        "phases": [{"label": "Pumps closed (3-9 May)", "from": "2031-05-03",
                    "to": "2031-05-09"}],
        "milestones": [{"label": "Pumps closed", "event_types": ["state_of_emergency"]}],
        "issues": {"water_rights": {
            "label": "Water rights", "new": True,
            "support": "defends the villages' share of the river",
            "oppose": "rejects that share", "concern": "worries about the dispute"}},
        "texts": {"milestones": "the closing of the pumps",
                  "boundaries": "drawn by hand for the tests."},
    }
    for key, value in changes.items():
        if value is None:
            base.pop(key, None)
        else:
            base[key] = value
    return base


def to_toml(table: dict, prefix: str = "") -> str:
    """A small TOML writer for :func:`manifest`'s shapes (tables, arrays of tables)."""
    lines, tables = [], []
    for key, value in table.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            tables += [(key, item) for item in value]
        else:
            lines.append(f"{key} = {json.dumps(value)}")
    text = "\n".join(lines) + "\n"
    for key, value in tables:
        name = f"{prefix}{key}"
        many = isinstance(table[key], list)
        text += f"\n{'[[' if many else '['}{name}{']]' if many else ']'}\n"
        text += to_toml(value, f"{name}.")
    return text


def events() -> list[dict[str, str]]:
    """Two curated events of the tiny pack, one on its own issue."""
    common = {"actor_country": COUNTRY, "location": "Riverton", "latitude": "10.5",
              "longitude": "10.5", "admin1": "North Province", "country": COUNTRY,
              "geo_precision": "point", "source_published": "2031-05-07"}
    return [
        event_row(event_id="T0001", date="2031-05-04", actor="Tinyland Water Board",
                  event_type="state_of_emergency", issue="other", stance="",
                  summary="The water board closed the river pumps.", **common),
        event_row(event_id="T0002", date="2031-05-06", actor="Riverton Council",
                  event_type="statement", issue="water_rights", stance="support",
                  summary="The council defended the villages' share of the river.", **common),
    ]


def write_pack(root: Path, default: bool = True, **changes) -> Path:
    """Write the tiny pack under ``root`` (and ``root/config.toml`` naming it the default
    when ``default``); return the pack's folder."""
    folder = root / PACK_ID
    (folder / "geo").mkdir(parents=True, exist_ok=True)
    (folder / "crisis.toml").write_text(to_toml(manifest(**changes)), encoding="utf-8")
    regions = [_square("North Province", 10.0, 10.0, 1.0),
               _square("South Province", 10.0, 11.0, 1.0)]
    countries = [_square("Tinyland", 9.5, 9.5, 2.5, iso_a3=COUNTRY),
                 _square("Otherland", 12.0, 9.5, 1.0, iso_a3="XOL")]
    for name, features in (("provinces", regions), ("countries", countries)):
        (folder / "geo" / f"{name}.geojson").write_text(json.dumps(
            {"type": "FeatureCollection", "features": features}), encoding="utf-8")
    (folder / "events").mkdir(exist_ok=True)
    write_events_csv(folder / "events" / "tiny.csv", events())
    if default:
        (root / "config.toml").write_text(f'default = "{PACK_ID}"\n', encoding="utf-8")
    return folder
