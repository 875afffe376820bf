"""Two tiny articles, written for these tests, reporting one act in English and Russian:
the CSTO deciding on 6 January 2022 to send peacekeepers to Kazakhstan. The extractor
reads the same actor, type, issue and date from both."""

from __future__ import annotations

from dashboard.extract.pipeline import extract_events

ENGLISH = ("On 6 January 2022 the Collective Security Treaty Organization decided to send "
           "peacekeeping forces to Kazakhstan at the request of President Tokayev.")
RUSSIAN = ("6 января 2022 года Организация Договора о коллективной безопасности приняла "
           "решение направить миротворческие силы в Казахстан по просьбе президента Токаева.")
SOURCES = {
    "en": {"url": "https://example.org/en/csto", "title": "CSTO to send peacekeepers",
           "publisher": "Example Wire", "language": "en", "published": "2022-01-06"},
    "ru": {"url": "https://example.ru/ru/odkb", "title": "ОДКБ направит миротворцев",
           "publisher": "Пример", "language": "ru", "published": "2022-01-06"},
}
TEXTS = {"en": ENGLISH, "ru": RUSSIAN}


def save_extracted(store, language: str) -> list[str]:
    """Extract one of the articles and save it with its events, unreviewed, as the Add
    page does; return the stored event ids."""
    text, source = TEXTS[language], SOURCES[language]
    rows = extract_events(text, published=source["published"], language=language)
    with store.transaction():
        ref = store.save_article(text, source=source, name=f"{language}.txt")
        return store.save_events(rows, article=ref, source=source).event_ids


def csto_event(store, event_ids: list[str]) -> dict:
    """The CSTO deployment among the stored events."""
    found = [store.event(i) for i in event_ids]
    return next(e for e in found if e["actor"] == "CSTO"
                and e["event_type"] == "military_deployment")
