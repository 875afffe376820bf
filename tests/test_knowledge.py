"""Actor knowledge: loading, validation and alias resolution."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.knowledge import (
    ACTOR_COLUMNS,
    ALIAS_COLUMNS,
    DATA_DIR,
    Alias,
    load_actor_book,
    normalise,
)
from dashboard.schema import ACTOR_KINDS


@pytest.fixture(scope="module")
def book():
    """The Kazakhstan crisis's actors: the shared world actors and the pack's own."""
    return load_actor_book(extra=[DATA_DIR / "crises" / "kazakhstan-2022-01"])


def _write(path: Path, columns: tuple[str, ...], rows: list[str]) -> None:
    path.write_text("\n".join([",".join(columns), *rows]) + "\n", encoding="utf-8")


@pytest.fixture
def tiny_dir(tmp_path):
    """Two actors, one plain alias and one date-bounded descriptive alias."""
    _write(tmp_path / "actors.csv", ACTOR_COLUMNS, [
        "Wang Yi,CHN,person,Foreign Minister,China",
        "Qin Gang,CHN,person,Foreign Minister,China",
    ])
    _write(tmp_path / "actor_aliases.csv", ALIAS_COLUMNS, [
        "Wang Yi,王毅,zh,0,,",
        "Wang Yi,le chef de la diplomatie chinoise,fr,1,2013-03-16,2022-12-29",
        "Qin Gang,le chef de la diplomatie chinoise,fr,1,2022-12-30,2023-07-25",
    ])
    return tmp_path


@pytest.mark.parametrize(("name", "expected"), [
    ("Tokayev", "Kassym-Jomart Tokayev"),
    ("Tokaïev", "Kassym-Jomart Tokayev"),
    ("tokaiev", "Kassym-Jomart Tokayev"),
    ("Tokajew", "Kassym-Jomart Tokayev"),
    ("Tokaev", "Kassym-Jomart Tokayev"),
    ("Токаев", "Kassym-Jomart Tokayev"),
    ("Токаева", "Kassym-Jomart Tokayev"),
    ("Токаеву", "Kassym-Jomart Tokayev"),
    ("Токаевым", "Kassym-Jomart Tokayev"),
    ("Тоқаев", "Kassym-Jomart Tokayev"),
    ("توكاييف", "Kassym-Jomart Tokayev"),
    ("  KASSYM-JOMART   tokayev ", "Kassym-Jomart Tokayev"),
    ("Poutine", "Vladimir Putin"),
    ("Путину", "Vladimir Putin"),
    ("Sergueï Lavrov", "Sergey Lavrov"),
    ("Лаврова", "Sergey Lavrov"),
    ("Лавровым", "Sergey Lavrov"),
    ("Захаровой", "Maria Zakharova"),
    ("王毅", "Wang Yi"),
    ("OTSC", "CSTO"),
    ("ОДКБ", "CSTO"),
    ("ҰҚШҰ", "CSTO"),
    ("Nazarbaïev", "Nursultan Nazarbayev"),
    ("Назарбаеву", "Nursultan Nazarbayev"),
    ("Massimov", "Karim Massimov"),
    ("Пашиняна", "Nikol Pashinyan"),
    ("Erdogan", "Recep Tayyip Erdoğan"),
    ("Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"),
    ("Antonio Guterres", "António Guterres"),
    ("КНБ", "National Security Committee of Kazakhstan"),
    ("les manifestants", "protesters"),
    ("Reporters sans frontières", "Reporters Without Borders"),
])
def test_knowledge_resolves_plain_aliases(book, name, expected):
    assert book.resolve(name) == expected


@pytest.mark.parametrize(("name", "on", "expected"), [
    ("le chef de la diplomatie chinoise", date(2022, 1, 10), "Wang Yi"),
    ("le chef de la diplomatie chinoise", None, None),
    ("le chef de la diplomatie chinoise", date(2023, 6, 1), None),
    ("the Chinese president", date(2022, 1, 7), "Xi Jinping"),
    ("председатель КНР", date(2022, 1, 7), "Xi Jinping"),
    ("le président kazakh", date(2022, 1, 5), "Kassym-Jomart Tokayev"),
    ("le président kazakh", date(2018, 1, 5), None),
    ("Elbasy", date(2022, 1, 5), "Nursultan Nazarbayev"),
    ("first president", None, "Nursultan Nazarbayev"),
    ("Russian foreign minister", date(2022, 1, 11), "Sergey Lavrov"),
    ("the Kremlin", date(2022, 1, 6), "Vladimir Putin"),
    ("Kazakh prime minister", date(2022, 1, 4), "Askar Mamin"),
    ("Kazakh prime minister", date(2022, 1, 11), "Alikhan Smailov"),
    ("chairman of the Security Council", date(2022, 1, 3), "Nursultan Nazarbayev"),
    ("chairman of the Security Council", date(2022, 1, 6), "Kassym-Jomart Tokayev"),
])
def test_knowledge_descriptive_aliases_follow_dates(book, name, on, expected):
    assert book.resolve(name, on) == expected


@pytest.mark.parametrize(("name", "on", "expected"), [
    ("le chef de la diplomatie chinoise", date(2022, 1, 11), "Wang Yi"),
    ("le chef de la diplomatie chinoise", date(2023, 1, 11), "Qin Gang"),
    ("Le Chef de la Diplomatie Chinoise", date(2023, 1, 11), "Qin Gang"),
    ("le chef de la diplomatie chinoise", None, None),
    ("王毅", None, "Wang Yi"),
    ("Qin Gang", None, "Qin Gang"),
    ("Someone Else", None, None),
])
def test_knowledge_resolve_on_tiny_book(tiny_dir, name, on, expected):
    assert load_actor_book(tiny_dir).resolve(name, on) == expected


@pytest.mark.parametrize(("a", "b"), [
    ("Tokaïev", "tokaiev"),
    ("Éric  Martin", "eric martin"),
    ("Mevlüt Çavuşoğlu", "mevlut cavusoglu"),
    ("Kassym–Jomart", "kassym-jomart"),
    ("l’OTSC", "l'otsc"),
])
def test_knowledge_normalise_folds_case_accents_space(a, b):
    assert normalise(a) == normalise(b)


@pytest.mark.parametrize(("a", "b"), [("Қазақстан", "Казахстан"), ("Өскемен", "Оскемен")])
def test_knowledge_normalise_keeps_kazakh_letters(a, b):
    assert normalise(a) != normalise(b)


@pytest.mark.parametrize(("file", "row", "line", "field"), [
    ("actors.csv", "Wang Yi,CHN,wizard,Foreign Minister,China", 2, "kind"),
    ("actors.csv", "Wang Yi,China,person,Foreign Minister,China", 2, "actor_country"),
    ("actors.csv", ",CHN,person,Foreign Minister,China", 2, "actor"),
    ("actors.csv", "Wang Yi,CHN,person,Foreign Minister,", 2, "group"),
    ("actor_aliases.csv", "Wang Yi,王毅,chinese,0,,", 3, "language"),
    ("actor_aliases.csv", "Nobody,X,en,0,,", 3, "actor"),
    ("actor_aliases.csv", "Wang Yi,X,en,yes,,", 3, "descriptive"),
    ("actor_aliases.csv", "Wang Yi,X,en,1,2022-13-01,", 3, "valid_from"),
    ("actor_aliases.csv", "Wang Yi,X,en,1,2022-02-01,2022-01-01", 3, "valid_to"),
    ("actor_aliases.csv", "Wang Yi,,en,0,,", 3, "alias"),
    ("actor_aliases.csv", "Wang Yi,王毅,zh,0", 3, "row"),
])
def test_knowledge_bad_row_names_file_line_field(tmp_path, file, row, line, field):
    _write(tmp_path / "actors.csv", ACTOR_COLUMNS, ["Wang Yi,CHN,person,Foreign Minister,China"])
    aliases = ["Wang Yi,Wang Yi,en,0,,"]
    if file == "actors.csv":
        _write(tmp_path / "actors.csv", ACTOR_COLUMNS, [row])
    else:
        aliases.append(row)
    _write(tmp_path / "actor_aliases.csv", ALIAS_COLUMNS, aliases)
    with pytest.raises(ValueError, match=rf"{file}, line {line}, field '{field}'"):
        load_actor_book(tmp_path)


def test_knowledge_conflicting_alias_is_rejected(tiny_dir):
    with (tiny_dir / "actor_aliases.csv").open("a", encoding="utf-8") as handle:
        handle.write("Qin Gang,王毅,zh,0,,\n")
    with pytest.raises(ValueError, match=r"actor_aliases.csv, line 5, field 'alias'.*line 2"):
        load_actor_book(tiny_dir)


def test_knowledge_bad_header_is_rejected(tiny_dir):
    (tiny_dir / "actors.csv").write_text("name,country\nWang Yi,CHN\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"actors.csv, line 1, field 'header'"):
        load_actor_book(tiny_dir)


@pytest.mark.parametrize(("on", "expected"), [
    (None, False), (date(2022, 1, 1), True), (date(2022, 12, 31), True), (date(2023, 1, 1), False),
])
def test_knowledge_alias_applies_inside_bounds(on, expected):
    alias = Alias("X", "x", "en", True, date(2022, 1, 1), date(2022, 12, 31))
    assert alias.applies_on(on) is expected


# Canonical names the event model and the task list name explicitly.
REQUIRED_ACTORS = [
    "Kassym-Jomart Tokayev", "Nursultan Nazarbayev", "Sergey Lavrov", "Wang Yi", "Xi Jinping",
    "Vladimir Putin", "Antony Blinken", "Josep Borrell", "António Guterres", "Maria Zakharova",
    "Dmitry Peskov", "Recep Tayyip Erdoğan", "Nikol Pashinyan", "Michelle Bachelet",
    "Karim Massimov", "CSTO", "United Nations", "European Union", "Human Rights Watch",
    "Russian Foreign Ministry", "Chinese Foreign Ministry", "Kazakh Interior Ministry",
    "National Security Committee of Kazakhstan", "Government of Kazakhstan",
    "Kazakh authorities", "Kazakh police", "Kazakh security forces", "Russia", "China",
    "United States", "protesters", "Askar Mamin", "Alikhan Smailov", "Yerlan Turgumbayev",
    "Mukhtar Tileuberdi", "Prosecutor General's Office of Kazakhstan", "Kazakh Health Ministry",
    "Kazakh Energy Ministry", "Kazakh Foreign Ministry", "Kazakh Defence Ministry",
    "Parliament of Kazakhstan", "Russian Defence Ministry", "Wang Wenbin", "Zhao Lijian",
    "Stanislav Zas", "Armenia", "Alexander Lukashenko", "Sadyr Japarov", "Emomali Rahmon",
    "Shavkat Mirziyoyev", "Gurbanguly Berdimuhamedow", "Jen Psaki", "Ned Price",
    "US State Department", "Joe Biden", "Charles Michel", "Ursula von der Leyen",
    "European Parliament", "Emmanuel Macron", "French Foreign Ministry", "German Foreign Office",
    "Annalena Baerbock", "Olaf Scholz", "UK Foreign Office", "Liz Truss", "Mevlüt Çavuşoğlu",
    "Turkish Foreign Ministry", "Organization of Turkic States", "Iran", "Ukraine", "Mongolia",
    "UN Human Rights Office", "OSCE", "Amnesty International",
    "Committee to Protect Journalists", "Reporters Without Borders", "NetBlocks", "Access Now",
]


@pytest.mark.parametrize("actor", REQUIRED_ACTORS)
def test_knowledge_required_actor_is_listed(book, actor):
    assert actor in book.actors
    assert any(a.alias == actor and a.language == "en" for a in book.aliases_of(actor))


def test_knowledge_shipped_book_is_large_and_multilingual(book):
    languages = {a.language for a in book.aliases}
    assert len(book.actors) >= 80
    assert {"en", "fr", "ru", "kk", "de", "es", "it", "ar", "tr", "zh"} <= languages


@pytest.mark.parametrize("actor", ["Kassym-Jomart Tokayev", "Vladimir Putin", "CSTO",
                                   "Sergey Lavrov", "Nursultan Nazarbayev"])
def test_knowledge_key_actors_have_en_fr_ru_kk(book, actor):
    assert {"en", "fr", "ru", "kk"} <= {a.language for a in book.aliases_of(actor)}


def test_knowledge_shipped_actors_have_valid_kinds(book):
    assert {a.kind for a in book.actors.values()} <= set(ACTOR_KINDS)


@pytest.mark.parametrize(("name", "expected"), [
    ("Tokaïev", "KAZ"), ("ОДКБ", "INT"), ("protesters", ""), ("Blinken", "USA"),
])
def test_knowledge_get_returns_actor_record(book, name, expected):
    actor = book.get(name)
    assert actor is not None and actor.country == expected


def test_knowledge_every_actor_lists_its_canonical_name(book):
    listed = {(a.actor, a.alias) for a in book.aliases if a.language == "en"}
    assert [name for name in book.actors if (name, name) not in listed] == []


def test_knowledge_every_plain_alias_resolves_to_its_actor(book):
    wrong = [(a.alias, a.actor, book.resolve(a.alias)) for a in book.aliases
             if not a.descriptive and book.resolve(a.alias) != a.actor]
    assert wrong == []


def test_knowledge_every_descriptive_alias_resolves_inside_its_window(book):
    wrong = []
    for alias in (a for a in book.aliases if a.descriptive):
        on = alias.valid_to or alias.valid_from or date(2022, 1, 15)
        if book.resolve(alias.alias, on) != alias.actor:
            wrong.append((alias.alias, alias.actor, on))
    assert wrong == []
