"""What an :class:`~dashboard.extract.pipeline.Extractor` is made from: one crisis's settings.

An ``ExtractorConfig`` is plain data, so a crisis pack (``data/crises/<id>/crisis.toml``) can
build one without touching the extractor:

- ``lexicon_dirs``: folders holding ``<lang>.csv`` cue lexicons and ``stances.csv``, in
  order: the shared lexicons first, then a pack's additions (rows of later folders are
  appended to those of earlier ones; a later ``stances.csv`` row overrides an earlier one);
- ``knowledge_dirs``: folders holding ``actors.csv``, ``actor_aliases.csv``, ``places.csv``
  and ``place_names.csv``, shared first, then a pack's additions (read in order by
  :func:`dashboard.extract.knowledge_base.load_knowledge`; lexicon rows may name the
  actors of any of them);
- ``countries`` and ``home_country``: the crisis's countries (ISO3) and the one whose towns
  complete the gazetteer, whose officials' words get no dateline place, and where acts
  with no named place happen;
- ``period_start`` / ``period_end``: the crisis period;
- ``default_year`` / ``default_month``: the year given to dates written without one when
  neither the publication date nor a full date in the text says otherwise, and the month
  whose middle day stands in for an unknown publication day (descriptive actor aliases
  are judged on it);
- ``issues``: the issue codes lexicon rows may use (the event model's, plus those a pack
  declares); ``None``: the event model's plus the ``[issues.*]`` of a ``crisis.toml``
  next to a lexicon folder (:func:`dashboard.extract.lexicon.declared_issues`).

:func:`default_config` reads today's files (``data/lexicons/crisis.json``), so the default
extractor behaves as before.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LEXICON_DIR = ROOT / "data" / "lexicons"
KNOWLEDGE_DIR = ROOT / "data"
CRISIS_FILE = LEXICON_DIR / "crisis.json"


@dataclass(frozen=True)
class ExtractorConfig:
    """The settings of one crisis an extractor is built for (see the module docstring)."""

    name: str
    lexicon_dirs: tuple[Path, ...]
    knowledge_dirs: tuple[Path, ...]
    countries: tuple[str, ...]
    home_country: str
    period_start: date | None = None
    period_end: date | None = None
    default_year: int | None = None
    default_month: int = 1
    issues: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if not self.lexicon_dirs:
            raise ValueError("ExtractorConfig: lexicon_dirs is empty")
        if not 1 <= self.default_month <= 12:
            raise ValueError(f"ExtractorConfig: default_month {self.default_month} is not 1-12")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError("ExtractorConfig: the period ends before it starts")

    def reference_day(self, year: int | None) -> date | None:
        """The day standing in for an unknown publication day of ``year`` (mid-month of
        ``default_month``); ``None`` without a year."""
        return date(year, self.default_month, 15) if year else None


def read_crisis_file(path: Path = CRISIS_FILE) -> dict:
    """The crisis settings of ``crisis.json`` (empty when the file is absent).

    Raises
    ------
    ValueError
        Naming the file when it is not valid JSON.
    """
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ValueError(f"{path.name}, line {err.lineno}, column {err.colno}: {err.msg}") \
            from None


def default_config() -> ExtractorConfig:
    """The configuration of the shipped crisis: shared lexicons and knowledge, and the
    settings of ``data/lexicons/crisis.json``."""
    settings = read_crisis_file()
    period = settings.get("period") or {}
    home = settings.get("default_country", "KAZ")
    year = settings.get("default_year")
    return ExtractorConfig(
        name=settings.get("name", ""),
        lexicon_dirs=(LEXICON_DIR,),
        knowledge_dirs=(KNOWLEDGE_DIR,),
        countries=tuple(settings.get("countries") or (home,)),
        home_country=home,
        period_start=date.fromisoformat(period["from"]) if period.get("from") else None,
        period_end=date.fromisoformat(period["to"]) if period.get("to") else None,
        default_year=int(year) if year else None,
    )
