"""Lexicon rows read into typed, validated rules, once, when a lexicon is loaded.

A row of ``data/lexicons/<lang>.csv`` is ``kind,pattern,event_type,issue,stance,actor,value``
(the kinds are described in ``data/lexicons/README.md``). Each row is checked here and
turned into a :class:`Cue` whose ``value`` is already read: a month or weekday number, the
anchor and shift of a relative date, the actor constraints of an operational act. A typo
is a :class:`LexiconError` naming the file, the line and the column (1-based characters)
of the faulty field, e.g. an unquoted ``{0,6}`` that splits a pattern into two fields, an
event type, issue or stance code the event model does not know, or a bad regex.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dashboard.schema import ACTOR_KINDS, ACTOR_ROLES, EVENT_TYPES, OPERATIONAL_TYPES, STANCES

LEXICON_COLUMNS = ("kind", "pattern", "event_type", "issue", "stance", "actor", "value")
KINDS = ("reporting", "predicate", "topic", "operational", "phone", "anaphora", "title",
         "modal", "negation", "month", "weekday", "relative", "agent", "preposition", "until",
         "nationwide", "listing", "passive", "backdrop", "locative", "determiner",
         "institution_word", "function_word", "trait", "article", "complementizer",
         "conjunction", "range_link", "region_word", "region_link",
         "auxiliary", "relative_pronoun", "relative_clause", "list_link",
         "participle_ending", "oblique_ending", "past_participle_ending", "ordinal_suffix",
         "surname_ending", "place_relative", "abbreviation", "comitative",
         "plural_ending", "body_preposition", "gerund_marker", "day_month_link",
         "month_year_link", "inversion_marker", "night",
         "reported_mood", "recap", "reflexive", "clause_opener",
         "place_pronoun", "infinitive_marker", "passive_agent", "second_verb",
         "quantifier", "mandate", "condition", "today", "reciprocal",
         "ban", "cessation", "passive_backdrop", "aside", "cataphor")
# what a ``trait`` row may name (its pattern): a property of the language's grammar
TRAITS = ("pro_drop", "clause_final_negation", "day_month_dots", "english_name_spelling",
          "verb_second")
# kinds whose rows are single plain words looked up in a set, not regexes searched for
WORD_KINDS = ("institution_word", "function_word", "article", "complementizer",
              "conjunction", "range_link", "region_word", "region_link", "auxiliary",
              "relative_pronoun", "relative_clause", "list_link",
              "participle_ending", "oblique_ending", "past_participle_ending",
              "ordinal_suffix", "surname_ending", "place_relative", "abbreviation", "comitative",
              "plural_ending", "body_preposition", "gerund_marker", "day_month_link",
              "month_year_link", "inversion_marker", "reported_mood",
              "infinitive_marker", "reflexive", "passive_agent", "second_verb",
              "reciprocal", "aside", "cataphor")
# word kinds kept as written, not folded: an abbreviation's case and accents ("Gén."), a
# word told apart by its accent ("où", not "ou")
AS_WRITTEN = ("place_relative", "abbreviation")
_PLAIN_WORD = re.compile(r"\w+'?")  # an elided word keeps its apostrophe: qu'
# word kinds whose rows are not one plain word: phrases, one space between words ("il
# quale"), and abbreviations ending in a period ("juil.", "т.е.")
_SHAPES = {**dict.fromkeys(("relative_clause", "list_link", "second_verb", "aside",
                            "cataphor"),
                           (re.compile(r"\w+(?: \w+)*"), "plain word or phrase")),
           "abbreviation": (re.compile(r"[^\W\d_][\w.]*\."), "abbreviation ending in a period"),
           "inversion_marker": (re.compile(r"(?:-\w+)+"), "hyphenated suffix (-t-il)")}

# what a predicate's ``stance`` column may say: the polarity of the stance verb
POLARITIES = ("support", "oppose", "reject", "concern", "call", "request")
# the ``value`` words each kind accepts (kinds not listed take an empty value); besides
# these, a topic on issue ``other`` takes ``note=...`` and an anaphora ``office:...``
# (``NOTE``, ``OFFICE`` below), and month, weekday, relative and operational rows have
# values of their own (``_read_value``)
VALUES = {
    "reporting": ("", "after", "before", "pronoun", "channel", "previous"),
    "anaphora": ("person", "body", "organisation", "president", "principal", "latter",
                 "speaker"),
    "predicate": ("", "after", "verdict", "possessor"),
    "topic": ("", "weak", "claim", "venue", "request"),
    "nationwide": ("", "vague", "extended"),
    "clause_opener": ("", "comma"),
}
# topic values whose words count only under a stance verb: ``weak`` ("the violence"), and
# ``request``, an action asked for ("an international investigation"), whose call is an
# appeal, not a call for restraint
WEAK_VALUES = ("weak", "request")
ACT_FLAGS = ("require", "before", "passive", "cause", "agent")
# an ``anaphora`` row ``office:<pattern>`` ("МИД страны", "le ministère de la Défense du
# pays"): the body whose actor-book role matches the pattern, of the country last spoken of
OFFICE = "office:"
# a ``topic`` row on issue ``other`` names a claim on no issue of the crisis ("an attempted
# coup"): ``note=<what it claims>`` (lower-case words) is written in its rows' note column
NOTE = "note="
OTHER_ISSUE = "other"
# what a topic row's event type may be: the act whose issue it refines ("a protest against
# Nazarbayev"), or a call whose subject it names ("discussed the situation")
TOPIC_EVENT_TYPES = (*sorted(OPERATIONAL_TYPES), "protest", "phone_call")
_NOTE_TEXT = re.compile(r"[a-z][a-z' -]{0,39}")
_RELATIVE = re.compile(r"(published|previous):([+-]?\d+)")
_COUNTRY = re.compile(r"[A-Z]{3}")
# ``actor`` ``@<role>``: the crisis's actor in that role; ``country=home``: its country.
ROLE_PREFIX, HOME = "@", "home"
_REPEAT = re.compile(r"\{\d*,\d*\}")  # a regex repeat such as {0,6}
# the wrapper that makes a pattern match whole words only: no word character right before
# the match, and none right after it unless the match itself ends on a space or an
# apostrophe (a row ending "parle d'" or "обязательств " is whole where the next word starts)
_PREFIX, _SUFFIX = r"(?<![\w])(?:", r")(?:(?<=[\s'])|(?![\w]))"
# a gap of a few words, "(?:[\w'-]+\s+){0,6}?" or "(?: \w+){0,3}": its word may also be a
# number written with thousands separators ("3,000", "2.500", "3 000", "3'000"), one word in
# every language, so that "sent 3,000 paratroopers" is the gap's one word, as "3000" is
_GAP = re.compile(r"(\(\?:[^()\[]*?)(\[[^\]]*\\w[^\]]*\]\+|\\w\+)([^()]*\)\{\d*,\d*\})")
_NUMBER = r"(?:\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?!\d)|%s)"


class LexiconError(ValueError):
    """A bad lexicon row: the message names the file, line, column and field."""

    def __init__(self, file: str, line: int, column: int, field_name: str, message: str):
        super().__init__(f"{file}, line {line}, column {column}, field '{field_name}': {message}")
        self.file, self.line, self.column, self.field = file, line, column, field_name


@dataclass(frozen=True)
class Act:
    """The actor constraints of an ``operational`` row (its ``value``): actor kinds that may
    take the role, their country, ``names`` (a pattern a body's name must match),
    ``require`` (no default actor), ``before`` (the actor stands before the cue, active
    voice), ``passive`` (the cue names what someone underwent), ``cause`` (the row's
    issue holds only when the article names it), ``body_issue`` (the issue when a body,
    not a crowd, did the act: a crowd's clash is ``other``, the police's ``use_of_force``),
    ``person_issue`` (the issue when the act befell a person of the actor book: the
    arrest of a removed official is about the leadership) and ``agent`` (the cue ends
    with the preposition of a passive's agent, who is named right after it: "tués par
    la police"). ``troops`` are the kinds a mention may have when it names the troops of
    the cue themselves ("российские десантники прибыли", "Russian troops arrived"): the
    national contingent is the actor, not the row's default."""

    kinds: frozenset[str] = frozenset()
    country: str = ""
    names: re.Pattern[str] | None = None
    required: bool = False
    before: bool = False
    passive: bool = False
    cause: bool = False
    body_issue: str = ""
    person_issue: str = ""
    agent: bool = False
    troops: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cue:
    """One lexicon row, compiled and read.

    ``value`` keeps the row's raw text for the kinds whose value is one word (``after``,
    ``weak``, ``person`` ...); ``number`` (month, weekday), ``anchor`` and ``shift``
    (relative dates), ``act`` (operational rows), ``note`` (a topic on issue ``other``:
    what its words claim) and ``office`` (an ``anaphora`` row ``office:<pattern>``: the
    pattern a body's folded role must match) hold what other values say.
    """

    kind: str
    regex: re.Pattern[str]
    source: str
    event_type: str
    issue: str
    stance: str
    actor: str
    value: str
    number: int | None = None
    anchor: str = ""
    shift: int = 0
    act: Act | None = None
    note: str = ""
    office: str = ""
    file: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)
    columns: tuple[int, ...] = field(default=(), compare=False)

    def error(self, index: int, message: str) -> LexiconError:
        """An error about field ``index`` of this cue's row (for checks made after
        loading, such as an actor missing from the actor book)."""
        column = self.columns[index] if index < len(self.columns) else 1
        return LexiconError(self.file, self.line, column, LEXICON_COLUMNS[index], message)


def field_columns(line: str) -> list[int]:
    """The 1-based column where each CSV field of ``line`` starts (quotes honoured)."""
    columns, quoted = [1], False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted  # a doubled quote toggles twice: still inside
        elif ch == "," and not quoted:
            columns.append(index + 2)
    return columns


class RowReader:
    """Reads the fields of one row of one file, failing with file, line and column."""

    def __init__(self, file: str, line_number: int, line: str, fields: list[str]):
        self.file, self.line_number, self.line, self.fields = file, line_number, line, fields
        self.columns = field_columns(line)

    def fail(self, index: int, message: str, offset: int = 0) -> LexiconError:
        """An error about field ``index`` (``offset`` characters into its text)."""
        column = self.columns[index] if index < len(self.columns) else len(self.line) + 1
        if index < len(self.columns) and self.line[column - 1:column] == '"':
            column += 1
        name = LEXICON_COLUMNS[index] if index < len(LEXICON_COLUMNS) else "row"
        return LexiconError(self.file, self.line_number, column + offset, name, message)

    def check_width(self) -> None:
        """Exactly seven fields; more usually means an unquoted comma in a pattern."""
        count = len(self.fields)
        repeat = _REPEAT.search(self.line)
        if count > len(LEXICON_COLUMNS) and repeat and not self.line[self.columns[1] - 1:
                                                                      ].startswith('"'):
            comma = repeat.start() + repeat.group(0).index(",") + 1
            raise LexiconError(self.file, self.line_number, comma, "pattern",
                               f"the comma of '{repeat.group(0)}' splits the pattern into two "
                               "fields: a pattern holding a comma must be in double quotes")
        if count > len(LEXICON_COLUMNS):
            raise self.fail(len(LEXICON_COLUMNS), f"{count} fields where 7 are expected: a "
                            "field holding a comma must be in double quotes")
        if count < len(LEXICON_COLUMNS):
            raise self.fail(count, f"{count} fields where 7 are expected")


def compile_pattern(reader: RowReader, pattern: str, fold) -> re.Pattern[str]:
    """The whole-word regex of a pattern (folded like the text)."""
    if not pattern:
        raise reader.fail(1, "the pattern is empty")
    try:
        re.compile(fold(pattern))
        gaps = _GAP.sub(lambda m: m.group(1) + _NUMBER % m.group(2) + m.group(3), fold(pattern))
        return re.compile(_PREFIX + gaps + _SUFFIX)
    except re.error as err:
        raise reader.fail(1, f"'{pattern}' is not a valid regex: {err.msg}",
                          err.pos or 0) from None


def _check_codes(reader: RowReader, kind: str, cells: dict[str, str],
                 issues: tuple[str, ...]) -> None:
    """Event type, issue, stance and actor columns: known codes, and only where used."""
    if cells["event_type"] and (kind not in ("predicate", "topic", "operational", "phone")
                                or cells["event_type"] not in EVENT_TYPES):
        raise reader.fail(2, f"'{cells['event_type']}' is not an event type of the event "
                          f"model" if kind in ("predicate", "topic", "operational", "phone")
                          else f"a '{kind}' row takes no event type")
    if kind == "operational" and not cells["event_type"]:
        raise reader.fail(2, "an operational row needs an event type")
    if cells["issue"] and (kind not in ("topic", "operational") or cells["issue"] not in issues):
        raise reader.fail(3, f"'{cells['issue']}' is not an issue of this crisis"
                          if kind in ("topic", "operational") else
                          f"a '{kind}' row takes no issue")
    if kind == "topic" and not cells["issue"]:
        raise reader.fail(3, "a topic row needs an issue")
    if kind == "topic" and cells["issue"] == OTHER_ISSUE and (cells["stance"]
                                                            or cells["event_type"]):
        field_index, what = (4, "stance") if cells["stance"] else (2, "event type")
        raise reader.fail(field_index, f"a topic row on issue '{OTHER_ISSUE}' takes no "
                          f"{what} (a claim on no issue is a statement with no stance)")
    if kind == "topic" and cells["event_type"] and cells["event_type"] not in TOPIC_EVENT_TYPES:
        raise reader.fail(2, f"a topic row's event type refines an act or names a call: one "
                          f"of {', '.join(TOPIC_EVENT_TYPES)}, not '{cells['event_type']}'")
    allowed = {"predicate": POLARITIES, "topic": STANCES}.get(kind, ())
    if (cells["stance"] or kind == "predicate") and cells["stance"] not in allowed:
        raise reader.fail(4, f"'{cells['stance']}' is not one of {', '.join(allowed)}"
                          if allowed else f"a '{kind}' row takes no stance")
    if cells["actor"] and kind not in ("agent", "operational"):
        raise reader.fail(5, f"a '{kind}' row takes no actor")
    if kind == "agent" and not cells["actor"]:
        raise reader.fail(5, "an agent row needs an actor")
    role = cells["actor"].removeprefix(ROLE_PREFIX)
    if cells["actor"].startswith(ROLE_PREFIX) and role not in ACTOR_ROLES:
        raise reader.fail(5, f"'{cells['actor']}' is not a role (roles: "
                          f"{', '.join(ROLE_PREFIX + r for r in ACTOR_ROLES)})")


def _act(reader: RowReader, value: str, issues: tuple[str, ...]) -> Act:
    """Read an operational row's ``value`` (``kinds=a|b;country=XXX;names=...;require``)."""
    kinds, country, names, flags, issue_of = frozenset(), "", None, set(), {}
    troops: frozenset[str] = frozenset()
    for part in value.split(";") if value else ():
        key, has_value, text = part.partition("=")
        if key in ("kinds", "troops") and has_value:
            listed = frozenset(text.split("|"))
            unknown = sorted(listed - set(ACTOR_KINDS))
            if unknown:
                raise reader.fail(6, f"'{unknown[0]}' is not an actor kind")
            kinds, troops = (listed, troops) if key == "kinds" else (kinds, listed)
        elif key == "country" and has_value:
            if text != HOME and not _COUNTRY.fullmatch(text):
                raise reader.fail(6, f"country '{text}' is not an ISO3 code or '{HOME}'")
            country = text
        elif key == "names" and has_value:
            try:
                names = re.compile(text, re.IGNORECASE)
            except re.error as err:
                raise reader.fail(6, f"names '{text}' is not a valid regex: {err.msg}") \
                    from None
        elif key in ("body_issue", "person_issue") and has_value:
            if text not in issues:
                raise reader.fail(6, f"{key} '{text}' is not an issue of this crisis")
            issue_of[key] = text
        elif key in ACT_FLAGS and not has_value:
            flags.add(key)
        else:
            raise reader.fail(6, f"'{part}' is not one of kinds=, troops=, country=, names=, "
                              f"body_issue=, person_issue=, {', '.join(ACT_FLAGS)}")
    return Act(kinds, country, names, "require" in flags, "before" in flags,
               "passive" in flags, "cause" in flags, agent="agent" in flags, troops=troops,
               **issue_of)


def _note(reader: RowReader, value: str, issue: str) -> str:
    """The ``note=`` of a topic row, which a row on issue ``other`` must have and only such
    a row may have: the words name a claim the event model files under no issue (a
    statement on ``other``, no stance), and the note says which claim it is."""
    if issue != OTHER_ISSUE:
        raise reader.fail(6, f"{NOTE} is for a topic row on issue '{OTHER_ISSUE}' only")
    text = value.removeprefix(NOTE)
    if not value.startswith(NOTE) or not _NOTE_TEXT.fullmatch(text):
        raise reader.fail(6, f"a topic row on issue '{OTHER_ISSUE}' needs {NOTE}<what its "
                          "words claim> (lower-case words, at most 40 characters), not "
                          f"'{value}'")
    return text


def _read_value(reader: RowReader, kind: str, value: str, issues: tuple[str, ...],
                issue: str = "") -> dict:
    """The typed fields a row's ``value`` gives (see :class:`Cue`)."""
    if kind in ("month", "weekday"):
        low, top = (1, 12) if kind == "month" else (0, 6)
        if not value.isdigit() or not low <= int(value) <= top:
            raise reader.fail(6, f"'{value}' is not a {kind} number "
                              f"({'1-12' if kind == 'month' else '0 (Monday) - 6'})")
        return {"number": int(value)}
    if kind == "relative":
        if value == "day":  # a day without its month: "el pasado día 6" (dates.py)
            return {"anchor": "day", "shift": 0}
        match = _RELATIVE.fullmatch(value)
        if not match:
            raise reader.fail(6, f"'{value}' is not published:N, previous:N or day")
        return {"anchor": match.group(1), "shift": int(match.group(2))}
    if kind == "operational":
        return {"act": _act(reader, value, issues)}
    if kind == "topic" and (value.startswith(NOTE) or issue == OTHER_ISSUE):
        return {"note": _note(reader, value, issue)}
    if kind == "anaphora" and value.startswith(OFFICE):
        pattern = value.removeprefix(OFFICE)
        try:
            re.compile(pattern)
        except re.error as err:
            raise reader.fail(6, f"office '{pattern}' is not a valid regex: "
                              f"{err.msg}") from None
        return {"office": pattern}
    allowed = VALUES.get(kind, ("",))
    if value not in allowed:
        office = f" or {OFFICE}<pattern>" if kind == "anaphora" else ""
        raise reader.fail(6, f"'{value}' is not one of {', '.join(allowed)}{office}"
                          if allowed != ("",) else f"a '{kind}' row takes no value")
    return {}


def parse_row(reader: RowReader, fold, issues: tuple[str, ...]) -> Cue | None:
    """The :class:`Cue` of one row; ``None`` for blank and comment (``#``) rows.

    Raises
    ------
    LexiconError
        Naming the file, line, column and field of the first fault.
    """
    kind = (reader.fields[0] if reader.fields else "").strip()
    if not kind or kind.startswith("#"):
        return None
    reader.check_width()
    if kind not in KINDS:
        raise reader.fail(0, f"'{kind}' is not one of {', '.join(KINDS)}")
    cells = {name: text.strip() for name, text in zip(LEXICON_COLUMNS, reader.fields, strict=True)}
    regex = compile_pattern(reader, reader.fields[1], fold)
    shape, what = _SHAPES.get(kind, (_PLAIN_WORD, "plain word (qu' may end in an apostrophe)"))
    if kind in WORD_KINDS and not shape.fullmatch(fold(reader.fields[1])):
        raise reader.fail(1, f"a '{kind}' row holds one {what}, not "
                          f"'{reader.fields[1]}'")
    if kind == "trait" and reader.fields[1] not in TRAITS:
        raise reader.fail(1, f"'{reader.fields[1]}' is not a trait (traits: "
                          f"{', '.join(TRAITS)})")
    _check_codes(reader, kind, cells, issues)
    typed = _read_value(reader, kind, cells["value"], issues, cells["issue"])
    source = reader.fields[1] if kind in AS_WRITTEN else fold(reader.fields[1])
    return Cue(kind, regex, source, cells["event_type"], cells["issue"],
               cells["stance"], cells["actor"], cells["value"], **typed,
               file=reader.file, line=reader.line_number, columns=tuple(reader.columns))
