"""The cache wrappers: every expensive load happens here, once per process.

Filtering is cheap and is not cached; see :mod:`dashboard.filters`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pycountry
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard import crisis as packs
from dashboard import store
from dashboard.crisis import CrisisPack
from dashboard.db import load as db_load
from dashboard.db import open_store
from dashboard.db.engine import database_url
from dashboard.positions import GROUP_ORDER_ATTR
from dashboard.schema import EVENT_TYPES, RowError, split_sources, vocabulary_label

# Folders can be pointed elsewhere (benchmarks, tests).
EVENTS_DIR_ENV = store.EVENTS_DIR_ENV
ARTICLES_DIR_ENV = "CRISIS_ARTICLES_DIR"


@dataclass(frozen=True)
class Dataset:
    """Everything the pages show of one crisis, loaded once."""

    events: pd.DataFrame
    errors: tuple[RowError, ...]
    files: tuple[str, ...]
    # Display names of coded filter values, by query key: ``{"country": {"CHN": "China"}}``.
    labels: dict[str, dict[str, str]]
    # Names this load of the data (the store and its version): the key of the
    # figures cached for it (ui/figures.py).
    key: str = ""
    # A large store (dashboard/ui/large.py): DuckDB answers the filters, ``events`` is
    # empty, and the filters' options and date bounds come from here.
    columnar: object | None = None
    options: dict[str, list[str]] | None = None
    bounds: tuple | None = None
    crisis: CrisisPack = field(default_factory=packs.default_pack)


def crises() -> dict[str, CrisisPack]:
    """Every crisis pack by id (:func:`dashboard.crisis.available`, read once)."""
    return packs.available()


def default_crisis() -> str:
    """The id of the crisis a link without ``crisis=`` opens (configuration)."""
    return packs.default_id()


def events_dir(crisis: str | None = None) -> Path:
    return store.configured_events_dir(crisis)


def articles_dir(crisis: str | None = None) -> Path | None:
    """The sample articles' folder: it belongs to the default crisis; others have none."""
    if crisis and crisis != default_crisis():
        return None
    return Path(os.environ.get(ARTICLES_DIR_ENV) or store.ARTICLES_DIR)


@st.cache_resource(show_spinner="Loading events…", max_entries=4)
def load_dataset(url: str, version: int, crisis_id: str, _loads: dict) -> Dataset:
    """The events of one crisis in the store, with display groups and labels.

    Cached as a resource (one shared object, never copied): pages only read it. A write
    to the store raises its ``version``, so the next rerun reads it again.
    """
    crisis = crises()[crisis_id]
    key = hashlib.sha256(repr((url, version, crisis_id)).encode()).hexdigest()[:20]
    from dashboard import columnar
    from dashboard.ui import large

    if large.shown_count(open_store(url), crisis_id) >= columnar.threshold():
        return large.dataset(url, version, _loads, key, crisis)
    result = db_load.shown_events(open_store(url), _loads, crisis_id)
    events = result.events
    names = country_names(events["actor_country"], crisis_id)
    events = store.add_actor_groups(events, actor_groups(crisis_id), names)
    events.attrs[GROUP_ORDER_ATTR] = list(crisis.group_order)  # read by positions.actor_order
    labels = {"country": names, "lang": language_names(events["source_language"]),
              "type": {code: vocabulary_label(code) for code in EVENT_TYPES},
              "issue": {code: crisis.issue_label(code) for code in crisis.issue_codes}}
    return Dataset(events, tuple(result.errors), tuple(result.files), labels, key,
                   crisis=crisis)


def dataset(crisis_id: str | None = None) -> Dataset:
    """The dataset of one crisis (default: the default crisis) in the configured store,
    after loading that crisis's folders into it.

    A folder whose files changed (or that another process loaded over) is loaded again
    first, so edits show up on the next rerun without a restart; otherwise this costs a
    look at the files' sizes and times and two small queries.
    """
    crisis_id = crisis_id or default_crisis()
    url = database_url().render_as_string(hide_password=False)
    database = open_store(url)
    events, articles = events_dir(crisis_id), articles_dir(crisis_id)
    stale = db_load.stale_folders(database, events, articles, crisis_id)
    with (st.spinner("Loading events and extracting articles…") if stale and
          get_script_run_ctx() else contextlib.nullcontext()):
        loads = db_load.load_folders(database, events, articles, crisis=crisis_id)
    return load_dataset(url, database.version(), crisis_id, loads)


def actor_groups(crisis_id: str | None = None) -> dict[str, str]:
    """Canonical actor name -> display group, from the actor knowledge base (shared, and
    the crisis pack's additions)."""
    return {name: actor.group for name, actor in _actors(crisis_id).items() if actor.group}


def state_names(crisis_id: str | None = None) -> dict[str, str]:
    """ISO3 code -> the canonical name of that state as an actor (``RUS`` -> ``Russia``)."""
    return {actor.country: name for name, actor in _actors(crisis_id).items()
            if actor.kind == "state"}


@st.cache_resource
def _actors(crisis_id: str | None = None) -> dict:
    """The actor knowledge base of a crisis (default: the default crisis), read and
    validated once per process."""
    from dashboard.knowledge import load_actor_book

    try:
        folder = crises()[crisis_id or default_crisis()].folder
        return load_actor_book(extra=[folder]).actors
    except (OSError, ValueError):
        return {}


def country_names(codes: pd.Series, crisis_id: str | None = None) -> dict[str, str]:
    """ISO3 code -> short English name (``INT`` -> ``International``).

    The name a state has as an actor comes first, so the filter says "Russia" as the
    actor groups do; other codes take pycountry's common or short name.
    """
    names = {"INT": "International"}
    states = state_names(crisis_id)
    for code in codes.dropna().unique():
        if code and code not in names:
            country = pycountry.countries.get(alpha_3=code)
            names[code] = states.get(code) or (getattr(country, "common_name", None) or getattr(
                country, "name", code) if country else code)
    return names


def source_languages(cells: pd.Series) -> list[str]:
    """Every language a source is in, sorted (a ``source_language`` cell holds one code
    per source)."""
    return sorted({code for cell in cells.dropna().unique()
                   for code in split_sources(cell) if code})


def language_names(cells: pd.Series) -> dict[str, str]:
    """ISO 639-1 code of every source language -> its English name (``fr`` -> ``French``).

    An unknown code keeps its code as name.
    """
    names = {}
    for code in source_languages(cells):
        language = pycountry.languages.get(alpha_2=code)
        names[code] = language.name if language else code
    return names


@st.cache_resource
def boundaries(crisis_id: str | None = None) -> tuple[dict, dict]:
    """The countries and regions GeoJSON of a crisis pack (default: the default crisis),
    parsed once."""
    files = crises()[crisis_id or default_crisis()].boundaries
    return (json.loads(files.countries.read_text("utf-8")),
            json.loads(files.regions.read_text("utf-8")))


def warm_up() -> None:
    """Import what the first page needs and fill the data caches, off the script thread.

    Called once at server start (serve.py), while the browser is still loading Streamlit's
    page. The cached loaders run here without a script context; Streamlit logs a warning for
    that ("can be ignored when running in bare mode"), which is silenced while this runs.
    """
    import dashboard.charts  # noqa: F401 - imported for its side effect: loaded modules
    import dashboard.positions  # noqa: F401
    import dashboard.ui.sidebar  # noqa: F401
    import dashboard.ui.widgets  # noqa: F401

    context_log = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")
    level = context_log.level
    context_log.setLevel(logging.ERROR)
    try:
        dataset()
        boundaries()
    finally:
        context_log.setLevel(level)
