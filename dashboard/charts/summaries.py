"""Charts in words: the text alternative shown under each chart, for readers who cannot see it.

Each function takes the filtered events a chart is drawn from and says in one or two
sentences what the chart shows: how much, where or who most, and the spread of stances.
Plain text (the page shows it with ``st.text``), never markup. Pure: no Streamlit.
"""

from __future__ import annotations

import pandas as pd

from dashboard.charts.heatmap import CATEGORIES
from dashboard.charts.timeline import statement_rows
from dashboard.positions import position_cells

TOP = 5


def _top(counts: pd.Series, n: int = TOP) -> str:
    """``A (5), B (3), C (2)`` from a Series of counts (largest first, ties by name)."""
    frame = counts.rename("n").rename_axis("key").reset_index()
    frame = frame.sort_values(["n", "key"], ascending=[False, True]).head(n)
    return ", ".join(f"{key} ({n})" for key, n in zip(frame["key"], frame["n"], strict=True))


def _day(value) -> str:
    return pd.Timestamp(value).strftime("%-d %B %Y")


def map_summary(events: pd.DataFrame) -> str:
    """Where the events are: how many are drawn, the regions and places with most."""
    if events.empty:
        return "The map shows no events."
    country = events["geo_precision"].fillna("") == "country"
    placed = events[events["latitude"].notna() & events["longitude"].notna() & ~country]
    text = f"{len(placed)} of the {len(events)} events have a place on the map"
    regions = placed["admin1"].fillna("").replace("", pd.NA).dropna()
    if not regions.empty:
        text += f"; most are in {_top(regions.value_counts())}"
    places = placed["location"].fillna("").replace("", pd.NA).dropna()
    if not places.empty:
        text += f". The places with most events: {_top(places.value_counts())}"
    return text + f". {int(country.sum())} event(s) are located only at country level."


def timeline_summary(events: pd.DataFrame) -> str:
    """Who said most and when: dated statements, their span, the most active actors."""
    rows = statement_rows(events)
    if rows.empty:
        return "The timeline shows no dated statements."
    stances = rows["stance"].fillna("").replace("", "no stance").value_counts()
    actors = rows["actor"].nunique()
    span = f"from {_day(rows['date'].min())} to {_day(rows['date'].max())}"
    return (f"The timeline shows {len(rows)} dated statement(s) by {actors} "
            f"actor{'s' if actors != 1 else ''} {span}. Most active: "
            f"{_top(rows['actor'].value_counts())}. Stances: {_top(stances, len(stances))}.")


def positions_summary(events: pd.DataFrame) -> str:
    """The position chart in brief; the Table tab holds every cell as text."""
    cells = position_cells(events)
    if cells.empty:
        return "No actor took a stance on an issue in the selected range."
    category = cells["last_stance"].where(~cells["changed"].astype(bool), "changed")
    counts = category.value_counts().reindex(list(CATEGORIES)).dropna().astype(int)
    listed = ", ".join(f"{k} {n}" for k, n in counts.items())
    return (f"Positions of {cells['actor'].nunique()} actors on {cells['issue'].nunique()} "
            f"issues: {len(cells)} cells ({listed}). The Table tab lists every cell in text.")
