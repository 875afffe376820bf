"""Crisis packs: one folder per crisis, described by a validated ``crisis.toml`` manifest.

A pack (``data/crises/<id>/``) holds everything that is about one crisis rather than about
the software: its period and countries, the map frame and region boundaries, the phases
offered as date presets, the rules that pick the timeline's milestones, the issues it adds
to the event model's shared ones (with labels and what each stance means), its actor,
place and lexicon additions, its events files and the texts its pages show. Shared
knowledge (``data/actors.csv``, ``data/lexicons/`` ...) stays common; a pack adds to it.

Which crisis opens by default is configuration: ``default`` in ``data/crises/config.toml``,
or the ``CRISIS_DEFAULT`` environment variable; ``CRISIS_PACKS_DIR`` points at another
folder of packs (tests, a deployment with its own crises). See the README's "Adding a
crisis pack" for the manifest's fields. No code here names a crisis.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from dashboard.schema import ISSUE_STANCES, ISSUES

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PACKS_DIR_ENV = "CRISIS_PACKS_DIR"
DEFAULT_ENV = "CRISIS_DEFAULT"
MANIFEST = "crisis.toml"
CONFIG = "config.toml"
SHARED_GEO_DIR = DATA_DIR / "geo"


class PackError(ValueError):
    """A manifest (or the packs' configuration) that cannot be used: file, key, why."""

    def __init__(self, file: str, key: str, message: str):
        super().__init__(f"{file}, key '{key}': {message}")
        self.file, self.key, self.message = file, key, message


@dataclass(frozen=True)
class Phase:
    """A phase of the crisis, offered as a date preset."""

    label: str
    start: date
    end: date


@dataclass(frozen=True)
class MilestoneRule:
    """Which events mark the timeline as one kind of milestone.

    An event matches when its type is one of ``event_types`` and, for each of ``issues``,
    ``stances``, ``actors`` and ``actor_countries`` that is not empty, its value is listed; ``text``
    (a case-insensitive regular expression) must then be found in ``text_columns`` and
    ``exclude`` must not.
    """

    label: str
    event_types: tuple[str, ...]
    issues: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    actor_countries: tuple[str, ...] = ()
    text: str = ""
    exclude: str = ""
    text_columns: tuple[str, ...] = ("summary",)

    def mask(self, events: pd.DataFrame) -> pd.Series:
        """Which rows of ``events`` this rule picks (regular expressions run on the rows
        the other conditions kept only: cheap on a large frame)."""
        rows = events["event_type"].isin(self.event_types)
        for column, allowed in (("issue", self.issues), ("stance", self.stances),
                                ("actor", self.actors),
                                ("actor_country", self.actor_countries)):
            if allowed:
                rows &= events[column].isin(allowed)
        for pattern, wanted in ((self.text, True), (self.exclude, False)):
            if pattern and rows.any():
                text = events.loc[rows, list(self.text_columns)].astype(str).agg(" ".join, axis=1)
                found = text.str.contains(pattern, case=False, regex=True) == wanted
                rows &= found.reindex(events.index, fill_value=False).astype(bool)
        return rows


@dataclass(frozen=True)
class Issue:
    """An issue of the crisis: its label and what each stance on it means."""

    code: str
    label: str
    stances: Mapping[str, str]  # stance -> what it means on this issue ("neutral" implied)


@dataclass(frozen=True)
class Boundaries:
    """The boundary files of the map: countries around, and the regions of the crisis."""

    countries: Path
    regions: Path
    region_country: str  # ISO3 of the country the regions divide
    layout_date: date  # the administrative layout the regions show
    polygon_of: Mapping[str, str] = field(default_factory=dict)  # admin1 -> polygon holding it
    aliases: Mapping[str, str] = field(default_factory=dict)  # other name -> region


@dataclass(frozen=True)
class CrisisPack:
    """One crisis, as its manifest describes it (see the module docstring)."""

    id: str
    title: str
    short_title: str  # the crisis selector's label
    default_language: str  # ISO 639-1: what its articles are mostly written in
    description: str  # the crisis in a phrase ("the unrest in ... in ..."), plain text
    folder: Path
    period: tuple[date, date]
    countries: tuple[str, ...]  # countries of interest; the first is where it happens
    map_title: str
    regions_label: str  # what the regions are called on the map ("Kazakh regions")
    lon_range: tuple[float, float]
    lat_range: tuple[float, float]
    boundaries: Boundaries
    phases: tuple[Phase, ...]
    milestones: tuple[MilestoneRule, ...]
    issues: tuple[Issue, ...]  # the pack's own codes and labels of shared ones
    file_prefix: str  # names downloaded files: "<prefix>-map.png"
    group_order: tuple[str, ...] = ()  # actor display groups shown first, in this order
    roles: Mapping[str, str] = field(default_factory=dict)  # lexicon role -> actor filling it
    texts: Mapping[str, str] = field(default_factory=dict)  # page texts by key

    @property
    def country(self) -> str:
        """The country the crisis happens in (ISO3)."""
        return self.countries[0]

    @property
    def default_year(self) -> int:
        """The year given to dates written without one."""
        return self.period[0].year

    @property
    def events_dir(self) -> Path:
        return self.folder / "events"

    @property
    def lexicon_dir(self) -> Path:
        return self.folder / "lexicons"

    def knowledge_file(self, name: str) -> Path:
        """A knowledge file of the pack (``actors.csv``, ``places.csv`` ...)."""
        return self.folder / name

    @property
    def issue_codes(self) -> tuple[str, ...]:
        """The event model's shared issues, then the pack's own, in order."""
        own = tuple(issue.code for issue in self.issues if issue.code not in ISSUES)
        return (*[code for code in ISSUES if code != "other"], *own, "other")

    @property
    def issue_stances(self) -> dict[str, frozenset[str]]:
        """Issue code -> the stances that make sense on it (``neutral`` is always allowed)."""
        stances = dict(ISSUE_STANCES)
        stances.update({issue.code: frozenset(issue.stances) - {"neutral"}
                        for issue in self.issues if issue.code not in ISSUES})
        return stances

    def issue_label(self, code: str) -> str:
        """How an issue reads on screen: the pack's label, else the shared one."""
        for issue in self.issues:
            if issue.code == code:
                return issue.label
        return code.replace("_", " ")

    def text(self, key: str, default: str = "") -> str:
        return self.texts.get(key, default)


def all_issue_stances() -> dict[str, frozenset[str]]:
    """The event model's shared issues and every pack's own, ``other`` last: the issue
    vocabulary rows are validated against (each pack's events are further held to its
    own, see :attr:`CrisisPack.issue_codes`). Shared only when the packs cannot be read
    (the app and ``prepare`` report why)."""
    return dict(_vocabulary(*_vocabulary_key())[0])


def all_issue_labels() -> dict[str, str]:
    """Issue code -> label: each pack's labels of its own codes, and the default crisis's
    labels of the shared ones (so a pack cannot relabel another crisis's figures)."""
    return dict(_vocabulary(*_vocabulary_key())[1])


def _vocabulary_key() -> tuple[str, str]:
    """The packs folder and its default crisis (``""`` when it cannot be told); cached by
    the environment, as labels are asked for once per event on a chart."""
    return _key(os.environ.get(PACKS_DIR_ENV, ""), os.environ.get(DEFAULT_ENV, ""))


@cache
def _key(_packs_env: str, _default_env: str) -> tuple[str, str]:
    root = packs_dir().resolve()
    try:
        return str(root), default_id(root)
    except PackError:
        return str(root), ""


@cache
def _vocabulary(root: str, default: str) -> tuple[tuple, tuple]:
    stances = {code: ISSUE_STANCES[code] for code in ISSUES if code != "other"}
    labels: dict[str, str] = {}
    try:
        packs = available(Path(root)).values()
    except PackError:
        packs = ()
    for crisis in packs:
        for issue in crisis.issues:
            if issue.code not in ISSUES:
                labels.setdefault(issue.code, issue.label)
                stances.setdefault(issue.code, crisis.issue_stances[issue.code])
            elif crisis.id == default:
                labels[issue.code] = issue.label
    stances["other"] = ISSUE_STANCES["other"]
    return tuple(stances.items()), tuple(labels.items())


def packs_dir() -> Path:
    """The folder of packs: ``$CRISIS_PACKS_DIR`` when set, else ``data/crises``."""
    return Path(os.environ.get(PACKS_DIR_ENV) or DATA_DIR / "crises")


def available(root: Path | None = None) -> dict[str, CrisisPack]:
    """Every pack of ``root`` (default :func:`packs_dir`) by id, sorted by id.

    Raises :class:`PackError` for the first manifest that is not valid: a broken pack is
    a deployment error, said once with its file and key, not a page that half works.
    """
    return dict(_available(str((root or packs_dir()).resolve())))


@cache
def _available(root: str) -> tuple[tuple[str, CrisisPack], ...]:
    folder = Path(root)
    packs = [load_pack(path.parent) for path in sorted(folder.glob(f"*/{MANIFEST}"))]
    return tuple((pack.id, pack) for pack in packs)


def default_id(root: Path | None = None) -> str:
    """The crisis that opens when a link names none: ``$CRISIS_DEFAULT``, else ``default``
    in the packs folder's ``config.toml``; it must be one of the packs."""
    root = root or packs_dir()
    packs = available(root)
    chosen, where = os.environ.get(DEFAULT_ENV, ""), f"${DEFAULT_ENV}"
    if not chosen:
        where = CONFIG
        config = _read_toml(root / CONFIG, CONFIG) if (root / CONFIG).is_file() else {}
        chosen = config.get("default", "")
        if not chosen and len(packs) == 1:
            chosen = next(iter(packs))
    if not isinstance(chosen, str) or chosen not in packs:
        raise PackError(where, "default", f"'{chosen}' is not a crisis pack here (packs: "
                        f"{', '.join(packs) or 'none'})")
    return chosen


def default_pack(root: Path | None = None) -> CrisisPack:
    """The pack of :func:`default_id`."""
    return available(root)[default_id(root)]


def pack(crisis_id: str, root: Path | None = None) -> CrisisPack:
    """The pack with this id; :class:`PackError` naming the ones there are otherwise."""
    packs = available(root)
    if crisis_id not in packs:
        raise PackError("crisis", "id", f"'{crisis_id}' is not a crisis pack (packs: "
                        f"{', '.join(packs)})")
    return packs[crisis_id]


def _read_toml(path: Path, label: str) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise PackError(label, "-", f"cannot be read: {err.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise PackError(label, "-", f"is not valid TOML: {err}") from None


def load_pack(folder: Path) -> CrisisPack:
    """Read and validate ``folder/crisis.toml``; :class:`PackError` names the file and key
    of the first problem."""
    from dashboard.crisis_manifest import parse_manifest

    label = f"{folder.name}/{MANIFEST}"
    return parse_manifest(_read_toml(folder / MANIFEST, label), folder, label)
