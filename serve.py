"""Serve the dashboard: ``streamlit run serve.py`` (what ``make run`` does).

The same app as ``streamlit run app.py``, plus a start-up hook: while the browser is still
loading Streamlit's page, a background thread imports the libraries and fills the data
caches, so the first page draws sooner (see benchmarks/bench_dashboard.py).
"""

import threading
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st


def _warm_up() -> None:
    # Imported here, not at the top: the import itself is part of the work to take off
    # the server's start.
    from dashboard.ui.data import warm_up

    warm_up()


@asynccontextmanager
async def _lifespan(_app):
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    yield


app = st.App(Path(__file__).with_name("app.py"), lifespan=_lifespan)
