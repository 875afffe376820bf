"""The alignment figures: the actor × actor agreement matrix and the network of strongest pairs.

Colour runs from orange (the pair disagrees on every shared issue) through white (even)
to purple (agrees on every one), a diverging scale that reads the same with the common
colour-vision deficiencies; unknown pairs are grey. Each cell also says ``agree/shared``,
so colour is never the only signal. In the network, agreements are solid purple lines and
disagreements dashed orange ones, their width growing with the shared issues.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from dashboard.alignment import Alignment, strongest_pairs
from dashboard.charts.common import empty_figure, esc, esc_all

MATRIX_TITLE = "Agreement between actors on the issues they share"
NETWORK_TITLE = "Strongest agreements and disagreements"
AGREE_COLOUR = "#5e3c99"
DISAGREE_COLOUR = "#e66101"
UNKNOWN_COLOUR = "#d9d9d9"
SCALE = [[0.0, DISAGREE_COLOUR], [0.5, "#f7f7f7"], [1.0, AGREE_COLOUR]]
NO_PAIRS = "No two actors share enough issues in the selected range"


def _cell(result: Alignment, a: str, b: str) -> tuple[float | None, str, str]:
    """(z, text, hover) of one matrix cell."""
    shared = int(result.shared.at[a, b])
    head = f"<b>{esc(a)}</b> and <b>{esc(b)}</b><br>"
    if a == b:
        return None, "", ""
    share = result.share.at[a, b]
    if pd.isna(share):
        return None, "?", head + f"unknown: {shared} shared issue(s), fewer than " \
                                 f"{result.min_shared}"
    agree = int(result.agree.at[a, b])
    return float(share), f"{agree}/{shared}", head + (
        f"agree on {agree} of {shared} shared issue(s) ({share:.0%})")


def alignment_matrix_figure(result: Alignment) -> go.Figure:
    """Heatmap of :class:`~dashboard.alignment.Alignment` in its clustered order."""
    if not result.order:
        return empty_figure(MATRIX_TITLE, NO_PAIRS)
    z, text, hover = [], [], []
    for a in result.order:
        cells = [_cell(result, a, b) for b in result.order]
        z.append([c[0] for c in cells])
        text.append([c[1] for c in cells])
        hover.append([c[2] for c in cells])
    labels = esc_all(result.order)
    n = len(labels)
    fig = go.Figure(go.Heatmap(
        z=z, x=labels, y=labels, text=text, texttemplate="%{text}", textfont={"size": 10},
        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>", colorscale=SCALE,
        zmin=0, zmax=1, xgap=1, ygap=1,
        colorbar={"title": {"text": "Agreement"}, "tickvals": [0, 0.5, 1],
                  "ticktext": ["disagree", "even", "agree"], "tickformat": ".0%",
                  "lenmode": "pixels", "len": 160, "y": 1, "yanchor": "top"}))
    fig.update_xaxes(side="top", tickangle=-45, automargin=True, type="category")
    fig.update_yaxes(autorange="reversed", automargin=True, type="category")
    size = max(420, 200 + 26 * n)
    fig.update_layout(title={"text": MATRIX_TITLE, "y": 0.995, "yanchor": "top"},
                      height=size, plot_bgcolor=UNKNOWN_COLOUR,
                      margin={"l": 10, "r": 10, "t": 160, "b": 20})
    return fig


def circle_layout(actors: list[str]) -> dict[str, tuple[float, float]]:
    """Actors on a circle in the given (clustered) order, so a bloc forms an arc."""
    n = max(len(actors), 1)
    return {a: (math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n))
            for k, a in enumerate(actors)}


def _edge_traces(pairs: pd.DataFrame, where: dict) -> list[go.Scatter]:
    """One line per pair (solid purple = agree, dashed orange = disagree) and a hover dot."""
    traces, shown = [], set()
    for pair in pairs.itertuples(index=False):
        (x0, y0), (x1, y1) = where[pair.actor_a], where[pair.actor_b]
        agree = pair.kind == "agree"
        name = "agree" if agree else "disagree"
        traces.append(go.Scatter(
            x=[x0, x1], y=[y0, y1], mode="lines", name=name, legendgroup=name,
            showlegend=name not in shown, hoverinfo="skip",
            line={"color": AGREE_COLOUR if agree else DISAGREE_COLOUR,
                  "width": 1 + pair.shared, "dash": "solid" if agree else "dash"}))
        shown.add(name)
        traces.append(go.Scatter(
            x=[(x0 + x1) / 2], y=[(y0 + y1) / 2], mode="markers", showlegend=False,
            marker={"size": 8, "opacity": 0}, hovertemplate="%{hovertext}<extra></extra>",
            hovertext=[f"<b>{esc(pair.actor_a)}</b> and <b>{esc(pair.actor_b)}</b><br>"
                       f"{name} on {pair.agree} of {pair.shared} shared issue(s)"]))
    return traces


def alignment_network_figure(result: Alignment, n: int = 10) -> go.Figure:
    """The ``n`` strongest agreements and disagreements as a network on a circle."""
    pairs = strongest_pairs(result, n)
    if pairs.empty:
        return empty_figure(NETWORK_TITLE, NO_PAIRS)
    actors = [a for a in result.order if a in set(pairs["actor_a"]) | set(pairs["actor_b"])]
    where = circle_layout(actors)
    fig = go.Figure(_edge_traces(pairs, where))
    fig.add_trace(go.Scatter(
        x=[where[a][0] for a in actors], y=[where[a][1] for a in actors], mode="markers+text",
        text=esc_all(actors), textposition=["middle right" if where[a][0] >= 0 else
                                            "middle left" for a in actors],
        marker={"size": 12, "color": "#333333"}, name="actor", showlegend=False,
        hovertext=esc_all(actors), hovertemplate="%{hovertext}<extra></extra>"))
    axis = {"visible": False, "range": [-2.1, 2.1]}
    fig.update_layout(title={"text": NETWORK_TITLE}, height=560, xaxis=axis,
                      yaxis={**axis, "range": [-1.3, 1.3], "scaleanchor": None},
                      plot_bgcolor="#ffffff", legend={"title": {"text": "Pairs"}})
    return fig
