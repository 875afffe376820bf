"""Lexicon rows are read into typed rules at load, and a typo is an error naming the file,
the line and the column of the faulty field."""

import re
from dataclasses import replace

import pytest

from dashboard.extract.config import default_config
from dashboard.extract.lexicon import (
    LexiconError,
    for_crisis,
    load_lexicon,
    load_stances,
    pool_words,
)
from dashboard.extract.pipeline import Extractor
from dashboard.extract.rules import field_columns

HEADER = "kind,pattern,event_type,issue,stance,actor,value\n"


def _write(folder, rows: str, name: str = "xx.csv", header: str = HEADER):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(header + rows, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("row", "column", "field", "words"), [
    # an unquoted {m,n} splits the pattern: the error points at its comma
    (r"predicate,ab (?:\w+ ){0,6}?cd,opposition,,oppose,,", 24, "pattern", "double quotes"),
    ("negation,not,,,,,,", 19, "row", "8 fields where 7 are expected"),
    ("topik,troops,,csto_deployment,support,,", 1, "kind", "'topik' is not one of"),
    ("topic,(unclosed,,other,,,", 7, "pattern", "not a valid regex"),
    ("topic,ab(?:cd,,other,,,", 9, "pattern", "not a valid regex"),
    ('topic,"a,b(c",,other,,,', 11, "pattern", "not a valid regex"),
    ("topic,,,other,,,", 7, "pattern", "empty"),
    ("predicate,backed,suport,,support,,", 18, "event_type", "'suport' is not an event type"),
    ("month,jan,statement,,,,1", 11, "event_type", "takes no event type"),
    ("operational,arrested,,sovereignty_stability,,,", 22, "event_type", "needs an event type"),
    ("topic,troops,,csto_deploymnt,support,,", 15, "issue", "'csto_deploymnt' is not an issue"),
    ("topic,troops,,,support,,", 15, "issue", "needs an issue"),
    ("predicate,backed,support,,suport,,", 27, "stance", "'suport' is not one of"),
    ("topic,troops,,csto_deployment,oppse,,", 31, "stance", "'oppse' is not one of"),
    ("negation,not,,,oppose,,", 16, "stance", "takes no stance"),
    ("agent,crowds,,,,,", 17, "actor", "needs an actor"),
    ("agent,the mayor,,,,@mayor,", 20, "actor", "'@mayor' is not a role"),
    ("month,jan,,,,,13", 15, "value", "'13' is not a month number"),
    ("weekday,monday,,,,,7", 20, "value", "'7' is not a weekday number"),
    ("relative,yesterday,,,,,published-1", 24, "value", "published:N, previous:N or day"),
    ("reporting,said,,,,,behind", 20, "value", "'behind' is not one of"),
    ("operational,arrested,arrest,sovereignty_stability,,,kinds=persn", 53, "value",
     "'persn' is not an actor kind"),
    ("operational,landed,military_deployment,other,,,troops=stat", 48, "value",
     "'stat' is not an actor kind"),
    ("operational,arrested,arrest,sovereignty_stability,,,country=Kaz", 53, "value",
     "not an ISO3 code or 'home'"),
    ("operational,arrested,arrest,sovereignty_stability,,,names=(police", 53, "value",
     "not a valid regex"),
    ("operational,arrested,arrest,sovereignty_stability,,,befor", 53, "value",
     "'befor' is not one of"),
    ("operational,fought,violent_clash,other,,,body_issue=use_of_forc", 42, "value",
     "body_issue 'use_of_forc' is not an issue"),
    ("operational,held,arrest,other,,,person_issue=leader", 33, "value",
     "person_issue 'leader' is not an issue"),
    ("abbreviation,juil,,,,,", 14, "pattern", "one abbreviation ending in a period"),
    ("ordinal_suffix,-th,,,,,", 16, "pattern", "one plain word"),
    ("place_relative,where,,,,,x", 26, "value", "takes no value"),
    ("clause_opener,while,,,,,after", 25, "value", "'after' is not one of , comma"),
    ("clause_break,tandis que,,,,,", 1, "kind", "'clause_break' is not one of"),
    ("first_person,we,,,,,", 1, "kind", "'first_person' is not one of"),
    ("negation,not,,", 15, "stance", "4 fields where 7 are expected"),
    ("institution_word,minist\\w*,,,,,", 18, "pattern", "one plain word"),
    ("institution_word,ministry,statement,,,,", 27, "event_type", "takes no event type"),
    ("institution_word,ministry,,,,,body", 31, "value", "takes no value"),
    ("function_word,the end,,,,,", 15, "pattern", "one plain word"),
    ("function_word,die,,,,@police,", 22, "actor", "takes no actor"),
    ("trait,pro-drop,,,,,", 7, "pattern", "'pro-drop' is not a trait"),
    ("article,(?:la|le),,,,,", 9, "pattern", "one plain word"),
    ("complementizer,qu' il,,,,,", 16, "pattern", "one plain word"),
    ("conjunction,and|et,,,,,", 13, "pattern", "one plain word"),
    ("range_link,au,,,,@police,", 18, "actor", "takes no actor"),
    ("region_word,obl.*,,,,,", 13, "pattern", "one plain word"),
    ("region_link,of,,other,,,", 17, "issue", "takes no issue"),
    ("auxiliary,has been,,,,,", 11, "pattern", "one plain word"),
    ("relative_pronoun,who,,,,,subject", 26, "value", "takes no value"),
    ("relative_clause,il  quale,,,,,", 17, "pattern", "one plain word or phrase"),
    ("list_link,(?:and|et),,,,,", 11, "pattern", "one plain word or phrase"),
    ("participle_ending,-ing,,,,,", 19, "pattern", "one plain word"),
    ("oblique_ending,ому,statement,,,,", 20, "event_type", "takes no event type"),
    ("trait,pro_drop,,,,,yes", 20, "value", "takes no value"),
    ("anaphora,its ministry,,,,,office:(foreign", 27, "value", "not a valid regex"),
    ("anaphora,its ministry,,,,,ofice:foreign", 27, "value", "or office:<pattern>"),
    # a topic on issue 'other' names a claim on no issue: a note, no stance, no event type
    ("topic,coup,,other,,,", 21, "value", "needs note=<what its words claim>"),
    ("topic,coup,,other,,,weak", 21, "value", "needs note="),
    ("topic,coup,,other,,,note=Attempted Coup!", 21, "value", "lower-case words"),
    ("topic,coup,,other,support,,note=attempted coup", 19, "stance", "takes no stance"),
    ("topic,coup,statement,other,,,note=attempted coup", 12, "event_type",
     "takes no event type"),
    ("topic,coup,,terrorism_framing,support,,note=attempted coup", 40, "value",
     "note= is for a topic row on issue 'other' only"),
    # a topic row's event type refines an act or names a call, never a position's type
    ("topic,terror,support,terrorism_framing,support,,", 14, "event_type",
     "refines an act or names a call"),
])
def test_rules_bad_row_names_file_line_column_and_field(tmp_path, row, column, field, words):
    folder = _write(tmp_path / "lex", "month,jan,,,,,1\n" + row + "\n")
    with pytest.raises(LexiconError) as caught:
        load_lexicon("xx", folder)
    error = caught.value
    assert (error.file, error.line, error.column, error.field) == ("xx.csv", 3, column, field)
    assert str(error).startswith(f"xx.csv, line 3, column {column}, field '{field}': ")
    assert words in str(error)


def test_rules_header_must_be_the_seven_columns(tmp_path):
    folder = _write(tmp_path / "lex", "month,jan,,,,,1\n", header="kind,pattern,value\n")
    with pytest.raises(LexiconError, match=r"xx.csv, line 1, column 1, field 'header'"):
        load_lexicon("xx", folder)


def test_rules_values_are_read_once_into_typed_fields(tmp_path):
    folder = _write(tmp_path / "lex", (
        "month,jan(?:uary)?,,,,,1\n"
        "relative,the day before,,,,,previous:-1\n"
        '"# a comment row",,,,,,\n'
        "\n"
        'operational,"sen(?:t|d) (?:\\w+ ){0,3}?troops",military_deployment,csto_deployment,'
        ",CSTO,kinds=international_organisation|state;country=RUS;names=army;require;before\n"))
    lexicon = load_lexicon("xx", folder)
    [month], [relative], [act] = lexicon.of("month"), lexicon.of("relative"), \
        lexicon.of("operational")
    assert month.number == 1 and month.regex.fullmatch("january")
    assert (relative.anchor, relative.shift) == ("previous", -1)
    assert act.act.kinds == {"international_organisation", "state"}
    assert (act.act.country, act.act.required, act.act.before, act.act.passive) == \
        ("RUS", True, True, False)
    assert act.act.names.search("Russian Army") and act.regex.search("sent more troops")
    assert (act.file, act.line) == ("xx.csv", 6)


def test_rules_topic_on_other_keeps_its_note(tmp_path):
    folder = _write(tmp_path / "lex", "topic,coups?,,other,,,note=attempted coup\n"
                                      "topic,terror\\w*,,terrorism_framing,support,,\n")
    claim, framing = load_lexicon("xx", folder).of("topic")
    assert (claim.issue, claim.stance, claim.note) == ("other", "", "attempted coup")
    assert (framing.issue, framing.note) == ("terrorism_framing", "")


def test_rules_agent_flag_names_the_actor_after_the_cue(tmp_path):
    folder = _write(tmp_path / "lex", (
        'operational,"killed (?:\\w+ ){0,3}?by",violent_clash,other,,,'
        "kinds=government_body;require;agent\n"
        "operational,clashes,violent_clash,other,,,kinds=government_body;require\n"))
    agent, plain = load_lexicon("xx", folder).of("operational")
    assert (agent.act.agent, agent.act.required, plain.act.agent) == (True, True, False)
    assert agent.regex.search("were killed overnight by")


def test_rules_operational_issue_values_are_read(tmp_path):
    folder = _write(tmp_path / "lex", (
        "operational,fought,violent_clash,other,,protesters,"
        "kinds=crowd|government_body;body_issue=use_of_force\n"
        "operational,held,arrest,other,,,kinds=government_body;person_issue=leadership_change\n"))
    clash, arrest = load_lexicon("xx", folder).of("operational")
    assert (clash.issue, clash.act.body_issue, clash.act.person_issue) == \
        ("other", "use_of_force", "")
    assert (arrest.issue, arrest.act.body_issue, arrest.act.person_issue) == \
        ("other", "", "leadership_change")


def test_rules_roles_and_home_country_are_the_crisis_s(tmp_path):
    folder = _write(tmp_path / "lex", (
        "agent,the police,,,,@police,\n"
        "agent,the mayor's office,,,,@authorities,\n"
        "agent,the crowd,,,,protesters,\n"
        "operational,arrested,arrest,sovereignty_stability,,@authorities,"
        "kinds=government_body;country=home\n"
        "operational,dismissed,resignation_dismissal,leadership_change,,@head_of_state,"
        "kinds=person;country=home;before\n"))
    shared = load_lexicon("xx", folder)
    lexicon = for_crisis(shared, {"police": "Tinyland police", "head_of_state": "Ruler"}, "TNY")
    # an agent role the crisis does not fill is left out; the others keep their order
    assert [(c.source, c.actor) for c in lexicon.of("agent")] == [
        ("the police", "Tinyland police"), ("the crowd", "protesters")]
    arrest, dismissal = lexicon.of("operational")
    assert (arrest.actor, arrest.act.country) == ("", "TNY")  # no default actor left
    assert (dismissal.actor, dismissal.act.country, dismissal.act.before) == ("Ruler", "TNY", True)
    assert shared.of("agent")[0].actor == "@police"  # the shared (cached) lexicon is untouched


def test_rules_later_folders_add_rows_and_override_stances(tmp_path):
    shared = _write(tmp_path / "shared", "negation,not,,,,,\n")
    _write(shared, "fuel_prices,oppose,oppose,\nfuel_prices,none,oppose,\n",
           name="stances.csv", header="issue,polarity,stance,event_type\n")
    pack = _write(tmp_path / "pack", "negation,never,,,,,\n")
    _write(pack, "fuel_prices,none,neutral,statement\n", name="stances.csv",
           header="issue,polarity,stance,event_type\n")
    lexicon = load_lexicon("xx", (shared, pack))
    assert [c.source for c in lexicon.of("negation")] == ["not", "never"]
    assert lexicon.stances == {("fuel_prices", "oppose"): ("oppose", ""),
                               ("fuel_prices", "none"): ("neutral", "statement")}


def test_rules_issues_of_a_crisis_are_accepted_when_declared(tmp_path):
    folder = _write(tmp_path / "lex", "topic,water,,water_rights,support,,\n")
    with pytest.raises(LexiconError, match="'water_rights' is not an issue"):
        load_lexicon("xx", folder)
    lexicon = load_lexicon("xx", folder, ("water_rights",))
    assert lexicon.of("topic")[0].issue == "water_rights"


@pytest.mark.parametrize(("row", "column", "field"), [
    ("fuel_prices,oppose,opose,", 20, "stance"),
    ("fuel_price,oppose,oppose,", 1, "issue"),
    ("fuel_prices,against,oppose,", 13, "polarity"),
    ("fuel_prices,oppose,oppose,protests", 27, "event_type"),
    ("fuel_prices,oppose", 19, "row"),
])
def test_rules_bad_stance_row_is_named(tmp_path, row, column, field):
    folder = _write(tmp_path / "lex", row + "\n", name="stances.csv",
                    header="issue,polarity,stance,event_type\n")
    with pytest.raises(LexiconError) as caught:
        load_stances((folder,))
    assert (caught.value.line, caught.value.column, caught.value.field) == (2, column, field)


def test_rules_extractor_refuses_an_actor_missing_from_the_book(tmp_path):
    folder = _write(tmp_path / "lex", "negation,not,,,,,\nagent,the mob,,,,Angry mob,\n",
                    name="en.csv")
    config = replace(default_config(), lexicon_dirs=(*default_config().lexicon_dirs, folder))
    with pytest.raises(LexiconError) as caught:
        Extractor(config)
    assert (caught.value.file, caught.value.line, caught.value.column) == ("en.csv", 3, 18)
    assert "'Angry mob' is not an actor of the actor book" in str(caught.value)


@pytest.mark.parametrize(("line", "columns"), [
    ("a,b,c", [1, 3, 5]),
    ('a,"b,c",d', [1, 3, 9]),
    ('a,"say ""x"", y",z', [1, 3, 18]),
])
def test_rules_field_columns_honour_quotes(line, columns):
    assert field_columns(line) == columns


def _knowledge_folder(folder):
    folder.mkdir()
    files = {
        "actors.csv": "actor,actor_country,kind,role,group\n"
                      "Jokargy Kenes,UZB,government_body,Parliament,Karakalpakstan\n",
        "actor_aliases.csv": "actor,alias,language,descriptive,valid_from,valid_to\n"
                             "Jokargy Kenes,Jokargy Kenes,en,0,,\n"
                             "Kassym-Jomart Tokayev,President Tokayev of Kazakhstan,en,0,,\n",
        "places.csv": "place,country,admin1,latitude,longitude,kind,geonameid,note\n"
                      "Nukus,UZB,Karakalpakstan,42.45,59.61,city,,\n",
        "place_names.csv": "place,name,language\nNukus,Нукус,ru\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_rules_knowledge_folders_add_actors_and_places(tmp_path):
    folder = _knowledge_folder(tmp_path / "pack")
    lexicons = _write(tmp_path / "lex", "negation,not,,,,,\nagent,the deputies,,,,"
                      "Jokargy Kenes,\n", name="en.csv")
    base = default_config()
    config = replace(base, knowledge_dirs=(*base.knowledge_dirs, folder),
                     lexicon_dirs=(*base.lexicon_dirs, lexicons))
    extractor = Extractor(config)
    book, gazetteer = extractor.knowledge.book, extractor.knowledge.gazetteer
    assert "Jokargy Kenes" in book.actors and "Kassym-Jomart Tokayev" in book.actors
    assert gazetteer.places["Nukus"].country == "UZB" and "Almaty" in gazetteer.places
    doc = extractor.run(extractor.read("The deputies met in Nukus on Monday.", "2022-07-04",
                                       "en"))
    assert [m.actor for m in doc.mentions] == ["Jokargy Kenes"]
    assert [p.place.name for p in doc.places] == ["Nukus"]


def test_rules_knowledge_folder_may_not_list_a_shared_actor_again(tmp_path):
    folder = _knowledge_folder(tmp_path / "pack")
    (folder / "actors.csv").write_text(
        "actor,actor_country,kind,role,group\n"
        "Kassym-Jomart Tokayev,KAZ,person,President,Kazakhstan\n", encoding="utf-8")
    base = default_config()
    with pytest.raises(ValueError, match="actors.csv: 'Kassym-Jomart Tokayev' is already"):
        Extractor(replace(base, knowledge_dirs=(*base.knowledge_dirs, folder)))


def test_rules_word_kinds_are_folded_words_pooled_over_languages(tmp_path):
    folder = _write(tmp_path / "lex", "institution_word,Ministère,,,,,\n", name="xx.csv")
    _write(folder, "institution_word,Министерства,,,,,\n", name="yy.csv")
    one, two = load_lexicon("xx", folder), load_lexicon("yy", folder)
    assert one.words("institution_word") == {"ministere"}
    assert one.pooled_words("institution_word") == {"ministere"}  # not pooled yet: its own
    pool_words([one, two])
    assert two.pooled_words("institution_word") == {"ministere", "министерства"}
    assert one.words("institution_word") == {"ministere"}


def test_rules_extractor_pools_word_kinds_of_every_language():
    lexicons = Extractor().lexicons
    pooled = lexicons["de"].pooled_words("institution_word")
    assert {"ministere", "министерства", "committee"} <= pooled
    assert pooled == lexicons["en"].pooled_words("institution_word")
    assert {"the", "selon", "после", "die", "segun", "nella"} <= \
        lexicons["ru"].pooled_words("function_word")
    assert {"the", "la", "der", "los"} <= lexicons["it"].pooled_words("article")
    assert lexicons["de"].pooled_words("complementizer") == {"que", "qu'", "that", "что",
                                                             "чтобы", "dass"}
    assert lexicons["es"].alternation("conjunction") == "and|e|et|o|oder|sowie|u|und|y|и"
    assert {"and", "au", "по", "bis", "y"} <= lexicons["fr"].pooled_words("range_link")
    assert lexicons["ru"].pooled_words("region_word") == {"region", "province", "oblast",
                                                          "oblys", "oblysy"}
    assert lexicons["ru"].pooled_words("region_link") == {
        "of", "the", "de", "d", "l", "du", "occidental", "oriental", "meridional",
        "septentrional", "central"}
    assert {"has", "ont", "hatte", "habian", "aveva"} <= lexicons["en"].pooled_words("auxiliary")
    assert {"who", "quienes", "der", "che", "которые"} <= \
        lexicons["fr"].pooled_words("relative_pronoun")
    assert {"which", "lequel", "welches", "il quale", "которое"} <= \
        lexicons["en"].pooled_words("relative_clause")
    assert {"as well as", "ainsi que", "а также", "a"} <= lexicons["de"].pooled_words("list_link")
    assert lexicons["ru"].alternation("participle_ending") == "ant|ing"
    assert {"ому", "ями", "у"} <= lexicons["en"].pooled_words("oblique_ending")


def test_rules_alternation_of_no_words_never_matches(tmp_path):
    lexicon = load_lexicon("xx", _write(tmp_path / "lex", "month,jan,,,,,1\n"))
    assert re.search(lexicon.alternation("conjunction"), "and et и ") is None


def test_rules_traits_are_the_language_s_own(tmp_path):
    folder = _write(tmp_path / "lex", "trait,pro_drop,,,,,\n", name="xx.csv")
    _write(folder, "month,jan,,,,,1\n", name="yy.csv")
    one, two = load_lexicon("xx", folder), load_lexicon("yy", folder)
    assert one.has_trait("pro_drop") and not one.has_trait("clause_final_negation")
    assert not two.has_trait("pro_drop")


@pytest.mark.parametrize(("language", "traits"), [
    ("en", set()), ("fr", set()), ("ru", {"pro_drop"}), ("es", {"pro_drop"}),
    ("it", {"pro_drop"}), ("de", {"clause_final_negation"}),
])
def test_rules_shipped_traits_per_language(language, traits):
    lexicon = load_lexicon(language)
    assert {t for t in ("pro_drop", "clause_final_negation") if lexicon.has_trait(t)} == traits


def test_rules_words_kept_as_written(tmp_path):
    """Abbreviations and relative adverbs of place keep case and accents ("Gén.", "où",
    which folding would make "ou", "or"); other word kinds are folded."""
    folder = _write(tmp_path / "lex", (
        "abbreviation,Gén.,,,,,\nplace_relative,où,,,,,\nordinal_suffix,ER,,,,,\n"
        "past_participle_ending,ée,,,,,\nsurname_ending,ёва,,,,,\n"))
    lexicon = load_lexicon("xx", folder)
    assert lexicon.words("abbreviation") == {"Gén."}
    assert lexicon.words("place_relative") == {"où"}
    assert lexicon.words("ordinal_suffix") == {"er"}
    assert lexicon.words("past_participle_ending") == {"ee"}
    assert lexicon.words("surname_ending") == {"ева"}


@pytest.mark.parametrize(("value", "office"), [
    ("office:foreign", "foreign"),
    ("office:def(?:ence|ense)", "def(?:ence|ense)"),
    ("body", ""),
])
def test_rules_anaphora_office_pattern_is_read_once(tmp_path, value, office):
    folder = _write(tmp_path / "lex", f"anaphora,its ministry,,,,,{value}\n")
    (cue,) = load_lexicon("xx", folder).of("anaphora")
    assert (cue.value, cue.office) == (value, office)
