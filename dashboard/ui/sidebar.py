"""The filters every page shares, read from and written to the URL through FilterState.

One codec: the URL is parsed by :meth:`FilterState.from_query` (which drops what it does
not understand and says so in its notes) and written by :meth:`FilterState.to_query`, the
pair the tests check. Each run:

1. the state to show is the URL's when the URL changed from outside (a link was opened),
   else the state kept in the session (a page switch empties the URL, not the session);
   a widget the user changes updates that kept state in its callback, before the run;
2. that state is put into the widgets, which are then drawn (no ``bind``: Streamlit's
   binding would write the shown names, not the codes, and skip our checks);
3. the widgets' values make the returned state, written back to the URL when it differs.

The widgets never hold the truth alone: a value the browser drops or resends stale (it can,
around page switches) is put back from the kept state on the next run.

Coded filters show names (country ``CHN`` as "China", type ``violent_clash`` as "violent
clash", language ``fr`` as "French"); the URL keeps the codes.

The crisis comes first (:func:`chosen_crisis`, before the data is loaded): ``crisis=`` of a
link, read by the same codec, else the one kept in the session, else the configured
default. Choosing another crisis in the sidebar starts from its whole period with no
filter; a link without ``crisis=`` keeps naming none, so it still opens the default.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import streamlit as st

from dashboard.crisis import CrisisPack
from dashboard.filters import (
    DEFAULT_REVIEW,
    LIST_FILTERS,
    REVIEW_CHOICES,
    FilterState,
    day_range,
    filter_options,
    known_values,
)

_PHASE_KEY = "phase"
_CRISIS_KEY = "crisis"
_WHOLE = "Whole data set"
_STATE_KEY = "_filters"  # the last state shown (a page switch clears the URL, not this)
_URL_KEY = "_filters_url"  # the query parameters last written
WIDGET_KEYS = ("from", "to", "extracted", "review", *(key for key, *_ in LIST_FILTERS))
_LABELS = {"actor": "Actor", "country": "Actor country", "type": "Event type",
           "issue": "Issue", "stance": "Stance", "lang": "Source language"}
_REVIEW_LABELS = {"accepted": "Accepted", "pending": "Waiting for review",
                  "all": "Both"}


def chosen_crisis(crises: dict[str, CrisisPack], default: str) -> str:
    """The id of the crisis to show this run: a new link's ``crisis=`` (through
    :meth:`FilterState.from_query`; an unknown one shows the default, and
    :func:`render_filters` says so), else the crisis kept in the session, else
    ``default``."""
    url, written = _url(), st.session_state.get(_URL_KEY)
    if url and url != written:
        chosen = FilterState.from_query({"crisis": url.get("crisis", [])},
                                        {"crisis": frozenset(crises)}).crisis
    else:
        chosen = st.session_state.get(_STATE_KEY, FilterState()).crisis
    return chosen if chosen in crises else default


def render_filters(events: pd.DataFrame, labels: dict[str, dict[str, str]],
                   crisis: CrisisPack, crises: dict[str, CrisisPack],
                   options: dict[str, list[str]] | None = None,
                   bounds: tuple[date, date] | None = None) -> FilterState:
    """Draw the crisis selector and the sidebar filters; return the state they describe.

    ``labels`` gives display names of coded values by query key (``country``, ``lang``,
    ``type``, ``issue``); ``crisis`` is the crisis shown (its phases and issues), one of
    ``crises``. The returned state carries the notes of a link that was just parsed
    (values dropped, dates swapped or moved, a long link cut, an unknown crisis).
    ``options`` and ``bounds`` are given by a large store, which has no events frame.
    """
    bounds = bounds or _bounds(events, crisis)
    options = options or filter_options(events, crisis.issue_codes)
    known = {**known_values(options, crisis.issue_codes), "crisis": frozenset(crises)}
    incoming = _incoming(known, bounds)
    _to_widgets(incoming, bounds, crisis)
    values = _draw_widgets(crisis, crises, options, labels, bounds)
    shown = _with_day(_widget_state(bounds, {**values, "crisis": incoming.crisis}),
                      incoming, bounds)
    # Through the codec too, so dates picked the wrong way round are swapped and said so.
    state = FilterState.from_query(shown.to_query(), known, bounds)
    state = replace(state, notes=tuple(dict.fromkeys(incoming.notes + state.notes)))
    _to_url(state)
    return state


def _draw_widgets(crisis: CrisisPack, crises: dict[str, CrisisPack],
                  options: dict[str, list[str]], labels: dict[str, dict[str, str]],
                  bounds: tuple[date, date]) -> dict[str, object]:
    """Draw the sidebar's widgets; return their values by query key (``from``, ``to``,
    the list filters, ``extracted``, ``review``)."""
    phases = [_WHOLE, *(phase.label for phase in crisis.phases)]
    if st.session_state.get(_PHASE_KEY) not in phases:  # another crisis's phase
        st.session_state[_PHASE_KEY] = _WHOLE
    with st.sidebar:
        st.selectbox("Crisis", list(crises), key=_CRISIS_KEY, on_change=_crisis_changed,
                     format_func=lambda crisis_id: crises[crisis_id].title,
                     help="Which crisis every page shows; the link names it as crisis=.")
        st.header("Filters")
        st.selectbox(
            "Crisis phase", phases,
            key=_PHASE_KEY, on_change=_apply_phase, args=(*bounds, crisis.phases),
            help=f"Sets the date range to one phase of {crisis.description}.")
        # value=None: the widgets take their value from the session state set above (a
        # default would clash with it); a cleared date means "no bound".
        start = st.date_input("From", value=None, min_value=bounds[0], max_value=bounds[1],
                              key="from", format="YYYY-MM-DD", on_change=_changed, args=bounds)
        end = st.date_input("To", value=None, min_value=bounds[0], max_value=bounds[1],
                            key="to", format="YYYY-MM-DD", on_change=_changed, args=bounds)
        chosen = {key: _multi(key, options, labels.get(key, {}), bounds)
                  for key, *_ in LIST_FILTERS}
        extracted = st.toggle(
            "Include machine-extracted events", key="extracted", on_change=_changed,
            args=bounds,
            help="Events found by the extractor in data/articles, with their confidence.")
        review = st.segmented_control(
            "Review", list(REVIEW_CHOICES), key="review", format_func=_REVIEW_LABELS.get,
            on_change=_changed, args=bounds,
            help="Accepted: curated events and machine events a person accepted or "
                 "edited. Waiting for review: machine events nobody has reviewed yet. "
                 "Rejected events are shown nowhere.")
    return {"from": start, "to": end, **chosen, "extracted": extracted, "review": review}


def _widget_state(bounds: tuple[date, date], values: dict) -> FilterState:
    """The state widget values describe (a date at the data's bound is no bound)."""
    start, end = values.get("from"), values.get("to")
    return FilterState(
        crisis=values.get("crisis") or "",
        date_from=start if start and start != bounds[0] else None,
        date_to=end if end and end != bounds[1] else None,
        **{attr: tuple(values.get(key) or ()) for key, attr, *_ in LIST_FILTERS},
        include_extracted=bool(values.get("extracted", True)),
        review=values.get("review") or DEFAULT_REVIEW)


def _changed(first: date, last: date) -> None:
    """Callback of every filter widget: keep the state the widgets now describe."""
    kept = st.session_state.get(_STATE_KEY, FilterState())
    values = {"from": kept.date_from or first, "to": kept.date_to or last,
              "extracted": kept.include_extracted, "review": kept.review,
              "crisis": kept.crisis,
              **{key: list(getattr(kept, attr)) for key, attr, *_ in LIST_FILTERS}}
    # the widgets' values, and the kept one for a widget value the browser did not send
    values.update({key: st.session_state[key] for key in WIDGET_KEYS if key in st.session_state})
    st.session_state[_STATE_KEY] = _with_day(_widget_state((first, last), values), kept,
                                             (first, last))


def _with_day(state: FilterState, kept: FilterState, bounds: tuple[date, date]) -> FilterState:
    """``state`` with the map's day and switch of ``kept`` (the map page sets them, not
    the sidebar); a day the new range leaves out is moved to the range's nearer end."""
    if not kept.day:
        return replace(state, day=None, cumulative=kept.cumulative)
    first, last = day_range(state, bounds)
    return replace(state, day=min(max(kept.day, first), last), cumulative=kept.cumulative)


def keep_day(day: date | None, cumulative: bool) -> None:
    """Set the map's day and its switch (a callback of the map page's controls); the
    next run writes them to the URL through the codec, like every filter."""
    kept = st.session_state.get(_STATE_KEY, FilterState())
    st.session_state[_STATE_KEY] = replace(kept, day=day, cumulative=cumulative, notes=())


def _crisis_changed() -> None:
    """Callback of the crisis selector: the new crisis, whole period, no filter."""
    st.session_state[_STATE_KEY] = FilterState(crisis=st.session_state[_CRISIS_KEY])
    st.session_state[_PHASE_KEY] = _WHOLE


def _url() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _incoming(known: dict[str, frozenset[str]], bounds: tuple[date, date]) -> FilterState:
    """The state to put into the widgets this run: the link's when it is new, else the
    one kept in the session (the widgets' callbacks keep it up to date)."""
    url, written = _url(), st.session_state.get(_URL_KEY)
    if url and url != written:  # a link opened, or the URL edited
        return FilterState.from_query(url, known, bounds)
    return replace(st.session_state.get(_STATE_KEY, FilterState()), notes=())


def _to_widgets(state: FilterState, bounds: tuple[date, date], crisis: CrisisPack) -> None:
    """Put ``state`` into the widgets' session state, before they are drawn."""
    st.session_state[_CRISIS_KEY] = crisis.id
    first, last = bounds
    st.session_state["from"] = min(max(state.date_from or first, first), last)
    st.session_state["to"] = max(min(state.date_to or last, last), first)
    for key, attr, *_ in LIST_FILTERS:
        st.session_state[key] = list(getattr(state, attr))
    st.session_state["extracted"] = state.include_extracted
    st.session_state["review"] = state.review


def _multi(key: str, options: dict[str, list[str]], names: dict[str, str],
           bounds: tuple[date, date]) -> list[str]:
    """A multiselect of the codes of ``key``, shown under their ``names``; a chosen code
    with no event here (a vocabulary code) is offered while it is chosen."""
    offered = options[key] + [v for v in st.session_state.get(key) or []
                              if v not in options[key]]
    return st.multiselect(_LABELS[key], offered, key=key, placeholder="All",
                          format_func=lambda code: names.get(code, code),
                          on_change=_changed, args=bounds)


def _to_url(state: FilterState) -> None:
    """Write ``state`` to the URL when it differs, and keep it for the next page switch."""
    query = {key: [value] if isinstance(value, str) else list(value)
             for key, value in state.to_query().items()}
    if _url() != query:
        st.query_params.from_dict(query)
    st.session_state[_URL_KEY] = query
    st.session_state[_STATE_KEY] = replace(state, notes=())


def _bounds(events: pd.DataFrame, crisis: CrisisPack) -> tuple[date, date]:
    """First and last day of the data (the crisis's period when nothing is dated)."""
    dated = events["date"].dropna()
    if dated.empty:
        return crisis.period
    return dated.min().date(), dated.max().date()


def _apply_phase(first: date, last: date, phases: tuple) -> None:
    """Callback: copy the chosen phase's dates into the date widgets (and so the URL)."""
    label = st.session_state[_PHASE_KEY]
    for phase in phases:
        name, start, end = phase.label, phase.start, phase.end
        if name == label:
            st.session_state["from"] = min(max(start, first), last)
            st.session_state["to"] = max(min(end, last), first)
            break
    else:
        st.session_state["from"], st.session_state["to"] = first, last
    _changed(first, last)
