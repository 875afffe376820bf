"""Crisis packs: every event belongs to one crisis (``events.crisis``, indexed).

Events stored before packs existed belong to the crisis that opens by default (the
packs' configuration, :func:`dashboard.crisis.default_id`), the only crisis there was.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _default_crisis() -> str:
    """The configured default crisis, or ``""`` when the packs cannot be read (the
    loader then reports why; the rows get their crisis at the next load)."""
    from dashboard.crisis import PackError, default_id

    try:
        return default_id()
    except PackError:
        return ""


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("crisis", sa.Text, nullable=False, server_default=""))
    op.create_index("ix_events_crisis", "events", ["crisis", "review_status"])
    events = sa.table("events", sa.column("crisis", sa.Text))
    op.execute(events.update().values(crisis=_default_crisis()))


def downgrade() -> None:
    op.drop_index("ix_events_crisis", "events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("crisis")
