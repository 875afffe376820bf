"""The material of the learned-component experiment: articles, their gold, the extractor's
rows (cached once per extractor), and each row's labels and features.

Used by ``benchmarks/learned_positions_cv.py``. The real-dev test part is dropped by id
before any text of it is read, and so are extra-set ids above :data:`EXTRA_LAST` (batch 6
and later, held out). The extractor runs once per article and input file; its rows are kept
in ``.cache/learned_cv/`` (keyed by the extractor's code, lexicons and the input files), so
fitting models afterwards costs no extraction.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from dashboard.extract.evaluate import Normaliser, pair_events, read_jsonl
from dashboard.extract.pipeline import extract_events
from dashboard.extract.rows import EXTRACTOR_VERSION
from dashboard.schema import OPERATIONAL_TYPES

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "learned_cv"
# The extra set's batches 1-5 (the tenth session's development material); higher numbers
# are batch 6 and later, held out: never read.
EXTRA_LAST = {"en": 25, "ru": 25, "fr": 21, "de": 12, "es": 12}
_EXTRA_ID = re.compile(r"rx-([a-z]{2})-(\d+)$")
_WORD = re.compile(r"\w+")


def admitted(article_id: str) -> bool:
    """False for an extra-set id of a held-out batch (see :data:`EXTRA_LAST`)."""
    match = _EXTRA_ID.match(article_id)
    return not match or int(match[2]) <= EXTRA_LAST.get(match[1], 0)


def outlet(url: str) -> str:
    """An article's outlet: its host without ``www.``/``amp.``/``m.``."""
    host = (urlparse(url or "").hostname or "").lower()
    return re.sub(r"^(www|amp|m)\.", "", host)


@dataclass
class Article:
    """One article of the material: where it comes from, its gold and the rules' rows."""

    id: str
    source: str  # "dev", "extra" or "own" (self-written: training only, never scored)
    outlet: str
    language: str
    gold: list[dict]
    rows: list[dict]
    gold_evidence: list[str] = field(default_factory=list)


def _code_digest(paths: list[Path]) -> str:
    """A digest of the extractor's code and lexicons and of the input files."""
    digest = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in sorted((ROOT / "dashboard" / "extract").glob("*.py")) + paths:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _extracted(texts: list[dict], articles: Path, gold: Path) -> dict[str, list[dict]]:
    """The extractor's rows of each article, from the cache when it is current."""
    cache = CACHE / f"{articles.stem}-{_code_digest([articles, gold])}.json"
    if cache.is_file():
        return json.loads(cache.read_text(encoding="utf-8"))
    rows = {a["id"]: extract_events(a["text"], published=a.get("published"),
                                    language=a.get("language")) for a in texts}
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def load_set(source: str, articles: Path, gold: Path, drop: set[str]) -> list[Article]:
    """The articles of one file (minus ``drop`` ids and held-out batches), with their gold
    events and the extractor's rows."""
    texts = [a for a in read_jsonl(articles) if a["id"] not in drop and admitted(a["id"])]
    by_article: dict[str, list[dict]] = {}
    for event in read_jsonl(gold):
        if admitted(str(event["article"])):
            by_article.setdefault(str(event["article"]), []).append(event)
    rows = _extracted(texts, articles, gold)
    out = []
    for a in texts:
        events = by_article.get(a["id"], [])
        evidence = [e.get("evidence") or (a["text"][slice(*e["evidence_chars"])]
                                          if e.get("evidence_chars") else "")
                    for e in events]
        out.append(Article(a["id"], source, outlet(a.get("url", "")), a["language"], events,
                           rows[a["id"]], evidence))
    return out


@dataclass
class Labels:
    """What the gold says of each row of an article.

    ``paired``: the row pairs with a gold event (the scoring's pairing, on type and actor);
    ``position``: the paired gold event's ``issue|stance``, else ``None``; ``event_type``:
    the type of the gold event of the same actor whose evidence the row's sentence holds
    (at least half its words), ``"none"`` when no gold event of that actor is there.
    """

    paired: list[bool]
    position: list[str | None]
    event_type: list[str]


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def labels(article: Article, norm: Normaliser) -> Labels:
    """The labels of an article's rows (see :class:`Labels`)."""
    rows, gold = article.rows, article.gold
    pairs = pair_events(rows, gold, norm)
    by_row = {id(p): g for p, g in pairs}
    position = [f"{g.get('issue') or ''}|{g.get('stance') or ''}" if (g := by_row.get(id(r)))
                else None for r in rows]
    kinds = []
    gold_words = [_words(text) for text in article.gold_evidence]
    for row in rows:
        if id(row) in by_row:
            kinds.append(row["event_type"])
            continue
        sentence, actor = _words(row["evidence"]), norm.actor(row["actor"])
        found = [(len(w & sentence) / len(w), g["event_type"]) for g, w in zip(
            gold, gold_words, strict=True) if w and norm.actor(g.get("actor")) == actor]
        best = max(found, default=(0.0, "none"))
        kinds.append(best[1] if best[0] >= 0.5 else "none")
    return Labels([id(r) in by_row for r in rows], position, kinds)


def rule_features(row: dict) -> dict[str, float]:
    """The rule's own coding of a row, one-hot."""
    return {f"type={row['event_type']}": 1.0, f"issue={row['issue']}": 1.0,
            f"stance={row['stance']}": 1.0, f"pair={row['issue']}|{row['stance']}": 1.0,
            f"type_issue={row['event_type']}|{row['issue']}": 1.0}


def row_features(rows: list[dict], index: int, language: str, kinds: dict) -> dict:
    """Word-free features of one row: its coding, actor kind, language, what it carries,
    how many rows its sentence gave."""
    row = rows[index]
    same = [r for r in rows if r["evidence_start"] == row["evidence_start"]]
    kind = kinds.get(row["actor"], "?")
    first = min(int(r["evidence_start"]) for r in rows)
    return {**rule_features(row), f"kind={kind}": 1.0,
            f"type_kind={row['event_type']}|{kind}": 1.0, f"lang={language}": 1.0,
            "dated": float(bool(row["date"])), "placed": float(bool(row["location"])),
            "target": float(bool(row.get("target"))), "state": float(bool(row["actor_country"])),
            "confidence": float(row["confidence"] or 0),
            "same_sentence": min(len(same), 4) / 4,
            "same_actor": float(sum(r["actor"] == row["actor"] for r in same) > 1),
            "lead": float(int(row["evidence_start"]) == first),
            "operational": float(row["event_type"] in OPERATIONAL_TYPES)}
