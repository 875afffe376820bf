"""Speakers, pronouns and unknown names (the speakers module), end to end on one sentence."""

import pytest

from dashboard.extract import extract_events
from dashboard.extract.actors import Mention, find_unknown_people
from dashboard.extract.clause_gaps import apposition_close
from dashboard.extract.lexicon import fold, load_lexicon
from dashboard.extract.sentence_view import SentenceView
from dashboard.extract.speakers import find_speakers, in_reported_clause
from dashboard.extract.subjects import nominative, not_subject
from tests.tiny_lexicon import tiny_extractor, tiny_lexicon


def actors(text, language, published="2022-01-10"):
    return {(e["actor"], e["issue"]) for e in extract_events(text, published=published,
                                                              language=language)}


@pytest.mark.parametrize(("text", "language", "actor"), [
    ("Russia's actions are legitimate, Peskov said on Monday, warning against any foreign "
     "interference.", "en", "Dmitry Peskov"),
    ("Selon Maria Zakharova, la mission de l'OTSC est légitime et soutenue par Moscou.",
     "fr", "Maria Zakharova"),
    ("Миссия ОДКБ законна, заявила в понедельник официальный представитель МИД России "
     "Мария Захарова.", "ru", "Maria Zakharova"),
])
def test_speakers_found_before_or_after_the_verb(text, language, actor):
    assert actor in {a for a, _issue in actors(text, language)}


def test_speakers_pronoun_refers_to_the_sentence_subject():
    text = ("Le président chinois Xi Jinping a adressé lundi un message à Kassym-Jomart "
            "Tokaïev, dans lequel il condamne toute ingérence extérieure.")
    assert ("Xi Jinping", "foreign_interference") in actors(text, "fr")


@pytest.mark.parametrize("text", [
    "Лавров прокомментировал события, заявив, что протестующие были бандитами.",
    "Президент выступил вечером. Лавров дал оценку погромщикам, назвав их террористами.",
])
def test_speakers_russian_gerund_shares_the_subject_of_its_sentence(text):
    # the name after "заявив", "назвав" is the object or the reported clause's subject
    assert actors(text, "ru") == {("Sergey Lavrov", "terrorism_framing")}


@pytest.mark.parametrize(("text", "language"), [
    ("Как сообщает Sputnik, полицейские применили слезоточивый газ.", "ru"),
    ("According to Reuters, police used tear gas.", "en"),
])
def test_speakers_source_named_before_a_comma_leaves_the_actor_unreported(text, language):
    # the name after "as X reports," is the clause's actor, not who reported it, so the
    # police's act is no crowd or clash told in their own words
    events = extract_events(text, published="2022-01-06", language=language)
    assert [(e["event_type"], e["actor"]) for e in events] == [
        ("violent_clash", "Kazakh police")]


def test_speakers_pronoun_skips_a_person_named_after_a_preposition():
    # "after the talk with Tokayev, he condemned ...": "he" is the last subject, Erdogan
    text = "Эрдоган прибыл в Анкару. После беседы с Токаевым он осудил вмешательство извне."
    assert actors(text, "ru") == {("Recep Tayyip Erdoğan", "foreign_interference")}


@pytest.mark.parametrize(("text", "language"), [
    ("The CSTO mission is illegitimate, opposition politician Dastan Bekeshev said on "
     "Monday.", "en"),
    ("Миссия ОДКБ незаконна, заявил в понедельник депутат Дастан Бекешев.", "ru"),
])
def test_speakers_unknown_person_keeps_words_from_known_actors(text, language):
    # the words are the unknown person's own (named in English spelling), no known actor's
    assert {actor for actor, _issue in actors(text, language)} == {"Dastan Bekeshev"}


@pytest.mark.parametrize(("text", "names"), [
    ("Opposition politician Dastan Bekeshev spoke in Bishkek.", ["Dastan Bekeshev"]),
    ("The Collective Security Council met on Monday.", []),
    ("Депутат Дастан Бекешев выступил в Бишкеке.", ["Дастан Бекешев"]),
])
def test_speakers_unknown_names_are_people_not_institutions(text, names):
    language = "ru" if any("а" <= ch <= "я" for ch in text.lower()) else "en"
    found = find_unknown_people(text, fold(text), [], load_lexicon(language))
    assert [text[m.start:m.end] for m in found] == names
    assert all(m.kind == "unknown" and m.actor == "Dastan Bekeshev" and m.country == ""
               for m in found)


def test_speakers_descriptive_alias_as_subject():
    text = "Le chef de la diplomatie chinoise a condamné toute ingérence extérieure."
    assert ("Wang Yi", "foreign_interference") in actors(text, "fr")


def test_speakers_quotation_continues_previous_speaker():
    text = ('Tokayev said on Friday that the CSTO mission was legitimate. '
            '"We condemn any foreign interference in our internal affairs."')
    assert ("Kassym-Jomart Tokayev", "foreign_interference") in actors(text, "en")


@pytest.mark.parametrize(("trait", "speaks"), [("", False), ("trait,pro_drop,,,,,\n", True)])
def test_speakers_pro_drop_trait_gives_an_opening_verb_the_last_person(tmp_path, trait, speaks):
    lexicon = tiny_lexicon(tmp_path, "reporting,anadio,,,,,\n" + trait)
    folded = "anadio que todo va bien."
    person = Mention(100, 110, "Ana Perez", "person", "ESP")
    view = SentenceView(0, len(folded), folded, [], None, last_person=person)
    speakers = find_speakers(view, lexicon)
    assert [s.mention for s in speakers] == ([person] if speaks else [])


@pytest.mark.parametrize(("folded", "speaks"), [
    ("el pais anadio que todo va bien.", False),  # an article and a noun: the subject
    ("el lunes anadio que todo va bien.", True),  # an article and a weekday: a time
    ("anadio que todo va bien.", True),
])
def test_speakers_pro_drop_needs_no_noun_subject_before_the_verb(tmp_path, folded, speaks):
    lexicon = tiny_lexicon(tmp_path, "reporting,anadio,,,,,\ntrait,pro_drop,,,,,\n"
                    "determiner,el|la,,,,,\nweekday,lunes,,,,,0\n")
    person = Mention(100, 110, "Ana Perez", "person", "ESP")
    view = SentenceView(0, len(folded), folded, [], None, last_person=person)
    assert [s.mention for s in find_speakers(view, lexicon)] == ([person] if speaks else [])


@pytest.mark.parametrize(("rows", "subject"), [
    ("preposition,de,,,,,\n", True),
    ("preposition,de,,,,,\narticle,la,,,,,\n", False),
])
def test_speakers_article_after_a_preposition_keeps_a_mention_oblique(tmp_path, rows, subject):
    lexicon = tiny_lexicon(tmp_path, rows)
    folded = "le porte-parole de la chine a dit"
    china = Mention(folded.index("chine"), folded.index("chine") + 5, "China", "state", "CHN")
    view = SentenceView(0, len(folded), folded, [china], None)
    assert not_subject(view, lexicon, china) is not subject


@pytest.mark.parametrize(("rows", "reported"), [
    ("", False),  # "..., Ivan said": the speaker closes the sentence, Anna is before him
    ("complementizer,that,,,,,\n", True),  # "Ivan said that Anna ...": Anna is reported
])
def test_speakers_complementizer_opens_the_reported_clause(tmp_path, rows, reported):
    lexicon = tiny_lexicon(tmp_path, rows)
    folded = "the troops will stay for some weeks, ivan said that anna left."
    ivan = Mention(folded.index("ivan"), folded.index("ivan") + 4, "Ivan", "person", "")
    anna = Mention(folded.index("anna"), folded.index("anna") + 4, "Anna", "person", "")
    cue = folded.index("said")
    view = SentenceView(0, len(folded), folded, [ivan, anna], None)
    assert in_reported_clause(anna, (ivan, cue, cue + 4), view, lexicon) is reported


@pytest.mark.parametrize(("rows", "gap", "closes"), [
    ("", ",", True),  # "X, Y, requested": one comma, then the verb
    ("", ", has said", False),
    ("auxiliary,has,,,,,\n", ", has said", True),
    ("", ", who", False),
    ("relative_pronoun,who,,,,,\n", ", who", True),
    ("relative_pronoun,who,,,,,\n", ", who then", False),
])
def test_speakers_apposition_close_reads_auxiliaries_and_relatives(tmp_path, rows, gap, closes):
    assert apposition_close(gap, tiny_lexicon(tmp_path, rows)) is closes


@pytest.mark.parametrize(("rows", "expected"), [
    ("", True),  # an unknown surname: no ending rules it out
    ("oblique_ending,ову,,,,,\n", False),
])
def test_speakers_oblique_ending_rules_out_the_nominative(tmp_path, rows, expected):
    assert nominative("бекетову", tiny_lexicon(tmp_path, rows)) is expected


@pytest.mark.parametrize(("rows", "actors"), [
    ("plural_ending,ли,,,,,\nbody_preposition,в,,,,,\n", ["Kazakh Foreign Ministry"]),
    ("plural_ending,ли,,,,,\n", []),  # no preposition word: the body is only a setting
    ("body_preposition,в,,,,,\n", []),  # no plural ending: the verb wants a subject
])
def test_speakers_impersonal_body_words_come_from_the_lexicon(tmp_path, rows, actors):
    """"В МИД Казахстана осудили ...": a plural verb with no subject speaks for the body
    named after the preposition before it (the lexicon's ``plural_ending`` and
    ``body_preposition`` rows)."""
    extractor = tiny_extractor(
        tmp_path, "predicate,осудили,opposition,,oppose,,\n"
        "topic,насилие,,restraint_human_rights,concern,,\n"
        "preposition,в,,,,,\n" + rows,  # "в МИД" is no subject
        language="ru", stances="restraint_human_rights,oppose,oppose,\n")
    found = extractor("В МИД Казахстана осудили насилие.", published="2022-01-08",
                      language="ru")
    assert [r["actor"] for r in found] == actors


@pytest.mark.parametrize(("rows", "speaker"), [
    ("conjunction,and,,,,,\n", "Chinese Foreign Ministry"),  # two speakers, the first
    ("", "Wang Yi"),  # read as "the ministry's Wang Yi": the person speaks for the body
])
def test_speakers_apposition_is_not_a_list(tmp_path, rows, speaker):
    """After an inverted reporting verb, a person right after a body speaks for it, unless
    a ``conjunction`` links them ("the ministry and Wang Yi")."""
    extractor = tiny_extractor(
        tmp_path, "reporting,said,,,,,\ntopic,stability,,sovereignty_stability,support,,\n"
        + rows, stances="sovereignty_stability,none,support,\n")
    found = extractor("Stability matters, said the Chinese Foreign Ministry and Wang Yi.",
                      published="2022-01-08", language="en")
    assert [r["actor"] for r in found][:1] == [speaker]


_INVERSION_ROWS = ('reporting,"a(?:-t-il)? affirme",,,,,\n'
        "topic,stabilite,,sovereignty_stability,support,,\n")
_INVERSION_STANCES = "sovereignty_stability,none,support,\n"


@pytest.mark.parametrize(("marker", "actors"), [
    ("inversion_marker,-t-il,,,,,\n", ["Sergey Lavrov"]),
    ("", []),  # without the row "-t-il" names nobody: the inverted verb has no speaker after it
])
def test_speakers_inversion_marker_comes_from_the_lexicon(tmp_path, marker, actors):
    extractor = tiny_extractor(tmp_path, _INVERSION_ROWS + marker, language="fr",
                               stances=_INVERSION_STANCES)
    found = extractor("Sergueï Lavrov était à Moscou. La stabilité, a-t-il affirmé, compte.",
                      published="2022-01-08", language="fr")
    assert [row["actor"] for row in found] == actors


def test_speakers_mention_in_an_oblique_case_does_not_speak():
    """A body named in the genitive ("стран Организации ...") is no subject, though its
    first word may read as a plural nominative: the verb with no subject is not its act."""
    text = ("Токаев выступил в среду. На встрече стран Организации Договора о коллективной "
            "безопасности заявил, что миссия завершена.")
    events = extract_events(text, published="2022-01-10", language="ru")
    assert "CSTO" not in {e["actor"] for e in events}


@pytest.mark.parametrize("text", [
    "Путин назвал Токаева надежным партнером и заявил, что Россия поддерживает Казахстан.",
    "Путин поблагодарил президента Казахстана и заявил, что Россия поддерживает Казахстан.",
])
def test_speakers_listed_inflected_alias_is_no_speaker(text):
    """The actor book lists inflected forms ("Токаева" beside "Токаев"): such a form is
    the object or possessor, though the morphology may read it as a feminine nominative."""
    events = extract_events(text, published="2022-01-10", language="ru")
    assert events and {e["actor"] for e in events} == {"Vladimir Putin"}


def test_speakers_verb_inside_an_as_reported_cue_is_no_dropped_subject():
    """"Как сообщала газета, ...": the verb belongs to the longer cue that names its source
    after it, so it does not also stand for the last person spoken of (Russian drops
    subjects, but not here); the protest it reports keeps its crowd."""
    text = ("Токаев выступил в парламенте. Как сообщала газета, 2 января в Жанаозене "
            "начались протесты против повышения цен на газ.")
    events = extract_events(text, published="2022-01-07", language="ru")
    assert [(e["event_type"], e["actor"]) for e in events] == [("protest", "protesters")]


@pytest.mark.parametrize(("text", "actor"), [
    ("Ned Price, the State Department spokesman, said Washington was watching the CSTO "
     "deployment closely.", "Ned Price"),
    ("Maria Zakharova, the Russian Foreign Ministry spokeswoman, said Russia regarded the "
     "CSTO mission as legitimate.", "Maria Zakharova"),
])
def test_speakers_apposition_after_an_article_keeps_the_speaker_before_the_verb(text, actor):
    # a comma, an article and a title before "said" close an apposition: the state named
    # after the verb opens the reported clause, it does not speak
    assert {a for a, _issue in actors(text, "en")} == {actor}
