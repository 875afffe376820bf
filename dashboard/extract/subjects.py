"""Which mention can be the subject of a clause, and whom a pronoun stands for.

Speakers, stance holders and the actors of acts ask the same questions of a sentence: can a
mention be a subject (not after a preposition, not a possessor, nominative in Russian), which
one stands before a verb (or right after it where the finite verb stands second, or is shared
by verbs linked by a conjunction), and which person, body or organisation a pronoun or generic
reference ("il", "the minister", "the alliance", "ce dernier") stands for.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.extract.actors import Mention
from dashboard.extract.clause_gaps import apposition_close, determiners_only
from dashboard.extract.knowledge_base import Knowledge
from dashboard.extract.lexicon import Lexicon, fold
from dashboard.extract.sentence_view import SentenceView, cue_matches
from dashboard.extract.tokens import analyses


@lru_cache(maxsize=8)
def office_table(knowledge: Knowledge) -> tuple[tuple[str, str, str, str], ...]:
    """(folded role, country, actor, kind) of every body of the actor book with a country:
    what an ``office:`` reference ("МИД страны", "le ministère de la Défense du pays")
    is looked up in. Built once per knowledge object (they compare by identity), not once
    per article."""
    return tuple((fold(actor.role), actor.country, actor.name, actor.kind)
                 for actor in knowledge.book.actors.values()
                 if actor.kind == "government_body" and actor.country not in ("", "INT"))


def _office(view: SentenceView, lexicon: Lexicon, pattern: str, match) -> Mention | None:
    """The mention of the body an ``office:`` reference at ``match`` stands for: the one
    whose role matches the pattern, of the country of the sentence's subject named before
    it, else of the last subject spoken of, else of the crisis ("МИД страны" after
    "Таджикистан заявил")."""
    earlier = [m for m in view.mentions if m.end <= match.start()
               and m.country not in ("", "INT") and not not_subject(view, lexicon, m)]
    country = earlier[0].country if earlier else view.last_country or view.home
    return next((Mention(match.start(), match.end(), actor, kind, country, "anaphora")
                 for role, where, actor, kind in view.offices
                 if where == country and re.search(pattern, role)), None)


def not_subject(view: SentenceView, lexicon: Lexicon, mention: Mention) -> bool:
    """True when a mention cannot be a clause subject: it follows a preposition ("in
    Kazakhstan", "de la Chine", an ``article`` of any language between them) or is a
    possessor ("Tajikistan's Emomali Rahmon")."""
    if mention.oblique or view.folded[mention.end:mention.end + 2] == "'s" or not nominative(
            view.folded[mention.start:mention.end], lexicon):
        return True
    before = view.folded[max(view.start, mention.start - 20):mention.start].rstrip(" '")
    words = before.replace("'", " ").split()
    while words and any(c.regex.fullmatch(words[-1]) for c in lexicon.of("title")):
        words.pop()  # "de M. Tokaïev", "to President Tokayev": the title is no subject
    if not words:
        return False
    return any(cue.regex.fullmatch(words[-1]) for cue in lexicon.of("preposition")) or \
        (len(words) > 1 and words[-1] in lexicon.pooled_words("article")
         and any(cue.regex.fullmatch(words[-2]) for cue in lexicon.of("preposition")))


def pronoun_mentions(view: SentenceView, lexicon: Lexicon) -> list[Mention]:
    """Pronouns and generic references, standing for the last person ("he", "the
    minister", a person named earlier in the same sentence first), the last body ("the
    ministry"), the last international organisation ("the alliance") or president ("the
    head of state") spoken of, the last actor named, of any kind ("ce dernier", "the
    latter"), or who last spoke ("the statement said"). An ``office:`` reference ("МИД
    страны") is read first, as the body of that role of the country spoken of, so that
    its words are not also read as a plain body reference ("the ministry")."""
    taken = [(m.start, m.end) for m in view.mentions]
    found = []
    matches = cue_matches(lexicon, "anaphora", view)
    for cue, match in matches:  # "МИД страны": the country's ministry, not "the ministry"
        if cue.office and not any(a < match.end() and match.start() < b for a, b in taken):
            body = _office(view, lexicon, cue.office, match)
            if body:
                found.append(body)
                taken.append((match.start(), match.end()))
    for cue, match in matches:
        if cue.office:
            continue
        last = _referent(view, lexicon, cue, match)
        if last and not any(a < match.end() and match.start() < b for a, b in taken):
            found.append(Mention(match.start(), match.end(), last.actor, last.kind,
                                 last.country, "anaphora"))
    return found


def _referent(view: SentenceView, lexicon: Lexicon, cue, match) -> Mention | None:
    """Whom an ``anaphora`` cue (not an ``office:`` one) at ``match`` stands for (see
    :func:`pronoun_mentions`), ``None`` when no one."""
    if cue.value == "president" and view.last_president and not any(
            m.end <= match.start() and m.kind == "person" for m in view.mentions):
        return view.last_president  # "the president", "глава государства"
    if cue.value == "latter":  # "ce dernier", "celui-ci": the last actor named
        return next((m for m in reversed(view.mentions) if m.end <= match.start()),
                    view.last_mention)
    if cue.value == "organisation":  # "the alliance", "l'organisation": the last one
        return next((m for m in reversed(view.mentions) if m.end <= match.start()
                     and m.kind == "international_organisation"), view.last_organisation)
    # a person named earlier in the sentence as its subject; one named after a
    # preposition ("in talks with Tokayev, he said") is not who "he" is; "the
    # statement" stands for who last spoke (who issued it)
    earlier = [] if cue.value in ("body", "speaker") else [
        m for m in view.mentions if m.end <= match.start() and m.kind == "person"
        and not not_subject(view, lexicon, m)]
    return earlier[0] if earlier else view.last_speaker if cue.value == "speaker" else (
        view.last_body if cue.value == "body" else view.last_person) or view.last_speaker


def subject_before(view: SentenceView, lexicon: Lexicon, position: int,
                   exclude: tuple[int, int] | None) -> Mention | None:
    """The first mention before ``position`` that can be a clause subject."""
    pool = sorted(view.mentions + pronoun_mentions(view, lexicon), key=lambda m: m.start)
    for mention in pool:
        if mention.start >= position:
            break
        if exclude and exclude[0] <= mention.start < exclude[1]:
            continue
        if not not_subject(view, lexicon, mention):
            return mention
    return None


def subject_near(view: SentenceView, lexicon: Lexicon, position: int,
                 exclude: tuple[int, int] | None, reach: int = 60) -> Mention | None:
    """The mention right before a stance verb ("Putin backed", "la Chine est d'accord").

    It must end at most ``reach`` characters before ``position`` with no clause break
    (comma, semicolon, colon, dash) in between, and not follow a preposition.
    """
    pool = sorted(view.mentions + pronoun_mentions(view, lexicon), key=lambda m: m.end)
    if re.match(rf"\w+(?:{lexicon.alternation('participle_ending')})\b",
                view.folded[position:position + 30]):
        # a participle ("sent Tokayev a message praising ...", "saluant") belongs to the
        # subject of its clause, not to the object named just before it
        reach = max(reach, 120)
        clause = [m for m in pool if m.end <= position and len(view.folded[m.end:position])
                  <= reach and not re.search(r"[,;:—–]", view.folded[m.end:position])
                  and not (exclude and exclude[0] <= m.start < exclude[1])]
        subjects = [m for m in clause if not not_subject(view, lexicon, m)]
        if subjects:
            return subjects[0]
    shared = _coordinated_subject(view, lexicon, position, pool, exclude)
    if shared is not None:
        return shared
    for mention in reversed(pool):
        if mention.end > position or (exclude and exclude[0] <= mention.start < exclude[1]):
            continue
        gap = view.folded[mention.end:position]
        if len(gap) > reach and not _bracketed_gap(gap, lexicon) or (
                any(ch in gap for ch in ",;:—–") and not apposition_close(gap, lexicon)):
            return None
        if not_subject(view, lexicon, mention):
            continue  # an object ("a envoyé un message à M. Tokaïev pour saluer"): look further
        return mention
    return None


def _bracketed_gap(gap: str, lexicon: Lexicon) -> bool:
    """Where the finite verb stands second, an ``auxiliary`` right after the subject opens
    a clause whose participle may close it far on ("Tokajew hatte wegen der Proteste gegen
    die Gaspreise die Verbündeten um Hilfe gebeten"): up to 160 characters of it."""
    return lexicon.has_trait("verb_second") and len(gap) <= 160 and bool(
        re.match(rf"\s*(?:{lexicon.alternation('auxiliary')})\b", gap))


def _coordinated_subject(view: SentenceView, lexicon: Lexicon, position: int, pool,
                         exclude) -> Mention | None:
    """The subject a verb right after a conjunction (an auxiliary apart) shares with the
    clause before it ("Tokayev dismissed the cabinet and asked the CSTO for help",
    "Tokajew entließ die Regierung und bat ..."): that clause's first mention that can be
    a subject, not the object named last. After a comma, only with an auxiliary ("...
    on Wednesday, and has sought help"): ", and opposition to ..." may be a noun."""
    linked = re.search(rf"(?:,\s*)?\b(?:{lexicon.alternation('conjunction')})\s+"
                       rf"((?:{lexicon.alternation('auxiliary')})\s+)?$",
                       view.folded[max(view.start, position - 40):position])
    if linked is None or linked.group(0).startswith(",") and not linked.group(1):
        return None  # ", and opposition to ...": after a comma only "and has ..." is sure
    head = position - len(linked.group(0))
    # commas may close asides ("Blinken a appelé son homologue, X, et plaidé pour ...")
    clause = [m for m in pool if m.end <= head and len(view.folded[m.end:head]) <= 150
              and not re.search(r"[;:—–]", view.folded[m.end:head])
              and not (exclude and exclude[0] <= m.start < exclude[1])]
    subjects = [m for m in clause if not not_subject(view, lexicon, m)]
    return subjects[0] if subjects else None


def subject_after_verb(view: SentenceView, lexicon: Lexicon, match) -> Mention | None:
    """The subject right after the verb when none stands before it: a clause opened by a
    time or place ("Zwei Tage später bat Tokajew ...", "Am Freitag lobte Peking ...")."""
    if subject_near(view, lexicon, match.start(), None, reach=200) is not None:
        return None
    return subject_right_after(view, lexicon, match)


def subject_after_source(view: SentenceView, lexicon: Lexicon, source, verb: int):
    """Where the finite verb stands second, the subject right after the verb at ``verb``
    when a source phrase (``source``: mention, cue start, cue end) fills the first place
    right before it ("Dem Kreml zufolge bedankte sich Tokajew", "Nach Angaben des Kremls
    lobte Tokajew"): the verb is the subject's, the source only reports it."""
    end = max(source[0].end, source[2])
    if not lexicon.has_trait("verb_second") or not re.fullmatch(
            r"[\s,]*", view.folded[end:verb]):
        return None
    match = re.compile(r"\w+").match(view.folded, verb)
    return subject_right_after(view, lexicon, match) if match else None


def subject_right_after(view: SentenceView, lexicon: Lexicon, match) -> Mention | None:
    """The name (or, where the finite verb stands second, the pronoun or generic reference)
    right after the verb that ``match`` opens, a determiner or reflexive apart, if it can be
    a subject: "bedankte sich Tokajew", "lobte der Präsident"."""
    verb_end = match.start() + len(match.group(0).split()[0]) if match.group(0).split() else 0
    # where the finite verb stands second, a pronoun or generic reference after it is the
    # subject too ("Verhandlungen schloss er aus", "Am Freitag lobte der Präsident ...")
    second = lexicon.has_trait("verb_second")
    pool = view.mentions + pronoun_mentions(view, lexicon) if second else view.mentions
    after = sorted((m for m in pool if m.start >= verb_end and m.start - verb_end <= 8
                    and determiners_only(view.folded[verb_end:m.start], lexicon)),
                   key=lambda m: m.start)
    if after and (after[0].via == "alias" or second and after[0].via == "anaphora") and \
            after[0].kind != "crowd" and not not_subject(view, lexicon, after[0]):
        return after[0]  # a name, not "to support the authorities"
    return None


def nominative(phrase: str, lexicon: Lexicon) -> bool:
    """False for a Russian phrase whose first word cannot be in the nominative case
    ("Токаеву", "правоохранительным органам"): such a mention is not a subject. Always
    True for other scripts. The endings that rule a word out are ``oblique_ending`` rows."""
    word = phrase.split()[0] if phrase.split() else ""
    if not re.search(r"[а-я]", word) or len(word) < 3:
        return True
    if any("nomn" in parse.tag or "Fixd" in parse.tag for parse in analyses(word)):
        return True
    # Unknown surnames ("Токаев") get no nominative reading; only clear oblique endings
    # rule a word out.
    return not word.endswith(tuple(lexicon.pooled_words("oblique_ending")))
