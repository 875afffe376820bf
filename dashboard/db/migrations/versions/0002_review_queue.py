"""Review queue: the extractor version that last read an article; events indexed by status.

An article read by the current extractor is not extracted again at the next load; the
review queue lists unreviewed events newest first through the index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("extractor_version", sa.Text, nullable=False,
                                   server_default=""))
    op.create_index("ix_events_review", "events", ["review_status", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_events_review", "events")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("extractor_version")
