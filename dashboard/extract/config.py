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
  next to a lexicon folder (:func:`dashboard.extract.lexicon.declared_issues`);
- ``roles``: (role, actor) pairs, the pack's ``[roles]``: the actor a shared lexicon row's
  ``@<role>`` stands for (``@police`` -> that country's police), see
  :func:`dashboard.extract.lexicon.for_crisis`.

:func:`config_for` builds the configuration of a crisis pack; :func:`default_config` is the
default crisis's (``data/crises/config.toml``), so the default extractor behaves as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from dashboard.crisis import CrisisPack

ROOT = Path(__file__).resolve().parent.parent.parent
LEXICON_DIR = ROOT / "data" / "lexicons"
KNOWLEDGE_DIR = ROOT / "data"


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
    roles: tuple[tuple[str, str], ...] = ()  # (role, actor): who "the police"... are

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


def config_for(crisis: CrisisPack) -> ExtractorConfig:
    """The extractor's configuration of a crisis pack: the shared lexicons and knowledge,
    then the pack's own (``lexicons/``, and its folder's ``actors.csv``... when present),
    its countries, period, year and first month, and its issue vocabulary."""
    knowledge = ("actors.csv", "actor_aliases.csv", "places.csv", "place_names.csv")
    extra_knowledge = any((crisis.folder / name).is_file() for name in knowledge)
    return ExtractorConfig(
        name=crisis.title,
        lexicon_dirs=(LEXICON_DIR, *((crisis.lexicon_dir,) if crisis.lexicon_dir.is_dir()
                                     else ())),
        knowledge_dirs=(KNOWLEDGE_DIR, *((crisis.folder,) if extra_knowledge else ())),
        countries=crisis.countries,
        home_country=crisis.country,
        period_start=crisis.period[0],
        period_end=crisis.period[1],
        default_year=crisis.default_year,
        default_month=crisis.period[0].month,
        issues=crisis.issue_codes,
        roles=tuple(sorted(crisis.roles.items())),
    )


def default_config() -> ExtractorConfig:
    """The configuration of the default crisis pack (:func:`dashboard.crisis.default_pack`),
    so the default extractor is the shipped crisis's."""
    from dashboard.crisis import default_pack

    return config_for(default_pack())
