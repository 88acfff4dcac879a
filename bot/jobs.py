"""What the queue carries and what a job may raise.

The job functions (``bot.pipeline.run_review``, ``bot.pipeline.run_command``)
take one of these requests and a ``JobContext``; they do not know how they
were dispatched (in-process workers today, a distributed queue later).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from sqlalchemy.engine import Engine

from bot.settings import Settings


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    installation_id: int | None
    repo: str  # "owner/name" of the base repository
    pr_number: int
    head_sha: str
    delivery_id: str | None = None
    reason: str = "opened"  # webhook action, "command" or "rerequested"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReviewRequest:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class CommandRequest:
    """A PR comment that mentions the bot (``@warden review``, ``@warden ignore ...``)."""

    installation_id: int | None
    repo: str
    pr_number: int
    comment_id: int
    comment_kind: Literal["issue_comment", "review_comment"]
    author: str
    body: str
    in_reply_to_id: int | None = None
    delivery_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CommandRequest:
        return cls(**data)


@dataclass(frozen=True, slots=True)
class JobContext:
    settings: Settings
    engine: Engine


class RetryableJobError(Exception):
    """Transient failure (GitHub 5xx, rate limit exhausted): the queue retries the job later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentJobError(Exception):
    """The job cannot succeed (PR gone, permission missing): logged and marked failed, not retried."""
