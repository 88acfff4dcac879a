"""Recording ``installation`` / ``installation_repositories`` events."""

from __future__ import annotations

import json

from sqlmodel import Session

from bot.events import InstallationChange
from bot.storage.models import Installation, utcnow


def apply_installation_change(session: Session, change: InstallationChange) -> None:
    """Upsert, delete or update the installation row described by ``change``."""
    row = session.get(Installation, change.installation_id)
    if change.change == "delete":
        if row is not None:
            session.delete(row)
        return
    now = utcnow()
    if row is None:
        row = Installation(id=change.installation_id, created_at=now)
    row.account = change.account or row.account
    row.account_type = change.account_type or row.account_type
    row.repository_selection = change.repository_selection or row.repository_selection
    repos: list[str] = json.loads(row.repositories or "[]")
    if change.repositories is not None:
        repos = list(change.repositories)
    if change.change == "repos":
        repos = [r for r in repos if r not in set(change.removed)]
        repos += [r for r in change.added if r not in repos]
    row.repositories = json.dumps(sorted(set(repos)))
    if change.change in ("suspend", "unsuspend"):
        row.suspended = change.change == "suspend"
    elif change.change == "upsert":
        row.suspended = False
    row.updated_at = now
    session.add(row)
