"""The position table's look: colour by stance with the text kept, changes drawn apart."""

import itertools

import numpy as np
import pandas as pd
import pytest

from dashboard.charts.common import CHANGED_COLOUR, STANCE_COLOURS
from dashboard.charts.heatmap import (
    CATEGORIES,
    cell_category,
    legend_table,
    table_styles,
    tint,
)
from dashboard.positions import position_matrix
from dashboard.store import rows_to_frame
from tests.conftest import event_row


def luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(("label", "category"), [
    ("support (3)", "support"), ("concern → oppose (2)", "changed"), ("", ""),
    ("neutral (1)", "neutral"),
])
def test_charts_heatmap_cell_category(label, category):
    assert cell_category(label) == category


def test_charts_heatmap_table_colours_by_stance_and_keeps_the_text():
    events = rows_to_frame([
        event_row(event_id="A", actor="Russia", stance="concern", date="2022-01-05"),
        event_row(event_id="B", actor="Russia", stance="support", date="2022-01-07"),
        event_row(event_id="C", actor="China", stance="oppose", issue="foreign_interference"),
    ]).assign(actor_group="")
    matrix = position_matrix(events)
    styles = table_styles(matrix)
    assert styles.shape == matrix.shape
    assert matrix.at["Russia", "csto_deployment"] == "concern → support (2)"  # text stays
    assert tint(CHANGED_COLOUR) in styles.at["Russia", "csto_deployment"]
    assert "bold" in styles.at["Russia", "csto_deployment"]
    assert tint(STANCE_COLOURS["oppose"]) in styles.at["China", "foreign_interference"]
    assert styles.at["China", "csto_deployment"] == ""  # no position: no colour
    assert set(styles["actor_group"]) == {""}


def test_charts_heatmap_text_keeps_its_contrast_on_every_colour():
    # WCAG AA: black text on each tinted background at 4.5:1 or more
    for category in CATEGORIES:
        colour = CHANGED_COLOUR if category == "changed" else STANCE_COLOURS[category]
        assert (luminance(tint(colour)) + 0.05) / 0.05 >= 4.5, category


def test_charts_heatmap_legend_names_every_category():
    key, styles = legend_table()
    assert list(key.columns) == list(CATEGORIES)
    assert all(styles.iloc[0] != "")
    assert key.at[0, "changed"].count("→") == 1


# Viénot, Brettel & Mollon (1999): linear-RGB simulation of protanopia and deuteranopia.
DEFICIENCIES = {
    "protanopia": np.array([[0.11238, 0.88762, 0], [0.11238, 0.88762, 0],
                            [0.00401, -0.00401, 1]]),
    "deuteranopia": np.array([[0.29275, 0.70725, 0], [0.29275, 0.70725, 0],
                              [-0.02234, 0.02234, 1]]),
    "normal vision": np.eye(3),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                        [0.0193, 0.1192, 0.9505]])


def seen_lab(colour: str, deficiency: str) -> np.ndarray:
    """CIELAB of ``colour`` as seen with ``deficiency``."""
    rgb = np.array([int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5)])
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    xyz = SRGB_TO_XYZ @ np.clip(DEFICIENCIES[deficiency] @ linear, 0, 1)
    t = xyz / (SRGB_TO_XYZ @ np.ones(3))
    f = np.where(t > 0.008856, np.cbrt(t), 7.787 * t + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("deficiency", DEFICIENCIES)
def test_charts_heatmap_stance_colours_are_told_apart(deficiency):
    # Every pair differs by a clear ΔE (the old red/green palette fell to 16 with
    # protanopia), and the two opposite stances by much more.
    colours = {c: STANCE_COLOURS[c] for c in CATEGORIES[:-1]} | {"changed": CHANGED_COLOUR}
    seen = {c: seen_lab(colour, deficiency) for c, colour in colours.items()}
    for a, b in itertools.combinations(seen, 2):
        assert np.linalg.norm(seen[a] - seen[b]) >= 18, (a, b)
    assert np.linalg.norm(seen["support"] - seen["oppose"]) >= 40


def test_charts_heatmap_matrix_hides_empty_rows_and_columns_of_the_filter():
    events = rows_to_frame([
        event_row(event_id="A", actor="Russia", stance="support"),
        event_row(event_id="B", actor="China", stance="", event_type="military_deployment"),
        event_row(event_id="C", actor="China", issue="use_of_force", stance=""),
    ]).assign(actor_group="")
    matrix = position_matrix(events)
    assert list(matrix.index) == ["Russia"]
    assert [c for c in matrix.columns if c != "actor_group"] == ["csto_deployment"]
    assert not pd.DataFrame(matrix).drop(columns="actor_group").eq("").all(axis=0).any()
