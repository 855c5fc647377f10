"""The rules file as a central reference item: every version an administrator loaded, with
who loaded it, at which desk, when, its text and its SHA-256. A desk reads the newest version
for its site at each pull and installs it as a local load does.

- Append-only history: a load adds a row; nothing is updated or deleted.
- `site`: the site of the desk where it was loaded (NULL: every site, as on an installation
  whose desks are not registered with a site).
- Row-level security: a desk reads its site's versions and the unsited ones; it writes none
  (no grant, and the policy admits no desk). Only the administration path — a role that is
  not a desk — writes.

Revision ID: c0015
Revises: c0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0015"
down_revision = "c0014"
branch_labels = None
depends_on = None

TRUSTED = "(SELECT public.rd_not_a_desk())"
SITE = "(SELECT public.rd_current_site())"


def upgrade() -> None:
    op.create_table(
        "rules_files",
        sa.Column("id", sa.BigInteger, sa.Identity(always=True), nullable=False),
        sa.Column("site", sa.Text, nullable=True),
        sa.Column("version", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("sha256", sa.Text, nullable=False),
        sa.Column("loaded_by", sa.Text, nullable=False),
        sa.Column("loaded_at_desk", sa.Text, nullable=False),
        sa.Column(
            "loaded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name="pk_rules_files"),
        sa.CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name="ck_rules_files_sha256"),
    )
    op.create_index("ix_rules_files_site", "rules_files", ["site"])
    # Desk groups made before this revision read it too; row-level security narrows it.
    op.execute("GRANT SELECT ON rules_files TO PUBLIC")
    op.execute("ALTER TABLE rules_files ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY rd_not_a_desk ON rules_files USING ({TRUSTED}) WITH CHECK ({TRUSTED})"
    )
    op.execute(
        "CREATE POLICY rd_desk_reads ON rules_files FOR SELECT "
        f"USING (site IS NULL OR site = {SITE})"
    )


def downgrade() -> None:
    op.drop_table("rules_files")
