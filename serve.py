"""Serve the dashboard: ``streamlit run serve.py`` (what ``make run`` does).

The same app as ``streamlit run app.py``, plus two things that make the first page draw
sooner (measured by benchmarks/bench_dashboard.py), and one that closes an internal endpoint:

- a start-up hook: while the browser is still loading Streamlit's page, a background thread
  imports the libraries and fills the data caches;
- a middleware that has the browser load the chart library while it waits for the server's
  first answer (see dashboard/ui/preload.py);
- a middleware that answers 404 for ``/_stcore/metrics``, which lists internal function
  names and cache sizes (see dashboard/ui/guard.py);
- a middleware that adds a visible keyboard-focus ring to the page (dashboard/ui/focus.py).
"""

import threading
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from dashboard.ui.focus import FocusRing
from dashboard.ui.guard import ClosedPaths
from dashboard.ui.preload import EarlyChartImport


def _warm_up() -> None:
    # Imported here, not at the top: the import itself is part of the work to take off
    # the server's start.
    from dashboard.ui.data import warm_up

    warm_up()


@asynccontextmanager
async def _lifespan(_app):
    threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
    yield


app = st.App(Path(__file__).with_name("app.py"), lifespan=_lifespan,
             middleware=[Middleware(ClosedPaths), Middleware(EarlyChartImport),
                         Middleware(FocusRing)])
