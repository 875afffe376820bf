"""The map page's day controls: day by day or the whole range, a day slider, a cumulative
switch and a play button that steps through the range.

The day lives in :class:`~dashboard.filters.FilterState` (``day=`` and ``cumulative=1`` in
the URL, read and written by the one codec). The controls never hold it alone: each run
puts the state's day into them before they are drawn, and their callbacks keep the new
day through :func:`dashboard.ui.sidebar.keep_day`, so the next run writes it to the URL.

Play is honest and offline: while it is on, the page waits :data:`PLAY_SECONDS` after
the map is drawn (building the next day's map meanwhile, so each step only draws), moves
the day one step and reruns; it stops on the last day of the range or when *Pause* is
pressed (the click takes effect when the wait ends), or when another page is opened.
"""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, timedelta

import streamlit as st

from dashboard.filters import FilterState, day_range
from dashboard.ui import figures
from dashboard.ui.context import PageContext
from dashboard.ui.sidebar import keep_day

PLAY_SECONDS = 1.0  # pause between two days while playing
_BY_DAY, _DAY, _CUMULATIVE, _PLAYING = "map-by-day", "map-day", "map-cumulative", "map-playing"


def data_bounds(context: PageContext) -> tuple[date, date]:
    """First and last dated day of the data set (the sidebar's bounds; the crisis's
    period when nothing is dated)."""
    if context.dataset.bounds:  # a large store has no events frame (ui/large.py)
        return context.dataset.bounds
    dated = context.dataset.events["date"].dropna()
    if dated.empty:
        return context.dataset.crisis.period
    return dated.min().date(), dated.max().date()


def day_controls(context: PageContext) -> FilterState:
    """Draw the controls and return the state the map is drawn for this run."""
    state = context.state
    first, last = day_range(state, data_bounds(context))
    st.session_state[_BY_DAY] = state.day is not None
    st.session_state[_CUMULATIVE] = state.cumulative
    if state.day is not None:
        st.session_state[_DAY] = state.day
    # the last day ends the play: the button says so as that day is drawn
    playing = (bool(st.session_state.get(_PLAYING)) and state.day is not None
               and state.day < last)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.toggle("Day by day", key=_BY_DAY, on_change=_switched, args=(first,),
                  help="Show one day of the selected range at a time (or every event up "
                       "to that day), instead of the whole range.")
        st.toggle("Cumulative", key=_CUMULATIVE, on_change=_cumulative_changed,
                  disabled=state.day is None,
                  help="On: every event from the start of the range up to the day. Off: "
                       "the events of that day only.")
        st.button("Pause" if playing else "Play", key="map-play", on_click=_play,
                  args=(first, last), icon=":material/pause:" if playing
                  else ":material/play_arrow:", disabled=first == last,
                  help="Step through the range one day at a time, from the day shown.")
    if state.day is not None and first < last:
        st.slider("Day", min_value=first, max_value=last, step=timedelta(days=1), key=_DAY,
                  format="ddd D MMM YYYY", on_change=_day_changed)
    return state


def advance_when_playing(context: PageContext) -> None:
    """Called after the map is drawn: while playing, wait, move one day on and rerun."""
    state = context.state
    if not st.session_state.get(_PLAYING) or state.day is None:
        return
    last = day_range(state, data_bounds(context))[1]
    if state.day >= last:
        st.session_state[_PLAYING] = False
        return
    started = time.perf_counter()
    following = replace(state, day=state.day + timedelta(days=1))
    # The pause builds the next day's map (cached for every session): the step that
    # follows only draws it.
    figures.built(replace(context, state=following), "map")
    time.sleep(max(0.0, PLAY_SECONDS - (time.perf_counter() - started)))
    keep_day(following.day, state.cumulative)
    st.rerun()


def stop_playing() -> None:
    """Another page is shown: the play stops, and does not resume when the map is opened
    again (it would step on by itself, with no Play pressed)."""
    st.session_state[_PLAYING] = False


def _switched(first: date) -> None:
    on = bool(st.session_state[_BY_DAY])
    if not on:
        st.session_state[_PLAYING] = False
    keep_day(first if on else None, bool(st.session_state.get(_CUMULATIVE)))


def _day_changed() -> None:
    st.session_state[_PLAYING] = False  # a day picked by hand stops the play
    keep_day(st.session_state[_DAY], bool(st.session_state.get(_CUMULATIVE)))


def _cumulative_changed() -> None:
    keep_day(st.session_state.get(_DAY), bool(st.session_state[_CUMULATIVE]))


def _play(first: date, last: date) -> None:
    """Play from the day shown (from the first day when none is, or at the end); pause."""
    if st.session_state.get(_PLAYING):
        st.session_state[_PLAYING] = False
        return
    day = st.session_state.get(_DAY) if st.session_state.get(_BY_DAY) else None
    if day is None or not first <= day < last:
        day = first
    st.session_state[_PLAYING] = True
    keep_day(day, bool(st.session_state.get(_CUMULATIVE)))
