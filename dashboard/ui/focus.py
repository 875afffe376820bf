"""A visible focus ring on every control, for people who move through the page by keyboard.

Streamlit draws no focus indicator on several of its controls (the navigation links, the
date fields, the tables' toolbar buttons: ``outline: none`` and no shadow), so a keyboard
user cannot see where they are. :class:`FocusRing` is an ASGI middleware for ``st.App``
(see serve.py) that adds one fixed style sheet to the page Streamlit serves: a 3 px dark
blue outline on whatever has keyboard focus (``:focus-visible``, so mouse clicks do not
draw it). The style is a constant of this module; nothing from data reaches it.
"""

from __future__ import annotations

from dashboard.ui.preload import NOT_PAGES, ASGIApp, Message, Receive, Send, _PageEditor

# #1c4f9c on white is 8.2:1, and 3:1 or more against every stance colour of the tables.
FOCUS_COLOUR = "#1c4f9c"
FOCUS_STYLE = (
    "<style>:focus-visible{outline:3px solid " + FOCUS_COLOUR + " !important;"
    "outline-offset:1px !important}</style>").encode("ascii")


class FocusRing:
    """ASGI middleware adding :data:`FOCUS_STYLE` to every HTML page response.

    Touches what :class:`dashboard.ui.preload.EarlyChartImport` touches (GET pages, 200
    ``text/html``) and nothing else.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or \
                scope["path"].startswith(NOT_PAGES):
            await self.app(scope, receive, send)
            return
        headers = [(key, value) for key, value in scope["headers"]
                   if key.lower() != b"accept-encoding"]
        await self.app({**scope, "headers": headers}, receive, _PageEditor(send, FOCUS_STYLE))
