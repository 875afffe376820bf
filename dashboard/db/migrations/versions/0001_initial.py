"""The first store: sources, articles, events, event sources, reviews, version, folder loads.

Revision ID: 0001
Revises:
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NOW = sa.func.current_timestamp()
EVENT_TEXT = ("date_precision", "actor", "actor_country", "event_type", "target", "issue",
              "stance", "location")


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.Text, nullable=False, server_default="")


def _created() -> sa.Column:
    return sa.Column("created_at", sa.DateTime, nullable=False, server_default=NOW)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, unique=True),
        _text("title"), _text("publisher"), _text("language"), _text("published"), _created())
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="SET NULL")),
        _text("name"), _created())
    op.create_table(
        "events",
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("date", sa.Date),
        *[_text(name) for name in EVENT_TEXT],
        sa.Column("latitude", sa.Float), sa.Column("longitude", sa.Float),
        _text("admin1"), _text("country"), _text("geo_precision"), _text("summary"),
        _text("quote"), _text("evidence"),
        sa.Column("evidence_start", sa.Integer), sa.Column("evidence_end", sa.Integer),
        _text("note"), _text("source_title"), _text("source_publisher"), _text("source_url"),
        _text("source_language"), _text("source_published"), _text("method"),
        sa.Column("confidence", sa.Float),
        _text("extractor_version"), _text("review_status"), _text("origin"),
        _text("origin_hash"),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("merged_into", sa.Text), _created(),
        sa.Column("updated_at", sa.DateTime, nullable=False, server_default=NOW))
    op.create_index("ix_events_origin", "events", ["origin"])
    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Text, sa.ForeignKey("events.event_id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        _text("evidence"),
        sa.Column("evidence_start", sa.Integer), sa.Column("evidence_end", sa.Integer),
        sa.UniqueConstraint("event_id", "source_id", name="uq_event_sources_event_source"))
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.Text, nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("old", sa.JSON, nullable=False),
        sa.Column("new", sa.JSON, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False, server_default=NOW))
    op.create_index("ix_reviews_event_id", "reviews", ["event_id"])
    op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("changed_at", sa.DateTime, nullable=False, server_default=NOW))
    op.bulk_insert(sa.table("store_version", sa.column("id"), sa.column("version")),
                   [{"id": 1, "version": 0}])
    op.create_table(
        "folder_loads",
        sa.Column("folder", sa.Text, primary_key=True),
        sa.Column("fingerprint", sa.Text, nullable=False),
        sa.Column("files", sa.JSON, nullable=False),
        sa.Column("errors", sa.JSON, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False, server_default=NOW))


def downgrade() -> None:
    for table in ("folder_loads", "store_version", "reviews", "event_sources", "events",
                  "articles", "sources"):
        op.drop_table(table)
