"""AppTest of crisis packs: a tiny third pack built here opens on every page, and the
crisis selector and ``crisis=`` of a link choose what every page shows."""

from __future__ import annotations

import re
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import crisis as packs
from tests.conftest import ROOT
from tests.crisis_pack import PACK_ID, write_pack

PAGES = ["map", "timeline", "positions", "events", "about", "add", "review"]
SENTENCE = re.compile(r"^Showing ([\d,]+) events?")
KAZAKHSTAN = "kazakhstan-2022-01"


@pytest.fixture
def tiny_only(tmp_path, own_store, monkeypatch):
    """Packs folder with the tiny pack alone (the default), a fresh store, no articles."""
    write_pack(tmp_path / "packs")
    monkeypatch.setenv(packs.PACKS_DIR_ENV, str(tmp_path / "packs"))
    monkeypatch.delenv(packs.DEFAULT_ENV, raising=False)
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "no-articles"))
    return tmp_path / "packs"


@pytest.fixture
def two_packs(tmp_path, own_store, monkeypatch):
    """The shipped Kazakhstan pack (the default) beside the tiny pack, a fresh store."""
    root = tmp_path / "packs"
    write_pack(root, default=False)
    (root / KAZAKHSTAN).symlink_to(ROOT / "data" / "crises" / KAZAKHSTAN)
    (root / "config.toml").write_text(f'default = "{KAZAKHSTAN}"\n', encoding="utf-8")
    monkeypatch.setenv(packs.PACKS_DIR_ENV, str(root))
    monkeypatch.delenv(packs.DEFAULT_ENV, raising=False)
    monkeypatch.setenv("CRISIS_ARTICLES_DIR", str(tmp_path / "no-articles"))
    return root


def _open(page: str, **query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "map":
        at.switch_page(f"dashboard/views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _shown(at: AppTest) -> int:
    counts = [int(m.group(1).replace(",", "")) for t in at.text if (m := SENTENCE.match(t.value))]
    assert len(counts) == 1, [t.value for t in at.text]
    return counts[0]


def _url(at: AppTest) -> dict[str, list[str]]:
    return {key: value if isinstance(value, list) else [value]
            for key, value in dict(at.query_params).items()}


def _texts(at: AppTest) -> str:
    return "\n".join([t.value for t in at.text] + [c.value for c in at.caption])


@pytest.mark.slow
@pytest.mark.parametrize("page", PAGES)
def test_app_crisis_tiny_pack_opens_every_page(tiny_only, page):
    at = _open(page)
    assert at.sidebar.selectbox(key="crisis").value == PACK_ID
    phases = at.sidebar.selectbox(key="phase").options
    assert "Pumps closed (3-9 May)" in phases
    assert not any("Jan" in option for option in phases)
    if page in ("map", "timeline", "positions", "events"):
        assert _shown(at) == 2
        assert at.sidebar.date_input(key="from").value == date(2031, 5, 4)
    if page == "map":
        spec = at.get("plotly_chart")[0].proto.spec
        assert "Events in Tinyland" in spec and "North Province" in spec
    if page == "timeline":
        assert "the closing of the pumps" in _texts(at)
    if page == "about":
        assert "the water dispute in Tinyland in May 2031" in _texts(at)
    if page == "positions":
        # the position table (after the colour key) has the pack's own issue as a column
        assert any("water_rights" in frame.value.columns for frame in at.dataframe)


@pytest.mark.slow
@pytest.mark.parametrize(("query", "crisis", "notice"), [
    ({}, KAZAKHSTAN, False),  # links shared before packs keep opening Kazakhstan
    ({"crisis": PACK_ID}, PACK_ID, False),
    ({"crisis": "atlantis-1999-01"}, KAZAKHSTAN, True),
])
def test_app_crisis_link_chooses_the_crisis(two_packs, query, crisis, notice):
    at = _open("map", **query)  # the notice is shown where the link lands
    assert at.sidebar.selectbox(key="crisis").value == crisis
    shown = _shown(at)
    assert (shown == 2) == (crisis == PACK_ID)
    assert ("unknown crisis 'atlantis-1999-01'" in _texts(at)) == notice
    # the link's crisis stays in the URL; an unknown one is dropped; none is added
    assert _url(at).get("crisis") == ([PACK_ID] if crisis == PACK_ID else None)


@pytest.mark.slow
def test_app_crisis_selector_switches_every_page(two_packs):
    at = _open("events", **{"from": "2022-01-05"})
    kazakh = _shown(at)
    assert kazakh > 2
    at.sidebar.selectbox(key="crisis").set_value(PACK_ID).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _shown(at) == 2  # the new crisis starts with no filter
    assert _url(at)["crisis"] == [PACK_ID] and "from" not in _url(at)
    at.switch_page("dashboard/views/map.py").run()
    assert _shown(at) == 2 and _url(at)["crisis"] == [PACK_ID]
