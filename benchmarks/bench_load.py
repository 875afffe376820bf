"""Load: concurrent browser sessions for a fixed time, and the time each page takes to be ready.

Starts the dashboard as ``make run`` does (``streamlit run serve.py``) on 127.0.0.1, opens
``--sessions`` browser contexts in one headless Chromium and has each load page after page
(a random page with a random filter link; every load is a new Streamlit session) until
``--seconds`` have passed. A page is ready when its filter sentence and its chart or table
are drawn. Prints the median and 95th percentile of the time to ready, the errors (load
timeouts, error messages on the page, server answers >= 500, script errors), and the
server's resident memory at the start, at its peak and at the end, and the server's CPU
time per page (a figure less sensitive than the times to other work on the machine: the
browser sessions share the cores with the server), and the CPU time Chromium (all its
processes) and this script with Playwright's driver used, per load. Target on the 2-core
development machine: p95 < 4 s with 10 sessions, 0 errors, memory growth bounded.

The sessions are contexts of one browser (each with its own cookies and cache, each load a
new tab and a new Streamlit session): ten separate browsers would add nine browser
processes to the machine the server runs on. A page is waited for by a DOM observer in
the page (:data:`READY`), not by polling.

``--navigate`` measures the other way people use the dashboard: each session opens one tab
(one Streamlit session, a random page and link; all tabs open before the clock and the CPU
counters start, since the first load is what the default mode measures) and then moves from
page to page with the sidebar's navigation links, as a reader does; each move is timed from
the click to the new page drawn (its address changed, the script finished, nothing stale
left on the page, its sentence and its chart or table shown). No page is reloaded, so the
browser does not parse Streamlit's bundle again for each step.

``--baseline`` serves benchmarks/baseline_app.py instead (a title, the sentence, a one-point
chart): the same run against the least a Streamlit page with a chart can cost, so the two
runs side by side say how much of the time the dashboard adds.

Bounded and self-stopping: each load gives up after ``--timeout`` seconds, no load starts
after ``--seconds``, the whole run is cancelled ``2 * --timeout`` seconds later at the latest,
and the server and the browser are stopped in every case.

    .venv/bin/python benchmarks/bench_load.py [--sessions 10] [--seconds 60] [--baseline]
                                              [--navigate]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.live_server import CHROMIUM, CHROMIUM_ARGS, running_server  # noqa: E402

# (path, what shows the page is drawn) and the filter links a session picks from.
PAGES = (("", ".js-plotly-plot .main-svg"), ("timeline", ".js-plotly-plot .main-svg"),
         ("positions", "[data-testid='stDataFrame']"), ("events", "[data-testid='stDataFrame']"))
LINKS = ("", "?from=2022-01-05&to=2022-01-07", "?country=RUS", "?type=statement",
         "?stance=oppose&lang=ru", "?issue=csto_deployment&extracted=0", "?from=2022-01-10")
BASELINE_PAGES = (("", ".js-plotly-plot .main-svg"),)  # benchmarks/baseline_app.py
FAILED = "[data-testid='stException'], [data-testid='stAlertContentError']"
# A page is ready when the app has finished its run with nothing left over from the page
# before (``settled``), the filter sentence is shown and the page's chart or table is drawn.
# Checked in the page by a DOM observer at each change (and every 0.25 s, for a change no
# DOM mutation shows), so the time is exact and the wait costs the browser next to nothing.
# Polling on every animation frame (Playwright's wait_for_function, used before) cost ~0.03
# CPU-s per waiting tab and second, which no reader's browser pays: 6 sessions, same
# machine load, 0.51 -> 0.40 Chromium CPU-s per move and twice the moves. Playwright's
# locators poll at up to 0.5 s intervals, too coarse for the time to ready.
READY = """([drawn, settled, timeout]) => new Promise((resolve, reject) => {
  const ready = () => {
    const app = document.querySelector('[data-testid=stApp]');
    if (settled && (app?.getAttribute('data-test-script-state') !== 'notRunning'
                    || document.querySelector('[data-stale="true"]'))) return false;
    const shown = document.querySelector(drawn);
    return !!shown && [...document.querySelectorAll('[data-testid=stText]')].some(
        e => /Showing [\\d,]+ events?/.test(e.textContent))
      && shown.checkVisibility({visibilityProperty: true})  // as Playwright's "visible"
      && shown.getBoundingClientRect().width > 0;
  };
  if (ready()) return resolve(true);
  const stop = () => { observer.disconnect(); clearInterval(slow); clearTimeout(timer); };
  const check = () => { if (ready()) { stop(); resolve(true); } };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, {subtree: true, childList: true,
                                              characterData: true, attributes: true});
  const slow = setInterval(check, 250);  // a change no mutation shows (layout, styles)
  const timer = setTimeout(() => { stop();
    reject(new Error(`not ready within ${timeout} ms`)); }, timeout);
})"""


async def until_ready(page, drawn: str, timeout_ms: float, settled: bool = True) -> None:
    """Wait until the page is ready (see READY), at most ``timeout_ms``."""
    await page.evaluate(READY, [drawn, settled, int(timeout_ms)])


@dataclass
class Results:
    """What the sessions measured."""

    ready: list[float] = field(default_factory=list)
    by_page: dict[str, list[float]] = field(default_factory=dict)  # path -> times to ready
    errors: list[str] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    server_cpu: float = 0.0  # CPU seconds the server used during the run
    browser_cpu: float = 0.0  # the same for Chromium (every process of it)
    driver_cpu: float = 0.0  # the same for this script and Playwright's driver
    load_before: float = 0.0  # the machine's 1-minute load average before the run
    load_after: float = 0.0


def rss_kb(pid: int) -> int:
    """Resident memory of process ``pid`` in kB (Linux /proc), 0 when unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _stat(pid: int | str) -> list[str]:
    """Fields of /proc/<pid>/stat after the command name (state is [0], ppid [1])."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def cpu_seconds(pid: int, reaped: bool = False) -> float:
    """User + system CPU time of process ``pid`` (Linux /proc), 0 when unreadable.

    With ``reaped``, the time of its children that ended and were waited for is added
    (Chromium's pages run in processes that end when the page closes).
    """
    try:
        fields = _stat(pid)
        ticks = sum(int(value) for value in fields[11:15 if reaped else 13])
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def descendants(root: int) -> list[int]:
    """Process ids of every living descendant of ``root`` (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                children.setdefault(int(_stat(entry.name)[1]), []).append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    found, todo = [], [root]
    while todo:
        kids = children.get(todo.pop(), [])
        found.extend(kids)
        todo.extend(kids)
    return found


def tree_cpu(root: int, server: int) -> tuple[float, float]:
    """(Chromium, the rest) CPU seconds of process ``root`` and its descendants, the
    ``server`` process left out. A descendant's children that ended and were waited for
    count too (Chromium's pages run in processes that end when the page closes)."""
    browser, rest = 0.0, cpu_seconds(root)
    for pid in descendants(root):
        if pid == server:
            continue
        try:
            name = Path(f"/proc/{pid}/comm").read_text()
        except OSError:
            continue
        if "chrom" in name:
            browser += cpu_seconds(pid, reaped=True)
        else:
            rest += cpu_seconds(pid, reaped=True)
    return browser, rest


async def load_once(context, url: str, rng: random.Random, timeout_ms: int,
                    results: Results, pages: tuple = PAGES) -> None:
    """Open one random page with a random link; record its time to ready or the error."""
    path, drawn = rng.choice(pages)
    link = rng.choice(LINKS)
    page = await context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda err: problems.append(f"script error: {err}"))
    page.on("response", lambda r: r.status >= 500 and problems.append(
        f"HTTP {r.status} {r.url}"))
    start = time.perf_counter()

    def left() -> float:  # one deadline for the whole load, in ms
        return max(1.0, timeout_ms - (time.perf_counter() - start) * 1000)

    try:
        await page.goto(f"{url}/{path}{link}", timeout=left())
        await until_ready(page, drawn, left(), settled=False)
        elapsed = time.perf_counter() - start
        if await page.locator(FAILED).count():
            problems.append(f"error shown on /{path}{link}")
    except Exception as err:  # noqa: BLE001 - a failed load is a result, not a crash
        problems.append(f"/{path}{link}: {type(err).__name__}: {str(err).splitlines()[0]}")
    finally:
        await page.close()
    if problems:
        results.errors.extend(problems)
    else:
        results.ready.append(elapsed)


async def navigate_once(page, rng: random.Random, timeout_ms: int, results: Results) -> None:
    """Move to another random page with the sidebar's link; record the time to ready."""
    here = page.url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    choices = [(path, drawn) for path, drawn in PAGES if path != here]
    path, drawn = rng.choice(choices)
    problems: list[str] = []
    start = time.perf_counter()

    def left() -> float:
        return max(1.0, timeout_ms - (time.perf_counter() - start) * 1000)

    target = f"[data-testid='stSidebarNav'] a[href$='/{path}']" if path else (
        "[data-testid='stSidebarNav'] a >> nth=0")
    try:
        await page.locator(target).first.click(timeout=left())
        await page.wait_for_url(lambda u: u.split("?")[0].rstrip("/").endswith(
            f"/{path}" if path else "") and (path or not any(
                u.split("?")[0].rstrip("/").endswith(f"/{p}") for p, _ in PAGES if p)),
            timeout=left())
        await until_ready(page, drawn, left())
        elapsed = time.perf_counter() - start
        if await page.locator(FAILED).count():
            problems.append(f"error shown on /{path}")
    except Exception as err:  # noqa: BLE001 - a failed step is a result, not a crash
        problems.append(f"-> /{path}: {type(err).__name__}: {str(err).splitlines()[0]}")
    if problems:
        results.errors.extend(problems)
    else:
        results.ready.append(elapsed)
        results.by_page.setdefault(f"/{path}", []).append(elapsed)


async def open_tab(browser, url: str, seed: int, timeout_ms: int, results: Results):
    """One reader's tab, opened on a random page and link before the timed run; None if
    it did not open (counted as an error)."""
    rng = random.Random(seed)
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    page.on("pageerror", lambda err: results.errors.append(f"script error: {err}"))
    try:
        path, drawn = rng.choice(PAGES)
        await page.goto(f"{url}/{path}{rng.choice(LINKS)}", timeout=timeout_ms)
        await until_ready(page, drawn, timeout_ms)
    except Exception as err:  # noqa: BLE001 - a tab that never opened is an error
        results.errors.append(f"first load: {type(err).__name__}: {str(err).splitlines()[0]}")
        await context.close()
        return None
    return context, page, rng


async def navigating_session(tab, stop_at: float, timeout_ms: int, results: Results) -> None:
    """One reader in one open tab: moves between pages until ``stop_at``."""
    context, page, rng = tab
    try:
        while time.monotonic() < stop_at:
            await navigate_once(page, rng, timeout_ms, results)
    finally:
        await context.close()


async def session(browser, url: str, seed: int, stop_at: float, timeout_ms: int,
                  results: Results, pages: tuple = PAGES) -> None:
    """One user: loads pages one after another until ``stop_at``."""
    rng = random.Random(seed)
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        while time.monotonic() < stop_at:
            await load_once(context, url, rng, timeout_ms, results, pages)
    finally:
        await context.close()


async def sample_memory(pid: int, results: Results, every: float = 1.0) -> None:
    while True:
        results.rss_kb.append(rss_kb(pid))
        await asyncio.sleep(every)


async def run(url: str, pid: int, sessions: int, seconds: float, timeout: float,
              pages: tuple = PAGES, navigate: bool = False) -> Results:
    from playwright.async_api import async_playwright

    results = Results()
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            warm = Results()  # one load first: the caches fill, as on any running server
            context = await browser.new_context()
            await load_once(context, url, random.Random(0), int(timeout * 1000), warm, pages)
            await context.close()
            results.errors.extend(warm.errors)
            tabs = []
            if navigate:  # the readers' tabs open before the clock starts
                tabs = await asyncio.gather(*(open_tab(browser, url, seed, int(timeout * 1000),
                                                       results)
                                              for seed in range(1, sessions + 1)))
            memory = asyncio.create_task(sample_memory(pid, results))
            results.load_before = os.getloadavg()[0]
            cpu_start = cpu_seconds(pid), *tree_cpu(os.getpid(), pid)
            stop_at = time.monotonic() + seconds
            if navigate:
                users = [navigating_session(tab, stop_at, int(timeout * 1000), results)
                         for tab in tabs if tab]
            else:
                users = [session(browser, url, seed, stop_at, int(timeout * 1000), results,
                                 pages) for seed in range(1, sessions + 1)]
            try:
                # a load started just before the end may take ``timeout``, closing it more
                await asyncio.wait_for(asyncio.gather(*users), timeout=seconds + 2 * timeout)
            except TimeoutError:
                results.errors.append("the run did not stop in time and was cancelled")
            cpu_end = cpu_seconds(pid), *tree_cpu(os.getpid(), pid)
            results.server_cpu, results.browser_cpu, results.driver_cpu = (
                end - start for start, end in zip(cpu_start, cpu_end, strict=True))
            results.load_after = os.getloadavg()[0]
            memory.cancel()
            results.rss_kb.append(rss_kb(pid))
        finally:
            await browser.close()
    return results


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(results: Results, sessions: int, seconds: float, navigate: bool = False) -> None:
    loads = len(results.ready) + len(results.errors)
    what = "page moves in the open tabs" if navigate else "page loads"
    print(f"{sessions} concurrent browser sessions for {seconds:.0f} s on 127.0.0.1: "
          f"{loads} {what}, {len(results.errors)} errors")
    if results.ready:
        print(f"time to page ready: p50 {statistics.median(results.ready):.2f} s, "
              f"p95 {percentile(results.ready, 0.95):.2f} s, "
              f"max {max(results.ready):.2f} s (target p95 < 4 s)")
    for path, times in sorted(results.by_page.items()):
        print(f"  {path}: {len(times)} moves, p50 {statistics.median(times):.2f} s, "
              f"p95 {percentile(times, 0.95):.2f} s")
    if loads:
        print(f"CPU per page load (seconds): server {results.server_cpu / loads:.2f}, "
              f"Chromium {results.browser_cpu / loads:.2f}, this script and Playwright's "
              f"driver {results.driver_cpu / loads:.2f}; load average "
              f"{results.load_before:.1f} before the run, {results.load_after:.1f} at its end")
    rss = [kb for kb in results.rss_kb if kb]
    if rss:
        print(f"server memory (RSS): {rss[0] / 1024:.0f} MB at start, peak "
              f"{max(rss) / 1024:.0f} MB, {rss[-1] / 1024:.0f} MB at the end "
              f"(growth {(rss[-1] - rss[0]) / 1024:+.0f} MB)")
    for error in sorted(set(results.errors))[:10]:
        print("  error:", error)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--timeout", type=float, default=30.0, help="per page load, seconds")
    parser.add_argument("--baseline", action="store_true",
                        help="load benchmarks/baseline_app.py (the floor) instead")
    parser.add_argument("--navigate", action="store_true",
                        help="one tab per session, moving between pages by the sidebar links")
    args = parser.parse_args()
    if args.baseline and args.navigate:
        parser.error("--navigate moves between the dashboard's pages; not with --baseline")
    script, pages = (("benchmarks/baseline_app.py", BASELINE_PAGES) if args.baseline
                     else ("serve.py", PAGES))
    with running_server(script=script) as server:
        results = asyncio.run(run(server.url, server.pid, args.sessions, args.seconds,
                                  args.timeout, pages, args.navigate))
    report(results, args.sessions, args.seconds, args.navigate)


if __name__ == "__main__":
    main()
