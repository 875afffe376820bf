"""A page that fails says so in a sentence, with an error id; the details go to the log.

``client.showErrorDetails`` is off (.streamlit/config.toml), so an uncaught error shows no
traceback; :func:`guarded` goes further: it catches the error of one part of the frame or
one page, logs it with its traceback under a short id, and shows a friendly message with
that id, so the sidebar and the other pages keep working and a user can quote the id.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

LOG = logging.getLogger("dashboard")


def error_id() -> str:
    """A short random id that ties the message a user sees to the log line."""
    return uuid.uuid4().hex[:10]


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Run the block; on an error, log it under an id and show a short message instead.

    Streamlit's own control flow (``st.rerun``, ``st.stop``, page switches) raises
    ``BaseException`` subclasses, which pass through untouched.
    """
    try:
        yield
    except Exception:
        ident = error_id()
        LOG.exception("%s failed (error id %s)", what, ident)
        st.error(f"Sorry, {what} could not be shown because of an internal error "
                 f"(error id {ident}). The other pages still work; if this persists, "
                 "please report the error id.", icon=":material/error:")
