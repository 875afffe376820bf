"""The store's tables (SQLAlchemy Core), as the newest migration leaves them.

- ``sources``: where a report was published (title, publisher, URL, language, date); one
  row per URL, so two events citing one page share it.
- ``articles``: the text of an article, stored once by the SHA-256 of its text
  (:func:`dashboard.db.api.content_hash`), with its source and the extractor version that
  last read it.
- ``events``: one row per event, every column of the event model
  (:data:`dashboard.schema.EVENT_COLUMNS`, typed) plus bookkeeping: ``crisis`` (the id of
  the crisis pack it belongs to, :mod:`dashboard.crisis`), ``origin`` (where the row
  came from: ``events:<file>`` for the curated files, ``article`` for machine extraction,
  or an importer's name), ``origin_hash`` (a hash of the row as it last came from there,
  so loading the same thing again writes nothing), the article it was extracted from,
  ``merged_into`` and timestamps. The ``source_*`` cells hold every source of the event
  joined with `` | `` as in the curated files; ``event_sources`` holds the same links
  normalised.
- ``event_sources``: one event, many sources: each link with the article and the evidence
  span that supports the event in that source.
- ``reviews``: the audit trail; every accept, edit, reject or merge with its reviewer, the
  old and new values (JSON) and the time. It names the event by id without a foreign key,
  so the trail outlives an event removed from the curated files.
- ``store_version``: one row whose counter goes up with every transaction that changed
  something; readers cache on it.
- ``folder_loads``: per loaded folder, the fingerprint of its files and the problems met,
  so another process (the dashboard) can show them and skip an unchanged folder.

The migrations in ``migrations/versions`` create exactly these (a test compares them).
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

NOW = sa.func.current_timestamp()


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


sources = sa.Table(
    "sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("url", sa.Text, unique=True),  # NULL for a pasted text without a URL
    _text("title"), _text("publisher"), _text("language"), _text("published"),
    sa.Column("created_at", sa.DateTime, nullable=False, server_default=NOW),
)

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="SET NULL")),
    _text("name"),
    _text("extractor_version"),  # added by revision 0002
    sa.Column("created_at", sa.DateTime, nullable=False, server_default=NOW),
)

events = sa.Table(
    "events", metadata,
    sa.Column("event_id", sa.Text, primary_key=True),
    sa.Column("date", sa.Date),
    _text("date_precision"), _text("actor"), _text("actor_country"), _text("event_type"),
    _text("target"), _text("issue"), _text("stance"), _text("location"),
    sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float),
    _text("admin1"), _text("country"), _text("geo_precision"), _text("summary"),
    _text("quote"), _text("evidence"),
    sa.Column("evidence_start", sa.Integer), sa.Column("evidence_end", sa.Integer),
    _text("note"), _text("source_title"), _text("source_publisher"), _text("source_url"),
    _text("source_language"), _text("source_published"), _text("method"),
    sa.Column("confidence", sa.Float),
    _text("extractor_version"), _text("review_status"),
    _text("origin"), _text("origin_hash"),
    _text("crisis"),  # the crisis pack the event belongs to (revision 0003)
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    sa.Column("merged_into", sa.Text),
    sa.Column("created_at", sa.DateTime, nullable=False, server_default=NOW),
    sa.Column("updated_at", sa.DateTime, nullable=False, server_default=NOW),
    sa.Index("ix_events_origin", "origin"),
    sa.Index("ix_events_review", "review_status", "created_at"),  # revision 0002
    sa.Index("ix_events_crisis", "crisis", "review_status"),  # revision 0003
)

event_sources = sa.Table(
    "event_sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Text, sa.ForeignKey("events.event_id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    _text("evidence"),
    sa.Column("evidence_start", sa.Integer), sa.Column("evidence_end", sa.Integer),
    sa.UniqueConstraint("event_id", "source_id", name="uq_event_sources_event_source"),
)

reviews = sa.Table(
    "reviews", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("event_id", sa.Text, nullable=False, index=True),
    sa.Column("reviewer", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("old", sa.JSON, nullable=False),
    sa.Column("new", sa.JSON, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False, server_default=NOW),
)

store_version = sa.Table(
    "store_version", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("changed_at", sa.DateTime, nullable=False, server_default=NOW),
)

folder_loads = sa.Table(
    "folder_loads", metadata,
    sa.Column("folder", sa.Text, primary_key=True),
    sa.Column("fingerprint", sa.Text, nullable=False),
    sa.Column("files", sa.JSON, nullable=False),
    sa.Column("errors", sa.JSON, nullable=False),
    sa.Column("loaded_at", sa.DateTime, nullable=False, server_default=NOW),
)
