"""The actor × issue position heatmap: one coloured cell per stance, changes marked.

Colour is categorical (support, oppose, concern, neutral, changed), never a mean: a cell
whose stance changed inside the frame gets its own colour and reads ``concern → support``.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import (
    CHANGED_COLOUR,
    NO_EVENTS_TEXT,
    STANCE_COLOURS,
    empty_figure,
    esc,
    esc_all,
    pack_ids,
)
from dashboard.positions import ARROW, actor_order, position_cells, stance_rows
from dashboard.schema import issue_codes, vocabulary_label

HEATMAP_TITLE = "Positions of actors on the issues"
ROW_PX = 30  # room for a changed stance on two lines
CATEGORIES = ("support", "oppose", "concern", "neutral", "changed")
TINT = 0.45  # share of the stance colour in a table cell's background


def tint(colour: str, share: float = TINT) -> str:
    """``colour`` mixed with white (``share`` of the colour kept): a cell background on
    which black text keeps its contrast."""
    red, green, blue = (int(colour[k:k + 2], 16) for k in (1, 3, 5))
    mixed = (round(255 - (255 - c) * share) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in mixed)



def _colorscale() -> list[list]:
    """A stepped colour scale: category k of n occupies [k/n, (k+1)/n], in the tints of
    the table so both read alike and the black cell text keeps its contrast."""
    colours = [tint(c) for c in (*(STANCE_COLOURS[c] for c in CATEGORIES[:-1]),
                                  CHANGED_COLOUR)]
    n = len(colours)
    scale = []
    for k, colour in enumerate(colours):
        scale += [[k / n, colour], [(k + 1) / n, colour]]
    return scale


def _cell_values(actor: str, issue: str, cell, ids: str) -> tuple:
    """(z, text, hover, customdata) of one heatmap cell; blanks when no position."""
    if cell is None:
        return None, "", "", ""
    category = "changed" if cell.changed else cell.last_stance
    hover = (f"<b>{esc(actor)}</b> on {esc(vocabulary_label(issue))}<br>"
             f"{esc(ARROW.join(cell.stances))}<br>{cell.n_events} event(s)")
    # A changed stance is longer than a cell is wide: one stance per line.
    text = esc(cell.label).replace(ARROW, ARROW.rstrip() + "<br>")
    return CATEGORIES.index(category) + 0.5, text, hover, ids


def position_heatmap_figure(events: pd.DataFrame) -> go.Figure:
    """Heatmap of :func:`dashboard.positions.position_cells`, actors grouped as elsewhere.

    ``customdata`` of each cell holds the packed ids of the events behind it; empty
    cells (no position taken) are left blank. Cell text is the stance label.
    """
    cells = position_cells(events)
    if cells.empty:
        message = NO_EVENTS_TEXT if events.empty else (
            f"None of the {len(events)} events that match the filters takes a stance")
        return empty_figure(HEATMAP_TITLE, message)
    actors = [a for _, a in actor_order(stance_rows(events))]
    issues = [i for i in issue_codes() if i in set(cells["issue"])]
    rows = stance_rows(events)
    ids = rows.groupby(["actor", "issue"])["event_id"].agg(pack_ids).to_dict()
    lookup = {(c.actor, c.issue): c for c in cells.itertuples(index=False)}
    grid = {key: [] for key in ("z", "text", "hover", "custom")}
    for actor in actors:
        row = {key: [] for key in grid}
        for issue in issues:
            cell = lookup.get((actor, issue))
            values = _cell_values(actor, issue, cell, ids.get((actor, issue), ""))
            for key, value in zip(row, values, strict=True):
                row[key].append(value)
        for key in grid:
            grid[key].append(row[key])
    z, text, hover, custom = grid["z"], grid["text"], grid["hover"], grid["custom"]
    fig = go.Figure(go.Heatmap(
        z=z, x=esc_all(vocabulary_label(i) for i in issues), y=esc_all(actors), text=text,
        texttemplate="%{text}", textfont={"size": 10, "color": "#000000"}, hovertext=hover,
        customdata=custom,
        hovertemplate="%{hovertext}<extra></extra>", colorscale=_colorscale(), zmin=0,
        zmax=len(CATEGORIES), xgap=2, ygap=2,
        colorbar={"tickvals": [k + 0.5 for k in range(len(CATEGORIES))],
                  "ticktext": list(CATEGORIES), "title": {"text": "Stance"},
                  # a key of five steps, not a bar as tall as the figure
                  "lenmode": "pixels", "len": 30 * len(CATEGORIES), "y": 1, "yanchor": "top",
                  "thickness": 16},
    ))
    fig.update_yaxes(autorange="reversed", automargin=True, type="category")
    fig.update_xaxes(side="top", automargin=True, type="category")
    fig.update_layout(title={"text": HEATMAP_TITLE, "y": 0.995, "yanchor": "top"},
                      height=max(380, 160 + ROW_PX * len(actors)), plot_bgcolor="#ffffff",
                      margin={"l": 10, "r": 10, "t": 140, "b": 20})
    return fig


def cell_category(label: str) -> str:
    """The colour category of a position-table cell: its stance, ``changed`` or ``""``."""
    if not label:
        return ""
    return "changed" if ARROW in label else label.split(" ", 1)[0]


def category_style(category: str) -> str:
    """CSS of a table cell of ``category``: a tinted background, black text; a changed
    stance also bold (its text says ``a → b`` as well, so colour is never the only sign)."""
    if category not in CATEGORIES:
        return ""
    colour = CHANGED_COLOUR if category == "changed" else STANCE_COLOURS[category]
    bold = "; font-weight: bold" if category == "changed" else ""
    return f"background-color: {tint(colour)}; color: #000000{bold}"


def table_styles(matrix: pd.DataFrame) -> pd.DataFrame:
    """CSS for every cell of :func:`dashboard.positions.position_matrix`, same shape,
    for ``matrix.style.apply(..., axis=None)``; the group column is left plain."""
    styles = matrix.map(lambda label: category_style(cell_category(str(label))))
    if "actor_group" in styles.columns:
        styles["actor_group"] = ""
    return styles


def legend_table() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The colour key of the position table: one row of example cells, and their CSS."""
    examples = {c: (f"concern{ARROW}support" if c == "changed" else c) for c in CATEGORIES}
    key = pd.DataFrame([examples])
    return key, key.map(lambda label: category_style(cell_category(label)))
