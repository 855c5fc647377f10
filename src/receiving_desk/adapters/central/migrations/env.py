"""Alembic environment for the central database. The engine comes from `central/migrate.py`."""

from __future__ import annotations

from alembic import context

from receiving_desk.adapters.central.migrate import VERSION_TABLE
from receiving_desk.adapters.central.schema import metadata

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
