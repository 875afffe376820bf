"""Start the real app with `streamlit run` on 127.0.0.1, for browser tests and benchmarks."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags that keep Chromium from calling home; the test then sees every request it makes.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Server:
    """A running app: its base URL and the process id of the server."""

    url: str
    pid: int


@contextmanager
def running_server(env: dict[str, str] | None = None, timeout: float = 60.0,
                   script: str = "serve.py") -> Iterator[Server]:
    """Run the app in a subprocess and yield it once it answers its health check.

    ``script`` is serve.py (what ``make run`` starts) or app.py (the bare app, without
    serve.py's start-up helpers; the benchmark compares the two).
    """
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(ROOT / script),
               "--server.address", "127.0.0.1", "--server.port", str(port),
               "--server.headless", "true", "--browser.gatherUsageStats", "false"]
    log = open(os.devnull, "wb")  # noqa: SIM115 - closed in finally
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})},
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with status {process.returncode}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the app did not answer on {url}") from None
                time.sleep(0.02)
        yield Server(url, process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@contextmanager
def running_app(env: dict[str, str] | None = None, timeout: float = 60.0,
                script: str = "serve.py") -> Iterator[str]:
    """:func:`running_server`, yielding only the base URL."""
    with running_server(env, timeout, script) as server:
        yield server.url


def is_local(url: str, base: str) -> bool:
    """True for the app's own address and for in-page data: and blob: URLs."""
    return url.startswith((base, "data:", "blob:", "about:"))


def watched_page(browser, base: str):
    """A new context and page (1400 x 1000, downloads accepted) that record console
    errors in ``page.console_errors`` and requests leaving the app at ``base`` in
    ``page.foreign_requests``; the caller asserts both are empty and closes the context."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.console_errors, page.foreign_requests = [], []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    page.on("request", lambda r: is_local(r.url, base) or page.foreign_requests.append(r.url))
    return context, page


def open_dropdown(page, testid: str, label: str, tries: int = 5, settle=None) -> None:
    """Open the selectbox or multiselect (``testid`` ``stSelectbox`` or ``stMultiSelect``)
    labelled exactly ``label``, and wait for its options; ``settle(page)``, when given,
    runs before each click (e.g. until the app's run has finished).

    A click on the box now and then leaves it focused but closed (its list shut again by
    a rerun, or right after the page is drawn: seen in 2 of 18 scripted first clicks, and
    in 3 of 5 runs of the test that picks an event type); the box is clicked again then,
    as a reader would.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator(f"[data-testid='{testid}']").filter(
        has=page.get_by_text(label, exact=True)).first
    for _ in range(tries):
        if settle is not None:
            settle(page)
        box.get_by_role("combobox").click()
        try:
            page.get_by_role("option").first.wait_for(timeout=5_000)
            return
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    raise AssertionError(f"the list of '{label}' did not open after {tries} clicks")
