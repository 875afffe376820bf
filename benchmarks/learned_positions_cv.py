"""Would a learned component beat the rules? Cross-validation by outlet.

Issue 8, item 4 welcomes learned parts "where rules stall". This script measures candidate
models honestly before anything is shipped. The material is the dev part of
``../shared/eval/real-dev/`` (the ids of ``data/eval/real-dev-split.json``'s test part are
dropped before anything is read from them) plus, with ``--extra ARTICLES --extra-gold GOLD``,
the extra real-news set (its batches 1-5; later batches are held out, see
``learned_rows.EXTRA_LAST``). Folds: the outlets (hosts) of all that material shuffled with a
fixed seed into five groups, an outlet's excerpts all in one fold. Each fold's models learn
from the other folds plus the self-written sets (``tests/data/{dev,holdout,dees}_*``, never
scored) and re-code the held-out outlets' rows, scored with the event model's scoring
(:func:`dashboard.extract.evaluate.score_article`).

Models (logistic regressions; "text" = hashed word 1-2-grams and character 3-5-grams of the
row's evidence sentence, "rows" = the word-free features of ``learned_rows.row_features``:
the rule's own coding, actor kind, dated, placed, rows per sentence ...):

- **relabel**: the gold ``issue|stance`` of statement-like rows (not operational acts); it
  overrides the rule when its top label is at least ``p`` likely, either on any row or only
  where the rule fell back (issue ``other``, or no stance);
- **stance**: the same for the stance alone (the rule's issue kept);
- **type**: the gold type of statement-like rows (the gold event of the same actor whose
  words the row's sentence holds), overriding the rule's type at ``p``;
- **filter**: whether a row pairs with a gold event; rows below ``p`` are dropped.

``--train-dev-only`` measures instead what could ship: models trained on the dev part plus
the self-written sets (the material present in CI) and scored on the extra set;
``--train ARTICLES GOLD`` (repeatable) adds material that is trained on and never scored
(e.g. the batches already tuned on, to score a new batch nobody has tuned on).

Decision rule (written before the tenth session's measurement): a component ships only if,
on the held-out outlet folds over all this material, it beats the rules by >= +0.02 position
F1 (or event F1) overall without losing more than 0.01 on the other, and in each of en, fr
and ru gains on that score and loses no more than 0.01 on the other; the setting chosen must
pass again with a second fold seed (``--seed``), since it was picked among several.

Run from the project root (needs scikit-learn, a dev requirement):
``python benchmarks/learned_positions_cv.py --extra ARTICLES.jsonl --extra-gold GOLD.jsonl``.
The README reports its result.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

# One thread: the fits are small, and threads fighting over shared cores made them 3x slower.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from scipy import sparse  # noqa: E402 - after the thread setting
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.learned_rows import Article, labels, load_set, row_features  # noqa: E402
from dashboard.extract.actors import actor_book  # noqa: E402 - after the path is set
from dashboard.extract.evaluate import Normaliser, Tally, score_article  # noqa: E402
from dashboard.schema import OPERATIONAL_TYPES  # noqa: E402

REAL = ROOT.parent / "shared" / "eval" / "real-dev"
SPLIT = ROOT / "data" / "eval" / "real-dev-split.json"
OWN = ("dev", "holdout", "dees")
SEED, FOLDS = 20261207, 5
LANGUAGES = ("en", "fr", "ru", "de", "es", "overall")
TEXT = {"word": {"analyzer": "word", "ngram_range": (1, 2)},
        "char": {"analyzer": "char_wb", "ngram_range": (3, 5)}}
# name -> (task, text features, word-free row features, class weight, C)
MODELS = {
    "relabel char": ("position", "char", False, None, 10.0),
    "relabel word+char+rows": ("position", "word+char", True, None, 10.0),
    "relabel word+char+rows balanced": ("position", "word+char", True, "balanced", 10.0),
    "relabel word+char+rows C=1": ("position", "word+char", True, None, 1.0),
    "stance word+char+rows": ("stance", "word+char", True, None, 10.0),
    "type word+char+rows": ("type", "word+char", True, None, 10.0),
    "filter rows": ("keep", "", True, None, 1.0),
    "filter word+char+rows": ("keep", "word+char", True, None, 1.0),
}
# (model, policy, p): relabel/type override at p ("any" row or only "fallback" codings);
# the filter drops rows below p.
SETTINGS = [(m, policy, p) for m in MODELS if MODELS[m][0] == "position"
            for policy, p in (("any", 0.5), ("any", 0.7), ("fallback", 0.5))]
SETTINGS += [(m, "any", p) for m in MODELS if MODELS[m][0] in ("stance", "type")
             for p in (0.5, 0.7)]
SETTINGS += [(m, "drop", p) for m in MODELS if MODELS[m][0] == "keep" for p in (0.2, 0.3)]


def statement_like(row: dict) -> bool:
    return row["event_type"] not in OPERATIONAL_TYPES


def fallback(row: dict) -> bool:
    """The rule's coding says nothing: issue ``other`` or no stance."""
    return row["issue"] == "other" or row["stance"] in ("", "neutral")


_LABELS: dict[str, object] = {}


def labels_of(article: Article, norm: Normaliser):
    """:func:`labels`, computed once per article."""
    if article.id not in _LABELS:
        _LABELS[article.id] = labels(article, norm)
    return _LABELS[article.id]


def examples(articles: list[Article], task: str, norm: Normaliser, kinds: dict):
    """Training examples of one task: (sentence, row features) and label per row."""
    out = []
    for article in articles:
        found = labels_of(article, norm)
        for i, row in enumerate(article.rows):
            if task == "keep":
                label = str(int(found.paired[i]))
            elif not statement_like(row):
                continue
            elif task in ("position", "stance"):
                label = found.position[i]
                label = label.split("|")[1] if label and task == "stance" else label
            else:
                label = found.event_type[i]
                label = None if label == "none" or label in OPERATIONAL_TYPES else label
            if label is not None:
                out.append(((row["evidence"], row_features(article.rows, i, article.language,
                                                           kinds)), label))
    return out


class Model:
    """One logistic regression over the features its spec names."""

    def __init__(self, spec):
        self.task, self.text, self.rows, weight, c = spec
        self.vectoriser = DictVectorizer()
        # n-grams seen in at least two training sentences, weighted tf-idf (sublinear)
        self.texts = [TfidfVectorizer(min_df=2, sublinear_tf=True, **TEXT[name])
                      for name in TEXT if name in self.text]
        self.fit_ = LogisticRegression(C=c, class_weight=weight, max_iter=3000,
                                       random_state=0)

    def matrix(self, items, fit: bool = False):
        """The feature matrix of (sentence, row features) items."""
        texts, dicts = [t for t, _d in items], [d for _t, d in items]
        if not self.rows:
            dicts = [{k: v for k, v in d.items() if "=" in k and not k.startswith(
                ("kind", "lang", "type_kind"))} for d in dicts]
        parts = [self.vectoriser.fit_transform(dicts) if fit else self.vectoriser.transform(
            dicts)]
        parts += [v.fit_transform(texts) if fit else v.transform(texts) for v in self.texts]
        return sparse.hstack(parts).tocsr()

    def fit(self, data):
        self.fit_.fit(self.matrix([x for x, _y in data], fit=True), [y for _x, y in data])
        return self

    def predict(self, items):
        """Top label and its probability per item."""
        proba = self.fit_.predict_proba(self.matrix(items))
        if self.task == "keep":
            return [("1", p) for p in proba[:, list(self.fit_.classes_).index("1")]]
        best = proba.argmax(axis=1)
        return [(self.fit_.classes_[b], proba[i, b]) for i, b in enumerate(best)]


def folds_of(articles: list[Article], seed: int = SEED) -> list[set[str]]:
    """Article ids in FOLDS groups of whole outlets (seeded shuffle of the outlets)."""
    outlets = sorted({a.outlet for a in articles})
    random.Random(seed).shuffle(outlets)
    groups = [set(outlets[i::FOLDS]) for i in range(FOLDS)]
    return [{a.id for a in articles if a.outlet in g} for g in groups]


def predict_held(train: list[Article], held: list[Article], norm, kinds) -> dict:
    """Per held-out article and model: (label, probability) per row."""
    out: dict[str, dict] = {a.id: {} for a in held}
    for name, spec in MODELS.items():
        model = Model(spec).fit(examples(train, spec[0], norm, kinds))
        for article in held:
            if article.rows:
                items = [(r["evidence"], row_features(article.rows, i, article.language,
                                                      kinds))
                         for i, r in enumerate(article.rows)]
                out[article.id][name] = model.predict(items)
    return out


def recoded(rows: list[dict], predictions: dict, setting) -> list[dict]:
    """An article's rows after one setting (see SETTINGS); the rows given are not changed."""
    name, policy, threshold = setting
    task = MODELS[name][0]
    out = []
    for row, (label, p) in zip(rows, predictions.get(name, [("", 0.0)] * len(rows)),
                               strict=True):
        row = dict(row)
        if task == "keep":
            if p >= threshold:
                out.append(row)
            continue
        if statement_like(row) and p >= threshold and (policy == "any" or fallback(row)):
            if task == "position":
                row["issue"], row["stance"] = label.split("|")
            elif task == "stance":
                row["stance"] = label
            elif label not in OPERATIONAL_TYPES:
                row["event_type"] = label
        out.append(row)
    return out


def ceilings(articles: list[Article], norm: Normaliser) -> dict[str, dict]:
    """What a perfect model would reach (gold read on the held-out rows: a bound, not a
    result): every paired statement-like row re-coded right, every unpaired row dropped."""
    relabelled, filtered = {}, {}
    for article in articles:
        found = labels_of(article, norm)
        relabelled[article.id] = [
            {**r, "issue": p.split("|")[0], "stance": p.split("|")[1]}
            if p is not None and statement_like(r) else r
            for r, p in zip(article.rows, found.position, strict=True)]
        filtered[article.id] = [r for r, kept in zip(article.rows, found.paired, strict=True)
                                if kept]
    return {"ceiling: perfect relabel": relabelled, "ceiling: perfect filter": filtered}


def scores(articles: list[Article], rows: dict, norm: Normaliser) -> dict:
    """(event F1, position F1) per language and overall."""
    tallies: dict[str, Tally] = {}
    for article in articles:
        tally = score_article(rows[article.id], article.gold, norm)
        for key in (article.language, "overall"):
            tallies.setdefault(key, Tally()).add(tally)
    return {k: (t.scores()["event_f1"], t.scores()["position_f1"], t.gold_events,
                t.articles) for k, t in tallies.items()}


def passes(base: dict, new: dict) -> bool:
    """The decision rule of the module docstring, on one setting's scores."""
    for gain, other in ((1, 0), (0, 1)):
        if new["overall"][gain] - base["overall"][gain] >= 0.02 and \
                new["overall"][other] - base["overall"][other] >= -0.01 and \
                all(new[k][gain] >= base[k][gain] and new[k][other] - base[k][other] >= -0.01
                    for k in ("en", "fr", "ru")):
            return True
    return False


def material(args) -> tuple[list[Article], list[Article]]:
    """The scored articles (dev part, extra set) and the self-written training articles."""
    test_ids = {t["id"] for t in json.loads(SPLIT.read_text(encoding="utf-8"))["test"]}
    scored = load_set("dev", REAL / "articles.jsonl", REAL / "gold.jsonl", test_ids)
    if args.extra:
        scored += load_set("extra", args.extra, args.extra_gold, set())
    own = [a for name in OWN for a in load_set(
        "own", ROOT / "tests" / "data" / f"{name}_articles.jsonl",
        ROOT / "tests" / "data" / f"{name}_gold.jsonl", set())]
    own += [a for articles, gold in args.train or () for a in load_set(
        "own", Path(articles), Path(gold), set())]
    return scored, own


def cross_validated(scored, own, norm, kinds, seed: int) -> tuple[dict, list[set[str]]]:
    """Held-out predictions of every article, by outlet folds (or, with no fold to hold,
    trained on the dev part and self-written sets and predicted on the extra set)."""
    predictions: dict = {}
    folds = folds_of(scored, seed) if seed is not None else [
        {a.id for a in scored if a.source == "extra"}]
    for held in folds:
        train = [a for a in scored if a.id not in held] + own
        predictions.update(predict_held(train, [a for a in scored if a.id in held], norm,
                                        kinds))
    return predictions, folds


def line(name: str, s: dict, base: dict | None = None) -> str:
    cells = [f"{s[k][0]:.3f} / {s[k][1]:.3f}" for k in LANGUAGES if k in s]
    verdict = "" if base is None else (" | passes" if passes(base, s) else " | fails")
    return f"{name} | " + " | ".join(cells) + verdict


def report(scored, own, norm, kinds, seed, per_fold: bool) -> None:
    """Rules alone and every setting, per language, and each setting's gain per fold."""
    predictions, folds = cross_validated(scored, own, norm, kinds, seed)
    held = [a for a in scored if a.id in set().union(*folds)]
    base = scores(held, {a.id: a.rows for a in held}, norm)
    paired = {}
    for a in held:
        found = labels_of(a, norm)
        n = sum(p is not None and statement_like(r) for p, r in zip(found.position, a.rows,
                                                                     strict=True))
        for key in (a.language, "overall"):
            paired[key] = paired.get(key, 0) + n
    keys = [k for k in LANGUAGES if k in base]
    print("scored: " + ", ".join(f"{k} {base[k][3]} excerpts, {base[k][2]} gold, "
                                 f"{paired[k]} paired statement-like rows" for k in keys))
    print(f"training also: self-written sets and --train, {len(own)} excerpts, "
          f"{sum(len(a.gold) for a in own)} gold")
    print("setting | " + " | ".join(keys) + " | decision   (event F1 / position F1)")
    print(line("rules alone", base))
    for name, rows in ceilings(held, norm).items():
        print(line(name, scores(held, rows, norm)))
    for setting in SETTINGS:
        rows = {a.id: recoded(a.rows, predictions.get(a.id, {}), setting) for a in held}
        new = scores(held, rows, norm)
        print(line(f"{setting[0]}, {setting[1]} p={setting[2]:g}", new, base))
        if per_fold:
            gains = []
            for fold in folds:
                part = [a for a in held if a.id in fold]
                b, n = scores(part, {a.id: a.rows for a in part}, norm), scores(part, rows, norm)
                gains.append(f"{n['overall'][0] - b['overall'][0]:+.3f}/"
                             f"{n['overall'][1] - b['overall'][1]:+.3f}")
            print("    gain per fold (event/position F1): " + "  ".join(gains))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", type=Path, help="extra real-news articles (JSON Lines)")
    parser.add_argument("--extra-gold", type=Path, help="their gold events (JSON Lines)")
    parser.add_argument("--seed", type=int, default=SEED, help="the fold shuffle's seed")
    parser.add_argument("--train-dev-only", action="store_true",
                        help="train on the dev part and self-written sets, score the extra set")
    parser.add_argument("--train", nargs=2, action="append", metavar=("ARTICLES", "GOLD"),
                        help="more material to train on, never scored (repeatable)")
    parser.add_argument("--per-fold", action="store_true", help="print each fold's gain")
    args = parser.parse_args(argv)
    if not REAL.is_dir():
        print(f"{REAL} is absent: nothing to measure", file=sys.stderr)
        return 1
    if bool(args.extra) != bool(args.extra_gold) or (args.train_dev_only and not args.extra):
        parser.error("--extra and --extra-gold go together (and --train-dev-only needs them)")
    scored, own = material(args)
    kinds = {name: actor.kind for name, actor in actor_book().actors.items()}
    report(scored, own, Normaliser(), kinds, None if args.train_dev_only else args.seed,
           args.per_fold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
