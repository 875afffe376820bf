import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import geopandas
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import exports
from dashboard.charts import OFFLINE_TOPOJSON, map_figure, timeline_figure
from dashboard.crisis import default_pack
from dashboard.exports import (
    ExportUnavailable,
    caption_text,
    events_csv,
    events_geojson,
    figure_html,
    figure_image,
    positions_csv,
    with_caption,
)
from dashboard.positions import position_matrix
from dashboard.schema import EVENT_COLUMNS
from dashboard.store import rows_to_frame
from tests.conftest import event_row

INJECTIONS = ["=", "+", "-", "@", "\t", "\r"]
PAYLOAD = "cmd|' /C calc'!A0"
CAPTION = caption_text("Showing 3 events where actor is <script>x</script>",
                       datetime(2026, 1, 2, 3, 4, tzinfo=UTC))


def frame(*rows: dict) -> pd.DataFrame:
    events = rows_to_frame(list(rows))
    events["actor_group"] = "Kazakhstan"
    return events


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture(scope="module")
def boundaries():
    files = default_pack().boundaries  # Kazakhstan's pack (data/crises/)
    return tuple(json.loads(path.read_text("utf-8")) for path in
                 (files.countries, files.regions))


@pytest.fixture
def geo_events():
    return frame(
        event_row(event_id="G1", location="Almaty", latitude="43.25", longitude="76.91",
                  admin1="Almaty", country="KAZ", geo_precision="point", summary="Déjà «вот»"),
        event_row(event_id="G2", location="Kazakhstan", latitude="48.0", longitude="67.0",
                  country="KAZ", geo_precision="country"),
        event_row(event_id="G3", date=""),
    )


@pytest.mark.parametrize("prefix", INJECTIONS)
@pytest.mark.parametrize("column", ["summary", "actor", "source_publisher", "location"])
def test_exports_events_csv_neutralises_formulas(prefix, column):
    value = prefix + PAYLOAD
    rows = read_csv(events_csv(frame(event_row(**{column: value}))))
    assert rows[0][column] == "'" + value


@pytest.mark.parametrize("value", ["Almaty", "3 people died", "", "'already quoted", "a=b"])
def test_exports_events_csv_leaves_safe_text(value):
    rows = read_csv(events_csv(frame(event_row(summary=value))))
    assert rows[0]["summary"] == value


def test_exports_events_csv_numbers_untouched_and_dates_iso():
    events = frame(event_row(event_id="N1", latitude="-12.5", longitude="-0.25",
                             method="extracted", confidence="0.7", extractor_version="1",
                             evidence_start="5", evidence_end="17"),
                   event_row(event_id="N2", date=""))
    rows = read_csv(events_csv(events))
    assert rows[0]["latitude"] == "-12.5" and rows[0]["longitude"] == "-0.25"
    assert rows[0]["confidence"] == "0.7"
    assert rows[0]["evidence_start"] == "5" and rows[0]["source_count"] == "1"
    assert rows[0]["date"] == "2022-01-05" and rows[1]["date"] == ""
    assert rows[1]["latitude"] == "" and rows[1]["confidence"] == ""


def test_exports_events_csv_columns_in_schema_order(geo_events):
    header = read_csv(events_csv(geo_events))[0].keys()
    assert list(header)[:len(EVENT_COLUMNS)] == list(EVENT_COLUMNS)
    assert {"actor_group", "source_count"} <= set(header)


def test_exports_events_csv_keeps_unicode(geo_events):
    assert read_csv(events_csv(geo_events))[0]["summary"] == "Déjà «вот»"


@pytest.mark.parametrize("prefix", INJECTIONS)
def test_exports_positions_csv_neutralises_formulas(prefix):
    actor = prefix + "HYPERLINK(\"http://x\")"
    matrix = position_matrix(frame(event_row(actor=actor, stance="support")))
    rows = read_csv(positions_csv(matrix))
    assert rows[0]["actor"] == "'" + actor
    assert rows[0]["csto_deployment"] == "support (1)"


def test_exports_positions_csv_shows_changes():
    matrix = position_matrix(frame(
        event_row(event_id="A", date="2022-01-05", stance="concern"),
        event_row(event_id="B", date="2022-01-07", stance="support")))
    assert read_csv(positions_csv(matrix))[0]["csto_deployment"] == "concern → support (2)"


def reject_constant(name):
    raise ValueError(f"non-standard JSON constant {name}")


def test_exports_geojson_is_a_feature_collection(geo_events):
    doc = json.loads(events_geojson(geo_events), parse_constant=reject_constant)
    assert doc["type"] == "FeatureCollection"
    assert [f["id"] for f in doc["features"]] == ["G1"]
    feature = doc["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [76.91, 43.25]}  # lon, lat
    assert doc["metadata"] == {"total_events": 3, "features": 1, "omitted_no_coordinates": 1,
                               "omitted_country_level": 1}


@pytest.mark.parametrize(("field", "expected"), [
    ("date", "2022-01-05"),
    ("confidence", None),
    ("evidence_start", None),
    ("summary", "Déjà «вот»"),
    ("source_count", 1),
    ("actor_group", "Kazakhstan"),
])
def test_exports_geojson_properties(geo_events, field, expected):
    props = json.loads(events_geojson(geo_events))["features"][0]["properties"]
    assert props[field] == expected


def test_exports_geojson_reads_back_with_geopandas(geo_events):
    frame_back = geopandas.read_file(io.BytesIO(events_geojson(geo_events)))
    assert len(frame_back) == 1
    assert frame_back.geometry.iloc[0].x == pytest.approx(76.91)
    assert frame_back.geometry.iloc[0].y == pytest.approx(43.25)


def test_exports_geojson_of_no_rows_is_valid():
    doc = json.loads(events_geojson(frame()))
    assert doc["type"] == "FeatureCollection" and doc["features"] == []


def test_exports_caption_names_filters_source_and_date():
    text = caption_text("Showing 84 events from 2 to 11 January 2022.",
                        datetime(2026, 1, 2, 3, 4, tzinfo=UTC), source="Test data")
    assert text.startswith("Showing 84 events from 2 to 11 January 2022.")
    assert "Data: Test data." in text and "2026-01-02 03:04 UTC" in text


def test_exports_with_caption_copies_and_escapes():
    fig = go.Figure(go.Scatter(x=[1], y=[1]), layout={"title": "A chart", "height": 400})
    captioned = with_caption(fig, CAPTION)
    assert "&lt;script&gt;" in captioned.layout.title.subtitle.text
    assert "<script>" not in captioned.layout.title.subtitle.text
    assert captioned.layout.height > 400 and fig.layout.height == 400
    assert fig.layout.title.subtitle.text is None


def test_exports_figure_html_is_offline_and_captioned(boundaries, geo_events):
    page = figure_html(map_figure(geo_events, *boundaries), CAPTION).decode("utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "plotly.js v" in page  # the bundle is inlined
    assert not re.search(r"<script[^>]*\bsrc=", page)  # nothing fetched from anywhere
    assert OFFLINE_TOPOJSON.replace('"', '\\"') in page or OFFLINE_TOPOJSON in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert "<script>x</script>" not in page
    assert '"showSendToCloud": false' in page


def test_exports_image_without_chromium_raises(monkeypatch, geo_events):
    monkeypatch.setattr(exports, "chromium_available", lambda: False)
    with pytest.raises(ExportUnavailable, match="Chromium"):
        figure_image(timeline_figure(geo_events), "png", CAPTION)


def test_exports_chromium_available_when_lookup_fails(monkeypatch):
    from choreographer.browsers.chromium import Chromium

    def broken(**_):
        raise RuntimeError("no")

    monkeypatch.setattr(Chromium, "find_browser", broken)
    assert exports.chromium_available() is False
    monkeypatch.setattr(Chromium, "find_browser", lambda **_: None)
    assert exports.chromium_available() is False


@pytest.mark.parametrize("fmt", ["jpg", "pdf", ""])
def test_exports_image_rejects_other_formats(fmt, geo_events):
    with pytest.raises(ValueError, match="not one of png, svg"):
        figure_image(timeline_figure(geo_events), fmt, CAPTION)


@pytest.mark.slow
@pytest.mark.parametrize("builder", ["map", "timeline"])
def test_exports_png_via_kaleido(boundaries, geo_events, builder):
    fig = map_figure(geo_events, *boundaries) if builder == "map" else \
        timeline_figure(geo_events)
    data = figure_image(fig, "png", CAPTION)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 5000


@pytest.mark.slow
@pytest.mark.parametrize("builder", ["map", "timeline"])
def test_exports_svg_via_kaleido(boundaries, geo_events, builder):
    fig = map_figure(geo_events, *boundaries) if builder == "map" else \
        timeline_figure(geo_events)
    data = figure_image(fig, "svg", CAPTION)
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    text = data.decode("utf-8")
    assert "Generated 2026-01-02" in text  # the caption is drawn into the image
    assert "<script>" not in text


@pytest.mark.slow
@pytest.mark.browser
def test_exports_figure_html_renders_offline_in_chromium(tmp_path, boundaries, geo_events):
    from playwright.sync_api import sync_playwright

    from tests.live_server import CHROMIUM, CHROMIUM_ARGS

    page_file = tmp_path / "map.html"
    page_file.write_bytes(figure_html(map_figure(geo_events, *boundaries), CAPTION))
    requests, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        page.wait_for_selector("path.choroplethlocation", state="attached", timeout=15000)
        locations = page.locator("path.choroplethlocation").count()
        points = page.locator("g.trace.scattergeo path.point").count()
        caption = page.locator("figcaption").inner_text()
        browser.close()
    assert locations == 18 + 16  # every country and every region drawn
    assert points == 1
    assert "<script>x</script>" in caption  # shown as text, not run
    assert errors == []
    assert all(url.startswith(("file:", "data:", "blob:", "about:")) for url in requests), requests
