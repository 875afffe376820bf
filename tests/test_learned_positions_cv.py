"""The learned-component experiment: its material, outlet folds, labels, re-coding of rows
and decision rule (benchmarks/learned_positions_cv.py, benchmarks/learned_rows.py)."""

import pytest

from benchmarks.learned_positions_cv import FOLDS, folds_of, passes, recoded
from benchmarks.learned_rows import Article, admitted, labels, outlet
from dashboard.extract.evaluate import Normaliser


def _article(aid, host, rows=(), gold=(), evidence=()):
    return Article(aid, "dev", outlet(f"https://{host}/x/{aid}"), "en", list(gold), list(rows),
                   list(evidence))


@pytest.mark.parametrize(("article_id", "expected"), [
    ("rx-en-25", True), ("rx-en-26", False), ("rx-fr-21", True), ("rx-fr-22", False),
    ("rx-de-12", True), ("rx-de-13", False), ("rx-es-13", False), ("rx-ru-01", True),
    ("rx-it-01", False), ("rd-en-40", True), ("dev-01", True)])
def test_learned_rows_admitted_keeps_held_out_batches_out(article_id, expected):
    assert admitted(article_id) is expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.org/a", "example.org"), ("https://amp.example.org/a", "example.org"),
    ("https://news.example.org/a", "news.example.org"), ("", "")])
def test_learned_rows_outlet_is_the_host_without_common_prefixes(url, expected):
    assert outlet(url) == expected


def test_learned_positions_cv_folds_keep_outlets_whole():
    articles = [_article(f"a{i}", f"outlet{i % 7}.example") for i in range(21)]
    folds = folds_of(articles)
    assert len(folds) == FOLDS
    assert set().union(*folds) == {a.id for a in articles}
    host = {a.id: a.outlet for a in articles}
    for one in folds:
        for other in folds:
            if one is not other:
                assert not {host[i] for i in one} & {host[i] for i in other}
    assert folds_of(articles, seed=1) != folds, "the seed chooses the folds"


def _row(event_type, issue, stance, actor="CSTO", evidence="", start="0"):
    return {"event_type": event_type, "issue": issue, "stance": stance, "actor": actor,
            "evidence": evidence, "evidence_start": start, "date": "", "location": ""}


def test_learned_rows_labels_pair_and_align_rows_with_gold():
    rows = [_row("statement", "csto_deployment", "support", evidence="The CSTO will send troops."),
            _row("statement", "other", "", evidence="The CSTO criticised the protest leaders."),
            _row("protest", "fuel_prices", "oppose", actor="protesters", evidence="Crowds met.")]
    gold = [{"event_type": "statement", "actor": "CSTO", "issue": "csto_deployment",
             "stance": "oppose"},
            {"event_type": "opposition", "actor": "CSTO", "issue": "other", "stance": "oppose"}]
    article = _article("a", "x.example", rows, gold,
                       ["The CSTO will send troops", "criticised the protest leaders"])
    found = labels(article, Normaliser())
    assert found.paired == [True, False, False]
    assert found.position == ["csto_deployment|oppose", None, None]
    assert found.event_type == ["statement", "opposition", "none"]


@pytest.mark.parametrize(("setting", "predictions", "expected"), [
    (("relabel char", "any", 0.7), [("csto_deployment|oppose", 0.8)] * 3,
     [("statement", "csto_deployment", "oppose"), ("arrest", "other", ""),
      ("statement", "csto_deployment", "oppose")]),
    (("relabel char", "fallback", 0.7), [("csto_deployment|oppose", 0.8)] * 3,
     [("statement", "csto_deployment", "oppose"), ("arrest", "other", ""),
      ("statement", "csto_deployment", "support")]),
    (("relabel char", "any", 0.9), [("csto_deployment|oppose", 0.8)] * 3,
     [("statement", "other", ""), ("arrest", "other", ""),
      ("statement", "csto_deployment", "support")]),
    (("stance word+char+rows", "any", 0.5), [("concern", 0.6)] * 3,
     [("statement", "other", "concern"), ("arrest", "other", ""),
      ("statement", "csto_deployment", "concern")]),
    (("type word+char+rows", "any", 0.5), [("opposition", 0.6), ("opposition", 0.9),
                                            ("arrest", 0.9)],
     [("opposition", "other", ""), ("arrest", "other", ""),
      ("statement", "csto_deployment", "support")]),
    (("filter rows", "drop", 0.2), [("1", 0.9), ("1", 0.9), ("1", 0.1)],
     [("statement", "other", ""), ("arrest", "other", "")]),
])
def test_learned_positions_cv_recoded_applies_one_setting(setting, predictions, expected):
    rows = [_row("statement", "other", ""), _row("arrest", "other", ""),
            _row("statement", "csto_deployment", "support")]
    out = recoded(rows, {setting[0]: predictions}, setting)
    assert [(r["event_type"], r["issue"], r["stance"]) for r in out] == expected
    assert rows[0]["issue"] == "other" and rows[0]["stance"] == ""  # inputs left as they were


def _scores(overall, en=None, fr=None, ru=None):
    return {"overall": overall, "en": en or overall, "fr": fr or overall, "ru": ru or overall}


@pytest.mark.parametrize(("new", "expected"), [
    (_scores((0.70, 0.72)), True),  # +0.02 position F1, event F1 kept
    (_scores((0.72, 0.70)), True),  # +0.02 event F1
    (_scores((0.70, 0.715)), False),  # +0.015 only
    (_scores((0.685, 0.73)), False),  # event F1 lost by 0.015
    (_scores((0.70, 0.73), ru=(0.70, 0.69)), False),  # Russian loses position F1
    (_scores((0.70, 0.73), fr=(0.695, 0.70)), True),  # French keeps position, -0.005 event
])
def test_learned_positions_cv_passes_is_the_decision_rule(new, expected):
    assert passes(_scores((0.70, 0.70)), new) is expected
