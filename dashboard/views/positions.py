"""Positions page: each actor's stance on each issue, and who stands where per issue."""

import streamlit as st

from dashboard import exports
from dashboard.charts.heatmap import legend_table, table_styles
from dashboard.schema import vocabulary_label
from dashboard.ui import context, figures, large, widgets

ctx = context.current()
issues = ctx.dataset.crisis.issue_codes
widgets.page_header(
    ctx, "Actor positions",
    "Rows are actors, columns are issues. A cell gives the stance and, in brackets, how many "
    "events back it; 'a → b' means the stance changed inside the selected range. Select a "
    "cell of the table to see the events and sources behind it; the chart shows the same "
    "positions in colour, ready to download.")
large.note(ctx, "positions")
matrix = figures.built(ctx, "matrix")
if matrix.empty:
    widgets.empty_state()
else:
    table_tab, chart_tab = st.tabs(["Table", "Chart"], key="positions-view", on_change="rerun")
    if table_tab.open is not False:
        with table_tab:
            # Fixed widths: issue columns line up, and every label fits.
            columns = {"_index": st.column_config.TextColumn("actor", width=220),
                       "actor_group": st.column_config.TextColumn("group", width=110)}
            columns |= {issue: st.column_config.TextColumn(vocabulary_label(issue), width=150)
                        for issue in matrix.columns if issue in issues}
            key, key_styles = legend_table()
            st.text("Colour key (the text of each cell says the same):")
            # A static table: one row of fixed labels needs no interactive grid.
            st.table(key.style.apply(lambda _: key_styles, axis=None).hide(axis="index"))
            styles = table_styles(matrix)
            picked = st.dataframe(matrix.style.apply(lambda _: styles, axis=None),
                                  key="positions-table", on_select="rerun",
                                  selection_mode="single-cell", column_config=columns,
                                  width="content",
                                  height=min(38 + 35 * len(matrix), 640))
            st.download_button("Position table (CSV)", data=exports.positions_csv(matrix),
                               file_name="positions.csv", mime="text/csv", on_click="ignore",
                               icon=":material/download:")
            cell = widgets.picked_cell(picked, matrix)
            if cell:
                actor, issue = cell
                st.header("Events behind the selected cell")
                st.text(f"{actor} on {vocabulary_label(issue)}")
                with st.container(key="positions-cell-events"):
                    widgets.events_table(large.cell_table(ctx, actor, issue))
    if chart_tab.open:
        with chart_tab:
            widgets.chart(figures.built(ctx, "heatmap"), ctx, key="positions-chart",
                          name=f"{ctx.dataset.crisis.file_prefix}-positions")

    st.header("Who stands where, issue by issue")
    present = [issue for issue in issues if issue in set(
        matrix.columns if ctx.aggregated else ctx.events["issue"])]
    issue = st.selectbox("Issue", present, key="positions-issue", format_func=vocabulary_label)
    if issue:
        cells = figures.built(ctx, "cells") if ctx.aggregated else None
        st.dataframe(large.summary_table(ctx, issue, cells), hide_index=True)
