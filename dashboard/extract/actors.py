"""Actor mentions: aliases from the actor knowledge base, found in running text.

The matcher is built once from :class:`dashboard.knowledge.ActorBook` (every alias, every
language), so no actor name lives in code. Three further kinds of mention are added:

- *agents*: generic words of the lexicon that stand for an actor (``manifestants``,
  ``people`` -> ``protesters``), kind ``agent`` rows in ``data/lexicons/<lang>.csv``;
- *titled surnames*: a title cue followed by one name word (``M. Wang``, ``Mr Blinken``,
  ``г-н Песков``) denotes the person mentioned earlier whose name holds that word;
- descriptive aliases (``le chef de la diplomatie chinoise``) count only on the dates the
  alias table says they denote the actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from dashboard.extract.knowledge_base import Knowledge, shipped_knowledge
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.people import name_lemmas, person_name
from dashboard.extract.spans import LatestByKey, SpanIndex
from dashboard.extract.tokens import PhraseMatcher, Token, inflected, surname_endings, token_key
from dashboard.knowledge import ActorBook, Alias


@dataclass(frozen=True)
class Mention:
    """One actor mention: span in the text, canonical actor and how it was found."""

    start: int
    end: int
    actor: str
    kind: str
    country: str
    via: str = "alias"
    oblique: bool = False  # an inflected (non-nominative) form of its alias: no subject


def actor_book() -> ActorBook:
    """The shipped actor knowledge base, loaded once per process."""
    return shipped_knowledge().book


@lru_cache(maxsize=8)
def _matcher(knowledge: Knowledge, endings: tuple[str, ...]) -> PhraseMatcher:
    book = knowledge.book
    entries = [(alias.alias, alias) for alias in book.aliases]
    entries += [(name, Alias(name, name, "en", False, None, None)) for name in book.actors]
    return PhraseMatcher(entries, surname_endings=endings)


@lru_cache(maxsize=8)
def _surname_index(knowledge: Knowledge, endings: tuple[str, ...]) -> dict[str, list[str]]:
    """Name word key -> persons whose canonical name or plain alias holds that word."""
    book = knowledge.book
    index: dict[str, set[str]] = {}
    for alias in book.aliases:
        actor = book.actors.get(alias.actor)
        if actor is None or actor.kind != "person" or alias.descriptive:
            continue
        for word in alias.alias.replace("-", " ").split():
            if word[:1].isupper() and len(word) > 1:
                index.setdefault(token_key(word, endings), set()).add(alias.actor)
    return {key: sorted(actors) for key, actors in index.items()}


@lru_cache(maxsize=8)
def _alias_forms(knowledge: Knowledge) -> dict[str, tuple[str, ...]]:
    """Actor -> every alias the book lists for it (a listed inflected form, "Токаева",
    is told from the form it inflects, "Токаев", by :func:`inflected`)."""
    forms: dict[str, list[str]] = {}
    for alias in knowledge.book.aliases:
        forms.setdefault(alias.actor, []).append(alias.alias)
    return {actor: tuple(names) for actor, names in forms.items()}


def _choose(aliases: list[Alias], on: date | None) -> str | None:
    usable = [a for a in aliases if a.applies_on(on)]
    plain = {a.actor for a in usable if not a.descriptive}
    chosen = plain or {a.actor for a in usable}
    return next(iter(chosen)) if len(chosen) == 1 else None


def _mention(start: int, end: int, name: str, via: str,
             book: ActorBook | None = None) -> Mention | None:
    actor = (book or actor_book()).actors.get(name)
    if actor is None:
        return None
    return Mention(start, end, actor.name, actor.kind, actor.country, via)


def find_actors(text: str, folded: str, tokens: list[Token], lexicon: Lexicon,
                on: date | None, knowledge: Knowledge | None = None) -> list[Mention]:
    """Return the actor mentions of a text, in order of appearance.

    Parameters
    ----------
    text, folded : str
        The article text and its folded form (same length).
    tokens : list of Token
        The tokens of the text (see :func:`dashboard.extract.tokens.tokenize`).
    lexicon : Lexicon
        The language's ``agent`` and ``title`` cues.
    on : datetime.date or None
        The date descriptive aliases are judged on (publication date of the article).
    knowledge : Knowledge, optional
        The actor book to match (the shipped one by default).
    """
    knowledge = knowledge or shipped_knowledge()
    book = knowledge.book
    mentions: list[Mention] = []
    for first, last, aliases in _matcher(knowledge, surname_endings(lexicon)).find(tokens):
        name = _choose(aliases, on)
        mention = _mention(tokens[first].start, tokens[last - 1].end, name, "alias", book) \
            if name else None
        if mention:  # case from the matched aliases (listed as written, mostly nominative)
            before = folded[tokens[first - 1].start:tokens[first - 1].end] if first else ""
            mentions.append(replace(mention, oblique=inflected(
                folded[mention.start:mention.end],
                _alias_forms(knowledge).get(name, ()), before)))
    taken = SpanIndex(list(mentions))
    for cue, match in lexicon.finditer("agent", folded):
        if not taken.overlaps(match.start(), match.end()):
            mention = _mention(match.start(), match.end(), cue.actor, "agent", book)
            if mention:
                mentions.append(mention)
    mentions += _titled(text, folded, tokens, lexicon, mentions, knowledge)
    mentions += _repeated_surnames(tokens, mentions, book)
    mentions = [_possessed_body(folded, m, knowledge) for m in mentions]
    mentions.sort(key=lambda m: m.start)
    return _merge_adjacent(text, mentions)


@lru_cache(maxsize=8)
def _bodies_by_country(knowledge: Knowledge) -> dict[str, list[tuple[str, str]]]:
    """Country -> (folded lower-case name, canonical name) of its bodies in the book."""
    out: dict[str, list[tuple[str, str]]] = {}
    for actor in knowledge.book.actors.values():
        if actor.kind not in ("person", "state", "crowd") and actor.country:
            out.setdefault(actor.country, []).append(
                (actor.name.lower().replace("defense", "defence"), actor.name))
    return out


def _possessed_body(folded: str, mention: Mention, knowledge: Knowledge) -> Mention:
    """"Russia's foreign ministry", "Kazakhstan's interior ministry": a state's body named
    with a possessive is the body of that country whose name ends with those words."""
    if mention.kind != "state" or folded[mention.end:mention.end + 2] != "'s":
        return mention
    words = re.findall(r"[a-z]+", folded[mention.end + 2:mention.end + 40])[:3]
    for size in (3, 2):
        phrase = " ".join(words[:size]).replace("defense", "defence")
        if len(words) < size:
            continue
        for name, canonical in _bodies_by_country(knowledge).get(mention.country, []):
            if name.endswith(" " + phrase) or name == phrase:
                end = folded.index(words[size - 1], mention.end) + len(words[size - 1])
                found = _mention(mention.start, end, canonical, "alias", knowledge.book)
                if found:
                    return found
    return mention


def _repeated_surnames(tokens: list[Token], known: list[Mention],
                       book: ActorBook) -> list[Mention]:
    """A person named in full once ("Nils Schmid") is then often named by the last word
    of that name alone ("sagte Schmid"): a later capitalised token with that word's key
    is a mention of the same person (when no other person named in full shares it)."""
    people: dict[str, set[str]] = {}
    first_seen: dict[str, int] = {}
    starts = [t.start for t in tokens]
    for mention in known:
        if mention.kind != "person" or mention.via != "alias":
            continue
        words = tokens[bisect_left(starts, mention.start):bisect_left(starts, mention.end)]
        if len(words) >= 2:
            people.setdefault(words[-1].key, set()).add(mention.actor)
            first_seen.setdefault(words[-1].key, words[-1].end)
    covered = [(m.start, m.end) for m in known]
    found = []
    for token in tokens:
        actors = people.get(token.key)
        if actors and len(actors) == 1 and token.capital and \
                token.start >= first_seen[token.key] and \
                not any(a <= token.start < b for a, b in covered):
            found.append(_mention(token.start, token.end, next(iter(actors)), "alias", book))
    return [m for m in found if m]


def _titled(text: str, folded: str, tokens: list[Token], lexicon: Lexicon,
            known: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """``M. Wang`` -> the person mentioned before whose name holds ``Wang``."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    covered = SpanIndex(known)
    latest = LatestByKey(known, key=lambda m: m.actor)
    found = []
    for _cue, match in lexicon.finditer("title", folded):
        after = match.end()
        while after < len(text) and text[after] in " .\u00a0":
            after += 1
        index = starts.get(after)
        if index is None or not tokens[index].capital:
            continue
        word = tokens[index]
        if covered.covering(word.start, word.start + 1):
            continue
        candidates = _surname_index(knowledge, surname_endings(lexicon)).get(word.key, [])
        earlier = latest.latest_before(candidates, word.start)
        name = earlier.actor if earlier else (candidates[0] if len(candidates) == 1 else None)
        mention = _mention(match.start(), word.end, name, "title", knowledge.book) \
            if name else None
        if mention:
            found.append(mention)
    return found


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join "le président chinois" + "Xi Jinping" (same actor, only spaces or commas between)."""
    merged: list[Mention] = []
    for mention in mentions:
        if merged and merged[-1].actor == mention.actor \
                and not text[merged[-1].end:mention.start].strip(" ,\u00a0"):
            last = merged.pop()
            mention = Mention(last.start, mention.end, last.actor, last.kind, last.country,
                              last.via, last.oblique or mention.oblique)
        elif merged and mention.start < merged[-1].end:
            continue
        elif merged and merged[-1].actor == mention.actor and merged[-1].oblique and \
                text[merged[-1].end:mention.start].strip() == "(":
            # "Организации ... (ОДКБ)": a name glossed in brackets takes the name's case
            mention = replace(mention, oblique=True)
        merged.append(mention)
    return merged


_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+(?:[-'’][A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+)?"
_NAME = re.compile(rf"(?<![\w-]){_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,2}}(?![\w-])")


def find_unknown_people(text: str, folded: str, taken: list[tuple[int, int]],
                        lexicon: Lexicon, start: int = 0) -> list[Mention]:
    """Names of people the knowledge base does not know ("Anatoly Antonov", "Дастан
    Бекешев"): two or three capitalised words, none a title, month or common word, not
    overlapping a known actor or place. ``lexicon`` gives the title, month and weekday
    cues and the words that start no name (``institution_word``, ``function_word``).

    They are mentions of kind ``unknown``, no country, whose actor is the name as the
    event model writes it (:func:`dashboard.extract.people.person_name`: Latin spelling,
    nominative); a later mention by the surname alone ("Bekov", "Бекова") is one too (see
    :func:`_unknown_surnames`). They are speakers and subjects, so that their words are
    not given to a known actor standing nearby; the ``rows`` component lets them be the
    actor of a stance-bearing event only (see ``coding_steps.unknown_may_act``).
    """
    found = []
    index = SpanIndex(taken, span=lambda pair: pair)
    # words of institutions and places (``institution_word`` rows) and articles, pronouns
    # and the like (``function_word``; German capitalises every noun, so "Die Polizei"):
    # a capitalised phrase holding one is not a person; every language's words count in
    # every article, as they did when the lists were in this module
    stop = lexicon.pooled_words("institution_word") | lexicon.pooled_words("function_word")
    for match in _NAME.finditer(text, start):
        a, b = match.span()
        opening = text[max(0, a - 3):a].rstrip()[-1:] in ("", ".", "!", "?", "\n")
        if len(match.group(0).split()) == 3 and opening:
            a = a + len(match.group(0).split()[0]) + 1  # a capitalised first word of a sentence
        if index.overlaps(a, b) or (opening and _named_before(text[a:b], found, text)):
            continue  # "Later Bekov said": "Bekov" alone, found as a surname below
        words = folded[a:b].split()
        if any(w in stop for w in words) or any(
                cue.regex.fullmatch(w) for w in words
                for kind in ("title", "month", "weekday") for cue in lexicon.of(kind)) or \
                _opens_cue(folded, a, lexicon):
            continue
        found.append(Mention(a, b, person_name(text[a:b]), "unknown", "", "unknown"))
    return found + _unknown_surnames(text, found, index, start)


def _named_before(phrase: str, found: list[Mention], text: str) -> bool:
    """True when a two-word phrase opening a sentence ends with the surname of a person
    named in full before under another first name: its first word is no name."""
    words = phrase.split()
    return len(words) == 2 and any(
        name_lemmas(words[1]) & name_lemmas(text[m.start:m.end].split()[-1])
        and text[m.start:m.end].split()[0] != words[0] for m in found)


_SURNAME = re.compile(rf"(?<![\w-]){_NAME_WORD}(?![\w-])")


def _unknown_surnames(text: str, named: list[Mention], taken: SpanIndex,
                      start: int) -> list[Mention]:
    """A person named in full once is then named by the surname alone ("Bekov said",
    "по словам Бекова"): a later capitalised word read as the last word of exactly one
    unknown full name (:func:`dashboard.extract.people.name_lemmas`), outside known
    actors, places and the full names, is that person."""
    surnames: dict[str, set[str]] = {}
    for mention in named:
        for lemma in name_lemmas(text[mention.start:mention.end].split()[-1]):
            surnames.setdefault(lemma, set()).add(mention.actor)
    if not named:
        return []
    spans = SpanIndex(named)
    found = []
    for match in _SURNAME.finditer(text, max(start, named[0].end)):
        a, b = match.span()
        people = set().union(*(surnames.get(lemma, set()) for lemma in name_lemmas(
            match.group(0))))
        if len(people) != 1 or taken.overlaps(a, b) or spans.overlaps(a, b) or \
                not any(m.end <= a and m.actor in people for m in named):
            continue
        found.append(Mention(a, b, next(iter(people)), "unknown", "", "unknown"))
    return found


_CUE_KINDS = ("relative", "agent", "nationwide")


def _opens_cue(folded: str, position: int, lexicon: Lexicon) -> bool:
    """True when a cue phrase of the lexicon starts at ``position``: capitalised words
    there are common nouns (German "Zwei Tage später", "Tausende Menschen"), no name."""
    return any(cue.regex.match(folded, position) for kind in _CUE_KINDS
               for cue in lexicon.of(kind))


def is_troops(mention: Mention) -> bool:
    """A country named by its troops ("les soldats russes", an ``agent`` row of a state):
    they act, they take no stance."""
    return mention.via == "agent" and mention.kind == "state"


def of_another_country(subject: Mention, speaker: Mention) -> bool:
    """A state or body of another country than the speaker's, subject of a request the
    speaker reports ("Peskov a affirmé que le Kazakhstan avait sollicité l'OTSC"): it
    asked; the speaker's own state is the speaker's characterisation."""
    return subject.kind in ("state", "government_body") and bool(subject.country) and \
        subject.country != speaker.country
