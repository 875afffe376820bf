"""The project's boundaries, checked: only dashboard/ui and dashboard/views import streamlit."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "dashboard").rglob("*.py"))


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_architecture_streamlit_only_in_ui_and_views(path):
    inside = path.relative_to(ROOT / "dashboard").parts[0] in ("ui", "views")
    if not inside:
        assert "streamlit" not in _imports(path)


@pytest.mark.parametrize("path", [*MODULES, ROOT / "app.py"], ids=lambda p: p.name)
def test_architecture_no_raw_html_rendering(path):
    text = path.read_text(encoding="utf-8")
    assert "unsafe_allow_html=True" not in text
    assert "st.html(" not in text


@pytest.mark.parametrize(
    ("section", "key", "expected"),
    [
        ("browser", "gatherUsageStats", False),  # no usage statistics sent anywhere
        ("client", "disableDataExport", True),  # only the formula-safe CSV downloads
        ("server", "address", "127.0.0.1"),
    ],
)
def test_architecture_streamlit_config(section, key, expected):
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config[section][key] == expected


EXTRACT = ROOT / "dashboard" / "extract"


@pytest.mark.parametrize(
    "path", sorted(p for p in EXTRACT.glob("*.py") if p.name != "__init__.py"),
    ids=lambda p: p.stem,
)
def test_architecture_extract_package_names_each_module(path):
    """The package docstring is the map of the extractor: a new module gets its line there."""
    import dashboard.extract

    assert f"``{path.stem}``" in dashboard.extract.__doc__
