"""The learned-positions experiment: outlet folds and the re-coding of rows."""

import numpy as np

from benchmarks.learned_positions_cv import FOLDS, folds_of, recoded


def _article(aid, host):
    return {"id": aid, "url": f"https://{host}/x/{aid}", "language": "en"}


def test_learned_positions_cv_folds_keep_outlets_whole():
    articles = [_article(f"a{i}", f"outlet{i % 7}.example") for i in range(21)]
    folds = folds_of({"articles": articles})
    assert len(folds) == FOLDS
    assert set().union(*folds) == {a["id"] for a in articles}
    host = {a["id"]: a["url"].split("/")[2] for a in articles}
    for one in folds:
        for other in folds:
            if one is not other:
                assert not {host[i] for i in one} & {host[i] for i in other}


def _row(event_type, issue, stance):
    return {"event_type": event_type, "issue": issue, "stance": stance}


def test_learned_positions_cv_recoded_relabels_and_filters_by_threshold():
    rows = [_row("statement", "other", ""), _row("arrest", "other", ""),
            _row("statement", "csto_deployment", "support")]
    classes = np.array(["csto_deployment|oppose", "other|"])
    probabilities = np.array([[0.8, 0.2], [0.9, 0.1], [0.6, 0.4]])
    keep = np.array([0.9, 0.9, 0.1])
    real = {"rows": {"a": rows}}
    out = recoded(real, {"a": (classes, probabilities, keep)}, 0.7, 0.2)["a"]
    assert [(r["event_type"], r["issue"], r["stance"]) for r in out] == [
        ("statement", "csto_deployment", "oppose"),  # relabelled: 0.8 >= 0.7
        ("arrest", "other", "")]  # an operational act is never relabelled; row 3 dropped
    assert rows[0]["issue"] == "other"  # the extractor's rows are left as they were
