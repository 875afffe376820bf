"""Coding one sentence: who speaks, who acts, and which events the cues describe.

Rules (all cue words are data in ``data/lexicons/<lang>.csv``):

- **Speaker**: a reporting cue ("said", "a souligné", "заявил", "selon") takes the actor
  mention closest before it (not after a preposition, nominative in Russian); the mention
  right after it wins when the cue follows a comma, a quote or a dash ("..., a dit Wang
  Yi"), or when the cue says so (``after``: "selon X"); a person named right after a body
  speaks for it ("said the MFA spokesman Wang Wenbin"). A pronoun or generic reference
  ("il", "the minister", "он") stands for the first person named earlier in the sentence,
  else the last person spoken of; "the ministry" for the last body. With several
  reporting cues in a sentence each issue goes to the nearest speaker.
- **Reported speech** (event model: "the speaker is the actor; when a speaker reports
  another party's act, the actor is the party who acted"). Decision taken here: another
  party is a *person or an international organisation* that is the subject of the stance
  verb inside the reported clause ("Tokayev said Putin backed ..." -> Putin; "M. Wang a
  souligné que Xi Jinping a envoyé un message ... exprimant l'opposition de la Chine" ->
  Xi Jinping). A state or a ministry named in the clause is the speaker's
  characterisation, and the speaker's own state is the speaker ("Wang Yi said China agrees
  with Tokayev's assessment" -> Wang Yi); a clause of obligation ("must", "doivent") stays
  the speaker's.
- **Positions**: each issue named in the sentence (``topic`` rows) gets the predicate that
  governs it: a call or request before it, else a rejection before it, else the nearest
  stance verb before it, else after it. A negation next to the verb flips support and
  opposition; ``stances.csv`` maps (issue, polarity) to the stance and event type. An issue
  with neither a speaker nor a stance verb is narrative, not an event; "weak" issue words
  need a verb; stability named beside a more specific issue is background.
- **Operational events** take as actor a mention of an allowed kind (the row's ``value``),
  else the row's default actor (unless ``require``, or when someone is speaking), and carry
  no stance; an act named as the object of a stance verb or negated is not an event.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from dashboard.extract.actors import Mention
from dashboard.extract.lexicon import LEXICON_DIR, Cue, Lexicon
from dashboard.extract.tokens import _morph

FLIP = {"support": "oppose", "oppose": "support"}
_OBLIQUE_ENDINGS = ("ому", "ему", "ым", "им", "ыми", "ими", "ами", "ями", "ом", "ем", "ой",
                    "ей", "ою", "ею", "у", "ю", "е", "ах", "ях")


@dataclass
class Finding:
    """One event found in a sentence, before dates, places and provenance are added."""

    event_type: str
    actor: Mention
    issue: str
    stance: str
    cue_start: int
    target: str = ""
    confidence: float = 0.5
    restricted: list[Cue] = field(default_factory=list)
    sentence_start: int = 0
    sentence_end: int = 0
    predicated: bool = False


@dataclass
class SentenceView:
    """What coding needs to know about one sentence."""

    start: int
    end: int
    folded: str
    mentions: list[Mention]
    last_speaker: Mention | None
    last_person: Mention | None = None
    last_body: Mention | None = None


@lru_cache(maxsize=1)
def stance_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(issue, polarity) -> (stance, event type override) from ``stances.csv``."""
    with (LEXICON_DIR / "stances.csv").open(encoding="utf-8", newline="") as handle:
        return {(r["issue"], r["polarity"]): (r["stance"], r["event_type"])
                for r in csv.DictReader(handle)}


def _matches(lexicon: Lexicon, kind: str, view: SentenceView):
    """Cue matches in the sentence; cue words inside a longer actor name ("human rights" in
    "Human Rights Watch", "states" in "United States") do not count, a whole name ("CSTO")
    does."""
    found = list(lexicon.finditer(kind, view.folded, view.start, view.end))
    if kind not in ("topic", "predicate", "reporting"):
        return found
    names = [(m.start, m.end) for m in view.mentions if m.via == "alias"]
    def inside_name(match) -> bool:
        for a, b in names:
            if a <= match.start() and match.end() <= b:
                rest = view.folded[a:match.start()] + " " + view.folded[match.end():b]
                return bool(re.search(r"[^\W\d_]{3}", rest))
        return False

    return [(c, m) for c, m in found if not inside_name(m)]


def _after_preposition(view: SentenceView, lexicon: Lexicon, mention: Mention) -> bool:
    """True when a mention cannot be a clause subject: it follows a preposition ("in
    Kazakhstan", "de la Chine") or is a possessor ("Tajikistan's Emomali Rahmon")."""
    if view.folded[mention.end:mention.end + 2] == "'s" or not nominative(
            view.folded[mention.start:mention.end]):
        return True
    before = view.folded[max(view.start, mention.start - 12):mention.start].rstrip(" '")
    words = before.replace("'", " ").split()
    if not words:
        return False
    return any(cue.regex.fullmatch(words[-1]) for cue in lexicon.of("preposition")) or \
        (len(words) > 1 and words[-1] in ("la", "le", "les", "l", "the")
         and any(cue.regex.fullmatch(words[-2]) for cue in lexicon.of("preposition")))


def find_speaker(view: SentenceView, lexicon: Lexicon) -> tuple[Mention, int, int] | None:
    """Return ``(speaker, cue start, cue end)`` for the sentence's first reporting cue."""
    speakers = find_speakers(view, lexicon)
    return min(speakers, key=lambda s: s[1]) if speakers else None


def find_speakers(view: SentenceView, lexicon: Lexicon) -> list[tuple[Mention, int, int]]:
    """Every ``(speaker, cue start, cue end)`` of the sentence (one per reporting cue)."""
    found = []
    for cue, match in _matches(lexicon, "reporting", view):
        speaker = _speaker_of(view, lexicon, cue, match)
        if speaker and not any(a <= speaker[1] < b for _m, a, b in found):
            found.append(speaker)
    return found


def _speaker_of(view: SentenceView, lexicon: Lexicon, cue, match):
    """The speaker a reporting cue introduces (see the module rules), or ``None``."""
    candidates = sorted(view.mentions + _pronoun_mentions(view, lexicon),
                        key=lambda m: m.start)
    a, b = match.start(), match.end()
    if cue.value == "channel":  # "in a statement": the clause's subject speaks
        head = subject_before(view, lexicon, view.end, None)
        return (head, a, b) if head and head.kind != "crowd" else None
    if cue.value == "pronoun" or "-t-il" in match.group(0) or "-t-elle" in match.group(0):
        last = view.last_person or view.last_speaker
        return (last, a, b) if last else None
    inverted = cue.value == "after" or view.folded[view.start:a].rstrip()[-1:] in ',"\'-'
    after = [m for m in candidates if m.start >= b and m.start - b <= 80
             and nominative(view.folded[m.start:m.end])]
    before = [m for m in candidates if m.end <= a and a - m.end <= (45 if inverted else 90)
              and nominative(view.folded[m.start:m.end])
              and not _after_preposition(view, lexicon, m)
              and (m.kind != "crowd" or a - m.end <= 3)]
    if cue.value != "after":  # "according to X": the preposition belongs to the cue
        after = [m for m in after if not _after_preposition(view, lexicon, m)]
    choice = None
    if inverted and after and after[0].start - b <= 40:
        choice = _person_in_apposition(view, after)
    elif before:
        choice = before[-1]
    elif after and after[0].start - b <= 25:
        choice = _person_in_apposition(view, after)
    return (choice, a, b) if choice else None


def _person_in_apposition(view: SentenceView, after: list[Mention]) -> Mention:
    """"..., said the spokesman of the MFA Wang Wenbin": the person named right after a
    body speaks for it."""
    first = after[0]
    for mention in after[1:]:
        gap = view.folded[first.end:mention.start]
        if mention.kind == "person" and len(gap) <= 40 and not re.search(r"[,;]| and | et | и ",
                                                                        gap):
            return mention
    return first


def _pronoun_mentions(view: SentenceView, lexicon: Lexicon) -> list[Mention]:
    """Pronouns and generic references, standing for the last person ("he", "the
    minister", a person named earlier in the same sentence first) or the last body ("the
    ministry") spoken of."""
    taken = [(m.start, m.end) for m in view.mentions]
    found = []
    for cue, match in _matches(lexicon, "anaphora", view):
        earlier = [] if cue.value == "body" else [
            m for m in view.mentions if m.end <= match.start() and m.kind == "person"]
        last = earlier[0] if earlier else (view.last_body if cue.value == "body"
                                            else view.last_person) or view.last_speaker
        if last and not any(a < match.end() and match.start() < b for a, b in taken):
            found.append(Mention(match.start(), match.end(), last.actor, last.kind,
                                 last.country, "anaphora"))
    return found


def subject_before(view: SentenceView, lexicon: Lexicon, position: int,
                   exclude: tuple[int, int] | None) -> Mention | None:
    """The first mention before ``position`` that can be a clause subject."""
    pool = sorted(view.mentions + _pronoun_mentions(view, lexicon), key=lambda m: m.start)
    for mention in pool:
        if mention.start >= position:
            break
        if exclude and exclude[0] <= mention.start < exclude[1]:
            continue
        if not _after_preposition(view, lexicon, mention):
            return mention
    return None


def subject_near(view: SentenceView, lexicon: Lexicon, position: int,
                 exclude: tuple[int, int] | None, reach: int = 60) -> Mention | None:
    """The mention right before a stance verb ("Putin backed", "la Chine est d'accord").

    It must end at most ``reach`` characters before ``position`` with no clause break
    (comma, semicolon, colon, dash) in between, and not follow a preposition.
    """
    pool = sorted(view.mentions + _pronoun_mentions(view, lexicon), key=lambda m: m.end)
    for mention in reversed(pool):
        if mention.end > position or (exclude and exclude[0] <= mention.start < exclude[1]):
            continue
        gap = view.folded[mention.end:position]
        if len(gap) > reach or any(ch in gap for ch in ",;:—–"):
            return None
        return None if _after_preposition(view, lexicon, mention) else mention
    return None


def nearest(cues, position: int):
    """The ``(cue, match)`` closest to a character position (ties: the earlier one)."""
    best, distance = None, None
    for cue, match in cues:
        d = min(abs(match.start() - position), abs(match.end() - position))
        if distance is None or d < distance:
            best, distance = (cue, match), d
    return best


def negated(view: SentenceView, lexicon: Lexicon, match) -> bool:
    """True when a negation cue stands just before (or, in French, after) a predicate."""
    window = (max(view.start, match.start() - 20), min(view.end, match.end() + 12))
    return any(True for _ in lexicon.finditer("negation", view.folded, *window))


def _is_other_party(subject: Mention, speaker: Mention) -> bool:
    """A third party whose own act a speaker reports: a person or an international
    organisation other than the speaker. A state or a ministry a speaker talks about is
    taken as the speaker's characterisation (and the speaker's own state is the speaker)."""
    if subject.actor == speaker.actor:
        return False
    return subject.kind in ("person", "international_organisation")


def _topics_by_issue(view: SentenceView, lexicon: Lexicon, predicates) -> list:
    """One topic match per issue: the one closest to a predicate (else the first)."""
    best: dict[str, tuple[int, object, object]] = {}
    for topic, match in _matches(lexicon, "topic", view):
        if topic.event_type:
            continue
        pred = nearest(predicates, match.start())
        distance = abs(pred[1].start() - match.start()) if pred else 10**6
        if topic.issue not in best or distance < best[topic.issue][0]:
            best[topic.issue] = (distance, topic, match)
    return sorted(((v[1], v[2]) for v in best.values()), key=lambda tm: tm[1].start())


def position_findings(view: SentenceView, lexicon: Lexicon,
                      speakers: list[tuple[Mention, int, int]]) -> list[Finding]:
    """Stance-bearing events: one per issue named in the sentence (see module rules).

    With several speakers in one sentence ("X said ..., and Y said ..."), each issue is
    given to the speaker whose reporting cue is nearest.
    """
    predicates = _matches(lexicon, "predicate", view)
    modal = bool(_matches(lexicon, "modal", view))
    findings: list[Finding] = []
    for topic, match in _topics_by_issue(view, lexicon, predicates) or \
            _implicit_topic(view, lexicon, predicates):
        pred = _governing(predicates, match.start())
        if topic.value == "weak" and (pred is None or abs(pred[1].start() - match.start()) > 80):
            continue  # "violence" counts only when a verb takes a stance on it
        polarity = pred[0].stance if pred else "none"
        if pred and negated(view, lexicon, pred[1]):
            polarity = FLIP.get(polarity, polarity)
        anchor = pred[1].start() if pred else match.start()
        speaker = min(speakers, key=lambda s: min(abs(s[1] - anchor), abs(s[2] - anchor))) \
            if speakers else None
        actor = _position_actor(view, lexicon, speaker, anchor, bool(pred), modal) or \
            _main_subject(view, lexicon, predicates, speaker)
        if actor is None:
            continue
        stance, override = stance_table().get((topic.issue, polarity), (topic.stance, ""))
        if polarity == "none" and topic.stance:
            stance = topic.stance  # the topic's own colour ("chaos" is a concern)
        event_type = override or (pred[0].event_type if pred else "statement")
        confidence = 0.45 + 0.2 * bool(pred) + 0.15 * bool(speaker)
        findings.append(Finding(event_type, actor, topic.issue, stance, match.start(),
                                confidence=round(confidence, 2), predicated=bool(pred)))
    return _drop_background_stability(_prefer_predicated(findings))


def _drop_background_stability(findings: list[Finding]) -> list[Finding]:
    """Stability is the fallback issue: when an actor takes a more specific position in
    the same sentence, a stability mention governed by the same words is background."""
    specific = {f.actor.actor for f in findings if f.issue != "sovereignty_stability"}
    return [f for f in findings if f.issue != "sovereignty_stability"
            or f.actor.actor not in specific]


def _governing(predicates, position: int):
    """The predicate that governs a topic: a call or request before it ("urged X to refrain
    from violence"), else a rejection before it ("denied any repression of peaceful
    protesters, denouncing ..."), wins over nearer verbs; otherwise the nearest one."""
    for kinds in (("call", "request"), ("reject",)):
        governing = [(c, m) for c, m in predicates if c.stance in kinds
                     and m.start() < position and position - m.end() <= 100]
        if governing:
            return governing[-1]
    # a verb governs what follows it: the nearest predicate before the topic, else after
    before = [(c, m) for c, m in predicates if m.end() <= position]
    return nearest(before, position) or nearest(predicates, position)


def _main_subject(view, lexicon, predicates, speaker) -> Mention | None:
    """Fallback actor: the subject of the first stance verb when no speaker is named."""
    if speaker or not predicates:
        return None
    for _cue, match in sorted(predicates, key=lambda cm: cm[1].start()):
        subject = subject_near(view, lexicon, match.start(), None)
        if subject and subject.kind != "crowd":
            return subject
    return None


def _implicit_topic(view: SentenceView, lexicon: Lexicon, predicates) -> list:
    """Backing for the Kazakh side, or alarm about what happens there, with no issue word
    ("salue les mesures des autorités", "solidarity with Kazakhstan", "выразил
    обеспокоенность событиями в Казахстане") is a position on sovereignty and stability."""
    for cue, match in predicates:
        if cue.stance not in ("support", "concern"):
            continue
        if any(m.country == "KAZ" and m.kind != "crowd" and m.start > match.start()
               for m in view.mentions):
            return [(Cue("topic", match.re, "", "", "sovereignty_stability", cue.stance, "",
                         ""), match)]
    return []


def _prefer_predicated(findings: list[Finding]) -> list[Finding]:
    """Within one sentence, an actor's issues met with a stance verb push out the issues
    merely named near them."""
    with_verb = {f.actor.actor for f in findings if f.predicated}
    return [f for f in findings if f.predicated or f.actor.actor not in with_verb]


def _position_actor(view, lexicon, speaker, anchor: int, has_predicate: bool,
                    modal: bool) -> Mention | None:
    exclude = (speaker[0].start, speaker[0].end) if speaker else None
    subject = subject_near(view, lexicon, anchor, exclude) if has_predicate else None
    if speaker and has_predicate and subject is None:
        # A third person at the head of the reported clause acts in it even when the
        # stance words come later ("M. Wang a souligné que Xi Jinping a envoyé un
        # message ..., exprimant la ferme opposition ...").
        first = subject_before(view, lexicon, anchor, exclude)
        subject = first if first and first.kind == "person" else None
    if subject and speaker and not _in_reported_clause(subject, speaker, view):
        subject = None
    if speaker is None:
        return subject if subject and subject.kind != "crowd" else None
    if subject and not modal and _is_other_party(subject, speaker[0]):
        return subject
    return speaker[0]


def _in_reported_clause(mention: Mention, speaker: tuple[Mention, int, int],
                        view: SentenceView) -> bool:
    """True when a mention lies in the clause the speaker reports: after "X said (that)",
    or before "..., X said" / "..., said X" when the speaker and verb close the sentence."""
    who, cue_start, cue_end = speaker
    block_start = min(who.start, cue_start) if view.start <= who.start else cue_start
    block_end = max(who.end, cue_end) if view.start <= who.start else cue_end
    before = view.folded[view.start:block_start].rstrip()
    after = view.folded[block_end:view.end]
    closing = len(before) > 20 and bool(re.search(r"[,\"']", before[-40:])) and len(after) < 80 \
        and not re.search(r"\b(?:que|qu'|that|что|чтобы)\b", after)
    if closing:
        return mention.end <= block_start
    return mention.start >= block_end


def phone_findings(view: SentenceView, lexicon: Lexicon,
                   speaker: tuple[Mention, int, int] | None) -> list[Finding]:
    """A call or meeting: actor = the side reported from (first subject), target = other."""
    cues = _matches(lexicon, "phone", view)
    if not cues:
        return []
    _cue, match = cues[0]
    heads = [m for m in view.mentions if m.start < match.start()
             and not _after_preposition(view, lexicon, m)]
    people = [m for m in heads if m.kind == "person"]
    actor = (people or heads or [speaker[0] if speaker else None])[0]
    if actor is None:
        actor = next((m for m in view.mentions if m.kind == "person"), None)
    if actor is None:
        return []
    others = [m for m in view.mentions if m.actor != actor.actor and m.kind != "crowd"]
    people = [m for m in others if m.kind == "person"]
    target = (people or others or [None])[0]
    topics = [t for t, _m in _matches(lexicon, "topic", view) if not t.event_type]
    issue = topics[0].issue if topics else ""
    stance = stance_table().get((issue, "none"), ("", ""))[0] if issue else ""
    return [Finding("phone_call", actor, issue, stance, match.start(),
                    target=target.actor if target else "", confidence=0.7)]


def _allowed(value: str) -> tuple[set[str], str, bool, re.Pattern | None]:
    """Read an operational row's ``value``: kinds, country, ``require``, ``before`` (the
    actor must stand before the cue, in the active voice) and ``names`` (a pattern a body's
    name must match, e.g. only police or army bodies take part in clashes; crowds are not
    filtered by it)."""
    kinds, country, names = set(), "", None
    for part in value.split(";"):
        key, _, val = part.partition("=")
        if key == "kinds":
            kinds = set(val.split("|"))
        elif key == "country":
            country = val
        elif key == "names":
            names = re.compile(val, re.IGNORECASE)
    return kinds, country, "require" in value.split(";"), names


def _passive_between(view: SentenceView, lexicon: Lexicon, start: int, end: int) -> bool:
    return any(True for _ in lexicon.finditer("passive", view.folded, start, end))


def operational_findings(view: SentenceView, lexicon: Lexicon, make_default,
                         speaker=None) -> list[Finding]:
    """Operational events (deployment, arrest, protest, clash, emergency ...).

    ``make_default(name, position)`` builds a mention for a row's default actor; in
    reported speech ("Wang said ... the riots ...") the default is not used, since the
    words there usually characterise events rather than report a new one.
    """
    findings: list[Finding] = []
    restricted = [c for c, _m in _matches(lexicon, "topic", view) if c.event_type]
    seen: set[str] = set()
    mentions = sorted(view.mentions + _pronoun_mentions(view, lexicon), key=lambda m: m.start)
    stances = [m for c, m in _matches(lexicon, "predicate", view) if c.stance != "none"]
    for cue, match in _matches(lexicon, "operational", view):
        if cue.event_type in seen or negated(view, lexicon, match):
            continue
        if any(0 <= match.start() - m.end() <= 60 for m in stances):
            continue  # "concern over the CSTO decision to send troops": the object of a stance
        kinds, country, required, names = _allowed(cue.value)
        speaking = (speaker[0].start, speaker[0].actor) if speaker and required else None
        pool = [m for m in mentions if m.kind in kinds and (m.start, m.actor) != speaking
                and (names is None or m.kind == "crowd" or names.search(m.actor))
                and (not country or m.country == country)
                and ((m.kind == "crowd" and cue.event_type == "protest")
                     or not _after_preposition(view, lexicon, m))]
        if "before" in cue.value.split(";"):
            # the decider stands before the verb; "X was dismissed" names who was removed
            pool = [m for m in pool if m.end <= match.start() and not _passive_between(
                view, lexicon, m.end, match.start())]
        actor = pool[0] if pool else None
        if actor is None and not required and cue.actor and speaker is None:
            actor = make_default(cue.actor, match.start())
        if actor is None:
            continue
        seen.add(cue.event_type)
        findings.append(Finding(cue.event_type, actor, cue.issue, "", match.start(),
                                confidence=0.6 if pool else 0.45,
                                restricted=[c for c in restricted
                                            if c.event_type == cue.event_type]))
    return findings


def refine_operational(finding: Finding) -> None:
    """Issue and stance of operational findings once their actor is known.

    A clash by the police or the army is about ``use_of_force``, one by a crowd about
    ``sovereignty_stability``. A protest takes the issue of a protest-only topic cue in its
    sentence ("Shal ket" -> ``leadership_change``), else its row's issue, and the stance a
    protest expresses on that issue (``oppose`` for fuel prices, ``support`` for a change).
    """
    if finding.event_type == "violent_clash":
        finding.issue = "sovereignty_stability" if finding.actor.kind == "crowd" \
            else "use_of_force"
    elif finding.event_type == "protest":
        if finding.restricted:
            finding.issue = finding.restricted[0].issue
        finding.stance = stance_table().get((finding.issue, "oppose"), ("oppose", ""))[0]


def nominative(phrase: str) -> bool:
    """False for a Russian phrase whose first word cannot be in the nominative case
    ("Токаеву", "правоохранительным органам"): such a mention is not a subject. Always
    True for other scripts."""
    word = phrase.split()[0] if phrase.split() else ""
    if not re.search(r"[а-я]", word) or len(word) < 3:
        return True
    if any("nomn" in parse.tag or "Fixd" in parse.tag for parse in _morph().parse(word)):
        return True
    # Unknown surnames ("Токаев") get no nominative reading; only clear oblique endings
    # rule a word out.
    return not word.endswith(_OBLIQUE_ENDINGS)


def after_locative(folded: str, position: int, lexicon: Lexicon) -> bool:
    """True when the word before ``position`` is a preposition ("in Geneva", "в Женеве")."""
    words = folded[max(0, position - 15):position].replace("'", " ").split()
    return bool(words) and any(c.regex.fullmatch(words[-1]) for c in lexicon.of("preposition"))
