"""The filters every page shares, bound to the URL's query parameters.

Each widget's key is its query parameter, so a filtered view is a link, and opening it
restores it. Dates, actors, stances and the extraction toggle use Streamlit's binding
(``bind="query-params"``). The filters whose values are codes shown under a name (country
``CHN`` as "China", type ``violent_clash`` as "violent clash", language ``fr`` as
"French") are kept in step with the URL here (:func:`_coded_multi`): Streamlit's binding
would write the shown names into the URL, and links with codes would stop working.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.filters import CRISIS_PHASES, FilterState
from dashboard.schema import EVENT_TYPES, ISSUES, STANCES
from dashboard.ui.data import source_languages

_PHASE_KEY = "phase"
_WHOLE = "Whole data set"


def render_filters(events: pd.DataFrame, labels: dict[str, dict[str, str]]) -> FilterState:
    """Draw the sidebar filters and return the state they describe.

    ``labels`` gives display names of coded values by query key (``country``, ``lang``,
    ``type``, ``issue``); the URL keeps the codes.
    """
    first, last = _bounds(events)
    with st.sidebar:
        st.header("Filters")
        st.selectbox(
            "Crisis phase", [_WHOLE, *(label for label, _, _ in CRISIS_PHASES)],
            key=_PHASE_KEY, on_change=_apply_phase, args=(first, last),
            help="Sets the date range to one phase of the January 2022 unrest.")
        start = st.date_input("From", value=first, min_value=first, max_value=last,
                              key="from", bind="query-params", format="YYYY-MM-DD")
        end = st.date_input("To", value=last, min_value=first, max_value=last,
                            key="to", bind="query-params", format="YYYY-MM-DD")
        actors = _multi("Actor", "actor", sorted(events["actor"].unique()))
        names = labels.get("country", {})
        countries = _coded_multi("Actor country", "country",
                                 sorted((c for c in events["actor_country"].unique() if c),
                                        key=lambda c: names.get(c, c)), names)
        types = _coded_multi("Event type", "type",
                             [t for t in EVENT_TYPES if t in set(events["event_type"])],
                             labels.get("type"))
        issues = _coded_multi("Issue", "issue",
                              [i for i in ISSUES if i in set(events["issue"])],
                              labels.get("issue"))
        stances = _multi("Stance", "stance", list(STANCES))
        langs = _coded_multi("Source language", "lang",
                             source_languages(events["source_language"]),
                             labels.get("lang"))
        extracted = st.toggle(
            "Include machine-extracted events", value=True, key="extracted",
            bind="query-params",
            help="Events found by the extractor in data/articles, with their confidence.")
    return FilterState(
        date_from=start if start and start != first else None,
        date_to=end if end and end != last else None,
        actors=tuple(actors), countries=tuple(countries), types=tuple(types),
        issues=tuple(issues), stances=tuple(stances), languages=tuple(langs),
        include_extracted=extracted)


def _multi(label: str, key: str, options: list[str]) -> list[str]:
    return st.multiselect(label, options, key=key, bind="query-params", placeholder="All")


def _coded_multi(label: str, key: str, options: list[str],
                 names: dict[str, str] | None) -> list[str]:
    """A multiselect showing ``names`` of coded options, with the codes in the URL.

    Codes in the URL win: they are put into the widget before it is drawn, so a link
    opens with them, and a widget value Streamlit drops (it can, when a page is switched
    while a run is still going) comes back from the URL. Without codes in the URL (page
    switches clear them) the widget keeps its value and writes it back to the URL. A
    change by the user goes to the URL at once (``on_change``), before the rerun reads it.
    """
    names = names or {}
    from_url = [c for c in dict.fromkeys(st.query_params.get_all(key)) if c in options]
    if from_url:
        st.session_state[key] = from_url
    chosen = st.multiselect(label, options, key=key, placeholder="All",
                            format_func=lambda code: names.get(code, code),
                            on_change=_write_url, args=(key,))
    _write_url(key)
    return chosen


def _write_url(key: str) -> None:
    """Put the codes chosen in widget ``key`` into the URL, or remove the parameter."""
    chosen = st.session_state.get(key) or []
    if chosen:
        st.query_params[key] = chosen
    elif key in st.query_params:
        del st.query_params[key]


def _bounds(events: pd.DataFrame) -> tuple[date, date]:
    dated = events["date"].dropna()
    if dated.empty:
        return date(2022, 1, 1), date(2022, 1, 31)
    return dated.min().date(), dated.max().date()


def _apply_phase(first: date, last: date) -> None:
    """Callback: copy the chosen phase's dates into the date widgets (and so the URL)."""
    label = st.session_state[_PHASE_KEY]
    for name, start, end in CRISIS_PHASES:
        if name == label:
            st.session_state["from"] = max(start, first)
            st.session_state["to"] = min(end, last)
            return
    st.session_state["from"], st.session_state["to"] = first, last

