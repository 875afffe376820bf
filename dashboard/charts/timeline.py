"""The timeline of statements: who said what, when, with which stance.

Date on x, actors on y (grouped by ``actor_group``, groups in a fixed reading order,
separated by lines and labelled on the right), colour = stance, symbol = event type.
Operational milestones (picked by the crisis pack's rules: states of emergency declared and
eased, deployments, withdrawals...) are dashed vertical lines, each topped
by a numbered badge; a key above the plot lists the numbers with their day and labels, so
no label crosses a line or another label however close the days are.
Points of one actor on one day are spread across that day so none hides another.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import (
    CHANGED_COLOUR,
    EVENT_TYPE_SYMBOLS,
    NO_EVENTS_TEXT,
    STANCE_COLOURS,
    STANCE_LABELS,
    empty_figure,
    esc,
    esc_all,
    event_hovers,
)
from dashboard.crisis import MilestoneRule
from dashboard.positions import actor_order
from dashboard.schema import OPERATIONAL_TYPES, vocabulary_label
from dashboard.shifts import stance_shifts

TIMELINE_TITLE = "Statements on the unrest"
ROW_HEIGHT = 24
LABEL_ROW_PX = 15
BOTTOM_MARGIN = 130
CHAR_PX = 5.8
PLOT_WIDTH_PX = 760  # a typical plot width; badge and key packing assume it
BADGE_PX = 18  # width of a milestone's number badge
KEY_GAP = "\u2003\u2003"  # two em spaces between key entries
KEY_GAP_PX = 24

def milestones_from_events(events: pd.DataFrame,
                           rules: Sequence[MilestoneRule] | None = None) -> pd.DataFrame:
    """The operational milestones of the frame, one row per (day, kind).

    Picks the dated rows that match each of ``rules`` (the crisis pack's ``milestones``:
    states of emergency declared and eased, deployments, withdrawals...; default: the
    default crisis pack's). A rule earlier in the list comes first on a shared day.

    Returns columns ``date`` (datetime64), ``label`` (e.g. ``State of emergency``) and
    ``event_ids`` (list), in date order; several kinds on one day stay separate rows.
    """
    columns = ["date", "label", "event_ids"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    if rules is None:
        from dashboard.crisis import default_pack

        rules = default_pack().milestones
    dated = events[events["date"].notna()]
    records = []
    for rule in rules:
        picked = dated[rule.mask(dated)]
        for day, part in picked.groupby(picked["date"].dt.normalize()):
            records.append({"date": day, "label": rule.label,
                            "event_ids": list(part["event_id"])})
    frame = pd.DataFrame.from_records(records, columns=columns)
    return frame.sort_values("date", kind="stable").reset_index(drop=True)


def statement_rows(events: pd.DataFrame) -> pd.DataFrame:
    """Rows the timeline plots: non-operational events with a date and an actor."""
    keep = (~events["event_type"].isin(OPERATIONAL_TYPES) & events["date"].notna()
            & (events["actor"] != ""))
    return events[keep]


def spread_same_day(rows: pd.DataFrame) -> pd.Series:
    """x position of each row: its day, spread over 10–14 h for several same-day points.

    The k-th of n points of one actor on one day sits at noon + (k - (n-1)/2) * step,
    with the step chosen so the n points stay inside the day.
    """
    day = rows["date"].dt.normalize()
    key = [rows["actor"], day]
    rank = rows.groupby(key).cumcount()
    size = rows.groupby(key)["event_id"].transform("size")
    step_h = (20.0 / size.clip(lower=1)).clip(upper=4.0)
    offset_h = 12.0 + (rank - (size - 1) / 2.0) * step_h
    return day + pd.to_timedelta(offset_h, unit="h")


def stagger_levels(dates: list[pd.Timestamp], widths: list[pd.Timedelta]) -> list[int]:
    """Label level of each centred label so that labels on one level never overlap.

    ``dates`` are the label centres (sorted), ``widths`` their estimated widths in time
    units. Greedy interval packing: each label takes the lowest level whose last label
    ends before this one starts.
    """
    ends: list[pd.Timestamp] = []
    levels = []
    for centre, width in zip(dates, widths, strict=True):
        start = centre - width / 2
        for level, end in enumerate(ends):
            if end <= start:
                ends[level] = centre + width / 2
                levels.append(level)
                break
        else:
            ends.append(centre + width / 2)
            levels.append(len(ends) - 1)
    return levels


def key_lines(entries: list[str], width_px: float = PLOT_WIDTH_PX) -> list[str]:
    """Pack key entries, in order, into lines of at most ``width_px`` (estimated)."""
    lines: list[list[str]] = []
    used = width_px
    for entry in entries:
        shown = html.unescape(re.sub(r"<[^>]+>", "", entry))  # the text as drawn
        pixels = CHAR_PX * len(shown) + KEY_GAP_PX
        if lines and used + pixels <= width_px:
            lines[-1].append(entry)
            used += pixels
        else:
            lines.append([entry])
            used = pixels
    return [KEY_GAP.join(line) for line in lines]


def _stance_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """One trace per stance: its colour, and each point's event-type symbol in an array.

    One trace per stance, not per (stance, event type): plotly.js pays per trace (the
    shipped data made 56 traces, a third of the browser's time on the timeline page). Every
    trace shares the legend group of its stance's legend entry, so clicking the entry hides
    the whole stance.
    """
    rows = rows.assign(_hover=event_hovers(rows))
    traces = []
    for stance in ("support", "oppose", "concern", "neutral", ""):
        part = rows[rows["stance"] == stance]
        if part.empty:
            continue
        traces.append(go.Scatter(
            x=part["_x"], y=esc_all(part["actor"]), mode="markers", name=STANCE_LABELS[stance],
            legendgroup=f"stance-{stance}", showlegend=False,
            marker={"color": STANCE_COLOURS[stance], "size": 11, "opacity": 0.9,
                    "symbol": [EVENT_TYPE_SYMBOLS.get(str(kind), "circle")
                               for kind in part["event_type"]],
                    "line": {"color": "#ffffff", "width": 0.8}},
            hovertext=list(part["_hover"]), customdata=[[i] for i in part["event_id"]],
            hovertemplate="%{hovertext}<extra></extra>",
        ))
    return traces


def _shift_marks(rows: pd.DataFrame) -> list[go.Scatter]:
    """A ring around each statement where an actor's stance on an issue changed
    (:func:`dashboard.shifts.stance_shifts`). The point's own hover shows through, and the
    ring carries no event id: a selection counts the point, not the ring twice."""
    marked = rows[rows["event_id"].isin(stance_shifts(rows)["after_event_id"])]
    if marked.empty:
        return []
    return [go.Scatter(
        x=marked["_x"], y=esc_all(marked["actor"]), mode="markers", name="stance changed",
        legend="legend", legendrank=1100, hoverinfo="skip", customdata=[],
        meta={"shifts": list(marked["event_id"])},
        marker={"symbol": "circle-open", "size": 21, "color": CHANGED_COLOUR,
                "line": {"width": 2.5}})]


def _legend_entries(rows: pd.DataFrame) -> list[go.Scatter]:
    """Legend-only entries (no data points): stance colours, then event-type symbols.

    The stance entries share a legend group with the stance traces, so clicking one
    hides that stance; the symbols go to a second legend because a trace's legend icon
    would otherwise show the symbol of its first point.
    """
    entries = []
    for stance in ("support", "oppose", "concern", "neutral", ""):
        if (rows["stance"] == stance).any():
            entries.append(go.Scatter(
                x=[None], y=[None], mode="markers", name=STANCE_LABELS[stance],
                legendgroup=f"stance-{stance}", legend="legend", customdata=[],
                marker={"symbol": "circle", "color": STANCE_COLOURS[stance], "size": 10},
                hoverinfo="skip"))
    for kind in (k for k in EVENT_TYPE_SYMBOLS if k in set(rows["event_type"])):
        entries.append(go.Scatter(
            x=[None], y=[None], mode="markers", name=esc(vocabulary_label(kind)),
            legend="legend2",
            marker={"symbol": EVENT_TYPE_SYMBOLS[kind], "color": "#555555", "size": 10},
            customdata=[], hoverinfo="skip"))
    return entries


@dataclass
class Decorations:
    """Layout shapes and annotations collected first and set once (adding them one by
    one re-validates the whole list each time, which is quadratic)."""

    shapes: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)


def _group_decorations(deco: Decorations, pairs: list[tuple[str, str]]) -> None:
    """Separator lines between actor groups and each group's name on the right."""
    start = 0
    for k in range(1, len(pairs) + 1):
        if k < len(pairs) and pairs[k][0] == pairs[start][0]:
            continue
        group = pairs[start][0] or "Other"
        deco.notes.append({
            "text": f"<b>{esc(group)}</b>", "x": 1.005, "xref": "paper", "xanchor": "left",
            "y": (start + k - 1) / 2.0, "yref": "y", "showarrow": False, "align": "left",
            "font": {"size": 11, "color": "#333333"}})
        if k < len(pairs):
            deco.shapes.append({
                "type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y",
                "y0": k - 0.5, "y1": k - 0.5,
                "line": {"color": "#9e9e9e", "width": 1, "dash": "dot"}})
        start = k


def layout_sizes(levels: int, n_actors: int, key_rows: int = 0) -> tuple[int, int, int]:
    """(top margin, figure height, plot-area height) in pixels for the timeline.

    ``levels`` rows of milestone badges and ``key_rows`` lines of their key sit above the
    plot, under the title.
    """
    top = 60 + key_rows * LABEL_ROW_PX + levels * LABEL_ROW_PX
    height = max(400, top + BOTTOM_MARGIN + 40 + ROW_HEIGHT * n_actors)
    return top, height, height - top - BOTTOM_MARGIN


def merge_same_day(milestones: pd.DataFrame) -> pd.DataFrame:
    """One mark per day: the day's milestone labels joined with `` · `` (order kept)."""
    if milestones.empty:
        return pd.DataFrame(columns=["date", "label"])
    days = milestones.assign(date=pd.to_datetime(milestones["date"]).dt.normalize())
    merged = days.groupby("date", sort=True)["label"].agg(
        lambda labels: " · ".join(dict.fromkeys(labels)))
    return merged.reset_index()


def _milestone_decorations(deco: Decorations, milestones: pd.DataFrame,
                           span: pd.Timedelta) -> tuple[int, list[str]]:
    """Dashed lines topped by numbered badges; returns (badge levels, key lines).

    Badges of days too close to sit side by side go to a second level (stacked upwards).
    The key reads ``1 5 Jan: State of emergency · CSTO request``, in date order.
    """
    marks = merge_same_day(milestones)
    if marks.empty:
        return 0, []
    dates = [day + pd.Timedelta(hours=12) for day in marks["date"]]
    badge = span * (BADGE_PX / PLOT_WIDTH_PX)
    levels = stagger_levels(dates, [badge] * len(dates))
    entries = []
    for number, (day, label, level) in enumerate(
            zip(dates, marks["label"], levels, strict=True), start=1):
        deco.shapes.append({
            "type": "line", "x0": day, "x1": day, "xref": "x", "y0": 0, "y1": 1,
            "yref": "paper", "layer": "below",
            "line": {"color": "#424242", "width": 1, "dash": "dash"}})
        deco.notes.append({
            "text": f"<b>{number}</b>", "x": day, "xref": "x", "y": 1, "yref": "paper",
            "yanchor": "bottom", "yshift": 2 + level * LABEL_ROW_PX, "showarrow": False,
            "font": {"size": 10, "color": "#ffffff"}, "bgcolor": "#424242", "borderpad": 1,
            "name": "milestone"})
        entries.append(f"<b>{number}</b> {day:%-d %b}: {esc(label)}")
    return max(levels) + 1, key_lines(entries)


def _milestone_key(deco: Decorations, lines: list[str], levels: int) -> None:
    """The key of the badges, left-aligned above them."""
    if lines:
        deco.notes.append({
            "text": "<br>".join(lines), "x": 0, "xref": "paper", "xanchor": "left",
            "y": 1, "yref": "paper", "yanchor": "bottom",
            "yshift": 4 + levels * LABEL_ROW_PX, "showarrow": False, "align": "left",
            "font": {"size": 10, "color": "#424242"}, "name": "milestone-key"})


def _date_bounds(rows: pd.DataFrame, milestones: pd.DataFrame) -> tuple[pd.Timestamp, ...]:
    """First and last day shown: the statements' days and the milestones' days."""
    first, last = rows["date"].min().normalize(), rows["date"].max().normalize()
    if not milestones.empty:
        first = min(first, pd.Timestamp(milestones["date"].min()).normalize())
        last = max(last, pd.Timestamp(milestones["date"].max()).normalize())
    return first, last


def _style(fig: go.Figure, pairs: list[tuple[str, str]], bounds: tuple[pd.Timestamp, ...],
           levels: int, key_rows: int, title: str) -> None:
    """Axes, size, margins and the two bottom legends of the timeline."""
    fig.update_yaxes(type="category", categoryorder="array",
                     categoryarray=esc_all(a for _, a in pairs), autorange="reversed",
                     automargin=True, tickfont={"size": 11}, dtick=1, showgrid=True,
                     gridcolor="#f0f0f0", title=None)
    fig.update_xaxes(type="date", range=[bounds[0] - pd.Timedelta(hours=12),
                                         bounds[1] + pd.Timedelta(hours=36)],
                     showgrid=True, gridcolor="#e8e8e8", tickformat="%-d %b", title=None,
                     automargin=True)
    top, height, _ = layout_sizes(levels, len(pairs), key_rows)
    fig.update_layout(title={"text": esc(title), "y": 0.99, "yanchor": "top"}, height=height,
                      margin={"l": 10, "r": 170, "t": top, "b": BOTTOM_MARGIN},
                      legend={"orientation": "h", "x": 0, "y": 62 / height, "yref": "container",
                              "yanchor": "bottom", "title": {"text": "Stance (colour):"}},
                      legend2={"orientation": "h", "x": 0, "y": 0.005, "yref": "container",
                               "yanchor": "bottom", "title": {"text": "Event type (symbol):"}},
                      hovermode="closest", plot_bgcolor="#ffffff")


def timeline_figure(events: pd.DataFrame, milestones: pd.DataFrame | None = None) -> go.Figure:
    """Timeline of statements with milestone reference lines.

    Parameters
    ----------
    events : DataFrame
        Filtered events; the non-operational, dated rows are plotted.
    milestones : DataFrame, optional
        Columns ``date`` and ``label``; defaults to :func:`milestones_from_events`.

    Returns
    -------
    go.Figure
        One Scatter per stance (``customdata`` = event id), legend-only symbol entries,
        milestone lines as layout shapes with numbered badges and their key (annotations
        named ``milestone`` and ``milestone-key``); height grows with the number of actors.
    """
    rows = statement_rows(events)
    if rows.empty:
        message = NO_EVENTS_TEXT if events.empty else (
            f"None of the {len(events)} events that match the filters is a dated statement")
        return empty_figure(TIMELINE_TITLE, message)
    if milestones is None:
        milestones = milestones_from_events(events)
    pairs = actor_order(rows)
    rows = rows.sort_values("date", kind="stable")
    rows = rows.assign(_x=spread_same_day(rows))
    fig = go.Figure([*_stance_traces(rows), *_shift_marks(rows), *_legend_entries(rows)])
    deco = Decorations()
    _group_decorations(deco, pairs)
    first, last = _date_bounds(rows, milestones)
    levels, key = _milestone_decorations(deco, milestones, last - first + pd.Timedelta(days=2))
    _milestone_key(deco, key, levels)
    undated = int((events["date"].isna() & ~events["event_type"].isin(OPERATIONAL_TYPES)).sum())
    title = TIMELINE_TITLE + (f" ({undated} undated not shown)" if undated else "")
    _style(fig, pairs, (first, last), levels, len(key), title)
    fig.update_layout(shapes=deco.shapes, annotations=deco.notes,
                      meta={"actors": len(pairs), "milestone_levels": levels,
                            "milestones": list(milestones.get("label", []))})
    return fig
