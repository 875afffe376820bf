"""Who is editing: the gate of the Add and Review pages, the reviewer's name, the store.

Adding and reviewing are open when the server listens on loopback; elsewhere they need a
reviewer signed in with ``st.login`` (see :mod:`dashboard.access`). The reviewer's name
comes from the sign-in, else from a name typed once per session in the sidebar.
"""

from __future__ import annotations

import streamlit as st

from dashboard.access import SETUP_HELP, editing_access, reviewer_name
from dashboard.db import Store, open_store

_NAME_KEY = "reviewer_name"  # kept across pages (widget state is not)
_NAME_WIDGET = "reviewer_name_input"


def store() -> Store:
    """The store the dashboard reads (``DATABASE_URL``, else the local SQLite file)."""
    return open_store()


def _secrets() -> dict:
    """The app's secrets, or nothing when no secrets.toml exists."""
    return st.secrets.to_dict() if st.secrets.load_if_toml_exists() else {}


def _user() -> dict:
    try:
        return st.user.to_dict()
    except (AttributeError, KeyError):
        return {}


def gate() -> str | None:
    """Stop the page unless this session may edit; return the reviewer's name.

    Draws the sign-in controls when a provider is configured, the set-up help when none
    is, and the name field when nobody is signed in on a loopback server. Returns ``None``
    while no name is known yet (the page can show but not save).
    """
    secrets, user = _secrets(), _user()
    access = editing_access(st.get_option("server.address"), secrets, user)
    if access.reason == "not_configured":
        st.warning(SETUP_HELP, icon=":material/lock:")
        st.stop()
    if access.reason == "sign_in":
        st.info("Adding and reviewing events needs a signed-in editor.", icon=":material/lock:")
        st.button("Sign in", on_click=st.login, icon=":material/login:")
        st.stop()
    if access.reason == "not_editor":
        st.warning("You are signed in, but not as one of this dashboard's editors.",
                   icon=":material/lock:")
        st.button("Sign out", on_click=st.logout)
        st.stop()
    if access.reason == "editor":
        with st.sidebar:
            st.caption("Signed in as")
            st.text(reviewer_name(user))
            st.button("Sign out", on_click=st.logout, key="sign-out")
        return reviewer_name(user)
    return _typed_name()


def _typed_name() -> str | None:
    """The name typed in the sidebar, asked once per session."""
    st.session_state.setdefault(_NAME_KEY, "")
    st.session_state[_NAME_WIDGET] = st.session_state[_NAME_KEY]
    with st.sidebar:
        st.text_input("Your name (recorded with each review)", key=_NAME_WIDGET,
                      max_chars=80, on_change=_keep_name,
                      help="Kept for this session and written to the audit trail with "
                           "every accept, edit and reject.")
    return reviewer_name(None, st.session_state[_NAME_KEY]) or None


def _keep_name() -> None:
    st.session_state[_NAME_KEY] = st.session_state[_NAME_WIDGET]


def pending_count(crisis: str | None = None) -> None:
    """The number of machine events of the crisis waiting for review, in the sidebar."""
    count = store().pending_count(crisis)
    with st.sidebar:
        st.caption(f"{count:,} machine event{'s' if count != 1 else ''} waiting for review"
                   if count else "No machine event waits for review")
