"""Download payloads: events as CSV and GeoJSON, the position table, charts as HTML/PNG/SVG.

Pure functions returning ``bytes`` (no Streamlit), so a ``download_button`` can call them
lazily. CSV output is safe to open in a spreadsheet: a text cell that starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so it is never run as
a formula (OWASP "CSV injection"); number columns are written untouched. Static images go
through kaleido and a local Chromium; without one, :class:`ExportUnavailable` says so.
"""

from __future__ import annotations

import html
import json
import math
import textwrap
import threading
from datetime import datetime
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import OFFLINE_TOPOJSON, PLOTLY_CONFIG, esc, use_offline_topojson
from dashboard.schema import EVENT_COLUMNS

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DEFAULT_SOURCE = ("Events coded from the news reports cited in the data; boundaries from "
                  "Natural Earth (public domain)")
IMAGE_FORMATS = ("png", "svg")
DEFAULT_WIDTH = 1100
DEFAULT_HEIGHT = 600
CAPTION_WRAP = 150
CAPTION_LINE_PX = 15
_KALEIDO_LOCK = threading.Lock()


class ExportUnavailable(RuntimeError):
    """A static image cannot be made on this machine (no Chromium, or kaleido failed)."""


# --- CSV ---------------------------------------------------------------------------------

def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would read as a formula with ``'``."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` with dates as ISO text and every text cell neutralised."""
    out = frame.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_datetime64_any_dtype(series):
            out[col] = series.dt.strftime("%Y-%m-%d").fillna("")
        elif pd.api.types.is_string_dtype(series):
            risky = series.str.startswith(FORMULA_PREFIXES, na=False)
            if risky.any():
                out[col] = series.where(~risky, "'" + series)
        elif pd.api.types.is_object_dtype(series):
            out[col] = series.map(neutralise, na_action="ignore")
    return out


def _csv_bytes(frame: pd.DataFrame, index: bool = False) -> bytes:
    # utf-8-sig: the BOM makes Excel read the file as UTF-8 (Cyrillic, Kazakh, accents).
    text = frame.to_csv(index=index, lineterminator="\r\n", na_rep="")
    return text.encode("utf-8-sig")


def event_column_order(events: pd.DataFrame) -> list[str]:
    """The event-model columns first (schema order), then any extra columns."""
    return [c for c in EVENT_COLUMNS if c in events.columns] + [
        c for c in events.columns if c not in EVENT_COLUMNS and not str(c).startswith("_")]


def events_csv(events: pd.DataFrame) -> bytes:
    """The events as UTF-8 CSV with a BOM, formula-safe, dates as ``YYYY-MM-DD``.

    Columns: the event model in schema order, then the loader's extra columns
    (``actor_group``, ``source_count``). Float and integer columns are written as
    numbers, empty when missing.
    """
    return _csv_bytes(_safe_frame(events[event_column_order(events)]))


def positions_csv(matrix: pd.DataFrame) -> bytes:
    """The actors × issues position table as formula-safe UTF-8 CSV (index = actor)."""
    frame = matrix.reset_index() if matrix.index.name else matrix
    return _csv_bytes(_safe_frame(frame))


def table_csv(frame: pd.DataFrame) -> bytes:
    """Any table (stance shifts, the alignment matrix) as formula-safe UTF-8 CSV.

    A named index (the alignment's actors) is written as the first column.
    """
    return _csv_bytes(_safe_frame(frame.reset_index() if frame.index.name else frame))


# --- GeoJSON -----------------------------------------------------------------------------

def _json_value(value: Any) -> Any:
    """A JSON-ready scalar: ISO dates, ``None`` for every kind of missing value."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def events_geojson(events: pd.DataFrame) -> bytes:
    """The events as an RFC 7946 FeatureCollection of Point features (UTF-8 JSON).

    One Feature per event that has coordinates and is not located only at country
    level (a country centroid is not where the event happened); ``id`` is the event id,
    coordinates are ``[longitude, latitude]`` (WGS 84), ``properties`` hold every event
    field (dates ISO, missing values ``null``). Rows left out are counted in the
    foreign member ``metadata``: ``total_events``, ``features``,
    ``omitted_no_coordinates`` and ``omitted_country_level``.
    """
    columns = event_column_order(events)
    has_xy = events["latitude"].notna() & events["longitude"].notna()
    country = events["geo_precision"] == "country"
    keep = has_xy & ~country
    features = []
    for row in events.loc[keep, columns].to_dict("records"):
        lon, lat = round(float(row["longitude"]), 6), round(float(row["latitude"]), 6)
        features.append({
            "type": "Feature", "id": str(row["event_id"]),
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {k: _json_value(v) for k, v in row.items()},
        })
    document = {
        "type": "FeatureCollection",
        "features": features,
        "metadata": {
            "total_events": len(events), "features": len(features),
            "omitted_no_coordinates": int((~has_xy).sum()),
            "omitted_country_level": int((has_xy & country).sum()),
        },
    }
    return json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")


# --- captions and figures ----------------------------------------------------------------

def caption_text(filter_sentence: str, generated: datetime, source: str = DEFAULT_SOURCE) -> str:
    """The caption every downloaded chart carries: filters, data source, date generated.

    Plain text (not escaped); the HTML and image exporters escape it.
    """
    zone = f" {generated.tzname()}" if generated.tzinfo else ""
    stamp = generated.strftime("%Y-%m-%d %H:%M") + zone
    sentence = " ".join(str(filter_sentence).split()).rstrip(".")
    return f"{sentence}. Data: {source}. Generated {stamp}."


def _wrapped(caption: str) -> list[str]:
    return textwrap.wrap(caption, CAPTION_WRAP) or [""]


def with_caption(fig: go.Figure, caption: str) -> go.Figure:
    """A copy of ``fig`` with ``caption`` as the title's subtitle, room made for it.

    The figure grows by the caption's height and the top margin with it, so nothing
    already drawn (axes, staggered labels, legends) moves relative to the plot.
    """
    copy = go.Figure(fig)
    lines = _wrapped(caption)
    extra = CAPTION_LINE_PX * len(lines) + 8
    height = (copy.layout.height or DEFAULT_HEIGHT) + extra
    top = (copy.layout.margin.t if copy.layout.margin.t is not None else 80) + extra
    title = copy.layout.title.text or "&nbsp;"
    copy.update_layout(
        height=height, margin={"t": top},
        title={"text": title, "yref": "container", "y": 1 - 8 / height, "yanchor": "top",
               "subtitle": {"text": "<br>".join(esc(x) for x in lines),
                            "font": {"size": 11, "color": "#444444"}}},
    )
    return copy


def figure_html(fig: go.Figure, caption: str) -> bytes:
    """A standalone HTML page of the figure that works offline, caption below it.

    plotly.js is inlined (no CDN) and the config carries the empty offline TopoJSON, so
    geo figures draw their own boundaries with no network. The caption is escaped.
    """
    height = fig.layout.height or DEFAULT_HEIGHT
    body = fig.to_html(full_html=False, include_plotlyjs=True, include_mathjax=False,
                       config=PLOTLY_CONFIG, default_width="100%",
                       default_height=f"{height}px")
    raw_title = fig.layout.title.text or "Chart"
    title = html.escape(html.unescape(raw_title), quote=False)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}</title>\n"
        "<style>body{font-family:sans-serif;margin:1rem 2rem;}"
        "figcaption{color:#444;font-size:0.9rem;margin-top:0.5rem;}</style>\n"
        "</head>\n<body>\n<figure>\n" + body +
        f"\n<figcaption>{html.escape(caption)}</figcaption>\n</figure>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def chromium_available() -> bool:
    """True when kaleido can find a Chromium (``BROWSER_PATH``, PATH or usual places)."""
    try:
        from choreographer.browsers.chromium import Chromium

        return Chromium.find_browser(skip_local=False) is not None
    except Exception:  # noqa: BLE001 - any failure to look means "not available"
        return False


def _kaleido_server():
    """Start kaleido's sync server once (lazily) and return the kaleido module.

    The server keeps one Chromium open, so an export takes ~0.3 s instead of ~2 s. A
    server whose thread died (Chromium crashed) is stopped and started again.
    """
    import kaleido

    server = getattr(kaleido, "_global_server", None)
    thread = getattr(server, "_thread", None)
    if server is not None and server.is_running() and thread is not None \
            and not thread.is_alive():
        kaleido.stop_sync_server(silence_warnings=True)
    kaleido.start_sync_server(silence_warnings=True)
    return kaleido


def figure_image(fig: go.Figure, fmt: str, caption: str, *, width: int | None = None,
                 scale: float = 1.0) -> bytes:
    """The figure with its caption as PNG or SVG bytes, rendered by kaleido.

    Raises
    ------
    ValueError
        When ``fmt`` is not ``png`` or ``svg``.
    ExportUnavailable
        When no Chromium is installed or the render failed; the message says what to do.
    """
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"image format '{fmt}' is not one of {', '.join(IMAGE_FORMATS)}")
    if not chromium_available():
        raise ExportUnavailable("PNG and SVG export needs Chromium on the server; install it "
                                "(Debian/Ubuntu: apt-get install chromium) or use the HTML "
                                "download or the chart's camera button.")
    captioned = with_caption(fig, caption)
    opts = {"format": fmt, "width": width or captioned.layout.width or DEFAULT_WIDTH,
            "height": captioned.layout.height, "scale": scale}
    use_offline_topojson()
    try:
        with _KALEIDO_LOCK:  # the sync server answers one caller at a time
            kaleido = _kaleido_server()
            data = kaleido.calc_fig_sync(captioned.to_dict(), opts=opts,
                                         topojson=OFFLINE_TOPOJSON)
    except Exception as err:  # noqa: BLE001 - shown to the user instead of a traceback
        raise ExportUnavailable(f"the {fmt.upper()} export failed: {err}") from err
    return data if isinstance(data, bytes) else str(data).encode("utf-8")
