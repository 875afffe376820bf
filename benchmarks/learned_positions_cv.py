"""Would a learned component beat the rules on positions? Cross-validation by outlet.

Issue 8, item 4 welcomes learned parts "where rules stall". This script measures two
candidates honestly, on the dev part of ``../shared/eval/real-dev/`` only (the ids of
``data/eval/real-dev-split.json``'s test part are dropped before anything is read from
them), before anything is shipped:

- **relabel**: a logistic regression on hashed character n-grams (3-5, so one model reads
  en, fr and ru) of an extracted row's evidence sentence plus the rule's own event type,
  issue and stance, predicting the gold ``issue|stance`` of statement-like rows (not
  operational acts); it overrides the rule when its top label is at least ``threshold``
  likely;
- **filter**: a logistic regression on row features that name no words (type, issue,
  stance, actor kind, dated, placed, confidence, rows in the same sentence, language),
  predicting whether a row pairs with a gold event; rows below ``threshold`` are dropped.

Training rows are the extractor's own rows paired with gold events (the event model's
pairing, :func:`dashboard.extract.evaluate.pair_events`) of the other outlets' dev
excerpts plus the self-written dev set (``tests/data/dev_*``); the held-out outlets' rows
are then re-coded and scored with :func:`dashboard.extract.evaluate.score_article`.
Folds: the dev outlets shuffled with a fixed seed into five groups (an outlet's excerpts
all fall in one fold). Only weights would be kept by such a model, never text.

Run from the project root (needs scikit-learn, a dev requirement):
``python benchmarks/learned_positions_cv.py``. The README reports its result.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.extract.actors import actor_book  # noqa: E402 - after the path is set
from dashboard.extract.evaluate import (  # noqa: E402
    Normaliser,
    Tally,
    pair_events,
    read_jsonl,
    score_article,
)
from dashboard.extract.pipeline import extract_events  # noqa: E402
from dashboard.schema import OPERATIONAL_TYPES  # noqa: E402

REAL = ROOT.parent / "shared" / "eval" / "real-dev"
SPLIT = ROOT / "data" / "eval" / "real-dev-split.json"
SEED, FOLDS = 20261207, 5
TEXT = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=2**16,
                         alternate_sign=False, norm="l2")


def load_set(articles: Path, gold: Path, drop: set[str]) -> dict:
    """Articles (minus ``drop`` ids), their gold events and the extractor's rows."""
    kept = [a for a in read_jsonl(articles) if a["id"] not in drop]
    by_article: dict[str, list[dict]] = {}
    for event in read_jsonl(gold):
        if event["article"] not in drop:
            by_article.setdefault(event["article"], []).append(event)
    rows = {a["id"]: extract_events(a["text"], published=a.get("published"),
                                    language=a.get("language")) for a in kept}
    return {"articles": kept, "gold": by_article, "rows": rows}


def rule_tokens(row: dict) -> dict[str, float]:
    """The rule's own coding of a row, as one-hot features."""
    return {f"type={row['event_type']}": 1.0, f"issue={row['issue']}": 1.0,
            f"stance={row['stance']}": 1.0, f"pair={row['issue']}|{row['stance']}": 1.0}


def structure(rows: list[dict], index: int, language: str, kinds: dict) -> dict:
    """Word-free features of one row for the filter."""
    row = rows[index]
    same = [r for r in rows if r["evidence_start"] == row["evidence_start"]]
    kind = kinds.get(row["actor"], "?")
    return {**rule_tokens(row), f"kind={kind}": 1.0, f"type_kind={row['event_type']}|{kind}": 1.0,
            f"lang={language}": 1.0, "dated": float(bool(row["date"])),
            "placed": float(bool(row["location"])), "confidence": float(row["confidence"] or 0),
            "same_sentence": min(len(same), 4) / 4,
            "same_actor": float(sum(r["actor"] == row["actor"] for r in same) > 1)}


def labelled(data: dict, ids: set[str], norm: Normaliser, kinds: dict):
    """Training rows of some articles: (relabel features, gold label) of statement-like
    paired rows, and (filter features, paired or not) of every row."""
    relabel, filtering = [], []
    for article in data["articles"]:
        if article["id"] not in ids:
            continue
        rows = data["rows"][article["id"]]
        pairs = pair_events(rows, data["gold"].get(article["id"], []), norm)
        paired = {id(p) for p, _g in pairs}
        for p, g in pairs:
            if p["event_type"] not in OPERATIONAL_TYPES:
                relabel.append(((article["text"][int(p["evidence_start"]):
                                                 int(p["evidence_end"])], rule_tokens(p)),
                                f"{g.get('issue') or ''}|{g.get('stance') or ''}"))
        filtering += [(structure(rows, i, article["language"], kinds), int(id(r) in paired))
                      for i, r in enumerate(rows)]
    return relabel, filtering


def text_matrix(items, vectoriser: DictVectorizer, fit: bool = False):
    """Hashed n-grams of the sentences beside the rule's one-hot coding."""
    texts = [t for t, _r in items]
    tokens = [r for _t, r in items]
    rule = vectoriser.fit_transform(tokens) if fit else vectoriser.transform(tokens)
    return sparse.hstack([TEXT.transform(texts), rule]).tocsr()


def folds_of(data: dict) -> list[set[str]]:
    """Article ids in FOLDS groups of whole outlets (seeded shuffle of the hosts)."""
    hosts = sorted({urlparse(a["url"]).hostname for a in data["articles"]})
    random.Random(SEED).shuffle(hosts)
    groups = [set(hosts[i::FOLDS]) for i in range(FOLDS)]
    return [{a["id"] for a in data["articles"] if urlparse(a["url"]).hostname in g}
            for g in groups]


def predict_fold(real: dict, own: dict, held: set[str], norm, kinds, c_relabel, c_filter):
    """Per held-out row: the relabel model's (labels, probabilities) for statement-like
    rows, and the filter's probability that the row is a gold event."""
    train = {a["id"] for a in real["articles"]} - held
    relabel, filtering = labelled(real, train, norm, kinds)
    own_relabel, own_filtering = labelled(own, {a["id"] for a in own["articles"]}, norm,
                                          kinds)
    relabel, filtering = relabel + own_relabel, filtering + own_filtering
    rule_vec, row_vec = DictVectorizer(), DictVectorizer()
    relabeller = LogisticRegression(C=c_relabel, max_iter=3000, random_state=0).fit(
        text_matrix([x for x, _y in relabel], rule_vec, fit=True), [y for _x, y in relabel])
    keeper = LogisticRegression(C=c_filter, max_iter=3000, random_state=0).fit(
        row_vec.fit_transform([x for x, _y in filtering]), [y for _x, y in filtering])
    out = {}
    for article in real["articles"]:
        if article["id"] not in held or not real["rows"][article["id"]]:
            continue
        rows = real["rows"][article["id"]]
        items = [(article["text"][int(r["evidence_start"]):int(r["evidence_end"])],
                  rule_tokens(r)) for r in rows]
        keep = keeper.predict_proba(row_vec.transform(
            [structure(rows, i, article["language"], kinds) for i in range(len(rows))]))[:, 1]
        out[article["id"]] = (relabeller.classes_,
                              relabeller.predict_proba(text_matrix(items, rule_vec)), keep)
    return out


def recoded(real: dict, predictions: dict, relabel_at: float | None,
            filter_at: float | None) -> dict[str, list[dict]]:
    """Every dev article's rows after the relabel and/or filter models."""
    out = {}
    for aid, rows in real["rows"].items():
        if aid not in predictions:
            out[aid] = rows
            continue
        classes, probabilities, keep = predictions[aid]
        new = []
        for row, proba, kept in zip(rows, probabilities, keep, strict=True):
            row = dict(row)
            best = int(np.argmax(proba))
            if relabel_at is not None and row["event_type"] not in OPERATIONAL_TYPES \
                    and proba[best] >= relabel_at:
                row["issue"], row["stance"] = classes[best].split("|")
            if filter_at is None or kept >= filter_at:
                new.append(row)
        out[aid] = new
    return out


def scores(real: dict, rows: dict, norm: Normaliser) -> dict[str, tuple[float, float]]:
    """Event F1 and position F1 per language and overall."""
    tallies: dict[str, Tally] = {}
    for article in real["articles"]:
        tally = score_article(rows[article["id"]], real["gold"].get(article["id"], []), norm)
        for key in (article["language"], "overall"):
            tallies.setdefault(key, Tally()).add(tally)
    return {k: (t.scores()["event_f1"], t.scores()["position_f1"])
            for k, t in sorted(tallies.items())}


def main() -> int:
    if not REAL.is_dir():
        print(f"{REAL} is absent: nothing to measure", file=sys.stderr)
        return 1
    test_ids = {t["id"] for t in json.loads(SPLIT.read_text(encoding="utf-8"))["test"]}
    real = load_set(REAL / "articles.jsonl", REAL / "gold.jsonl", test_ids)
    own = load_set(ROOT / "tests" / "data" / "dev_articles.jsonl",
                   ROOT / "tests" / "data" / "dev_gold.jsonl", set())
    norm = Normaliser()
    kinds = {name: actor.kind for name, actor in actor_book().actors.items()}
    languages = ("en", "fr", "ru", "overall")
    base = scores(real, real["rows"], norm)
    print("setting | " + " | ".join(languages) + "   (event F1 / position F1, dev part, "
          "outlet-grouped 5-fold CV)")
    print("rules alone | " + " | ".join(f"{base[k][0]:.3f} / {base[k][1]:.3f}"
                                        for k in languages))
    for c in (1.0, 10.0, 100.0):
        predictions: dict = {}
        for held in folds_of(real):
            predictions.update(predict_fold(real, own, held, norm, kinds, c, c / 3))
        for name, relabel_at, filter_at in (("relabel p>=0.5", 0.5, None),
                                            ("relabel p>=0.7", 0.7, None),
                                            ("filter p<0.2 dropped", None, 0.2),
                                            ("filter p<0.3 dropped", None, 0.3)):
            s = scores(real, recoded(real, predictions, relabel_at, filter_at), norm)
            print(f"{name}, C={c:g} | " + " | ".join(f"{s[k][0]:.3f} / {s[k][1]:.3f}"
                                                     for k in languages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
