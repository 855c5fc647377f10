"""Alembic environment for the local store. The engine comes from `migrate.py`."""

from __future__ import annotations

from alembic import context

from receiving_desk.adapters.store.schema import metadata

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
