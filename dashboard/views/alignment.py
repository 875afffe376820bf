"""Alignment page: who agrees with whom on the issues, blocs first, and the strongest pairs."""

import streamlit as st

from dashboard.alignment import alignment_sentence, matrix_table, network_sentence
from dashboard.ui import context, figures, widgets

ctx = context.current()
widgets.page_header(
    ctx, "Alignment between actors",
    "For each pair of actors, the share of the issues both took a position on where their "
    "latest stances agree, with the number of issues behind it ('3/4'); pairs sharing too "
    "few issues are unknown (grey, '?'), not disagreement. Actors are ordered by "
    "hierarchical clustering, so blocs sit together.")
result = figures.built(ctx, "alignment")
if not result.order:
    st.text(alignment_sentence(result))
else:
    widgets.chart(figures.built(ctx, "alignment-matrix"), ctx, key="alignment-chart",
                  name="kazakhstan-alignment", alt=alignment_sentence(result))
    st.header("Strongest agreements and disagreements")
    widgets.chart(figures.built(ctx, "alignment-network"), ctx, key="alignment-network",
                  name="kazakhstan-alignment-network", alt=network_sentence(result))
    st.header("The matrix as a table")
    table = matrix_table(result)
    st.dataframe(table, key="alignment-table")
    widgets.csv_download("Alignment matrix (CSV)", table, name="alignment")
if result.left_out:
    st.caption(f"{len(result.left_out)} actor(s) share fewer than {result.min_shared} issues "
               "with every other actor (or are beyond the most active 60) and are left out.")
