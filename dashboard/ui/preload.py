"""Start loading the chart library while the server computes the first page.

Streamlit's frontend fetches its plotly.js chunk (``PlotlyChart.<hash>.js``, about 4.7 MB)
only when the first chart arrives over the websocket, and evaluating it takes about 0.5 s
in headless Chromium on a 2-core machine. The map and the timeline start with a chart, so
on those pages that wait is always paid, after the server's first script run.

:class:`EarlyChartImport` is an ASGI middleware for ``st.App`` (see serve.py). It adds one
static module script to the HTML page Streamlit serves, ``import("./static/js/PlotlyChart…")``,
so the browser evaluates the chunk while it waits for the server. The frontend's own import
later resolves to the same module and does not evaluate it again. Measured with
benchmarks/bench_dashboard.py: the first page is drawn ~0.5 s sooner.

Pages that open on a table (positions, events) or on text get no tag: there the chunk
would be evaluated for nothing (measured with benchmarks/bench_load.py, December 2026:
about 1 s of Chromium CPU per load of the positions page, a third of its cost). When the
user then opens a chart, the frontend imports the chunk as it always does.

If a Streamlit release renames the chunk, :func:`chart_chunk` finds nothing and the page is
served unchanged; ``tests/test_preload.py`` fails so the rename is noticed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Message, Receive, Send], Awaitable[None]]

# Requests under these prefixes never return the page HTML.
NOT_PAGES = ("/_stcore/", "/static/", "/media/", "/component/", "/app/static/")
# URL paths (app.py's ``url_path``) of the pages that show no chart when they open; matched
# on the last segment of the request path, so a base URL path changes nothing.
NO_CHART_PAGES = frozenset({"positions", "events", "about", "add", "review"})


def static_js_dir() -> Path | None:
    """Folder of Streamlit's frontend JavaScript chunks, found without importing Streamlit."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "static" / "static" / "js"


def chart_chunk(js_dir: Path | None = None) -> str | None:
    """File name of the frontend chunk holding plotly.js, or None when there is none."""
    js_dir = js_dir if js_dir is not None else static_js_dir()
    if js_dir is None or not js_dir.is_dir():
        return None
    found = sorted(path.name for path in js_dir.glob("PlotlyChart.*.js"))
    return found[0] if len(found) == 1 else None


def import_tag(chunk: str) -> bytes:
    """Markup that fetches ``chunk`` at once and evaluates it as soon as the page is parsed.

    The ``modulepreload`` link starts the download while the HTML is still being read (the
    script alone would wait for Streamlit's own module); the script then evaluates the
    chunk. Relative, like Streamlit's asset links, so it works under a base URL path too.
    """
    url = f"./static/js/{chunk}"
    return (f'<link rel="modulepreload" crossorigin href="{url}">'
            f'<script type="module">import("{url}")</script>').encode("ascii")


def add_to_head(html: bytes, tag: bytes) -> bytes:
    """``html`` with ``tag`` just before ``</head>``; unchanged if it has no head."""
    return html.replace(b"</head>", tag + b"</head>", 1)


class EarlyChartImport:
    """ASGI middleware adding :func:`import_tag` to every HTML page response.

    Only GET requests for a page that opens on a chart (not one of ``no_chart_pages``)
    outside Streamlit's asset and API paths are touched, and only when the response is a
    200 ``text/html``; anything else streams through unchanged. The request
    goes in without ``Accept-Encoding`` so the (6 kB) page comes back uncompressed and can be
    edited; assets and the websocket keep their compression.
    """

    def __init__(self, app: ASGIApp, chunk: str | None = None,
                 no_chart_pages: frozenset[str] = NO_CHART_PAGES) -> None:
        self.app = app
        chunk = chunk if chunk is not None else chart_chunk()
        self.tag = import_tag(chunk) if chunk else None
        self.no_chart_pages = no_chart_pages

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if (self.tag is None or scope["type"] != "http" or scope["method"] != "GET"
                or scope["path"].startswith(NOT_PAGES)
                or scope["path"].rstrip("/").rsplit("/", 1)[-1] in self.no_chart_pages):
            await self.app(scope, receive, send)
            return
        headers = [(key, value) for key, value in scope["headers"]
                   if key.lower() != b"accept-encoding"]
        await self.app({**scope, "headers": headers}, receive, _PageEditor(send, self.tag))


class _PageEditor:
    """The ``send`` of one response: holds an HTML page back, edits it, sends it whole."""

    def __init__(self, send: Send, tag: bytes) -> None:
        self.send = send
        self.tag = tag
        self.start: Message | None = None
        self.chunks: list[bytes] = []

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            if message["status"] == 200 and _is_html(message["headers"]):
                self.start = message
                return
        elif message["type"] == "http.response.body" and self.start is not None:
            self.chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = add_to_head(b"".join(self.chunks), self.tag)
            headers = [(key, value) for key, value in self.start["headers"]
                       if key.lower() not in (b"content-length", b"etag")]
            headers.append((b"content-length", str(len(body)).encode("ascii")))
            await self.send({**self.start, "headers": headers})
            await self.send({"type": "http.response.body", "body": body})
            return
        await self.send(message)


def _is_html(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(key.lower() == b"content-type" and value.startswith(b"text/html")
               for key, value in headers)
