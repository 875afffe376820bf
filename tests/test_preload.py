"""The early chart import: which chunk, which responses are edited, and how."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from dashboard.ui.preload import EarlyChartImport, add_to_head, chart_chunk, import_tag

PAGE = b"<html><head><title>t</title></head><body></body></html>"


def _serve(middleware_app, path="/", method="GET", headers=None):
    """Run one HTTP request through an ASGI app; return (status, headers, body, scope seen)."""
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path,
             "headers": headers or [(b"accept-encoding", b"gzip")]}
    asyncio.run(middleware_app(scope, receive, send))
    start = sent[0]
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return start["status"], dict(start["headers"]), body


def _inner(status=200, content_type=b"text/html", body=PAGE, pieces=1):
    """A stand-in for Streamlit: answers every request with ``body`` and records the scope."""

    async def app(scope, receive, send):
        app.scope = scope
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", content_type),
                                (b"content-length", str(len(body)).encode()),
                                (b"etag", b'"abc"')]})
        step = max(1, len(body) // pieces)
        parts = [body[i:i + step] for i in range(0, len(body), step)] or [b""]
        for number, part in enumerate(parts):
            await send({"type": "http.response.body", "body": part,
                        "more_body": number < len(parts) - 1})

    return app


def test_preload_chart_chunk_exists_in_installed_streamlit():
    # Fails when a Streamlit release renames its plotly chunk: the hint would silently stop.
    chunk = chart_chunk()
    assert chunk is not None
    assert chunk.startswith("PlotlyChart.") and chunk.endswith(".js")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (["PlotlyChart.abc123.js", "index.x.js"], "PlotlyChart.abc123.js"),
        (["index.x.js"], None),
        (["PlotlyChart.a.js", "PlotlyChart.b.js"], None),  # ambiguous: add nothing
    ],
)
def test_preload_chart_chunk_from_folder(tmp_path: Path, files, expected):
    for name in files:
        (tmp_path / name).write_text("//", encoding="utf-8")
    assert chart_chunk(tmp_path) == expected


def test_preload_chart_chunk_missing_folder(tmp_path: Path):
    assert chart_chunk(tmp_path / "nowhere") is None


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (b"<head></head>", b"<head><x></head>"),
        (b"<p>no head</p>", b"<p>no head</p>"),
        (b"<head></head></head>", b"<head><x></head></head>"),  # the first one only
    ],
)
def test_preload_add_to_head(html, expected):
    assert add_to_head(html, b"<x>") == expected


@pytest.mark.parametrize(("pieces", "path"), [
    (1, "/"), (4, "/"), (1, "/timeline"), (1, "/timeline/"),
    (1, "/dash/"), (1, "/dash/timeline"),  # under a base URL path
])
def test_preload_page_gets_the_import(pieces, path):
    inner = _inner(pieces=pieces)
    status, headers, body = _serve(EarlyChartImport(inner, chunk="PlotlyChart.abc.js"),
                                   path=path)
    tag = import_tag("PlotlyChart.abc.js")
    assert status == 200
    assert body == PAGE.replace(b"</head>", tag + b"</head>")
    assert headers[b"content-length"] == str(len(body)).encode()
    assert b"etag" not in headers  # the edited page is not the file the tag names
    # Asked uncompressed, so the page can be edited.
    assert all(key != b"accept-encoding" for key, _ in inner.scope["headers"])


@pytest.mark.parametrize(
    ("path", "method", "status", "content_type"),
    [
        ("/static/js/index.js", "GET", 200, b"text/html"),  # asset path
        ("/events", "GET", 200, b"text/html"),  # pages that open on a table or text:
        ("/positions/", "GET", 200, b"text/html"),  # the chunk would be evaluated for nothing
        ("/dash/about", "GET", 200, b"text/html"),
        ("/review", "GET", 200, b"text/html"),
        ("/_stcore/health", "GET", 200, b"text/html"),  # API path
        ("/", "HEAD", 200, b"text/html"),  # not a GET
        ("/", "GET", 304, b"text/html"),  # nothing to edit
        ("/", "GET", 200, b"application/json"),  # not a page
    ],
)
def test_preload_other_responses_pass_unchanged(path, method, status, content_type):
    inner = _inner(status=status, content_type=content_type)
    got_status, headers, body = _serve(EarlyChartImport(inner, chunk="PlotlyChart.abc.js"),
                                       path=path, method=method)
    assert (got_status, body) == (status, PAGE)
    assert headers[b"etag"] == b'"abc"'


def test_preload_without_chunk_changes_nothing():
    inner = _inner()
    middleware = EarlyChartImport(inner, chunk="")
    assert middleware.tag is None
    assert _serve(middleware)[2] == PAGE
    assert inner.scope["headers"] == [(b"accept-encoding", b"gzip")]


def test_preload_tag_is_relative_and_static():
    tag = import_tag("PlotlyChart.abc.js").decode()
    assert 'href="./static/js/PlotlyChart.abc.js"' in tag
    assert 'import("./static/js/PlotlyChart.abc.js")' in tag
    assert "http" not in tag
