"""The actor book and the gazetteer an extractor matches against, from folders in order.

A :class:`Knowledge` holds one :class:`~dashboard.knowledge.ActorBook` and one
:class:`~dashboard.geo.Gazetteer`. The shipped one is the default crisis's (the shared
``data/`` files and that pack's additions), loaded once per process and configuration
(:func:`shipped_knowledge`); :func:`load_knowledge` reads several folders in order, shared
first, then a crisis's additions: each folder's ``actors.csv``, ``actor_aliases.csv``,
``places.csv`` and ``place_names.csv`` (a missing file adds nothing) add to what the
folders before it gave, and an alias or place name may name an actor or place of any
earlier folder. Knowledge objects compare by identity, so the matchers built from them
can be cached per object.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dashboard.geo import DATA_DIR, Gazetteer, _load_place_names, _load_places, load_gazetteer
from dashboard.knowledge import ActorBook, _load_actors, _load_aliases, load_actor_book


@dataclass(eq=False, frozen=True)
class Knowledge:
    """An actor book and a gazetteer (compared by identity)."""

    book: ActorBook
    gazetteer: Gazetteer


def shipped_knowledge() -> Knowledge:
    """The default crisis's actor book and gazetteer: the shared ``data/`` files, then the
    default crisis pack's additions (its folder's ``actors.csv``...), as its extractor reads
    them; what matchers and scores use when given no knowledge of their own."""
    from dashboard.crisis import DEFAULT_ENV, PACKS_DIR_ENV

    return _shipped(os.environ.get(PACKS_DIR_ENV, ""), os.environ.get(DEFAULT_ENV, ""))


@lru_cache(maxsize=4)
def _shipped(_packs_env: str, _default_env: str) -> Knowledge:
    """Cached by the environment that chooses the default crisis."""
    from dashboard.extract.config import default_config

    return load_knowledge(default_config().knowledge_dirs)


def _duplicate(path: Path, kept: dict, added: dict, what: str) -> ValueError | None:
    same = sorted(set(kept) & set(added))
    if same:
        return ValueError(f"{path.name}: '{same[0]}' is already a {what} of an earlier folder")
    return None


def load_knowledge(directories: tuple[Path, ...]) -> Knowledge:
    """The actor book and gazetteer of several folders, in order (see the module docstring);
    no folders: the default crisis's (:func:`shipped_knowledge`). Read once per folders.

    Raises
    ------
    ValueError
        On the first bad row (file, line and field), or an actor or place listed again
        by a later folder.
    """
    return _load(directories) if directories else shipped_knowledge()


@lru_cache(maxsize=8)
def _load(directories: tuple[Path, ...]) -> Knowledge:
    if directories == (DATA_DIR,):
        return Knowledge(load_actor_book(), load_gazetteer())
    actors, aliases, places, names = {}, [], {}, []
    seen, owner = defaultdict(list), {}  # alias and place-name owners across folders
    for folder in directories:
        path = folder / "actors.csv"
        if path.exists():
            added = _load_actors(path, {})
            error = _duplicate(path, actors, added, "actor")
            if error:
                raise error
            actors.update(added)
        if (folder / "actor_aliases.csv").exists():
            aliases += _load_aliases(folder / "actor_aliases.csv", actors, seen)
        path = folder / "places.csv"
        if path.exists():
            added = _load_places(path, {})
            error = _duplicate(path, places, added, "place")
            if error:
                raise error
            places.update(added)
        if (folder / "place_names.csv").exists():
            names += _load_place_names(folder / "place_names.csv", places, owner)
    return Knowledge(ActorBook(actors=actors, aliases=aliases), Gazetteer(places, names))
