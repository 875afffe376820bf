"""Regional Crisis Dashboard: the frame every page shares.

Page config, the shared sidebar filters, the navigation; the pages live in
dashboard/views/. Run with ``make run`` (or ``streamlit run app.py``).
"""

from pathlib import Path

import streamlit as st

from dashboard.ui import brief, context, data, daymap, editing, errors, sidebar

VIEWS = Path(__file__).parent / "dashboard" / "views"

loaded = False
with errors.guarded("the crisis packs"):  # an error shows an id, never a traceback
    crises = data.crises()
    crisis = crises[sidebar.chosen_crisis(crises, data.default_crisis())]
    loaded = True
if not loaded:
    st.stop()
st.set_page_config(page_title=crisis.title, page_icon="🗺️", layout="wide")

loaded = False
with errors.guarded("the data set"):
    dataset = data.dataset(crisis.id)
    state = sidebar.render_filters(dataset.events, dataset.labels, crisis, crises,
                                   dataset.options, dataset.bounds)
    brief.brief_button(context.build(dataset, state))
    editing.pending_count(crisis.id)
    loaded = True
if not loaded:
    st.stop()

# The default page is served at "/", so "/?from=...&to=..." opens the map.
map_page = st.Page(VIEWS / "map.py", title="Map", icon=":material/map:", default=True)
page = st.navigation([
    map_page,
    st.Page(VIEWS / "timeline.py", title="Timeline", icon=":material/timeline:",
            url_path="timeline"),
    st.Page(VIEWS / "positions.py", title="Positions", icon=":material/table_chart:",
            url_path="positions"),
    st.Page(VIEWS / "shifts.py", title="Stance shifts", icon=":material/swap_horiz:",
            url_path="shifts"),
    st.Page(VIEWS / "alignment.py", title="Alignment", icon=":material/hub:",
            url_path="alignment"),
    st.Page(VIEWS / "events.py", title="Events", icon=":material/list:", url_path="events"),
    st.Page(VIEWS / "about.py", title="About the data", icon=":material/info:",
            url_path="about"),
    st.Page(VIEWS / "add.py", title="Add articles", icon=":material/post_add:",
            url_path="add"),
    st.Page(VIEWS / "review.py", title="Review queue", icon=":material/fact_check:",
            url_path="review"),
])
if page.url_path != map_page.url_path:
    daymap.stop_playing()  # the map's play ends when the reader leaves the map
with errors.guarded(f"the {page.title} page"):  # the other pages keep working
    page.run()
