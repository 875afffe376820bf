"""Actor knowledge: canonical actors and their aliases in several languages.

The files ``data/actors.csv`` and ``data/actor_aliases.csv`` are the source of truth; this
module loads and validates them and resolves any surface name (``Tokaïev``, ``Токаеву``,
``ОДКБ``, ``le chef de la diplomatie chinoise``) to one canonical actor name, so that the
extractor, the evaluation and the dashboard all count the same actor once.

Resolution rule
---------------
A name matches an alias when both are equal after normalisation: Unicode NFKD, combining
accents removed, case folded, typographic apostrophes and dashes unified, runs of whitespace
collapsed (see :func:`normalise`). An alias that carries validity dates applies only on a date
inside them (bounds inclusive): such aliases (mostly descriptive ones like "the Chinese
president") are used only when ``on`` is given and falls inside, and never when ``on`` is
``None``. Unbounded aliases, descriptive or not, always apply. When several actors still match,
plain names win over descriptive ones; if the choice is still not unique the name is
ambiguous and ``resolve`` returns ``None``.

Validity dates bound a period in which the alias certainly denotes the actor; where the exact
start or end of an office was not checked, the window is deliberately narrower (for instance
the calendar year 2022) rather than guessed. Capitals standing for their state ("Moscow said")
are unbounded descriptive aliases.

"The Kremlin" is a descriptive alias of ``Vladimir Putin`` bounded by his current term: as
a speaker it denotes the Russian presidency, held by Putin in January 2022. Statements made
in person by the spokesman stay with ``Dmitry Peskov``; the state as such is ``Russia``.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from dashboard.schema import ACTOR_KINDS, RowError, parse_iso_date

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

ACTOR_COLUMNS = ("actor", "actor_country", "kind", "role", "group")
ALIAS_COLUMNS = ("actor", "alias", "language", "descriptive", "valid_from", "valid_to")

_COUNTRY = re.compile(r"^([A-Z]{3}|INT)$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


@cache
def _combining_marks() -> re.Pattern[str]:
    """Every combining mark (what unicodedata.combining() flags), as one character class."""
    marks = (chr(c) for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c)))
    return re.compile("[" + "".join(map(re.escape, marks)) + "]")


_SAME_CHAR = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                            "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
                            "«": '"', "»": '"', "“": '"', "”": '"', "\u00a0": " "})


@dataclass(frozen=True)
class Actor:
    """One canonical actor: a person, a body, a state, an organisation or a crowd."""

    name: str
    country: str
    kind: str
    role: str
    group: str


@dataclass(frozen=True)
class Alias:
    """One surface name of an actor, in one language, possibly bounded in time."""

    actor: str
    alias: str
    language: str
    descriptive: bool
    valid_from: date | None
    valid_to: date | None

    def applies_on(self, on: date | None) -> bool:
        """True when the alias denotes its actor on ``on`` (see the module's rule)."""
        if self.valid_from is None and self.valid_to is None:
            return True
        if on is None:
            return False
        after_start = self.valid_from is None or self.valid_from <= on
        return after_start and (self.valid_to is None or on <= self.valid_to)


def normalise(name: str) -> str:
    """Fold a name for matching: no accents, no case, one space between words.

    Parameters
    ----------
    name : str
        Any surface form.

    Returns
    -------
    str
        The key under which aliases are indexed. Kazakh letters such as Қ or Ө are kept
        (they are letters, not accented ones); Й and Ё fold to И and Е on both sides.
    """
    if name.isascii():  # the common case, and the only one "`" needs translating in
        return " ".join(name.replace("`", "'").casefold().split())
    text = unicodedata.normalize("NFKD", name.translate(_SAME_CHAR))
    return " ".join(_combining_marks().sub("", text).casefold().split())


@dataclass
class ActorBook:
    """Actors by canonical name, their aliases, and a normalised index over both."""

    actors: dict[str, Actor]
    aliases: list[Alias]
    _index: dict[str, list[Alias]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[Alias]] = defaultdict(list)
        for alias in self.aliases:
            index[normalise(alias.alias)].append(alias)
        for name in self.actors:
            key = normalise(name)
            if not any(a.actor == name for a in index[key]):
                index[key].append(Alias(name, name, "en", False, None, None))
        self._index = dict(index)

    def resolve(self, name: str, on: date | None = None) -> str | None:
        """Return the canonical actor a name denotes, or ``None``.

        Parameters
        ----------
        name : str
            A canonical name or alias in any listed language and inflection.
        on : datetime.date, optional
            The date the name is used on; needed for date-bounded (descriptive) aliases.

        Returns
        -------
        str or None
            The canonical name; ``None`` when unknown or ambiguous.
        """
        candidates = [a for a in self._index.get(normalise(name), []) if a.applies_on(on)]
        plain = {a.actor for a in candidates if not a.descriptive}
        chosen = plain or {a.actor for a in candidates}
        return next(iter(chosen)) if len(chosen) == 1 else None

    def get(self, name: str) -> Actor | None:
        """Return the actor a canonical name or plain alias denotes, or ``None``."""
        canonical = name if name in self.actors else self.resolve(name)
        return self.actors.get(canonical) if canonical else None

    def aliases_of(self, actor: str) -> list[Alias]:
        """All aliases listed for one canonical actor."""
        return [a for a in self.aliases if a.actor == actor]


def load_actor_book(data_dir: Path = DATA_DIR, extra: Sequence[Path] = ()) -> ActorBook:
    """Load and validate ``actors.csv`` and ``actor_aliases.csv``.

    Parameters
    ----------
    data_dir : Path
        Folder holding both files (the shipped ``data/`` by default).
    extra : sequence of Path
        Folders whose files (when present) add to them: crisis packs' knowledge. An actor
        listed twice, or an alias naming two actors at once, is refused across files.

    Returns
    -------
    ActorBook

    Raises
    ------
    ValueError
        On the first bad row, naming the file, the line and the field.
    """
    folders = [data_dir, *(f for f in extra if (f / "actors.csv").is_file())]
    actors: dict[str, Actor] = {}
    for folder in folders:
        _load_actors(folder / "actors.csv", actors)
    aliases: list[Alias] = []
    seen: dict[tuple[str, bool], list[tuple[Alias, int]]] = defaultdict(list)
    for folder in folders:
        if folder == data_dir or (folder / "actor_aliases.csv").is_file():
            aliases += _load_aliases(folder / "actor_aliases.csv", actors, seen)
    return ActorBook(actors=actors, aliases=aliases)


def read_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Read a CSV file whose header must be exactly ``columns``; return (line, row) pairs."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != columns:
            raise ValueError(str(RowError(path.name, 1, "header",
                                          f"expected {','.join(columns)}")))
        rows = []
        for row in reader:
            if None in row or any(v is None for v in row.values()):
                raise ValueError(str(RowError(path.name, reader.line_num, "row",
                                              "wrong number of cells")))
            rows.append((reader.line_num, {k: v.strip() for k, v in row.items()}))
        return rows


def _fail(path: Path, line: int, column: str, message: str) -> ValueError:
    return ValueError(str(RowError(file_label(path), line, column, message)))


def file_label(path: Path) -> str:
    """How errors name a knowledge file: its path under ``data/`` (``actors.csv``,
    ``crises/<id>/actors.csv``), else its name."""
    try:
        return path.resolve().relative_to(DATA_DIR).as_posix()
    except ValueError:
        return path.name


def _load_actors(path: Path, actors: dict[str, Actor]) -> dict[str, Actor]:
    for line, row in read_rows(path, ACTOR_COLUMNS):
        for column in ("actor", "kind", "group"):
            if not row[column]:
                raise _fail(path, line, column, "is empty")
        if row["actor"] in actors:
            raise _fail(path, line, "actor", f"'{row['actor']}' is listed twice")
        if row["actor_country"] and not _COUNTRY.match(row["actor_country"]):
            raise _fail(path, line, "actor_country",
                        f"'{row['actor_country']}' is not an ISO3 code or INT")
        if row["kind"] not in ACTOR_KINDS:
            raise _fail(path, line, "kind", f"'{row['kind']}' is not one of "
                        f"{', '.join(ACTOR_KINDS)}")
        actors[row["actor"]] = Actor(row["actor"], row["actor_country"], row["kind"],
                                     row["role"], row["group"])
    return actors


def _load_aliases(path: Path, actors: dict[str, Actor], seen) -> list[Alias]:
    aliases: list[Alias] = []
    for line, row in read_rows(path, ALIAS_COLUMNS):
        alias = _parse_alias(path, line, row, actors)
        key = (normalise(alias.alias), alias.descriptive)
        for other, other_line in seen[key]:
            if other.actor != alias.actor and _overlap(other, alias):
                raise _fail(path, line, "alias", f"'{alias.alias}' also names "
                            f"'{other.actor}' (line {other_line}) in the same period")
        seen[key].append((alias, line))
        aliases.append(alias)
    return aliases


def _parse_alias(path: Path, line: int, row: dict[str, str],
                 actors: dict[str, Actor]) -> Alias:
    if row["actor"] not in actors:
        raise _fail(path, line, "actor", f"'{row['actor']}' is not in actors.csv")
    if not row["alias"]:
        raise _fail(path, line, "alias", "is empty")
    if not _LANGUAGE.match(row["language"]):
        raise _fail(path, line, "language", f"'{row['language']}' is not an ISO 639-1 code")
    if row["descriptive"] not in ("0", "1"):
        raise _fail(path, line, "descriptive", f"'{row['descriptive']}' is not 0 or 1")
    bounds: list[date | None] = []
    for column in ("valid_from", "valid_to"):
        try:
            bounds.append(parse_iso_date(row[column]) if row[column] else None)
        except ValueError as err:
            raise _fail(path, line, column, str(err)) from None
    if bounds[0] and bounds[1] and bounds[0] > bounds[1]:
        raise _fail(path, line, "valid_to", "is before valid_from")
    return Alias(row["actor"], row["alias"], row["language"], row["descriptive"] == "1",
                 bounds[0], bounds[1])


def _overlap(a: Alias, b: Alias) -> bool:
    """True when two aliases' validity periods share at least one day."""
    start = max(a.valid_from or date.min, b.valid_from or date.min)
    end = min(a.valid_to or date.max, b.valid_to or date.max)
    return start <= end
