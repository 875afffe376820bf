"""serve.py's middleware closing Streamlit's internal metrics endpoint."""

from __future__ import annotations

import asyncio

import pytest

from dashboard.ui.guard import ClosedPaths


def _request(path: str, kind: str = "http") -> tuple[int | None, bool]:
    """(status sent, whether the inner app was reached) for one request to ``path``."""
    sent, reached = [], []

    async def inner(scope, receive, send):
        reached.append(scope["path"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": kind, "method": "GET", "path": path, "headers": []}
    asyncio.run(ClosedPaths(inner)(scope, receive, send))
    return sent[0]["status"], bool(reached)


@pytest.mark.parametrize(("path", "status", "reached"), [
    ("/_stcore/metrics", 404, False),
    ("/_stcore/metrics/", 404, False),
    ("/dashboard/_stcore/metrics", 404, False),  # under a base URL path
    ("/_stcore/health", 200, True),
    ("/_stcore/host-config", 200, True),
    ("/", 200, True),
    ("/timeline", 200, True),
])
def test_guard_closes_the_metrics_endpoint_only(path, status, reached):
    assert _request(path) == (status, reached)
