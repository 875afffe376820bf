"""The keyboard-focus ring: added to pages, and to nothing else."""

import pytest

from dashboard.ui.focus import FOCUS_STYLE, FocusRing
from tests.test_preload import PAGE, _inner, _serve


def test_focus_ring_is_added_to_the_page():
    status, headers, body = _serve(FocusRing(_inner()))
    assert status == 200
    assert body == PAGE.replace(b"</head>", FOCUS_STYLE + b"</head>")
    assert headers[b"content-length"] == str(len(body)).encode()
    assert b":focus-visible{outline:3px solid" in FOCUS_STYLE


@pytest.mark.parametrize(("path", "method", "content_type"), [
    ("/_stcore/health", "GET", b"text/html"),
    ("/static/js/x.js", "GET", b"text/javascript"),
    ("/", "POST", b"text/html"),
    ("/", "GET", b"application/json"),
])
def test_focus_ring_leaves_other_responses_alone(path, method, content_type):
    _, _, body = _serve(FocusRing(_inner(content_type=content_type)), path, method)
    assert body == PAGE


def test_focus_vendored_axe_core_is_the_recorded_release():
    # The browser tests inject this file; its README records version and checksum.
    import hashlib

    from tests.conftest import ROOT

    folder = ROOT / "tests" / "vendor" / "axe-core"
    script = (folder / "axe.min.js").read_bytes()
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert script.startswith(b"/*! axe v4.14.1")
    assert hashlib.sha256(script).hexdigest() in readme
    assert "Mozilla Public License" in (folder / "LICENSE").read_text(encoding="utf-8")
