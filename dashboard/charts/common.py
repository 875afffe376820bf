"""Shared pieces of the figure builders: offline config, colours, escaping, selections.

Everything here is pure: no Streamlit, no I/O. Text that comes from data (summaries,
actor names, places, publishers, group names) is untrusted and goes through :func:`esc`
(or :func:`esc_all`) before it reaches any plotly text: hovers, axis categories and tick
labels, legend names, annotations, titles, cell text. The only markup in a figure
(``<br>``, ``<b>``, ``<i>``) is ours. The builders escape, so the app and every export
(HTML, SVG, PNG) draw the same escaped figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.schema import SOURCE_SEPARATOR, vocabulary_label

# An empty TopoJSON as a data URL: plotly geo traces fetch their base map from a CDN
# otherwise and render blank offline. We draw the countries ourselves from GeoJSON.
OFFLINE_TOPOJSON = 'data:application/json,{"type":"Topology","objects":{},"arcs":[]}#'

# Config for st.plotly_chart and fig.to_html: offline base map, no cloud button,
# and the modebar's PNG download named after the project.
PLOTLY_CONFIG: dict[str, Any] = {
    "topojsonURL": OFFLINE_TOPOJSON,
    "showSendToCloud": False,
    "displaylogo": False,
    "toImageButtonOptions": {
        "format": "png",
        "filename": "crisis-dashboard-chart",
        "scale": 2,
    },
}

NO_EVENTS_TEXT = "No events match the filters"

# Separator of several event ids packed into one customdata cell (an aggregated marker
# or a region stands for many events). Event ids never contain spaces.
ID_SEPARATOR = " "

# Stance colours from the Okabe-Ito palette, told apart with the common colour-vision
# deficiencies (a red/green pair is not); every view also says the stance in words.
STANCE_COLOURS: dict[str, str] = {
    "support": "#0072B2",
    "oppose": "#D55E00",
    "concern": "#E69F00",
    "neutral": "#009E73",
    "": "#969696",
}
STANCE_LABELS: dict[str, str] = {
    "support": "support",
    "oppose": "oppose",
    "concern": "concern",
    "neutral": "neutral",
    "": "no stance",
}
CHANGED_COLOUR = "#CC79A7"  # Okabe-Ito reddish purple: a stance that changed

# Colour-blind-safe-ish qualitative palette (Okabe-Ito plus greys) for event types.
EVENT_TYPE_COLOURS: dict[str, str] = {
    "statement": "#0072B2",
    "phone_call": "#56B4E9",
    "support": "#009E73",
    "opposition": "#D55E00",
    "appeal_request": "#CC79A7",
    "call_for_restraint": "#E69F00",
    "military_deployment": "#000000",
    "withdrawal": "#7f7f7f",
    "protest": "#F0E442",
    "violent_clash": "#a50f15",
    "arrest": "#6a3d9a",
    "resignation_dismissal": "#8c6d31",
    "state_of_emergency": "#e7298a",
}
EVENT_TYPE_SYMBOLS: dict[str, str] = {
    "statement": "circle",
    "phone_call": "diamond",
    "support": "triangle-up",
    "opposition": "triangle-down",
    "appeal_request": "star",
    "call_for_restraint": "square",
    "protest": "pentagon",
    "military_deployment": "cross",
    "withdrawal": "x",
    "violent_clash": "hexagram",
    "arrest": "hourglass",
    "resignation_dismissal": "bowtie",
    "state_of_emergency": "asterisk-open",
}


def use_offline_topojson() -> None:
    """Point ``plotly.io.defaults.topojson`` at the empty offline TopoJSON.

    kaleido reads this default when it renders geo figures; without it the export
    tries to fetch the base map from a CDN and stalls or fails offline.
    """
    pio.defaults.topojson = OFFLINE_TOPOJSON


# plotly.js draws text through its own small HTML subset (svg_text_utils): tags such as
# <a href>, <span style>, <b>, <br> are drawn, and it decodes only &amp; &lt; &gt; &nbsp;
# &mu; &times; &plusmn; &deg; and numeric entities. So escaping < > & is enough and is all
# we may do: an &quot; or &#x27; from html.escape would be shown as typed ("&quot;").
_PLOTLY_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def esc(value: object) -> str:
    """Escape one untrusted value for plotly's HTML-like text: ``&``, ``<`` and ``>``.

    Missing values (None, NaN) give ``""``. Quotes are left alone (plotly would show
    ``&quot;`` literally).
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value).translate(_PLOTLY_ESCAPES)


def esc_all(values: Iterable[object]) -> list[str]:
    """:func:`esc` of every value (axis categories, tick and legend labels)."""
    return [esc(value) for value in values]


def shorten(text: str, limit: int = 140) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, marking the cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def publishers(value: str) -> str:
    """Turn a multi-source publisher cell (``A | B``) into ``A, B`` for display."""
    parts = [p.strip() for p in str(value).split(SOURCE_SEPARATOR.strip()) if p.strip()]
    return ", ".join(dict.fromkeys(parts))


def date_label(value: object) -> str:
    """ISO date of a timestamp, or ``date unknown`` for NaT."""
    if value is None or pd.isna(value):
        return "date unknown"
    return pd.Timestamp(value).strftime("%Y-%m-%d")


def event_hover(row: Mapping[str, Any], limit: int = 140) -> str:
    """Escaped hover text of one event: date, actor, type, stance, summary, source."""
    stance = row.get("stance") or ""
    head = f"<b>{esc(date_label(row.get('date')))}</b> · {esc(row.get('actor', ''))}"
    kind = esc(vocabulary_label(str(row.get("event_type", ""))))
    if stance:
        kind += f" · {esc(stance)} on {esc(vocabulary_label(str(row.get('issue', ''))))}"
    lines = [head, kind, esc(shorten(row.get("summary", ""), limit))]
    source = publishers(row.get("source_publisher", ""))
    lines.append("Source: " + (esc(source) if source else "not given"))
    if row.get("method") == "extracted":
        confidence = row.get("confidence")
        known = confidence is not None and not pd.isna(confidence)
        lines.append("<i>Machine-extracted" + (f", confidence {float(confidence):.2f}"
                                               if known else "") + "</i>")
    return "<br>".join(lines)


HOVER_FIELDS = ("date", "actor", "event_type", "stance", "issue", "summary", "source_publisher",
                "method", "confidence")


def event_hovers(events: pd.DataFrame, limit: int = 140) -> list[str]:
    """:func:`event_hover` for every row (only the needed columns are read: faster)."""
    fields = [f for f in HOVER_FIELDS if f in events.columns]
    return [event_hover(r, limit) for r in events[fields].to_dict("records")]


def pack_ids(ids: Iterable[str]) -> str:
    """Join event ids into one customdata cell."""
    return ID_SEPARATOR.join(str(i) for i in ids)


def selected_event_ids(selection: Mapping[str, Any] | None) -> list[str]:
    """Map a plotly/Streamlit selection back to the event ids it covers.

    Accepts the object ``st.plotly_chart(on_select=...)`` returns (``{"selection":
    {"points": [...]}}``), its inner ``selection`` dict, or a plotly.js event dict with
    ``points``. Each point's ``customdata`` holds one id or several ids packed with
    :data:`ID_SEPARATOR` (a marker or region standing for many events), either as a
    scalar or as the first element of a list. Returns unique ids in selection order.
    """
    if not selection:
        return []
    inner = selection.get("selection", selection)
    points = inner.get("points", []) if isinstance(inner, Mapping) else []
    seen: dict[str, None] = {}
    for point in points or []:
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if data is None:
            continue
        for event_id in str(data).split(ID_SEPARATOR):
            if event_id:
                seen.setdefault(event_id, None)
    return list(seen)


def empty_figure(title: str, message: str = NO_EVENTS_TEXT) -> go.Figure:
    """A blank figure that says why it is blank, so a view never shows an empty box."""
    fig = go.Figure()
    fig.add_annotation(text=esc(message), showarrow=False, x=0.5, y=0.5,
                       xref="paper", yref="paper", font={"size": 16})
    fig.update_layout(title=esc(title), xaxis={"visible": False}, yaxis={"visible": False},
                      height=360, meta={"empty": True})
    return fig


def is_empty_figure(fig: go.Figure) -> bool:
    """True when ``fig`` is the placeholder made by :func:`empty_figure`."""
    meta = fig.layout.meta
    return isinstance(meta, dict) and bool(meta.get("empty"))
