"""Passive auxiliaries of every lexicon (issue 8), on sentences written for this test.

A ``passive`` row names the auxiliary of a passive ("was", "a été", "è stato", "был"); the
rules that ask whether a mention underwent an act rather than did it (an arrest that befell
a person, a decider named before the verb, a speaker before "was declared", a denied act
"has not been confirmed") read it anywhere in a stretch of the sentence. Patterns are
matched as whole words, so a row that ended in a space matched only where the searched
stretch stopped right after it; each row must find its auxiliary in the middle of a
sentence, with the participle after it.
"""

import pytest

from dashboard.extract.act_actors import passive_between
from dashboard.extract.lexicon import SUPPORTED_LANGUAGES, fold, load_lexicon
from dashboard.extract.sentence_view import SentenceView
from tests.extract_rows import rows

T = "Kassym-Jomart Tokayev"

# (language, sentence, the auxiliary the passive rows must find in it)
AUXILIARIES = [
    ("en", "Massimov was detained on Saturday.", "was"),
    ("en", "Hundreds of protesters were detained in Almaty.", "were"),
    ("en", "The minister has been dismissed by the president.", "been"),
    ("en", "The airport is guarded by foreign troops.", "is"),
    ("en", "Several towns are controlled by the army.", "are"),
    ("en", "The protesters were later dispersed with tear gas.", "were later"),
    ("fr", "Massimov a été arrêté samedi.", "a ete"),
    ("fr", "Des manifestants ont été interpellés à Almaty.", "ont ete"),
    ("fr", "Massimov est arrêté samedi à Nour-Soultan.", "est"),
    ("fr", "Des manifestants sont interpellés à Almaty.", "sont"),
    ("fr", "Le chef du renseignement était limogé la veille.", "etait"),
    ("fr", "Les manifestants étaient dispersés par la police.", "etaient"),
    ("fr", "Le gouvernement fut renvoyé mercredi.", "fut"),
    ("it", "Massimov è stato arrestato sabato.", "e stato"),
    ("it", "Centinaia di manifestanti sono stati arrestati ad Almaty.", "sono stati"),
    ("it", "La folla era stata dispersa dalla polizia.", "era stata"),
    ("it", "Massimov viene arrestato sabato.", "viene"),
    ("it", "I manifestanti vengono dispersi dalla polizia.", "vengono"),
    ("it", "Il governo fu destituito mercoledì.", "fu"),
    ("it", "I soldati saranno ritirati entro dieci giorni.", "saranno"),
    ("de", "Massimow wurde am Samstag festgenommen.", "wurde"),
    ("de", "Hunderte Demonstranten wurden in Almaty festgenommen.", "wurden"),
    ("es", "Masímov fue detenido el sábado.", "fue"),
    ("es", "Cientos de manifestantes han sido detenidos en Almaty.", "han sido"),
    ("ru", "Масимов был задержан в субботу.", "был"),
    ("ru", "Сотни протестующих были задержаны в Алматы.", "были"),
]


def _passives(language: str, sentence: str) -> list[str]:
    """The stretches of ``sentence`` (folded) the language's passive rows match."""
    folded = fold(sentence)
    return [m.group(0) for _c, m in load_lexicon(language).finditer("passive", folded)]


@pytest.mark.parametrize(("language", "sentence", "auxiliary"), AUXILIARIES)
def test_passive_rows_find_the_auxiliary_inside_a_sentence(language, sentence, auxiliary):
    # an English row may take one word after the auxiliary too ("was later", "was detained")
    words = auxiliary.split()
    assert any(found.split()[:len(words)] == words for found in _passives(language, sentence))


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_passive_every_row_of_every_lexicon_matches_a_sentence(language):
    sentences = [fold(s) for lang, s, _a in AUXILIARIES if lang == language]
    rows = load_lexicon(language).of("passive")
    assert rows, f"{language} has no passive row"
    silent = [cue.source for cue in rows
              if not any(cue.regex.search(s) for s in sentences)]
    assert not silent, f"{language} passive rows match none of the sentences: {silent}"


@pytest.mark.parametrize(("language", "sentence", "passive"), [
    ("en", "Police officers were detained by the rioters on Thursday.", True),
    ("en", "Police officers were also detained by the rioters.", True),
    # a progressive is no passive, with an adverb before the participle too
    ("en", "Police officers were also detaining protesters.", False),
    ("fr", "Les policiers étaient visés par des tirs.", True),
    ("it", "I poliziotti sono stati colpiti dai manifestanti.", True),
])
def test_passive_between_tells_a_passive_from_a_progressive(language, sentence, passive):
    folded = fold(sentence)
    view = SentenceView(0, len(folded), folded, [], None)
    assert passive_between(view, load_lexicon(language), 0, len(folded)) is passive


BEHAVIOURS = [
    # an adverb between the auxiliary and the participle: the person named underwent the
    # arrest (the arrest of a removed official is a leadership change)
    ("en", "Former security chief Karim Massimov was on Saturday detained on suspicion "
     "of treason.", {("arrest", "Kazakh authorities", "leadership_change", "")}),
    ("it", "Karim Massimov è stato sabato arrestato per alto tradimento.",
     {("arrest", "Kazakh authorities", "leadership_change", "")}),
    # a dismissal undergone, two words after the auxiliary: the decider named by the agent
    ("en", "Massimov was also quickly dismissed by Tokayev.",
     {("resignation_dismissal", T, "leadership_change", "")}),
    # the subject of "est" is not the subject of the later active verb
    ("fr", "Karim Massimov est le chef du KNB que Kassym-Jomart Tokaïev a limogé mercredi.",
     {("resignation_dismissal", T, "leadership_change", "")}),
    ("fr", "Karim Massimov est l'ancien chef du renseignement, et Tokaïev l'a limogé mercredi.",
     {("resignation_dismissal", T, "leadership_change", "")}),
    # a negated passive after the act's noun denies it
    ("en", "Arrests of protesters in Almaty have not been confirmed by the authorities.",
     set()),
    ("fr", "Les arrestations à Almaty ne sont pas confirmées par les autorités.", set()),
    # unchanged readings: the act done, and the auxiliary right before the participle
    ("en", "Tokayev dismissed Massimov on Wednesday.",
     {("resignation_dismissal", T, "leadership_change", "")}),
    ("en", "Massimov was detained on Saturday on suspicion of high treason.",
     {("arrest", "Kazakh authorities", "leadership_change", "")}),
    ("fr", "Karim Massimov a été arrêté samedi pour haute trahison.",
     {("arrest", "Kazakh authorities", "leadership_change", "")}),
    ("it", "Karim Massimov è stato destituito da Tokayev mercoledì.",
     {("resignation_dismissal", T, "leadership_change", "")}),
    ("en", "Police officers who were sent to Almaty detained 200 protesters on Thursday.",
     {("arrest", "Kazakh police", "other", "")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), BEHAVIOURS)
def test_passive_sentence_gives_the_event_model_rows(language, text, expected):
    assert rows(text, language) == expected
