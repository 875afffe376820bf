"""Markup in data never becomes markup in a figure: every builder escapes every text field.

plotly.js draws a subset of HTML in any text (axis ticks, legends, annotations, titles,
hovers, cell text): ``<a href>`` becomes a link, ``<span style>`` restyles text. The only
tags a figure may hold are the builders' own (``<br>``, ``<b>``, ``<i>``).
"""

import json
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.charts import empty_figure, map_figure, position_heatmap_figure, timeline_figure
from dashboard.charts.common import esc, esc_all, event_hover
from dashboard.crisis import default_pack
from dashboard.exports import caption_text, figure_html, figure_image, with_caption
from dashboard.store import rows_to_frame
from tests.conftest import event_row

LINK = '<a href="https://attacker.invalid/">official source</a>'
STYLED = '<span style="font-size:80px;color:red">big</span>'
IMAGE = "<img src=x onerror=alert(1)>"
SCRIPT = '<script>alert("x")</script>'
# The builders' own tags; anything else with a "<" came from data.
OWN_TAGS = re.compile(r"</?(?:br|b|i|extra)>")


def _hostile_events() -> pd.DataFrame:
    """Statements, a point, a changed stance: each text field holding a payload."""
    common = {"summary": SCRIPT + ' said "no"', "source_publisher": IMAGE, "target": LINK,
              "location": STYLED, "admin1": "Almaty", "country": "KAZ",
              "geo_precision": "point", "latitude": "43.25", "longitude": "76.91"}
    rows = [
        event_row(event_id="M1", actor=LINK, date="2022-01-05", stance="oppose", **common),
        event_row(event_id="M2", actor=LINK, date="2022-01-07", stance="support", **common),
        event_row(event_id="M3", actor=STYLED, date="2022-01-06", issue=IMAGE, **common),
        event_row(event_id="M4", actor=IMAGE, date="2022-01-06", event_type="protest",
                  stance="oppose", issue="fuel_prices", **common),
    ]
    events = rows_to_frame(rows)
    events["actor_group"] = [SCRIPT, STYLED, LINK, IMAGE]
    return events


def _strings(node) -> list[str]:
    """Every string anywhere in a figure's JSON (data, layout, annotations, axes)."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in [str(key), *_strings(value)]]
    if isinstance(node, list | tuple):
        return [s for item in node for s in _strings(item)]
    return []


def _raw_markup(fig: go.Figure) -> list[str]:
    """Strings of ``fig`` with a ``<`` that is not one of the builders' own tags."""
    return [s for s in _strings(json.loads(fig.to_json())) if "<" in OWN_TAGS.sub("", s)]


@pytest.fixture(scope="module")
def boundaries():
    files = default_pack().boundaries  # Kazakhstan's pack (data/crises/)
    return tuple(json.loads(path.read_text("utf-8")) for path in
                 (files.countries, files.regions))


BUILDERS = {
    "map": lambda events, geo: map_figure(events, *geo),
    "timeline": lambda events, geo: timeline_figure(events),
    "heatmap": lambda events, geo: position_heatmap_figure(events),
    "empty": lambda events, geo: empty_figure(LINK, STYLED),
    "caption": lambda events, geo: with_caption(
        timeline_figure(events), caption_text(f"Showing 4 events where actor is {LINK}",
                                              datetime(2026, 1, 2, tzinfo=UTC))),
}


@pytest.mark.parametrize("builder", list(BUILDERS))
def test_charts_markup_in_data_is_escaped_in_every_text_field(boundaries, builder):
    fig = BUILDERS[builder](_hostile_events(), boundaries)
    assert _raw_markup(fig) == []
    # the payload is still there, as text to read
    assert any("&lt;" in s for s in _strings(json.loads(fig.to_json())))


@pytest.mark.parametrize(("builder", "where", "holds_payload"), [
    ("timeline", lambda f: list(f.layout.yaxis.categoryarray), True),  # axis tick labels
    ("timeline", lambda f: [t.y[0] for t in f.data if t.y[0]], True),  # the points' rows
    ("timeline", lambda f: [a.text for a in f.layout.annotations], True),  # group names
    ("heatmap", lambda f: list(f.data[0].y), True),
    ("heatmap", lambda f: list(f.data[0].text[0]), False),
    ("heatmap", lambda f: list(f.data[0].x), False),  # issues outside the vocabulary left out
    ("map", lambda f: [t.name for t in f.data if t.name], False),  # legend
    ("map", lambda f: [h for t in f.data if t.hovertext for h in t.hovertext], True),
])
def test_charts_markup_axis_legend_and_annotations_are_escaped(boundaries, builder, where,
                                                               holds_payload):
    texts = " ".join(where(BUILDERS[builder](_hostile_events(), boundaries)))
    assert ("&lt;" in texts) == holds_payload
    assert not re.search(r"<(a|span|img|script)\b", texts)


@pytest.mark.parametrize(("value", "expected"), [
    ('say "no" & <b>', 'say "no" &amp; &lt;b&gt;'),  # quotes stay: plotly shows &quot; raw
    ("l'État", "l'État"),
    ("&lt;", "&amp;lt;"),  # shown as typed, not decoded
    (None, ""),
    (float("nan"), ""),
    (3, "3"),
])
def test_charts_esc_escapes_only_what_plotly_decodes(value, expected):
    assert esc(value) == expected
    assert esc_all([value]) == [expected]


def test_charts_hover_shows_quotes_as_quotes():
    hover = event_hover({"date": pd.Timestamp("2022-01-05"), "actor": 'the "Nur Otan"',
                         "summary": "l'armée", "source_publisher": "A & B"})
    assert 'the "Nur Otan"' in hover and "l'armée" in hover and "A &amp; B" in hover
    assert "&quot;" not in hover and "&#x27;" not in hover


def test_charts_markup_html_export_has_no_payload_markup(boundaries):
    page = figure_html(timeline_figure(_hostile_events()), "caption " + LINK).decode("utf-8")
    # plotly's JSON writer escapes "<" and "/" inside the script; the caption is HTML-escaped
    assert "attacker.invalid" in page
    assert not re.search(r'<a href="https://attacker', page)
    assert "<img src=x" not in page and "<span style=\"font-size:80px" not in page


@pytest.mark.slow
@pytest.mark.parametrize("builder", ["map", "timeline", "heatmap"])
def test_charts_markup_svg_export_draws_no_link_or_style(boundaries, builder):
    fig = BUILDERS[builder](_hostile_events(), boundaries)
    svg = figure_image(fig, "svg", caption_text("Showing " + LINK, datetime(2026, 1, 2)))
    root = ET.fromstring(svg)
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert "a" not in tags and "img" not in tags and "script" not in tags
    assert not any("80px" in (element.get("style") or "") for element in root.iter())
    text = "".join(root.itertext())
    assert "official source" in text  # drawn as plain text
