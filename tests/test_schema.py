"""The event model's vocabulary as shown on screen."""

import pytest

from dashboard.schema import EVENT_TYPES, ISSUES, vocabulary_label


@pytest.mark.parametrize(("code", "label"), [
    ("csto_deployment", "CSTO deployment"),
    ("violent_clash", "violent clash"),
    ("other", "other"),
])
def test_schema_vocabulary_label(code, label):
    assert vocabulary_label(code) == label


def test_schema_vocabulary_labels_are_distinct():
    codes = [*EVENT_TYPES, *ISSUES]
    assert len({vocabulary_label(c) for c in codes}) == len(set(codes))
