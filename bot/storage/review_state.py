"""What Warden remembers about each pull request between runs.

- ``FindingRecord``: one row per (repo, PR, fingerprint): where it was first and
  last seen, whether it is still open, and the inline comment / thread that
  carries it, so a later push comments only on new findings and can answer
  "fixed in `sha`" in the right thread.
- ``ReviewRun``: one row per (repo, PR, head sha); the unique key makes a
  second job for the same commit a no-op.
- ``FindingIgnore``: accepted risks from ``@warden ignore <rule> -- <reason>``.

``bot.storage.db.init_db`` imports this module so the tables are created.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import UniqueConstraint
from sqlalchemy.engine import Engine
from sqlmodel import Field, Session, SQLModel, select


def _now() -> datetime:
    return datetime.now(UTC)


class FindingRecord(SQLModel, table=True):
    __tablename__ = "warden_finding"
    __table_args__ = (UniqueConstraint("repo", "pr_number", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    repo: str = Field(index=True)
    pr_number: int = Field(index=True)
    fingerprint: str
    rule_id: str
    path: str
    function_name: str | None = None
    first_seen_sha: str
    last_seen_sha: str
    status: str = "open"  # open | fixed | ignored
    comment_id: int | None = None  # root inline comment carrying the finding
    thread_node_id: str | None = None  # GraphQL PullRequestReviewThread id
    fixed_sha: str | None = None
    updated_at: datetime = Field(default_factory=_now)


class ReviewRun(SQLModel, table=True):
    __tablename__ = "warden_review_run"
    __table_args__ = (UniqueConstraint("repo", "pr_number", "head_sha"),)

    id: int | None = Field(default=None, primary_key=True)
    repo: str = Field(index=True)
    pr_number: int
    head_sha: str
    review_id: int | None = None
    check_run_id: int | None = None
    findings: int = 0
    new_findings: int = 0
    fixed_findings: int = 0
    conclusion: str | None = None
    created_at: datetime = Field(default_factory=_now)
    finished_at: datetime | None = None


class FindingIgnore(SQLModel, table=True):
    __tablename__ = "warden_finding_ignore"
    __table_args__ = (UniqueConstraint("repo", "fingerprint"),)

    id: int | None = Field(default=None, primary_key=True)
    repo: str = Field(index=True)
    fingerprint: str
    rule_id: str
    reason: str
    until: date | None = None
    by_user: str
    pr_number: int | None = None
    created_at: datetime = Field(default_factory=_now)


TABLES = [FindingRecord.__table__, ReviewRun.__table__, FindingIgnore.__table__]  # type: ignore[attr-defined]


def create_tables(engine: Engine) -> None:
    """Create just these tables (``warden review`` runs without the App's other tables)."""
    SQLModel.metadata.create_all(engine, tables=TABLES)


def findings_for_pr(session: Session, repo: str, pr_number: int) -> dict[str, FindingRecord]:
    rows = session.exec(select(FindingRecord).where(FindingRecord.repo == repo, FindingRecord.pr_number == pr_number))
    return {r.fingerprint: r for r in rows}


def active_ignores(session: Session, repo: str, today: date | None = None) -> dict[str, FindingIgnore]:
    today = today or datetime.now(UTC).date()
    rows = session.exec(select(FindingIgnore).where(FindingIgnore.repo == repo))
    return {r.fingerprint: r for r in rows if r.until is None or r.until >= today}


def record_ignore(
    session: Session,
    repo: str,
    fingerprint: str,
    rule_id: str,
    reason: str,
    by_user: str,
    until: date | None,
    pr_number: int | None,
) -> FindingIgnore:
    row = session.exec(
        select(FindingIgnore).where(FindingIgnore.repo == repo, FindingIgnore.fingerprint == fingerprint)
    ).first()
    if row is None:
        row = FindingIgnore(repo=repo, fingerprint=fingerprint, rule_id=rule_id, reason=reason, by_user=by_user)
    row.reason, row.until, row.by_user, row.pr_number, row.rule_id = reason, until, by_user, pr_number, rule_id
    session.add(row)
    return row


def get_run(session: Session, repo: str, pr_number: int, head_sha: str) -> ReviewRun | None:
    return session.exec(
        select(ReviewRun).where(
            ReviewRun.repo == repo, ReviewRun.pr_number == pr_number, ReviewRun.head_sha == head_sha
        )
    ).first()
