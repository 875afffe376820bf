"""Alembic's entry: run the revisions on the connection handed over by
:func:`dashboard.db.engine.migrate`, or on the store's URL (``alembic upgrade head``)."""

from alembic import context

from dashboard.db.engine import database_url, make_engine
from dashboard.db.tables import metadata

connection = context.config.attributes.get("connection")


def _run(conn) -> None:
    context.configure(connection=conn, target_metadata=metadata,
                      render_as_batch=conn.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=database_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif connection is not None:
    _run(connection)
else:
    engine = make_engine()
    with engine.connect().execution_options(write=True) as conn:
        _run(conn)
        conn.commit()
    engine.dispose()
