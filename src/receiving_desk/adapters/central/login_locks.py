"""Login locks across desks: read from the central `login_guard` at each pull (migration
c0008; row-level security shows a desk its site's users only) and applied to the desk's own
store, so a badge locked at one desk — or by failures spread over several — is refused at
every desk of the site that has pulled since, offline too until the lock ends.

Only a later lock is applied: a desk never shortens or lifts a lock it holds itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, or_, select, text, update

from receiving_desk.adapters.central import schema as c
from receiving_desk.adapters.store import tables as t

Locks = list[tuple[str, datetime]]  # (user id, locked until)


def read(central: Connection) -> Locks:
    """The locks still running (none from a central schema older than c0008)."""
    if central.execute(text("SELECT to_regclass('public.login_guard')")).scalar() is None:
        return []
    g = c.login_guard
    rows = central.execute(
        select(g.c.user_id, g.c.locked_until).where(g.c.locked_until > text("now()"))
    )
    return [(user, until) for user, until in rows]


def apply(local: Connection, locks: Locks) -> int:
    """Lock the local users; returns how many locks were new or longer here."""
    u, changed = t.users, 0
    for user, until in locks:
        later = or_(u.c.locked_until.is_(None), u.c.locked_until < until)
        stmt = update(u).where(u.c.id == user, later).values(locked_until=until)
        changed += local.execute(stmt).rowcount
    return changed
