"""Who may add and review: open on loopback, signed-in editors elsewhere, off otherwise."""

import pytest

from dashboard.access import auth_configured, editing_access, is_loopback, reviewer_name

AUTH = {"auth": {"redirect_uri": "https://dash.example.org/oauth2callback",
                 "cookie_secret": "s", "client_id": "c", "client_secret": "x",
                 "server_metadata_url": "https://id.example.org/.well-known/openid-configuration"}}
NAMED = {"auth": {"redirect_uri": "https://d/oauth2callback", "cookie_secret": "s",
                  "google": {k: "v" for k in ("client_id", "client_secret",
                                              "server_metadata_url")}}}
EDITORS = {**AUTH, "editors": {"emails": ["Ana@Example.org"]}}
ANA = {"is_logged_in": True, "email": "ana@example.org", "name": "Ana"}
BOB = {"is_logged_in": True, "email": "bob@example.org"}


@pytest.mark.parametrize(("address", "expected"), [
    ("127.0.0.1", True), ("127.0.1.1", True), ("localhost", True), ("::1", True),
    ("[::1]", True), ("0.0.0.0", False), ("", False), (None, False), ("10.0.0.5", False),
    ("dash.example.org", False),
])
def test_access_is_loopback(address, expected):
    assert is_loopback(address) is expected


@pytest.mark.parametrize(("secrets", "expected"), [
    (AUTH, True), (NAMED, True), ({}, False),
    ({"auth": {**AUTH["auth"], "cookie_secret": ""}}, False),
    ({"auth": {"redirect_uri": "r", "cookie_secret": "s", "google": {"client_id": "c"}}}, False),
])
def test_access_auth_configured(secrets, expected):
    assert auth_configured(secrets) is expected


@pytest.mark.parametrize(("address", "secrets", "user", "allowed", "reason"), [
    ("127.0.0.1", {}, None, True, "loopback"),
    ("0.0.0.0", {}, None, False, "not_configured"),
    ("0.0.0.0", {}, ANA, False, "not_configured"),
    ("0.0.0.0", AUTH, {"is_logged_in": False}, False, "sign_in"),
    ("0.0.0.0", AUTH, BOB, True, "editor"),
    ("0.0.0.0", EDITORS, ANA, True, "editor"),
    ("0.0.0.0", EDITORS, BOB, False, "not_editor"),
])
def test_access_editing_access(address, secrets, user, allowed, reason):
    access = editing_access(address, secrets, user)
    assert (access.allowed, access.reason) == (allowed, reason)


@pytest.mark.parametrize(("user", "typed", "name"), [
    (ANA, "someone", "Ana"), (BOB, "", "bob@example.org"), (None, "  Jo   Doe ", "Jo Doe"),
    ({"is_logged_in": False}, "Li", "Li"),
])
def test_access_reviewer_name(user, typed, name):
    assert reviewer_name(user, typed) == name
