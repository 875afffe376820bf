"""Tokens with matching keys, and a longest-match phrase matcher over them.

A token's key is its folded form (lower case, no accents); Cyrillic tokens are reduced to
their lemma with pymorphy3 (OpenCorpora dictionaries, package ``pymorphy3-dicts-ru``), so
``Назарбаевым``, ``Назарбаеву`` and ``Назарбаев`` share one key, and feminine surnames are
reduced to the masculine stem (``Захаровой`` and ``Захарова`` both to ``захаров``; the
endings are the lexicon's ``surname_ending`` rows, see :func:`surname_endings`). Alias
tables and gazetteer names are keyed the same way (with the same endings), which is what
makes inflected Russian match without listing every form. The analyser's first guess is
taken; where it misreads a name (``Токаев`` as a form of ``токай``), the alias table lists
the inflected forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard.extract.lexicon import fold

_TOKEN = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
_CYRILLIC = re.compile(r"[а-яёіїқөүұһңғә]", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    """One word: character span, matching key, and its capitalisation."""

    start: int
    end: int
    key: str
    upper: bool
    capital: bool


@lru_cache(maxsize=1)
def morph():
    """The Russian morphological analyser, loaded on first use (once per process)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=100_000)
def analyses(word: str) -> tuple:
    """The analyser's readings of one word, likeliest first (cached: the same words come
    back in every sentence)."""
    return tuple(morph().parse(word))


def surname_endings(lexicon) -> tuple[str, ...]:
    """A lexicon's feminine surname endings (``surname_ending`` rows of every language it
    was pooled with), the form :func:`token_key` takes."""
    return tuple(sorted(lexicon.pooled_words("surname_ending")))


@lru_cache(maxsize=200_000)
def token_key(word: str, surname_endings: tuple[str, ...] = ()) -> str:
    """The matching key of one word (see the module docstring); a surname ending in one of
    ``surname_endings`` is reduced to its masculine stem."""
    folded = fold(word)
    if not _CYRILLIC.search(folded) or len(folded) < 3:
        return folded
    parse = morph().parse(folded)[0]
    lemma = parse.normal_form.replace("ё", "е")
    if surname_endings and "Surn" in parse.tag and lemma.endswith(surname_endings):
        lemma = lemma[:-1]
    return lemma


def inflected(surface: str, aliases: list[str], before: str = "") -> bool:
    """True when a Cyrillic mention matched its aliases only through the lemma, its first
    word in another form than theirs ("Организации ..." for "Организация ..."): the
    mention stands in an oblique case, an object or a possessor, not a clause subject.
    A genitive right after a noun that may be nominative (``before``: "глава Госдепа")
    is that noun's possessor and the pair may still be the subject: such a mention is
    left to the other checks."""
    words = _TOKEN.findall(fold(surface).lower().replace("ё", "е"))
    firsts = _first_words(tuple(aliases))
    if not words or not _CYRILLIC.search(words[0]):
        return False
    if words[0] in firsts and not any(  # a case ending adds at most three letters
            words[0] != f and words[0].startswith(f) and len(words[0]) - len(f) <= 3
            for f in firsts):
        return False  # as listed, and no shorter listed form it inflects ("Токаев"):
        # "Госдепартамент" is no case of "Госдеп"
    # the analyser's likeliest reading: "помочь" is a verb, not the archaic noun
    return not (before and {"NOUN", "nomn"} in analyses(before.lower())[0].tag)


@lru_cache(maxsize=4096)
def _first_words(aliases: tuple[str, ...]) -> frozenset[str]:
    """The first words of aliases, folded as :func:`inflected` reads a mention."""
    return frozenset(w[0] for w in (_TOKEN.findall(fold(a).lower().replace("ё", "е"))
                                    for a in aliases) if w)


def tokenize(text: str, start: int = 0, end: int | None = None,
             surname_endings: tuple[str, ...] = ()) -> list[Token]:
    """Split ``text[start:end]`` into tokens keyed for matching (offsets into ``text``;
    ``surname_endings`` as in :func:`token_key`)."""
    tokens = []
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group(0)
        tokens.append(Token(m.start(), m.end(), token_key(word, surname_endings),
                            word.isupper() and len(word) > 1, word[:1].isupper()))
    return tokens


def phrase_keys(phrase: str, surname_endings: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Keys of a phrase's tokens, as :func:`tokenize` would give them in running text."""
    return tuple(t.key for t in tokenize(phrase, surname_endings=surname_endings))


class PhraseMatcher:
    """Find the longest listed phrases in a token list (greedy, left to right).

    Entries are ``(surface, payload)``; a surface written in capitals (an acronym such as
    ``UN`` or ``OTSC``) only matches capitals in the text, so ``un`` in French never becomes
    the United Nations. With ``capitalised=True`` the first token must start with a
    capital (place names). ``surname_endings`` key the entries as the text's tokens are
    keyed (see :func:`token_key`).
    """

    def __init__(self, entries, capitalised: bool = False,
                 surname_endings: tuple[str, ...] = ()):
        self._index: dict[str, list[tuple[tuple[str, ...], bool, object]]] = {}
        self._capitalised = capitalised
        for surface, payload in entries:
            keys = phrase_keys(surface, surname_endings)
            if not keys:
                continue
            acronym = surface.isupper() and len(surface.replace(" ", "")) <= 6
            self._index.setdefault(keys[0], []).append((keys, acronym, payload))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: -len(c[0]))

    def find(self, tokens: list[Token]) -> list[tuple[int, int, list[object]]]:
        """Return ``(first token, last token + 1, payloads)`` for each longest match."""
        found = []
        i = 0
        while i < len(tokens):
            match = self._match_at(tokens, i)
            if match:
                end, payloads = self._overtaken(tokens, i, match)
                found.append((i, end, payloads))
                i = end
            else:
                i += 1
        return found

    def _overtaken(self, tokens: list[Token], i: int, match) -> tuple[int, list[object]]:
        """The end and payloads of a match at ``i``: a phrase starting inside it and
        reaching past its end names what the words are about, so the span runs to that
        phrase's end and takes its payloads ("the Kremlin spokesman" is the spokesman,
        not "the Kremlin"; "président Xi Jinping" is Xi Jinping, whole)."""
        length, payloads = match
        for k in range(i + 1, i + length):
            later = self._match_at(tokens, k)
            if later and k + later[0] > i + length:
                return k + later[0], later[1]
        return i + length, payloads

    def _match_at(self, tokens: list[Token], i: int):
        candidates = self._index.get(tokens[i].key)
        if not candidates or (self._capitalised and not tokens[i].capital):
            return None
        best_len, payloads = 0, []
        for keys, acronym, payload in candidates:
            n = len(keys)
            if n < best_len:
                break
            window = tokens[i:i + n]
            if len(window) < n or any(t.key != k for t, k in zip(window, keys, strict=True)):
                continue
            if acronym and not all(t.upper or len(t.key) == 1 for t in window):
                continue
            best_len = n
            payloads.append(payload)
        return (best_len, payloads) if best_len else None
