"""Stance shifts page: who changed their line on an issue, when, and on what evidence."""

import streamlit as st

from dashboard.shifts import shift_lines, shift_sentence, shift_table
from dashboard.ui import context, figures, widgets

ctx = context.current()
widgets.page_header(
    ctx, "Stance shifts",
    "Every actor whose stance on an issue changed in the selected range: the last "
    "statement of the old stance and the first of the new one, with their dates, the "
    "sentence each rests on and its sources. The timeline rings the statements that "
    "changed a stance.")
shifts = figures.built(ctx, "shifts")
st.text(shift_sentence(shifts))
if not shifts.empty:
    widgets.csv_download("Stance shifts (CSV)", shifts, name="stance-shifts",
                         help="Every shift with both events' ids, dates, evidence and all "
                              "their source links; safe to open in a spreadsheet.")
    link = {"validate": r"^https?://", "display_text": r"^https?://([^/]+)"}
    st.dataframe(shift_table(shifts), hide_index=True, key="shifts-table",
                 height=min(38 + 35 * len(shifts), 600), column_config={
                     "before": st.column_config.DateColumn("before", format="YYYY-MM-DD"),
                     "after": st.column_config.DateColumn("after", format="YYYY-MM-DD"),
                     "before_link": st.column_config.LinkColumn("before: first source", **link),
                     "after_link": st.column_config.LinkColumn("after: first source", **link)})
    st.header("The shifts in words")
    st.text("\n".join(shift_lines(shifts)))
