"""Names of people the actor book does not know, written as the event model writes them.

The gold and the dashboard write a person by the usual Latin spelling of the name, in
full ("Marat Bekov"), whatever the article's language or case. So:

- a Latin-script name stays as written (spaces normalised);
- a Cyrillic name is put in the nominative with pymorphy3 (the analyser
  :mod:`dashboard.extract.tokens` already loads): the case and gender are read from the
  given name ("Марата Бекова" -> "Марат Беков", "Асели Жанабаевой" -> "Асель
  Жанабаева"), a patronymic is left out (English copy drops it), and the result is
  transliterated with iuliia's Wikipedia scheme, the spelling English-language news and
  Wikipedia use ("Ержан" -> "Yerzhan", "Полянский" -> "Polyansky");
- :func:`name_lemmas` gives the forms a later surname-only mention is matched by
  ("Бекова", "Bekov" after "Marat Bekov").
"""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia

from dashboard.extract.lexicon import fold
from dashboard.extract.tokens import morph

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_NAME_TAGS = ("Name", "Surn", "Patr")


def person_name(phrase: str) -> str:
    """The canonical written name of a person named by ``phrase`` (see the module)."""
    words = phrase.split()
    if not any(_CYRILLIC.search(w) for w in words):
        return " ".join(words)
    return iuliia.WIKIPEDIA.translate(" ".join(_nominative(tuple(words))))


@lru_cache(maxsize=4096)
def _nominative(words: tuple[str, ...]) -> tuple[str, ...]:
    """Russian name words in the nominative, a patronymic (the middle of three) left out.
    The case and gender are those the words' name readings share, in the order of the
    given name's readings; when they can be nominative, or no word reads as a name, the
    words stay as written."""
    parses = [[q for q in morph().parse(w.lower()) if any(t in q.tag for t in _NAME_TAGS)]
              for w in words]
    kept = [(w, p) for w, p in zip(words, parses, strict=True)
            if len(words) < 3 or not any("Patr" in q.tag for q in p)]
    readings = [[(q.tag.case, q.tag.gender) for q in p] for _w, p in kept if p]
    if not readings:
        return tuple(w for w, _p in kept)
    shared = [r for r in readings[0] if all(r in other for other in readings[1:])]
    case, gender = (shared or readings[0])[0]
    if case == "nomn" or any(r[0] == "nomn" for r in shared):
        return tuple(w for w, _p in kept)
    out = []
    for word, options in kept:
        fitting = [q for q in options if (q.tag.case, q.tag.gender) == (case, gender)]
        inflected = fitting[0].inflect({"nomn"}) if fitting else None
        out.append(_capitalised(inflected.word) if inflected else word)
    return tuple(out)


def _capitalised(word: str) -> str:
    """"бекова" -> "Бекова", "иванов-петров" -> "Иванов-Петров"."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=16384)
def name_lemmas(word: str) -> frozenset[str]:
    """The forms a name word is matched by: its folded spelling and, for a Cyrillic word,
    the lemmas of its name readings ("Бекова" and "Беков" share "беков")."""
    folded = fold(word).replace("ё", "е")
    if not _CYRILLIC.search(folded):
        return frozenset({folded})
    readings = {q.normal_form.replace("ё", "е") for q in morph().parse(folded)
                if any(t in q.tag for t in _NAME_TAGS)}
    return frozenset(readings | {folded})
