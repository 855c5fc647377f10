"""The central database's MetaData and its reference tables (written centrally, pulled by
desks). Each carries `change_xid`: the id of the transaction that last wrote the row, set by
a trigger; desks pull by it (see pull.py). The pushed tables are in schema.py."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

TS = DateTime(timezone=True)


def _change_xid() -> Column[int]:
    return Column("change_xid", BigInteger, nullable=False, index=True)


def _site() -> Column[str]:
    """The site a row belongs to (NULL: every site); a desk reads only its site's rows."""
    return Column("site", Text, nullable=True)


def received_at() -> Column[object]:
    return Column("received_at", TS, nullable=False, server_default=func.now())


# -- reference data: written centrally, pulled by desks -------------------------------------
customers = Table(
    "customers",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("tier", Text, nullable=False),
    _change_xid(),
)
products = Table(
    "products",
    metadata,
    Column("sku", Text, primary_key=True),
    Column("description", Text, nullable=False),
    Column("category", Text, nullable=False),
    Column("unit_value_cents", Integer, nullable=False),
    Column("home_bin", Text, nullable=False),
    Column("weight_grams", Integer, nullable=True),  # one unit as shipped (c0009)
    _site(),
    _change_xid(),
)
product_gtins = Table(
    "product_gtins",
    metadata,
    Column("gtin14", Text, primary_key=True),
    Column("sku", Text, ForeignKey("products.sku", ondelete="CASCADE"), nullable=False),
    _change_xid(),
)
rmas = Table(
    "rmas",
    metadata,
    Column("rma_number", Text, primary_key=True),
    Column("order_number", Text, nullable=False, index=True),
    Column("customer_id", Text, ForeignKey("customers.id"), nullable=False, index=True),
    Column("order_date", Date, nullable=False),
    Column("delivered_at", TS, nullable=False),
    Column("status", Text, nullable=False),
    _site(),
    _change_xid(),
)
rma_lines = Table(
    "rma_lines",
    metadata,
    Column("rma_number", Text, ForeignKey("rmas.rma_number", ondelete="CASCADE")),
    Column("line_no", Integer),
    Column("sku", Text, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("reason_note", Text, nullable=False, server_default=""),
    Column("serial", Text, nullable=True),
    _change_xid(),
    PrimaryKeyConstraint("rma_number", "line_no"),
)
rma_tracking = Table(
    "rma_tracking",
    metadata,
    Column("tracking_number", Text, primary_key=True),
    Column("rma_number", Text, ForeignKey("rmas.rma_number", ondelete="CASCADE"), nullable=False),
    _change_xid(),
)
users = Table(
    "users",
    metadata,
    Column("id", Text, primary_key=True),
    Column("badge", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("pin_hash", Text, nullable=False),  # argon2; desks need it to log in offline
    Column("active", Boolean, nullable=False, server_default="true"),
    _site(),
    _change_xid(),
)
locations = Table(
    "locations",
    metadata,
    Column("code", Text, primary_key=True),
    Column("zone", Text, nullable=False, server_default=""),
    Column("description", Text, nullable=False, server_default=""),
    Column("active", Boolean, nullable=False, server_default="true"),
    _site(),
    _change_xid(),
)
rules = Table(
    "rules",
    metadata,
    Column("version", Text, primary_key=True),
    Column("content", Text, nullable=False),  # the rules file (TOML) as published
    Column("published_at", TS, nullable=False, server_default=func.now()),
    Column("active", Boolean, nullable=False, server_default="false"),
    _change_xid(),
)
# Every rules file an administrator loaded, append-only; a desk installs its site's newest
# (c0015; read at each pull by adapters/central/rules_pull.py, not mirrored row by row).
rules_files = Table(
    "rules_files",
    metadata,
    Column("id", BigInteger, Identity(always=True), primary_key=True),
    Column("site", Text, index=True),  # the loading desk's site; NULL: every site
    Column("version", Text, nullable=False),
    Column("content", Text, nullable=False),  # the file's text as loaded
    Column("sha256", Text, nullable=False),  # of the text (UTF-8), hex
    Column("loaded_by", Text, nullable=False),  # the administrator's user id
    Column("loaded_at_desk", Text, nullable=False),
    Column("loaded_at", TS, nullable=False, server_default=func.now()),
    CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name="ck_rules_files_sha256"),
)
# Deleted reference rows, so incremental pulls see deletions too (kept by trigger).
reference_deletions = Table(
    "reference_deletions",
    metadata,
    Column("table_name", Text),
    Column("key", JSONB),
    Column("deleted_at", TS, nullable=False, server_default=func.now()),
    _change_xid(),
    Column("site", Text),  # the deleted row's site: desks read their site's (c0008)
    PrimaryKeyConstraint("table_name", "key"),
)

REFERENCE_TABLES = (
    customers,
    products,
    product_gtins,
    rmas,
    rma_lines,
    rma_tracking,
    users,
    locations,
    rules,
)
