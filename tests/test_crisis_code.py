"""No crisis in code: no module under dashboard/ names a crisis-specific actor, place,
country code, date or phase.

The names come from the packs themselves (``data/crises/*/``: the manifests' countries,
phases, period and titles; the region names of their boundary files; the actors and
places of their knowledge files; the people of the crises' countries in the shared actor
book), so the test grows with every pack. It reads the code as Python tokens: string
literals and the code itself are searched; comments and docstrings, which may give an
example from a crisis to explain a rule, are not.
"""

from __future__ import annotations

import csv
import io
import json
import re
import token
import tokenize
from functools import cache
from pathlib import Path

import pytest

from dashboard import crisis as packs
from dashboard.schema import EVENT_TYPES, ISSUES
from tests.conftest import ROOT

DASHBOARD = ROOT / "dashboard"
SHIPPED = ROOT / "data" / "crises"


def _csv_column(path: Path, column: str, **where: set[str]) -> set[str]:
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as handle:
        return {row[column] for row in csv.DictReader(handle)
                if all(row[key] in allowed for key, allowed in where.items())}


@cache
def crisis_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(country codes, names, dates) that belong to a crisis pack."""
    codes, names, dates = set(), set(), set()
    shipped = packs.available(SHIPPED).values()
    for pack in shipped:
        codes.update(pack.countries)
        codes.add(pack.boundaries.region_country)
        names.update([pack.title, pack.short_title, pack.map_title, pack.description,
                      *(phase.label for phase in pack.phases)])
        features = json.loads(pack.boundaries.regions.read_text("utf-8"))["features"]
        names.update(feature["properties"]["name"] for feature in features)
        names.update(pack.boundaries.polygon_of)
        names.update(pack.boundaries.aliases)
        names.update(_csv_column(pack.folder / "actors.csv", "actor"))
        names.update(_csv_column(pack.folder / "places.csv", "place"))
        for day in (*pack.period, *(d for p in pack.phases for d in (p.start, p.end))):
            dates.add(day)
    countries = set().union(*(set(p.countries) for p in shipped))
    # People and bodies of the crises' own countries in the shared actor book (the
    # states themselves are world knowledge: a neighbour reacts to another crisis).
    shared = ROOT / "data" / "actors.csv"
    names.update(_csv_column(shared, "actor", actor_country=countries,
                             kind={"person", "government_body", "party", "company"}))
    names.update(_csv_column(ROOT / "data" / "places.csv", "place", country=countries,
                             kind={"city", "town", "village", "region"}))
    # The event model's own words (a phase called "State of emergency") are not names.
    vocabulary = {code.replace("_", " ") for code in (*EVENT_TYPES, *ISSUES)}
    names = {n for n in names if len(n) > 3 and n.casefold() not in vocabulary}
    return frozenset(codes), frozenset(names), frozenset(dates)


def _code_parts(path: Path) -> tuple[list[tuple[int, str]], str]:
    """The module's string literals (line, value) that are not docstrings, and its code
    with comments, docstrings and literals left out."""
    literals, code = [], []
    previous = token.NEWLINE
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline):
        if tok.type == token.STRING or tok.type == getattr(token, "FSTRING_MIDDLE", -1):
            docstring = previous in (token.NEWLINE, token.INDENT, token.DEDENT, token.NL)
            if not docstring:
                literals.append((tok.start[0], tok.string))
        elif tok.type not in (token.COMMENT, token.NL):
            code.append(tok.string)
        if tok.type not in (token.COMMENT, token.NL):
            previous = tok.type
    return literals, " ".join(code)


MODULES = sorted(DASHBOARD.rglob("*.py"))


def test_crisis_code_names_list_is_not_empty():
    codes, names, dates = crisis_names()
    assert {"KAZ", "UZB"} <= codes
    assert {"Almaty", "Nukus", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"} <= names
    assert dates


def crisis_problems(path: Path) -> list[str]:
    """Each crisis name, code or date found in the module's literals or code."""
    codes, names, dates = crisis_names()
    literals, code = _code_parts(path)
    name_pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)", re.I)
    code_pattern = re.compile(r"\b(?:" + "|".join(sorted(codes)) + r")\b")
    date_pattern = re.compile("|".join(sorted({d.isoformat() for d in dates})))
    found = []
    for line, literal in literals:
        for pattern in (name_pattern, code_pattern, date_pattern):
            match = pattern.search(literal)
            if match:
                found.append(f"line {line}: {match.group(0)!r} in {literal[:60]}")
    years = sorted({d.year for d in dates})
    calls = re.findall(r"date \( (?:" + "|".join(map(str, years)) + r") ,", code)
    # A day of a crisis's period built on a variable year: date(year, 1, 15).
    for month, day in re.findall(r"date \( [A-Za-z_][\w. ]*? , (\d+) , (\d+) \)", code):
        if (int(month), int(day)) not in ((1, 1), (12, 31)) and any(
                _within(int(month), int(day), pack) for pack in packs.available(SHIPPED).values()):
            calls.append(f"date(..., {month}, {day})")
    return found + [f"a crisis date in code: {call}" for call in calls]


def _within(month: int, day: int, pack) -> bool:
    """Whether the day of the year falls in the first month of the pack's period."""
    start = pack.period[0]
    return month == start.month and day >= start.day


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_crisis_code_no_crisis_names_in_dashboard(path):
    assert crisis_problems(path) == []


@pytest.mark.parametrize(("source", "found"), [
    ('x = "KAZ"\n', True),
    ('def f():\n    """In Almaty the rule..."""\n    return 1\n', False),  # a docstring
    ("# Nukus\ny = 1\n", False),  # a comment
    ('label = f"Protests in {town}, Almaty"\n', True),
    ("day = date(2022, 1, 15)\n", True),
    ("day = date(ctx.year, 1, 15)\n", True),  # mid-crisis on any year
    ("day = date(ctx.year, 1, 1)\n", False),  # a year's first day is no crisis's
    ('name = "Kazakhstani"\n', False),  # a longer word is not the name
    ('who = "Shavkat Mirziyoyev"\n', True),  # a pack's actor
    ('kind = "state of emergency"\n', False),  # a vocabulary word, not a crisis name
])
def test_crisis_code_detector_finds_what_it_should(tmp_path, source, found):
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    assert bool(crisis_problems(path)) == found


# ---------------------------------------------------------------- no crisis in shared data
# Shared knowledge serves every pack: a shared lexicon row whose generic words ("the
# police") or default actor name one crisis's actor gives that actor to every other crisis.
# Such rows name a role (``@police``), which each pack fills; a row may name a crisis
# country's actor only when each of its alternatives names the country ("the Kazakh
# government"). A person of a crisis's country stays shared only when two packs cite them.

LEXICONS = ROOT / "data" / "lexicons"
ROLE_PREFIX = "@"
_OPTIONAL = re.compile(r"\(\?:[^()]*\)\?")  # an optional group: "(?:kazakh )?" may be absent


def _shared_actors() -> dict[str, dict[str, str]]:
    with (ROOT / "data" / "actors.csv").open(encoding="utf-8", newline="") as handle:
        return {row["actor"]: row for row in csv.DictReader(handle)}


def _country_stems(actors: dict[str, dict[str, str]], countries: set[str]) -> dict[str, set]:
    """Crisis country -> the first five folded letters of its one-word names as a state
    ("kazak", "kasac", "казах"): what a pattern naming the country contains."""
    from dashboard.extract.lexicon import fold

    states = {row["actor"]: row["actor_country"] for row in actors.values()
              if row["kind"] == "state" and row["actor_country"] in countries}
    stems = {country: {fold(name)[:5]} for name, country in states.items()}
    with (ROOT / "data" / "actor_aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["actor"] in states and " " not in row["alias"] and len(row["alias"]) > 4:
                stems[states[row["actor"]]].add(fold(row["alias"])[:5])
    return stems


def _alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(pattern):
        escaped = index > 0 and pattern[index - 1] == "\\"
        depth += (char == "(" and not escaped) - (char == ")" and not escaped)
        if char == "|" and depth == 0 and not escaped:
            parts.append(pattern[start:index])
            start = index + 1
    return [*parts, pattern[start:]]


def lexicon_problems(rows, actors, countries) -> list[str]:
    """Shared lexicon rows (file, line, row) naming a crisis's actor where a role belongs."""
    from dashboard.extract.lexicon import fold

    stems, found = _country_stems(actors, countries), []
    every_stem = set().union(*stems.values())
    for file, line, row in rows:
        actor = row.get("actor") or ""
        where = f"{file}, line {line}: '{actor}'"
        if actor.startswith(ROLE_PREFIX) and any(
                stem in fold(_OPTIONAL.sub("", alternative)) for stem in every_stem
                for alternative in _alternatives(row["pattern"])):
            found.append(f"{where}: words naming one crisis's country fill a role")
        if not actor or actor.startswith(ROLE_PREFIX):
            continue
        country = actors[actor]["actor_country"] if actor in actors else None
        if country is None:
            found.append(f"{where} is not a shared actor (a pack's actor: use a role)")
        elif country in countries and row["kind"] == "operational":
            found.append(f"{where} is a crisis country's default actor: use a role")
        elif country in countries and not all(
                any(stem in fold(_OPTIONAL.sub("", alternative)) for stem in stems[country])
                for alternative in _alternatives(row["pattern"])):
            found.append(f"{where}: generic words name a crisis country's actor: use a role")
    return found


def _shared_lexicon_rows():
    for path in sorted(LEXICONS.glob("*.csv")):
        if path.name == "stances.csv":
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for row in reader:
                if not row["kind"].startswith("#"):
                    yield path.name, reader.line_num, row


def _pack_countries() -> set[str]:
    return set().union(*(set(p.countries) for p in packs.available(SHIPPED).values()))


def test_crisis_code_shared_lexicons_name_roles_not_a_crisis_s_actors():
    assert lexicon_problems(_shared_lexicon_rows(), _shared_actors(), _pack_countries()) == []


@pytest.mark.parametrize(("kind", "pattern", "actor", "found"), [
    ("agent", "police|riot police", "@police", False),
    ("agent", "police|riot police", "Kazakh police", True),
    ("operational", "detain\\w*", "Kazakh authorities", True),
    ("operational", "detain\\w*", "@authorities", False),
    ("operational", "protest\\w*", "protesters", False),  # a crowd of no country
    ("agent", "(?:the )?kazakh authorities", "Kazakh authorities", False),
    ("agent", "(?:the )?(?:kazakh )?authorities", "Kazakh authorities", True),  # optional
    ("agent", "die kasachische regierung|das kabinett", "Government of Kazakhstan", True),
    ("agent", "the alliance", "CSTO", False),  # international
    ("agent", "the russian government", "Russia", False),  # not a crisis's country
    ("agent", "the general", "Nursultan Nazarbayev", True),  # not a shared actor
    ("agent", "fuerzas de seguridad|tropas kazajas", "@security_forces", True),
    ("operational", "fall of the (?:kazakh )?government", "@government", False),
])
def test_crisis_code_lexicon_check_finds_what_it_should(kind, pattern, actor, found):
    row = {"kind": kind, "pattern": pattern, "actor": actor}
    problems = lexicon_problems([("xx.csv", 2, row)], _shared_actors(), {"KAZ", "UZB"})
    assert bool(problems) == found, problems


def test_crisis_code_shared_people_of_a_crisis_country_are_cited_by_two_packs():
    cited: dict[str, set[str]] = {}
    for pack in packs.available(SHIPPED).values():
        for path in sorted(pack.events_dir.glob("*.csv")):
            for column in ("actor", "target"):
                for name in _csv_column(path, column):
                    cited.setdefault(name, set()).add(pack.id)
    countries = _pack_countries()
    people = [name for name, row in _shared_actors().items()
              if row["kind"] == "person" and row["actor_country"] in countries]
    assert people and [p for p in people if len(cited.get(p, ())) < 2] == []
