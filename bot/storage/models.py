"""Tables of the App's ingress: installations, webhook deliveries and the job queue.

Times are aware UTC datetimes (``utcnow()``); sqlmodel's column type stores
them as UTC on both SQLite and PostgreSQL and refuses naive ones.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from sqlalchemy import BigInteger, Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class JobStatus:
    QUEUED: Final = "queued"
    RUNNING: Final = "running"
    DONE: Final = "done"
    FAILED: Final = "failed"
    SUPERSEDED: Final = "superseded"  # also: cancelled because the PR was closed

    ALL: Final = (QUEUED, RUNNING, DONE, FAILED, SUPERSEDED)


class JobKind:
    REVIEW: Final = "review"
    COMMAND: Final = "command"


class Installation(SQLModel, table=True):
    # GitHub's installation id (given, never generated; BIGINT as GitHub ids keep growing).
    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    account: str = Field(default="")  # login of the user or organisation
    account_type: str = Field(default="")  # "User" | "Organization"
    repository_selection: str = Field(default="")  # "all" | "selected"
    repositories: str = Field(default="[]", sa_column=Column(Text, nullable=False))  # JSON list of full names
    suspended: bool = Field(default=False)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Delivery(SQLModel, table=True):
    """One webhook delivery that changed something; the unique id makes redeliveries no-ops."""

    __table_args__ = (UniqueConstraint("delivery_id", name="uq_delivery_delivery_id"),)

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: str = Field(max_length=200)
    event: str = Field(max_length=100)
    action: str | None = Field(default=None, max_length=100)
    received_at: datetime = Field(default_factory=utcnow)
    job_id: int | None = Field(default=None, index=True)


class Job(SQLModel, table=True):
    __table_args__ = (
        Index("ix_job_claim", "status", "run_after"),
        Index("ix_job_pr", "repo", "pr_number", "status"),
        # The database itself guarantees "at most one running job per pull request".
        Index(
            "uq_job_running_pr",
            "repo",
            "pr_number",
            unique=True,
            sqlite_where=text("status = 'running'"),
            postgresql_where=text("status = 'running'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # JobKind
    repo: str = Field(max_length=300)  # "owner/name" of the base repository
    pr_number: int
    head_sha: str | None = Field(default=None, max_length=64)  # review jobs only
    # When GitHub says the PR reached this state (payload `pull_request.updated_at`); orders
    # out-of-order deliveries so an old `synchronize` cannot supersede a newer one.
    event_at: datetime | None = None
    payload: str = Field(sa_column=Column(Text, nullable=False))  # ReviewRequest / CommandRequest JSON
    delivery_id: str | None = Field(default=None, max_length=200)
    status: str = Field(default=JobStatus.QUEUED, max_length=20)
    attempts: int = 0
    run_after: datetime = Field(default_factory=utcnow)
    locked_by: str | None = Field(default=None, max_length=300)
    locked_at: datetime | None = None  # heartbeat while running
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
