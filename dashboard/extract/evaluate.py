"""Scoring extracted events against gold events, exactly as the event model defines it.

Articles (JSON Lines): ``id``, ``url``, ``language``, ``published``, ``text``. Gold events
(JSON Lines): ``article``, ``date``, ``actor``, ``actor_country``, ``event_type``, ``target``,
``issue``, ``stance``, ``location``, ``evidence``; other keys are ignored.

Per article, predicted and gold events are paired one to one on (``event_type``, actor),
actor names normalised through the actor knowledge base; among candidates the pair whose
issue also agrees is preferred, then the one whose evidence holds the gold evidence's
words, then agreeing date and place (see :func:`pair_events`). Then:

- event precision / recall / F1 over the pairs;
- position F1 over the sets of (actor, issue, stance) triples of stance-bearing rows;
- date accuracy over paired events whose gold date is not null;
- location accuracy over paired events whose gold location is not null, comparing the
  sets of place names (each name normalised through the gazetteer).

Counts are summed over articles (micro-averaged), per language and overall. Every error
behind these scores is also named, counted by kind and placed in a confusion table of event
types (see :mod:`dashboard.extract.errors` for the exact rules).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from dashboard.extract.errors import Breakdown, classify, words
from dashboard.extract.lexicon import fold


@dataclass
class Tally:
    """Counts behind every score of one language (or of all)."""

    articles: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    paired: int = 0
    gold_positions: int = 0
    predicted_positions: int = 0
    shared_positions: int = 0
    dated: int = 0
    dates_right: int = 0
    located: int = 0
    locations_right: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def scores(self) -> dict[str, float | int | None]:
        """Precision, recall, F1 and accuracies (``None`` where nothing was counted)."""
        p, r, f1 = _prf(self.paired, self.predicted_events, self.gold_events)
        pp, pr, pf1 = _prf(self.shared_positions, self.predicted_positions,
                           self.gold_positions)
        return {"event_precision": p, "event_recall": r, "event_f1": f1,
                "position_precision": pp, "position_recall": pr, "position_f1": pf1,
                "date_accuracy": _ratio(self.dates_right, self.dated),
                "location_accuracy": _ratio(self.locations_right, self.located),
                "articles": self.articles, "gold_events": self.gold_events,
                "predicted_events": self.predicted_events}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f1, 4)


def read_jsonl(path: Path) -> list[dict]:
    """Read a JSON Lines file; raise ``ValueError`` naming the line of a bad record."""
    records = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{Path(path).name}, line {number}: not JSON ({err.msg})") \
                    from None
            if not isinstance(record, dict):
                raise ValueError(f"{Path(path).name}, line {number}: not a JSON object")
            records.append(record)
    return records


class Normaliser:
    """Actor and place names as the scoring compares them, through ``knowledge`` (the
    extractor's: the crisis's actor book and gazetteer; the default crisis's if omitted)."""

    def __init__(self, knowledge=None):
        from dashboard.extract.knowledge_base import shipped_knowledge

        knowledge = knowledge or shipped_knowledge()
        self._book, self._gazetteer = knowledge.book, knowledge.gazetteer

    def actor(self, name) -> str:
        """Canonical actor name (through the aliases), or the folded name if unknown."""
        name = (name or "").strip()
        if name in self._book.actors:
            return name
        return self._book.resolve(name) or fold(name)

    def places(self, value) -> frozenset[str]:
        """The set of canonical place names in a ``; ``-joined location."""
        names = [n.strip() for n in str(value or "").split(";") if n.strip()]
        out = set()
        for name in names:
            place = self._gazetteer.lookup(name)
            out.add(place.name if place else fold(name))
        return frozenset(out)


def _blank(value) -> bool:
    return value is None or str(value).strip() == ""


def _closeness(p: dict, g: dict, norm: Normaliser) -> tuple:
    """How well a predicted event matches a gold one of the same type and actor: issue
    first (the event model's rule), then shared evidence words, then date and place."""
    gold_words = words(g.get("evidence"))
    overlap = len(gold_words & words(p.get("evidence"))) / len(gold_words) if gold_words \
        else 0.0
    return ((p.get("issue") or "") == (g.get("issue") or ""), round(overlap, 3),
            (p.get("date") or "") == str(g.get("date") or ""),
            norm.places(p.get("location")) == norm.places(g.get("location")))


def pair_events(predicted: list[dict], gold: list[dict], norm: Normaliser) -> list[tuple]:
    """Pair events one to one on (type, actor), preferring pairs whose issue agrees.

    Within one (type, actor) group every pairing has the same size; among them the pairs
    are taken best first by :func:`_closeness` (issue, then the gold evidence found in the
    predicted evidence, then date and place), so each gold event is scored against the
    prediction that describes it.
    """
    def key(e):
        return (e.get("event_type") or "", norm.actor(e.get("actor")))

    candidates = [(_closeness(p, g, norm), i, j) for i, p in enumerate(predicted)
                  for j, g in enumerate(gold) if key(p) == key(g)]
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _score, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def score_article(predicted: list[dict], gold: list[dict], norm: Normaliser,
                  pairs: list[tuple] | None = None) -> Tally:
    """The counts of one article (see the module docstring for each); ``pairs`` from
    :func:`pair_events` when the caller already has them."""
    tally = Tally(articles=1, gold_events=len(gold), predicted_events=len(predicted))
    if pairs is None:
        pairs = pair_events(predicted, gold, norm)
    tally.paired = len(pairs)

    def positions(events):
        return {(norm.actor(e.get("actor")), e.get("issue") or "", e.get("stance"))
                for e in events if not _blank(e.get("stance"))}

    gold_pos, pred_pos = positions(gold), positions(predicted)
    tally.gold_positions, tally.predicted_positions = len(gold_pos), len(pred_pos)
    tally.shared_positions = len(gold_pos & pred_pos)
    for p, g in pairs:
        if not _blank(g.get("date")):
            tally.dated += 1
            tally.dates_right += (p.get("date") or "") == str(g["date"]).strip()
        if not _blank(g.get("location")):
            tally.located += 1
            tally.locations_right += norm.places(p.get("location")) == \
                norm.places(g["location"])
    return tally


def evaluate(articles: list[dict], gold: list[dict], extract=None) -> dict:
    """Run the extractor on every article and score it against the gold events.

    Parameters
    ----------
    articles, gold : list of dict
        Records in the evaluation format (see the module docstring).
    extract : callable, optional
        ``extract(text, published=..., language=...) -> list[dict]``; the shipped
        extractor by default (a parameter so the scoring itself can be tested).

    Returns
    -------
    dict
        ``event_f1``, ``position_f1``, ``date_accuracy``, ``location_accuracy``,
        ``error_counts`` (kind -> n) and ``confusion`` (gold type -> predicted type -> n)
        overall; ``per_language``: language -> all scores, counts, ``error_counts`` and
        ``confusion``; ``errors``: every error as a dict (article, language, kind, gold
        and predicted fields), in article order.
    """
    if extract is None:
        from dashboard.extract.pipeline import extract_events as extract
    norm = Normaliser(getattr(extract, "knowledge", None))
    totals, explained, errors = _score_articles(articles, _gold_by_article(gold), extract,
                                                norm)
    return _result(totals, explained, errors)


def _gold_by_article(gold: list[dict]) -> dict[str, list[dict]]:
    """The gold events grouped by their article id (as a string, as articles' ids are
    compared), each group in file order."""
    by_article: dict[str, list[dict]] = {}
    for event in gold:
        by_article.setdefault(str(event.get("article")), []).append(event)
    return by_article


def _score_articles(articles: list[dict], by_article: dict[str, list[dict]], extract,
                    norm: Normaliser) -> tuple[dict[str, Tally], dict[str, Breakdown], list]:
    """Extract and score each article: the tallies and error breakdowns per language, and
    every error as a dict in article order.

    Each article is paired once (:func:`pair_events`) and both the scores and the error
    classification use those pairs, so the errors explain exactly the scores.
    """
    totals: dict[str, Tally] = {}
    explained: dict[str, Breakdown] = {}
    errors: list[dict] = []
    for article in articles:
        language = article.get("language") or "unknown"
        predicted = extract(article.get("text") or "", published=article.get("published"),
                            language=article.get("language"))
        gold_events = by_article.get(str(article.get("id")), [])
        pairs = pair_events(predicted, gold_events, norm)
        totals.setdefault(language, Tally()).add(
            score_article(predicted, gold_events, norm, pairs))
        breakdown, found = classify(str(article.get("id")), language, predicted,
                                    gold_events, pairs, norm)
        explained.setdefault(language, Breakdown()).add(breakdown)
        errors += [error.as_dict() for error in found]
    return totals, explained, errors


def _result(totals: dict[str, Tally], explained: dict[str, Breakdown], errors: list) -> dict:
    """The result of :func:`evaluate`: overall scores summed over the languages (micro
    average), the per-language scores in language order, and the errors."""
    overall, overall_breakdown = Tally(), Breakdown()
    for language, tally in totals.items():
        overall.add(tally)
        overall_breakdown.add(explained[language])
    scores = _explained_scores(overall, overall_breakdown)
    return {"event_f1": scores["event_f1"], "position_f1": scores["position_f1"],
            "date_accuracy": scores["date_accuracy"],
            "location_accuracy": scores["location_accuracy"],
            "error_counts": scores["error_counts"], "confusion": scores["confusion"],
            "per_language": {lang: _explained_scores(totals[lang], explained[lang])
                             for lang in sorted(totals)},
            "overall": scores, "errors": errors}


def _explained_scores(tally: Tally, breakdown: Breakdown) -> dict:
    """One language's (or all) scores, with their error counts and confusion table."""
    return {**tally.scores(), "error_counts": breakdown.error_counts(),
            "confusion": breakdown.confusion_table()}


def format_report(result: dict) -> str:
    """A plain-text table of the scores, one line per language and one overall."""
    head = (f"{'language':<10}{'articles':>9}{'gold':>6}{'pred':>6}{'event P':>9}"
            f"{'event R':>9}{'event F1':>10}{'pos F1':>8}{'date acc':>10}{'loc acc':>9}")
    lines = [head, "-" * len(head)]
    rows = [*result["per_language"].items(), ("overall", result["overall"])]
    for name, s in rows:
        def fmt(v):
            return "   n/a" if v is None else f"{v:6.3f}"

        lines.append(f"{name:<10}{s['articles']:>9}{s['gold_events']:>6}"
                     f"{s['predicted_events']:>6}{fmt(s['event_precision']):>9}"
                     f"{fmt(s['event_recall']):>9}{fmt(s['event_f1']):>10}"
                     f"{fmt(s['position_f1']):>8}{fmt(s['date_accuracy']):>10}"
                     f"{fmt(s['location_accuracy']):>9}")
    return "\n".join(lines)
