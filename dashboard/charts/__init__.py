"""Pure figure builders: events DataFrame in, ``go.Figure`` out.

Every figure's traces carry event ids in ``customdata``, so a selection maps back to
events through :func:`selected_event_ids`. Pass :data:`PLOTLY_CONFIG` to
``st.plotly_chart`` and ``fig.to_html`` so geo figures render offline. The position
table functions live in :mod:`dashboard.positions` and are re-exported here.
"""

from dashboard.charts.common import (
    NO_EVENTS_TEXT,
    OFFLINE_TOPOJSON,
    PLOTLY_CONFIG,
    STANCE_COLOURS,
    empty_figure,
    is_empty_figure,
    selected_event_ids,
    use_offline_topojson,
)
from dashboard.charts.geomap import (
    country_level_count,
    map_counts,
    map_figure,
    polygon_lookup,
    region_event_counts,
)
from dashboard.charts.heatmap import position_heatmap_figure
from dashboard.charts.timeline import milestones_from_events, timeline_figure
from dashboard.positions import cell_events, issue_summary, position_cells, position_matrix

__all__ = [
    "NO_EVENTS_TEXT",
    "OFFLINE_TOPOJSON",
    "PLOTLY_CONFIG",
    "STANCE_COLOURS",
    "cell_events",
    "country_level_count",
    "empty_figure",
    "is_empty_figure",
    "issue_summary",
    "map_counts",
    "map_figure",
    "milestones_from_events",
    "polygon_lookup",
    "position_cells",
    "position_heatmap_figure",
    "position_matrix",
    "region_event_counts",
    "selected_event_ids",
    "timeline_figure",
    "use_offline_topojson",
]
