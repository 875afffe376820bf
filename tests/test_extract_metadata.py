"""Language detection, header lines, datelines and headlines."""

from datetime import date

import pytest

from dashboard.extract.metadata import (
    detect_language,
    find_dateline,
    parse_header,
    skip_headlines,
)


@pytest.mark.parametrize(("text", "language"), [
    ("Le président a décrété l'état d'urgence.", "fr"),
    ("The president declared a state of emergency.", "en"),
    ("Президент ввёл чрезвычайное положение.", "ru"),
    ("12 345 678", None),
])
def test_metadata_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("text", "publisher", "published", "title"), [
    ("Titre de la dépêche\n\nXinhua | 11.01.2022 08h27\n\nCorps.", "Xinhua",
     date(2022, 1, 11), "Titre de la dépêche"),
    ("Wire Service | 2022-01-05 10:00\n\nBody text.", "Wire Service", date(2022, 1, 5), ""),
])
def test_metadata_parse_header(text, publisher, published, title):
    header = parse_header(text)
    assert (header.publisher, header.published, header.title) == (publisher, published, title)
    assert text[header.body_start:].strip().startswith(("Corps", "Body"))


def test_metadata_no_header_means_body_at_start():
    assert parse_header("Just a sentence. Another one.").body_start == 0


@pytest.mark.parametrize(("text", "place"), [
    ("ALMATY, Jan 5 (Reuters) - Protesters stormed the city hall.", "Almaty"),
    ("МОСКВА, 10 января. /ТАСС/. Президент заявил.", "Moscow"),
    ("NOUR-SOULTAN, 5 janvier (AFP) - Le président a dit.", "Nur-Sultan"),
    ("ALMATY, Kazakhstan, Jan 5 (Northwire) - Police fired.", "Almaty"),
    ("UNITED NATIONS/GENEVA, Jan 7 (GAD) - The UN said.", "Geneva"),
    ("Protesters stormed the city hall, officials said.", None),
    ("NUR-SULTAN – The former security chief was arrested.", "Nur-Sultan"),
    ("NUR-SULTAN: Un gendre de l'ex-président a démissionné.", "Nur-Sultan"),
    ("NUR-SULTAN, Kazakhstan: The president spoke on Tuesday.", "Nur-Sultan"),
    ("ALMATY (Wire) - Le président a limogé son ministre.", "Almaty"),
    ("BERLIN (dpa) - Die Regierung hat reagiert.", "Berlin"),
    ("Almaty - Proteste gegen steigende Gaspreise.", "Almaty"),
    ("Nursultán, 13 de enero de 2022 (EFE) – La alianza militar.", "Nur-Sultan"),
    ("PORTRAIT – Les émeutes visent le père de la nation.", None),
    ("KAZAKHSTAN: The protests spread.", None),
    ("Tokayev - the president - spoke.", None),
    # a town in lower case before an agency in brackets, Spanish ".-" after it, two towns
    ("Moskau (dpa) - Russland hat Soldaten geschickt.", "Moscow"),
    ("Peking (AFP) - China hat die Lage kommentiert.", "Beijing"),
    ("Bruselas (EFE).- La Unión Europea pidió calma.", "Brussels"),
    ("Moscú (Europa Press).- El Kremlin respaldó la misión.", "Moscow"),
    ("ALMATY.- Las fuerzas de seguridad detuvieron a cientos.", "Almaty"),
    ("Berlin/Moskau (dpa) - Die Regierungen haben reagiert.", "Berlin"),
    ("Tokajew (68) - der Präsident - sprach.", None),
    ("Moskau. Der Kreml hat reagiert.", None),
])
def test_metadata_dateline(text, place):
    found = find_dateline(text, 0)
    assert (found[2].name if found else None) == place


def test_metadata_dateline_on_its_own_line_above_the_body():
    text = "ANKARA (Turkey)\n\nThe council met on Tuesday."
    body = text.index("The")
    found = find_dateline(text, body, 0)
    assert found and found[2].name == "Ankara" and found[1] <= body
    assert find_dateline("Kazakh unrest\n\nThe council met on Tuesday.", 15, 0) is None


@pytest.mark.parametrize(("text", "place"), [
    ("Troops start to leave\nMOSCOW, Jan 13 - The ministry said so.", "Moscow"),
    ("Войска уходят\nМосква, 13 января - Министерство сообщило.", "Moscow"),
    # a first line ending like a sentence is no headline: the next line is body text
    ("The troops left.\nMoscow, 13 - the ministry said.", None),
    # a long first line is a paragraph, not a headline
    ("Troops " * 40 + "\nMOSCOW, Jan 13 - The ministry said so.", None),
])
def test_metadata_dateline_under_a_one_line_headline(text, place):
    found = find_dateline(text, 0)
    assert (found[2].name if found else None) == place
    if found:
        assert text[found[0]:].lower().startswith(("moscow", "москва"))


def test_metadata_skip_headlines():
    text = "Kazakh protesters storm city hall\n\nALMATY, Jan 5 - Protesters stormed it."
    assert text[skip_headlines(text, 0):].startswith("ALMATY")
