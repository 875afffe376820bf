"""The analyst brief builder: escaping, the numbered source list, the statements, offline."""

import re
from datetime import UTC, datetime

import pandas as pd
import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs

from dashboard.brief import (
    BriefParts,
    Source,
    brief_html,
    brief_pdf,
    cited_sources,
    event_sources,
    find_chromium,
    source_numbers,
    top_statements,
)
from dashboard.charts.heatmap import CATEGORIES, category_style
from dashboard.exports import ExportUnavailable
from dashboard.filters import FilterState
from dashboard.positions import position_matrix
from dashboard.shifts import stance_shifts
from dashboard.store import rows_to_frame
from tests.conftest import event_row

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'
MADE = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def _frame(*rows):
    return rows_to_frame(list(rows))


def _brief(events, figures=(), shifts=None, query=None) -> str:
    state = FilterState.from_query(query or {})
    parts = BriefParts(state.describe(len(events)), state.to_query(), MADE, events,
                       position_matrix(events), figures, shifts)
    return brief_html(parts).decode("utf-8")


@pytest.fixture
def cited():
    """Three statements; E2 cites two sources, one of them E1's too; E3 is an act."""
    return _frame(
        event_row(event_id="E1", date="2022-01-06", source_url="https://a.example/1",
                  source_publisher="Alpha"),
        event_row(event_id="E2", date="2022-01-05", actor="Wang Yi", actor_country="CHN",
                  source_url="https://b.example/2 | https://a.example/1",
                  source_publisher="Beta | Alpha", source_title="T2 | T1",
                  source_published="2022-01-05 | 2022-01-06", source_language="en | en"),
        event_row(event_id="E3", date="2022-01-04", event_type="military_deployment",
                  stance="", source_url="https://c.example/3", source_publisher="Gamma"),
    )


def test_brief_event_sources_read_multi_source_cells_side_by_side(cited):
    row = cited.set_index("event_id").loc["E2"].to_dict()
    assert event_sources(row) == [
        Source("https://b.example/2", "Beta", "T2", "2022-01-05", "en"),
        Source("https://a.example/1", "Alpha", "T1", "2022-01-06", "en")]


def test_brief_sources_are_numbered_once_in_date_order(cited):
    sources = cited_sources(cited)
    # E3 (4 Jan) first, then E2's two (5 Jan); E1's source is E2's second: not again
    assert [s.url for s in sources] == ["https://c.example/3", "https://b.example/2",
                                        "https://a.example/1"]
    assert source_numbers(sources) == {"https://c.example/3": 1, "https://b.example/2": 2,
                                       "https://a.example/1": 3}
    page = _brief(cited)
    items = re.findall(r'<li id="source-(\d+)">(.*?)</li>', page, re.S)
    assert [n for n, _ in items] == ["1", "2", "3"]
    assert "https://b.example/2" in items[1][1] and "Beta" in items[1][1]
    assert "Sources (3)" in page


def test_brief_statements_point_to_their_numbered_sources(cited):
    page = _brief(cited)
    statements = page.split("most cited statements", 1)[1].split("<h2>Sources", 1)[0]
    items = re.findall(r"<li>(.*?)</li>", statements, re.S)
    assert len(items) == 2  # E3 is an operational act, not a statement
    assert "Wang Yi" in items[0]  # two sources come before one
    assert re.findall(r'href="#source-(\d+)"', items[0]) == ["2", "3"]
    assert re.findall(r'href="#source-(\d+)"', items[1]) == ["3"]


def test_brief_top_statements_keep_the_ten_most_cited():
    rows = [event_row(event_id=f"S{k:02d}", date=f"2022-01-{k + 1:02d}",
                      source_url=" | ".join(f"https://x.example/{k}/{j}" for j in range(k % 4 + 1)),
                      source_publisher=" | ".join("P" for _ in range(k % 4 + 1)))
            for k in range(14)]
    top = top_statements(_frame(*rows))
    assert len(top) == 10
    counts = [len(u.split(" | ")) for u in top["source_url"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == 4
    assert list(top["event_id"][:3]) == ["S03", "S07", "S11"]  # ties: earlier first


@pytest.mark.parametrize("column", ["actor", "summary", "quote", "source_publisher",
                                    "source_title"])
def test_brief_escapes_a_markup_payload(column):
    events = _frame(event_row(event_id="E1", **{column: PAYLOAD}))
    page = _brief(events)
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_brief_url_is_a_link_only_when_http():
    events = _frame(event_row(event_id="E1", source_url="javascript:alert(1)"),
                    event_row(event_id="E2", source_url="https://ok.example/a?b=1&c=<2>"))
    page = _brief(events)
    assert 'href="javascript' not in page and "javascript:alert(1)" in page
    assert '<a href="https://ok.example/a?b=1&amp;c=&lt;2&gt;">' in page


def test_brief_names_when_and_from_which_filters(cited):
    page = _brief(cited, query={"from": "2022-01-05", "country": ["CHN"]})
    assert "Made 2026-03-04 09:30 UTC" in page
    assert "?from=2022-01-05&amp;country=CHN" in page
    assert "Showing 3 events from 5 January 2022 where actor country is CHN" in page


def test_brief_is_self_contained(cited):
    figures = [("Map", go.Figure(go.Scatter(x=[1], y=[2]))),
               ("Timeline", go.Figure(go.Bar(x=[1], y=[2])))]
    page = _brief(cited, figures)
    assert page.count("Plotly.newPlot") == 2
    assert page.count(get_plotlyjs()[:300]) == 1  # plotly.js is in the file, once
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=\"?(https?:)?//", page)
    assert "@import" not in page and "fonts.googleapis" not in page
    assert "@media print" in page


def test_brief_shifts_section_with_sources(cited):
    # Wang Yi: concern (E4, 4 Jan) then support (E2, 5 Jan) on the CSTO deployment
    events = pd.concat([cited, _frame(event_row(
        event_id="E4", date="2022-01-04", actor="Wang Yi", actor_country="CHN",
        stance="concern", quote=PAYLOAD, source_url="https://d.example/4",
        source_publisher="Delta"))], ignore_index=True)
    shifts = stance_shifts(events)
    page = _brief(events, shifts=shifts)
    section = page.split("<h2>Stance shifts</h2>", 1)[1].split("</section>", 1)[0]
    assert "<b>concern</b>, 2022-01-04" in section and "<b>support</b>, 2022-01-05" in section
    # E4's source is the 2nd of the list (after E3's), E2's two are the 3rd and 4th
    assert re.findall(r'href="#source-(\d+)"', section) == ["2", "3", "4"]
    assert "<script>" not in section and "&lt;script&gt;" in section
    assert "<h2>Stance shifts</h2>" not in _brief(cited)  # not given: no section


@pytest.mark.slow
def test_brief_pdf_prints_through_the_local_chromium(cited):
    chromium = find_chromium()
    if not chromium:
        pytest.skip("no Chromium on this machine: the PDF is optional (`make chromium`)")
    pdf = brief_pdf(_brief(cited, [("Map", go.Figure(go.Scatter(x=[1], y=[2])))]).encode())
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2


def test_brief_pdf_without_chromium_says_what_to_do(tmp_path):
    with pytest.raises(ExportUnavailable, match="could not be printed"):
        brief_pdf(b"<p>x</p>", chromium=str(tmp_path / "no-such-chromium"))


def test_brief_of_an_empty_view_says_so(cited):
    page = _brief(cited.iloc[0:0])
    assert "Showing 0 events" in page
    assert "No actor took a position here." in page
    assert "No statement here." in page and "No source cited." in page


def test_brief_position_cells_are_tinted_by_stance_with_a_key():
    events = _frame(event_row(event_id="E1", date="2022-01-05", stance="concern"),
                    event_row(event_id="E2", date="2022-01-06", stance="support"),
                    event_row(event_id="E3", actor=PAYLOAD, stance="oppose"))
    page = _brief(events)
    table = page.split('<table class="positions">', 1)[1].split("</table>", 1)[0]
    changed, oppose = category_style("changed"), category_style("oppose")
    assert f'<td style="{changed}">concern → support (2)</td>' in table
    assert f'<td style="{oppose}">oppose (1)</td>' in table and "<script>" not in table
    key = page.split('<table class="key">', 1)[1].split("</table>", 1)[0]
    assert key.count("<td style=") == len(CATEGORIES)
