"""Who may add and review events: open on loopback, signed-in editors elsewhere.

Viewing is always open. Adding articles and reviewing events change the data every viewer
sees, so on a shared deployment (the server listening on any address other than
loopback) they need a reviewer signed in through Streamlit's ``st.login`` with an OIDC
provider configured in ``.streamlit/secrets.toml``; without that configuration they are
switched off with :data:`SETUP_HELP`. Pure logic: the pages pass in the server address,
the secrets and the signed-in user.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass

# Keys Streamlit's OIDC sign-in needs in [auth] (directly or under a named provider).
AUTH_KEYS = ("client_id", "client_secret", "server_metadata_url")

SETUP_HELP = (
    "Adding and reviewing are switched off: this server is reachable from other machines "
    "and no sign-in is configured. Either serve on loopback only "
    "(`--server.address 127.0.0.1`, as `make run` does), or configure an OIDC provider for "
    "st.login in .streamlit/secrets.toml: an [auth] section with redirect_uri "
    "(https://YOUR-HOST/oauth2callback), cookie_secret, client_id, client_secret and "
    "server_metadata_url, and optionally [editors] emails = [...] to name who may edit. "
    "See the README, section 'Adding and reviewing events'.")


@dataclass(frozen=True)
class Access:
    """Whether this session may add and review, and why (``reason`` for the page)."""

    allowed: bool
    reason: str  # "loopback", "editor", "sign_in" (configured, not signed in), "not_editor",
    #              "not_configured"


def is_loopback(address: str | None) -> bool:
    """True when the server listens on loopback only (127.0.0.0/8, ``::1``, localhost).

    An empty address means every interface (Streamlit's default), which is not loopback.
    """
    address = (address or "").strip().strip("[]")
    if address.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def auth_configured(secrets: Mapping) -> bool:
    """True when the secrets hold an OIDC provider st.login can use.

    Streamlit reads ``[auth]`` with ``redirect_uri`` and ``cookie_secret``, and the
    provider's keys either in ``[auth]`` itself or in a named ``[auth.NAME]`` section.
    """
    auth = secrets.get("auth") if hasattr(secrets, "get") else None
    if not isinstance(auth, Mapping) or not auth.get("redirect_uri") \
            or not auth.get("cookie_secret"):
        return False
    if all(auth.get(key) for key in AUTH_KEYS):
        return True
    return any(isinstance(section, Mapping) and all(section.get(key) for key in AUTH_KEYS)
               for section in auth.values())


def editors(secrets: Mapping) -> frozenset[str]:
    """E-mail addresses allowed to edit (``[editors] emails``); empty = any signed-in user."""
    section = secrets.get("editors") if hasattr(secrets, "get") else None
    emails = section.get("emails", ()) if isinstance(section, Mapping) else ()
    return frozenset(str(e).strip().lower() for e in emails if str(e).strip())


def editing_access(address: str | None, secrets: Mapping, user: Mapping | None) -> Access:
    """May this session add articles and review events?

    Parameters
    ----------
    address : str
        The server's ``server.address``.
    secrets : mapping
        The app's secrets (``st.secrets``).
    user : mapping or None
        The signed-in user's claims (``st.user``): ``is_logged_in``, ``email``.
    """
    if is_loopback(address):
        return Access(True, "loopback")
    if not auth_configured(secrets):
        return Access(False, "not_configured")
    if not user or not user.get("is_logged_in"):
        return Access(False, "sign_in")
    allowed = editors(secrets)
    if allowed and str(user.get("email") or "").lower() not in allowed:
        return Access(False, "not_editor")
    return Access(True, "editor")


def reviewer_name(user: Mapping | None, typed: str = "") -> str:
    """The name recorded with a review: the signed-in user's, else the one typed."""
    if user and user.get("is_logged_in"):
        return str(user.get("name") or user.get("email") or user.get("sub") or "").strip()
    return " ".join(typed.split())[:80]
