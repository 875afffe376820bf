"""Close Streamlit's internal endpoints to the outside: an ASGI middleware for serve.py.

``/_stcore/metrics`` lists the names of the app's cached functions and their cache sizes
(Prometheus text) to anyone who asks; nothing of the dashboard needs it. :class:`ClosedPaths`
answers 404 for it, under any base URL path, before Streamlit sees the request. The bare
``streamlit run app.py`` has no middleware and leaves the endpoint open: run ``serve.py``
(what ``make run`` does) anywhere other than on your own machine.
"""

from __future__ import annotations

from dashboard.ui.preload import ASGIApp, Message, Receive, Send

# Paths answered with 404 (matched at the end of the path, so a base URL path is covered).
CLOSED_PATHS = ("/_stcore/metrics",)


class ClosedPaths:
    """ASGI middleware: 404 for :data:`CLOSED_PATHS`, every other request passed on."""

    def __init__(self, app: ASGIApp, closed: tuple[str, ...] = CLOSED_PATHS) -> None:
        self.app = app
        self.closed = closed

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        path = scope.get("path", "").rstrip("/")
        if scope["type"] == "http" and path.endswith(self.closed):
            await send({"type": "http.response.start", "status": 404,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                    (b"content-length", b"9")]})
            await send({"type": "http.response.body", "body": b"Not found"})
            return
        await self.app(scope, receive, send)
