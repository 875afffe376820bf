"""The analyst brief: one self-contained HTML file of the current view.

It holds the sentence of filters (and the link parameters that reproduce them), when it
was made, the map, the timeline, the position table, the stance shifts, the ten most
cited statements with their quotes, and a numbered list of every source the view cites;
statements and shifts point to that list by number.

Why one file: an analyst sends it on, archives it or prints it, and it must open
anywhere, offline. So plotly.js is inlined once from the installed plotly package (no
CDN), the figures carry the empty offline TopoJSON, no font or image is fetched, and a
print stylesheet lays it out on paper. Pure: no Streamlit; the UI gives the parts.

Every text that comes from data (actors, summaries, quotes, publishers, titles, URLs) is
escaped with :func:`html.escape`; the figures' texts are escaped by their builders
(``esc``). A URL becomes a link only when it is http(s).
"""

from __future__ import annotations

import html
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.common import PLOTLY_CONFIG
from dashboard.charts.heatmap import CATEGORIES, category_style, cell_category
from dashboard.charts.timeline import statement_rows
from dashboard.exports import ExportUnavailable
from dashboard.positions import ARROW
from dashboard.schema import is_http_url, split_sources, vocabulary_label

TITLE = "Analyst brief"  # then ": <the crisis's title>"
TOP_STATEMENTS = 10
SOURCE_FIELDS = ("source_url", "source_publisher", "source_title", "source_published",
                 "source_language")


@dataclass(frozen=True)
class Source:
    """One cited source: its URL (may be empty) and what the data says of it."""

    url: str
    publisher: str = ""
    title: str = ""
    published: str = ""
    language: str = ""

    @property
    def key(self) -> str:
        """What makes two citations one source: the URL, else publisher and title."""
        return self.url or f"{self.publisher}\x1f{self.title}"


@dataclass(frozen=True)
class BriefParts:
    """What the brief shows; the UI builds it from the page context."""

    sentence: str  # the sentence of filters, "Showing N events ..."
    query: Mapping[str, str | Sequence[str]]  # FilterState.to_query() of the view
    generated: datetime
    events: pd.DataFrame  # the filtered events
    matrix: pd.DataFrame  # the position table (dashboard.positions.position_matrix)
    figures: Sequence[tuple[str, go.Figure]] = ()  # (heading, figure), map first
    shifts: pd.DataFrame | None = None  # dashboard.shifts.stance_shifts, when given
    shift_sentence: str = ""
    notes: Sequence[str] = field(default_factory=tuple)  # e.g. the map's day
    crisis: str = ""  # the crisis pack's title (dashboard.crisis), named in the heading

    @property
    def title(self) -> str:
        return f"{TITLE}: {self.crisis}" if self.crisis else TITLE


def _e(value: object) -> str:
    """Escape one value from data for HTML text or an attribute; missing -> ``""``."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def event_sources(row: Mapping[str, object]) -> list[Source]:
    """The sources of one event: its multi-source cells (`` | ``) read side by side."""
    parts = {name: split_sources(str(row.get(name) or "")) for name in SOURCE_FIELDS}
    count = max((len(values) for values in parts.values()), default=0)
    sources = []
    for k in range(count):
        values = {name: (parts[name][k] if k < len(parts[name]) else "")
                  for name in SOURCE_FIELDS}
        source = Source(values["source_url"], values["source_publisher"],
                        values["source_title"], values["source_published"],
                        values["source_language"])
        if source.url or source.publisher or source.title:
            sources.append(source)
    return sources


def cited_sources(events: pd.DataFrame) -> list[Source]:
    """Every source the events cite, once each, in the order of the events' dates
    (undated last); the list the brief numbers from 1."""
    ordered = events.sort_values("date", kind="stable", na_position="last")
    seen: dict[str, Source] = {}
    for row in ordered.reindex(columns=list(SOURCE_FIELDS)).fillna("").to_dict("records"):
        for source in event_sources(row):
            seen.setdefault(source.key, source)
    return list(seen.values())


def source_numbers(sources: Sequence[Source]) -> dict[str, int]:
    """Source key -> its number in the brief (1-based)."""
    return {source.key: number for number, source in enumerate(sources, start=1)}


def top_statements(events: pd.DataFrame, limit: int = TOP_STATEMENTS) -> pd.DataFrame:
    """The ``limit`` statements with the most sources (the timeline's statements: dated,
    with an actor, not operational acts); ties go to the earlier, then to the id."""
    rows = statement_rows(events)
    counts = rows["source_url"].fillna("").map(lambda cell: len(split_sources(cell)))
    ranked = rows.assign(_sources=counts).sort_values(
        ["_sources", "date", "event_id"], ascending=[False, True, True], kind="stable")
    return ranked.head(limit).drop(columns="_sources")


def _refs(row: Mapping[str, object], numbers: Mapping[str, int]) -> str:
    """``[2], [5]``: links to the numbered sources of one event."""
    keys = [s.key for s in event_sources(row)]
    found = sorted({numbers[k] for k in keys if k in numbers})
    return ", ".join(f'<a href="#source-{n}">[{n}]</a>' for n in found) or "no source given"


def _date(value: object) -> str:
    return "date unknown" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def _link(url: str) -> str:
    text = _e(url)
    return f'<a href="{text}">{text}</a>' if is_http_url(url) else text


def _header(parts: BriefParts) -> str:
    stamp = parts.generated.strftime("%Y-%m-%d %H:%M")
    zone = f" {parts.generated.tzname()}" if parts.generated.tzinfo else ""
    link = urlencode({k: v for k, v in parts.query.items()}, doseq=True)
    lines = [f"<h1>{_e(parts.title)}</h1>",
             f'<p class="sentence">{_e(parts.sentence)}.</p>',
             *(f"<p>{_e(note)}</p>" for note in parts.notes),
             f'<p class="made">Made {_e(stamp + zone)} from the filters above; link '
             f"parameters: <code>{_e('?' + link) if link else '(none: the whole data set)'}"
             "</code>.</p>"]
    return "<header>\n" + "\n".join(lines) + "\n</header>"


def _figures(figures: Iterable[tuple[str, go.Figure]]) -> str:
    """Each figure as a section; plotly.js inlined once, before the first."""
    out = []
    for number, (heading, fig) in enumerate(figures):
        height = fig.layout.height or 600
        body = fig.to_html(full_html=False, include_plotlyjs=number == 0,
                           include_mathjax=False, config=PLOTLY_CONFIG,
                           default_width="100%", default_height=f"{height}px")
        out.append(f'<section class="figure">\n<h2>{_e(heading)}</h2>\n{body}\n</section>')
    return "\n".join(out)


def _stance_cell(label: str) -> str:
    """One cell of the position table, tinted by its stance as on the Positions page
    (the CSS comes from the category, one of ours, never from the label's text)."""
    style = category_style(cell_category(label))
    return f'<td style="{style}">{_e(label)}</td>' if style else f"<td>{_e(label)}</td>"


def _stance_key() -> str:
    """The colour key of the position table: one example cell per colour."""
    examples = [f"concern{ARROW}support" if c == "changed" else c for c in CATEGORIES]
    return ('<table class="key"><tr><th scope="row">Colour key</th>'
            + "".join(_stance_cell(label) for label in examples) + "</tr></table>")


def _matrix(matrix: pd.DataFrame) -> str:
    if matrix.empty:
        return "<section>\n<h2>Positions</h2>\n<p>No actor took a position here.</p>\n</section>"
    issues = [c for c in matrix.columns if c != "actor_group"]
    head = "".join(f"<th scope=\"col\">{_e(vocabulary_label(str(c)))}</th>" for c in issues)
    rows = []
    for actor, row in matrix.iterrows():
        cells = "".join(_stance_cell(str(row[c])) for c in issues)
        rows.append(f"<tr><th scope=\"row\">{_e(actor)}</th><td>{_e(row.get('actor_group'))}"
                    f"</td>{cells}</tr>")
    return ("<section>\n<h2>Positions</h2>\n<p>Stance of each actor on each issue; "
            "'a → b' means the stance changed in the range; (n) is the number of events."
            f"</p>\n{_stance_key()}\n<table class=\"positions\"><thead><tr>"
            "<th scope=\"col\">Actor</th>"
            f"<th scope=\"col\">Group</th>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows)
            + "\n</tbody></table>\n</section>")


def _side(row: Mapping[str, object], side: str, numbers: Mapping[str, int]) -> str:
    source = {"source_url": row.get(f"{side}_source_url"),
              "source_publisher": row.get(f"{side}_source_publisher")}
    return (f"<td><b>{_e(row.get(f'{side}_stance'))}</b>, {_e(_date(row.get(f'{side}_date')))}"
            f"<br><q>{_e(row.get(f'{side}_evidence'))}</q> {_refs(source, numbers)}</td>")


def _shifts(parts: BriefParts, numbers: Mapping[str, int]) -> str:
    if parts.shifts is None:
        return ""
    intro = f"<p>{_e(parts.shift_sentence)}</p>" if parts.shift_sentence else ""
    rows = [f"<tr><th scope=\"row\">{_e(r.get('actor'))}</th>"
            f"<td>{_e(vocabulary_label(str(r.get('issue', ''))))}</td>"
            f"{_side(r, 'before', numbers)}{_side(r, 'after', numbers)}</tr>"
            for r in parts.shifts.to_dict("records")]
    table = ("<table class=\"shifts\"><thead><tr><th scope=\"col\">Actor</th>"
             "<th scope=\"col\">Issue</th><th scope=\"col\">Before</th>"
             "<th scope=\"col\">After</th></tr></thead>\n<tbody>\n" + "\n".join(rows)
             + "\n</tbody></table>") if rows else ""
    return f"<section>\n<h2>Stance shifts</h2>\n{intro}\n{table}\n</section>"


def _statements(events: pd.DataFrame, numbers: Mapping[str, int]) -> str:
    top = top_statements(events)
    items = []
    for row in top.to_dict("records"):
        stance = (f" · {_e(row['stance'])} on {_e(vocabulary_label(str(row['issue'])))}"
                  if row.get("stance") else "")
        quote = f"<blockquote>{_e(row['quote'])}</blockquote>" if row.get("quote") else ""
        items.append(
            f"<li><p><b>{_e(_date(row['date']))}</b> · {_e(row['actor'])} · "
            f"{_e(vocabulary_label(str(row['event_type'])))}{stance}</p>"
            f"<p>{_e(row['summary'])}</p>{quote}<p class=\"refs\">Sources: "
            f"{_refs(row, numbers)}</p></li>")
    body = "<ol>\n" + "\n".join(items) + "\n</ol>" if items else "<p>No statement here.</p>"
    return (f"<section>\n<h2>The {TOP_STATEMENTS} most cited statements</h2>\n<p>Statements "
            f"of the view with the most sources.</p>\n{body}\n</section>")


def _source_list(sources: Sequence[Source]) -> str:
    items = []
    for number, s in enumerate(sources, start=1):
        said = " · ".join(_e(x) for x in (s.publisher, s.title, s.published, s.language) if x)
        items.append(f'<li id="source-{number}">{said}{"<br>" if said and s.url else ""}'
                     f"{_link(s.url)}</li>")
    body = "<ol>\n" + "\n".join(items) + "\n</ol>" if items else "<p>No source cited.</p>"
    return (f"<section class=\"sources\">\n<h2>Sources ({len(sources)})</h2>\n<p>Every "
            f"source cited by the events of this view.</p>\n{body}\n</section>")


PRINT_WIDTH_PX = 680  # A4 less the page margins of STYLE, at 96 px per inch
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5rem 2rem;
color:#1a1a1a;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
.sentence{font-size:1.1rem}.made{color:#444;font-size:.9rem}
table{border-collapse:collapse;font-size:.85rem;width:100%}table.key{width:auto;margin:.4rem 0}
th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
thead th{background:#f0f0f0}blockquote{margin:.3rem 1.5rem;color:#333;font-style:italic}
.sources li{margin-bottom:.3rem;word-break:break-all}a{color:#0b5394}
@page{size:A4;margin:14mm}
@media print{body{margin:0;font-size:10pt;print-color-adjust:exact;
-webkit-print-color-adjust:exact}.modebar-container{display:none!important}
section{break-inside:auto}.figure,tr,li{break-inside:avoid}h2{break-after:avoid}
a{color:inherit;text-decoration:none}}
"""


# Plotly draws a chart at the width of the window it opened in; printed from a wide window,
# its right side (legends) would fall off the page. So each chart is drawn at the printed
# width for the print, and at the window's width again after it.
PRINT_SCRIPT = """
(function () {
  var charts = function () { return document.querySelectorAll('.js-plotly-plot'); };
  window.addEventListener('beforeprint', function () {
    charts().forEach(function (c) { Plotly.relayout(c, {width: PRINT_WIDTH}); });
  });
  window.addEventListener('afterprint', function () {
    charts().forEach(function (c) {
      Plotly.relayout(c, {width: null}).then(function () { Plotly.Plots.resize(c); });
    });
  });
})();
""".replace("PRINT_WIDTH", str(PRINT_WIDTH_PX))


def brief_html(parts: BriefParts) -> bytes:
    """The brief as one UTF-8 HTML document that needs no network to open or print."""
    sources = cited_sources(parts.events)
    numbers = source_numbers(sources)
    body = "\n".join([
        _header(parts), _figures(parts.figures), _matrix(parts.matrix),
        _shifts(parts, numbers), _statements(parts.events, numbers), _source_list(sources)])
    page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(parts.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f"<main>\n{body}\n</main>\n<script>{PRINT_SCRIPT}</script>\n</body>\n</html>\n")
    return page.encode("utf-8")


# Flags of the headless print: no profile, no background traffic, and a proxy that goes
# nowhere, so the print is offline whatever the page asked for (the brief asks nothing).
PDF_FLAGS = ("--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
             "--no-pdf-header-footer", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
             "--proxy-server=http://127.0.0.1:9", "--virtual-time-budget=15000")
PDF_TIMEOUT = 120  # seconds; a loaded two-core machine prints the shipped view in ~20 s


def find_chromium() -> str | None:
    """The local Chromium kaleido would use (``BROWSER_PATH``, PATH, usual places)."""
    try:
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
    except Exception:  # noqa: BLE001 - any failure to look means "not available"
        return None
    return str(found) if found else None


def brief_pdf(page: bytes, chromium: str | None = None) -> bytes:
    """The brief printed to PDF by the local Chromium (its print stylesheet, A4).

    The page is written to a temporary folder and printed from there once its scripts
    have drawn the charts (``--virtual-time-budget``).

    Raises
    ------
    ExportUnavailable
        When no Chromium is found, or the print failed or took over :data:`PDF_TIMEOUT`.
    """
    chromium = chromium or find_chromium()
    if not chromium:
        raise ExportUnavailable("the PDF needs Chromium on the server (Debian/Ubuntu: "
                                "apt-get install chromium); the HTML brief prints from "
                                "any browser.")
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "brief.html", Path(folder) / "brief.pdf"
        source.write_bytes(page)
        command = [chromium, *PDF_FLAGS, f"--user-data-dir={Path(folder) / 'profile'}",
                   f"--print-to-pdf={target}", source.as_uri()]
        try:
            subprocess.run(command, capture_output=True, timeout=PDF_TIMEOUT, check=True)
        except (OSError, subprocess.SubprocessError) as err:
            raise ExportUnavailable(f"the PDF could not be printed: {err}") from err
        if not target.exists() or not target.read_bytes().startswith(b"%PDF"):
            raise ExportUnavailable("the PDF could not be printed: Chromium wrote no PDF")
        return target.read_bytes()
