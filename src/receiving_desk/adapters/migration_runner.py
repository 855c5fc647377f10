"""The one Alembic migration runner, for the local store and for the central database.

Each schema keeps its own migrations folder and version table; running them (from code, at
start or from the command line) and the Alembic environment are the same for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, MetaData

if TYPE_CHECKING:
    from alembic.config import Config

DEFAULT_VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class MigrationRunner:
    directory: Path  # holds env.py and versions/
    version_table: str = DEFAULT_VERSION_TABLE
    render_as_batch: bool = False  # SQLite: ALTER by rebuilding the table

    def _config(self, engine: Engine) -> Config:
        from alembic.config import Config  # loaded only when migrations run (start-up skips it)

        config = Config()
        config.set_main_option("script_location", str(self.directory))
        config.attributes["engine"] = engine
        config.attributes["version_table"] = self.version_table
        config.attributes["render_as_batch"] = self.render_as_batch
        return config

    def upgrade(self, engine: Engine, revision: str = "heads") -> None:
        from alembic import command

        command.upgrade(self._config(engine), revision)

    def downgrade(self, engine: Engine, revision: str) -> None:
        from alembic import command

        command.downgrade(self._config(engine), revision)

    def current_revisions(self, engine: Engine) -> tuple[str, ...]:
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"version_table": self.version_table})
            return tuple(sorted(context.get_current_heads()))

    def head_revisions(self) -> tuple[str, ...]:
        from alembic.script import ScriptDirectory

        return tuple(sorted(ScriptDirectory(str(self.directory)).get_heads()))


def run_env(metadata: MetaData) -> None:
    """The body of every migrations/env.py: run the migrations on the runner's engine."""
    from alembic import context

    attributes = context.config.attributes
    engine: Engine = attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            version_table=attributes.get("version_table", DEFAULT_VERSION_TABLE),
            render_as_batch=attributes.get("render_as_batch", False),
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
