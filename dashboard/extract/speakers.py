"""Who speaks in a sentence.

Speaker rules: a reporting cue ("said", "a souligné", "заявил", "selon") takes the actor
mention closest before it (not after a preposition, nominative in Russian); the mention
right after it wins when the cue follows a comma, a quote or a dash ("..., a dit Wang Yi"),
or when the cue says so (``after``: "selon X"; ``pronoun``: "according to him";
``channel``: "in a statement", where the sentence's subject speaks); a person named right
after a body speaks for it ("said the MFA spokesman Wang Wenbin"). Pronouns and generic
references ("il", "the minister", "он") stand for the first person named earlier in the
sentence, else the last person spoken of; "the ministry" for the last body. What the
words between a name and its verb say about the clause is decided in ``clause_gaps``.

Which mentions can be a clause's subject, and whom a pronoun stands for, is decided in
``subjects``; the sentence's view and its cue matches are ``sentence_view``'s.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dashboard.extract.actors import Mention
from dashboard.extract.clause_gaps import comma_before, complementizers, determiners_only
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.quotes import closes_before
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.subjects import nominative, not_subject, pronoun_mentions, subject_before


class Speaker(NamedTuple):
    """Who speaks in a sentence, and the span of the reporting cue that says so."""

    mention: Mention
    cue_start: int
    cue_end: int


def find_speakers(view: SentenceView, lexicon: Lexicon) -> list[Speaker]:
    """Every ``(speaker, cue start, cue end)`` of the sentence (one per reporting cue)."""
    found = []
    cues = cue_matches(lexicon, "reporting", view)
    for cue, match in cues:
        if any(c.value == "after" and o.start() <= match.start() and match.end() <= o.end()
               and o.end() - o.start() > match.end() - match.start() for c, o in cues):
            continue  # "сообщала" inside "как сообщала X": the source is named after it
        if any(c.value == "after" and 0 <= o.start() - match.end() <= 2 for c, o in cues):
            continue  # ", sagte ein Sprecher des X": the source named after the verb speaks
        if not cue.value and _passive_before(view, lexicon, match):
            continue  # "a state of emergency was declared": no one is said to speak
        speaker = _speaker_of(view, lexicon, cue, match)
        if speaker and not any(a <= speaker[1] < b for _m, a, b in found):
            found.append(speaker)
    if not found and view.last_speaker and view.folded[view.start:view.start + 1] in '"':
        # a quotation that goes on from the sentence before, without a new attribution
        found.append(Speaker(view.last_speaker, view.start, view.start))
    return found


def _passive_before(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when a passive auxiliary stands right before a reporting verb ("was declared",
    "a été annoncé", "было объявлено") and no agent follows it ("was assured by X": X
    speaks): the verb tells what was said or decreed, and the names before it are not its
    speaker."""
    after = view.folded[match.end():view.end].split()[:1]
    if after and after[0] in lexicon.words("passive_agent"):
        return False
    start = max(view.start, match.start() - 24)
    return any(not view.folded[m.end():match.start()].strip()
               for _c, m in lexicon.finditer("passive", view.folded, start, match.start()))


def _speaker_of(view: SentenceView, lexicon: Lexicon, cue, match):
    """The speaker a reporting cue introduces (see the module rules), or ``None``."""
    candidates = sorted(view.mentions + pronoun_mentions(view, lexicon),
                        key=lambda m: m.start)
    a, b = match.start(), match.end()
    if cue.value == "previous":  # "Об этом заявил X": X is found by the verb, for the
        return None              # sentence before (see the pipeline)
    if cue.value == "before":  # "Dem Kreml zufolge": the source right before the word
        return _source_before(view, candidates, match)
    if cue.value == "channel":  # "in a statement": the clause's subject speaks
        head = subject_before(view, lexicon, view.end, None)
        return Speaker(head, a, b) if head and head.kind != "crowd" else None
    if cue.value == "pronoun" or any(marker in match.group(0)
                                     for marker in lexicon.words("inversion_marker")):
        last = view.last_person or view.last_speaker
        return Speaker(last, a, b) if last else None
    if cue.value == "after" and _in_apposition(view, lexicon, candidates, match):
        # "Ned Price, a spokesman for X, said": the person the apposition describes speaks
        return Speaker(_in_apposition(view, lexicon, candidates, match), a, b)
    inverted, after, before = _sides(view, lexicon, cue, match, candidates)
    if cue.value != "after":  # "according to X": the preposition belongs to the cue
        after = [m for m in after if not not_subject(view, lexicon, m)]
    choice = None
    if after and re.search(r"[,;:]", view.folded[b:after[0].start]) and (
            cue.value == "after" or not inverted):
        # "as Sputnik reports, the police ...": the source was named before the comma
        after = []
    if after and complementizers(lexicon)[1].search(view.folded[b:after[0].start]):
        after = []  # "Por último, expresó su esperanza de que X": X acts in the clause
    if inverted and after and (after[0].start - b <= 40 or (
            after[0].start - b <= 80 and not re.search(r"[,;]", view.folded[b:after[0].start]))):
        choice = _person_in_apposition(view, lexicon, after)  # "— заявил на церемонии генерал X"
    elif before:
        choice = _person_first(view, _outside_relative(view, lexicon, candidates, a)
                               or before, a)
    elif after and after[0].start - b <= 25:
        choice = _person_in_apposition(view, lexicon, after)
    if choice is None and cue.value != "after" and lexicon.words("body_preposition"):
        choice = impersonal_body(view, lexicon, match)  # "В МИД России заявили, что ..."
    if choice is None and cue.value != "after" and lexicon.has_trait("pro_drop"):
        choice = dropped_subject(view, lexicon, candidates, a)
    if choice:
        choice = _principal(view, lexicon, choice)
    return Speaker(choice, a, b) if choice else None


def _in_apposition(view: SentenceView, lexicon: Lexicon, candidates, match) -> Mention | None:
    """The person an ``after`` cue describes when it stands in an apposition: right after
    the person's name and a comma, with the clause's own reporting verb after it, past a
    comma ("Ned Price, a spokesman for the State Department, said"); ``None`` otherwise
    ("..., according to the ministry." names the source)."""
    named = [m for m in candidates if m.kind in ("person", "unknown")
             and re.fullmatch(r",\s*", view.folded[m.end:match.start()])]
    if not named:
        return None
    verbs = [o for c, o in cue_matches(lexicon, "reporting", view)
             if c.value != "after" and o.start() > match.end()
             and "," in view.folded[match.end():o.start()]]
    return named[-1] if verbs else None


def _source_before(view: SentenceView, candidates: list[Mention], match) -> Speaker | None:
    """The source named right before a postposition of attribution ("dem Kreml zufolge",
    "OVKS-Angaben zufolge": a compound's head may stand between), in any case: the
    preposition's own article does not keep it from speaking."""
    before = [m for m in candidates if m.end <= match.start() and m.kind != "crowd"
              and re.fullmatch(r"(?:-\w+)?\s*", view.folded[m.end:match.start()])]
    return Speaker(before[-1], match.start(), match.end()) if before else None


def _sides(view: SentenceView, lexicon: Lexicon, cue, match, candidates: list[Mention]):
    """Where a reporting cue looks for its speaker: ``(inverted, after, before)``, whether
    the speaker follows the verb, and the nominative mentions after and before the cue that
    may speak it.

    ", said X" / ", a déclaré X" put the speaker after the verb; "X, a assuré que ..." does
    not (the verb opens the reported clause); nor can a name inside a quotation that closes
    before the verb speak it ("«... X ...», — в ответ отметила Y")."""
    a, b = match.start(), match.end()
    closed = closes_before(view.folded, a, view.quotes)
    inverted = closed is not None or cue.value == "after" or (
        view.folded[view.start:a].rstrip()[-1:] in ',"\'-'
        and not complementizers(lexicon)[0].match(view.folded[b:view.end])
        and not any(m.kind == "person" and 0 <= a - m.end <= 3  # ", Josep Borrell, said"
                    and (comma_before(view.folded[view.start:m.start], lexicon)
                         # "El presidente de X, Y, anunció": a name opening the sentence
                         or not view.folded[view.start:m.start].strip())
                    for m in candidates))
    after = [m for m in candidates if m.start >= b and m.start - b <= 80
             and nominative(view.folded[m.start:m.end], lexicon)]
    # a name inside a cue that brackets it ("teilte das Ministerium mit", "ordnete X an":
    # German separable verbs) follows the verb: it is the subject after it
    after = [m for m in candidates if a < m.start and m.end <= b and m.kind != "crowd"
             and not re.search(r"[,;:]", view.folded[a:m.start])] + after
    before = [m for m in candidates if m.end <= a and a - m.end <= (45 if inverted else 90)
              and (closed is None or m.start > closed)
              and nominative(view.folded[m.start:m.end], lexicon)
              and not not_subject(view, lexicon, m)
              and (m.kind != "crowd" or a - m.end <= 3)]
    return inverted, after, before


def dropped_subject(view: SentenceView, lexicon: Lexicon, candidates: list[Mention],
                    cue_start: int):
    """A reporting or stance verb that opens its sentence with no subject ("Añadió que
    ...", "Inoltre ha avvertito che ...", "Заявил также, что ...", "Pidió ayuda"): the
    subject is left out, as Spanish, Italian and Russian do (lexicon ``trait``
    ``pro_drop``), and is the last person spoken of. An article and a noun before the
    verb ("El país ha declarado") are its subject, unless they name a time ("El lunes
    añadió"). So is one right after the closing mark of a quotation that names no one
    after it ("«...», señaló.")."""
    closed = closes_before(view.folded, cue_start, view.quotes)
    if closed is not None and not any(closed < m.start < cue_start for m in candidates):
        return view.last_person
    head = view.folded[view.start:cue_start]
    if len(head) > 25 or any(m.start < cue_start for m in candidates) or \
            re.search(r"[\"«»“”]", head):
        return None
    for _cue, article in lexicon.finditer("determiner", head):
        noun = re.fullmatch(r"\s+(\w+)\s*", head[article.end():])
        if article.start() == len(head) - len(head.lstrip()) and noun and not any(
                cue.regex.fullmatch(noun.group(1)) for kind in ("weekday", "month", "relative")
                for cue in lexicon.of(kind)):
            return None
    return view.last_person


def impersonal_body(view: SentenceView, lexicon: Lexicon, match) -> Mention | None:
    """"В МВД Казахстана заявили", "в МИД России призвали": a plural verb with no subject
    (its ending a ``plural_ending`` row: "ли"), and the body it speaks for after a
    ``body_preposition`` ("в", "во") just before it, is that body speaking ("в ведомстве":
    the last body named); so is a person named by an ``institution_word`` ("в Кремле")."""
    if not match.group(0).endswith(tuple(lexicon.pooled_words("plural_ending"))):
        return None
    place = rf"(?:^|\s)(?:{lexicon.alternation('body_preposition')})\s+$"
    inside = [m for m in sorted(view.mentions + pronoun_mentions(view, lexicon),
                                key=lambda m: m.start)  # "в ведомстве" too
              if m.end <= match.start() and match.start() - m.end <= 40
              and (m.kind not in ("person", "crowd", "unknown")
                   or view.folded[m.start:m.end] in lexicon.pooled_words("institution_word"))
              and re.search(place, view.folded[max(view.start, m.start - 4):m.start])]
    return inside[-1] if inside else None


def _principal(view: SentenceView, lexicon: Lexicon, choice: Mention) -> Mention:
    """"his spokesman, Stéphane Dujarric" speaks for the person "his" stands for (the
    event model files a spokesperson under the principal); a spokesperson of a body
    ("State Department spokesman Ned Price") speaks in their own name."""
    for cue, match in cue_matches(lexicon, "anaphora", view):
        if cue.value == "principal" and 0 <= choice.start - match.end() <= 3:
            stand_in = [m for m in pronoun_mentions(view, lexicon) if m.start == match.start()]
            return stand_in[0] if stand_in else choice
    return choice


def _outside_relative(view: SentenceView, lexicon: Lexicon, candidates: list[Mention],
                      cue_start: int) -> list[Mention]:
    """When a relative clause set off by commas stands right before a reporting verb ("The
    President, who chairs the Security Council of Kazakhstan, emphasised"), the mentions
    that may speak: those right before the clause (the council inside it is no speaker);
    empty when there is no such clause."""
    head = view.folded[view.start:cue_start]
    opened = list(re.finditer(
        rf",\s*(?:{lexicon.alternation('relative_pronoun')})\s", head))
    if not opened or not re.search(r",\s*$", head):
        return []
    start = view.start + opened[-1].start()
    return [m for m in candidates if m.end <= start and start - m.end <= 3
            and m.kind != "crowd" and not not_subject(view, lexicon, m)]


def _person_first(view: SentenceView, before: list[Mention], cue_start: int) -> Mention:
    """The speaker before a reporting verb: the nearest mention, but a person named
    earlier in the same clause wins over a body named between ("Путин на видеосаммите
    ОДКБ заявил", "Tokayev at a CSTO summit said"): bodies there are settings."""
    nearest_one = before[-1]
    if nearest_one.kind in ("person", "unknown", "crowd"):
        return nearest_one
    people = [m for m in before if m.kind == "person" and m.via != "anaphora"
              and not re.search(r"[,;:\"]", view.folded[m.end:cue_start])]
    return people[-1] if people else nearest_one


def _person_in_apposition(view: SentenceView, lexicon: Lexicon,
                          after: list[Mention]) -> Mention:
    """"..., said the spokesman of the MFA Wang Wenbin": the person named right after a
    body speaks for it (not one linked by a comma or a ``conjunction``: "X and Y"); a
    person named first speaks for themself, unless the finite verb stands second ("Laut
    Peskow telefonierte Tokajew": the subject after the verb)."""
    first = after[0]
    if first.kind == "person" and not lexicon.has_trait("verb_second"):
        return first  # "Según el Kremlin, Putin respaldó a Tokáyev": Putin
    link = rf"[,;]| (?:{lexicon.alternation('conjunction')}) "
    for mention in after[1:]:
        gap = view.folded[first.end:mention.start]
        if mention.kind == "person" and len(gap) <= 40 and not re.search(link, gap):
            return mention
    return first


def in_reported_clause(mention: Mention, speaker: tuple[Mention, int, int],
                        view: SentenceView, lexicon: Lexicon) -> bool:
    """True when a mention lies in the clause the speaker reports: after "X said (that)",
    or before "..., X said" / "..., said X" when the speaker and verb close the sentence
    (and no ``complementizer`` follows them)."""
    who, cue_start, cue_end = speaker
    block_start = min(who.start, cue_start) if view.start <= who.start else cue_start
    block_end = max(who.end, cue_end) if view.start <= who.start else cue_end
    before = view.folded[view.start:block_start].rstrip()
    after = view.folded[block_end:view.end]
    closing = len(before) > 20 and bool(re.search(r"[,\"']", before[-40:])) and len(after) < 80 \
        and not complementizers(lexicon)[1].search(after)
    if closing:
        return mention.end <= block_start
    return mention.start >= block_end and not _addressee(mention, block_end, view, lexicon)


def _addressee(mention: Mention, cue_end: int, view: SentenceView, lexicon: Lexicon) -> bool:
    """True for whom the words were addressed to, named right after the reporting verb
    and before the ``complementizer`` that opens the reported clause, up to three words
    (a time) apart ("X told Putin on Friday that ... and thanked him"): the addressee does
    not act in the reported clause."""
    if not determiners_only(view.folded[cue_end:mention.start], lexicon):
        return False
    return bool(re.match(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:{lexicon.alternation('complementizer')})\b",
                         view.folded[mention.end:view.end]))
