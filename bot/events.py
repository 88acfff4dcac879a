"""What a verified webhook delivery asks Warden to do (pure: no I/O, no database).

``route(event, payload, ...)`` turns one delivery into one ``Action``; the
webhook handler then carries it out. Event names stay strings, so events
GitHub adds later are simply ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from bot.jobs import CommandRequest, ReviewRequest
from bot.settings import Settings

REVIEW_ACTIONS = frozenset({"opened", "reopened", "synchronize", "ready_for_review"})


class PayloadError(ValueError):
    """A signed payload without a field Warden needs (answered with 400)."""


@dataclass(frozen=True, slots=True)
class Ignore:
    reason: str


@dataclass(frozen=True, slots=True)
class Pong:
    pass


@dataclass(frozen=True, slots=True)
class EnqueueReviews:
    requests: tuple[ReviewRequest, ...]
    event_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class EnqueueCommand:
    request: CommandRequest


@dataclass(frozen=True, slots=True)
class CancelReviews:
    repo: str
    pr_number: int
    reason: str


@dataclass(frozen=True, slots=True)
class InstallationChange:
    """``installation`` / ``installation_repositories``: what to store about the installation."""

    installation_id: int
    change: Literal["upsert", "delete", "suspend", "unsuspend", "repos"]
    account: str = ""
    account_type: str = ""
    repository_selection: str = ""
    repositories: tuple[str, ...] | None = None  # full list (created / new permissions)
    added: tuple[str, ...] = field(default_factory=tuple)
    removed: tuple[str, ...] = field(default_factory=tuple)


Action = Ignore | Pong | EnqueueReviews | EnqueueCommand | CancelReviews | InstallationChange


def route(event: str, payload: dict[str, Any], settings: Settings, delivery_id: str | None) -> Action:
    """Decide what one delivery means; raises PayloadError when a needed field is missing."""
    action = payload.get("action")
    if event == "ping":
        return Pong()
    if event == "pull_request":
        return _pull_request(payload, action, settings, delivery_id)
    if event in ("installation", "installation_repositories"):
        return _installation(event, payload, action)
    if event == "check_run" and action == "rerequested":
        return _check_run_rerequested(payload, delivery_id)
    if event in ("issue_comment", "pull_request_review_comment") and action == "created":
        return _comment(event, payload, settings, delivery_id)
    return Ignore(f"{event}.{action}" if action else event)


def _pull_request(payload: dict[str, Any], action: Any, settings: Settings, delivery_id: str | None) -> Action:
    pr = _dict(payload, "pull_request")
    repo = _str(_dict(payload, "repository"), "full_name", "repository.full_name")
    number = _int(pr, "number", "pull_request.number")
    if action == "closed":
        return CancelReviews(repo, number, "pull request closed")
    if action == "edited":
        changes = payload.get("changes")
        if not (isinstance(changes, dict) and changes.get("base")):
            return Ignore("pull_request.edited without a base change")
    elif action not in REVIEW_ACTIONS:
        return Ignore(f"pull_request.{action}")
    if pr.get("draft") is True and not settings.WARDEN_REVIEW_DRAFTS:
        return Ignore("draft pull request (WARDEN_REVIEW_DRAFTS is off)")
    if pr.get("state") == "closed":
        return Ignore("pull request is closed")
    head_sha = _str(_dict(pr, "head", "pull_request.head"), "sha", "pull_request.head.sha")
    request = ReviewRequest(
        installation_id=_installation_id(payload),
        repo=repo,
        pr_number=number,
        head_sha=head_sha,
        delivery_id=delivery_id,
        reason=str(action),
    )
    return EnqueueReviews((request,), event_at=_timestamp(pr.get("updated_at")))


def _check_run_rerequested(payload: dict[str, Any], delivery_id: str | None) -> Action:
    run = _dict(payload, "check_run")
    repo_info = _dict(payload, "repository")
    repo = _str(repo_info, "full_name", "repository.full_name")
    head_sha = _str(run, "head_sha", "check_run.head_sha")
    repo_id = repo_info.get("id")
    numbers: list[int] = []
    for pr in run.get("pull_requests") or []:
        if not isinstance(pr, dict) or not isinstance(pr.get("number"), int):
            continue
        base_repo = (pr.get("base") or {}).get("repo") or {}
        # `pull_requests` may list PRs of other repositories that share the commit.
        if repo_id is not None and base_repo.get("id") not in (None, repo_id):
            continue
        numbers.append(pr["number"])
    if not numbers:
        return Ignore("check_run.rerequested without a pull request of this repository (fork head?)")
    requests = tuple(
        ReviewRequest(
            installation_id=_installation_id(payload),
            repo=repo,
            pr_number=n,
            head_sha=head_sha,
            delivery_id=delivery_id,
            reason="rerequested",
        )
        for n in sorted(set(numbers))
    )
    return EnqueueReviews(requests)


def _comment(event: str, payload: dict[str, Any], settings: Settings, delivery_id: str | None) -> Action:
    comment = _dict(payload, "comment")
    sender = payload.get("sender") or {}
    author = comment.get("user") or {}
    if sender.get("type") == "Bot" or author.get("type") == "Bot":
        return Ignore("comment by a bot")
    body = comment.get("body") or ""
    if not mentions(body, settings.WARDEN_BOT_NAME):
        return Ignore(f"comment does not mention @{settings.WARDEN_BOT_NAME}")
    repo = _str(_dict(payload, "repository"), "full_name", "repository.full_name")
    kind: Literal["issue_comment", "review_comment"]
    if event == "issue_comment":
        issue = _dict(payload, "issue")
        if not issue.get("pull_request"):
            return Ignore("comment on an issue, not a pull request")
        number = _int(issue, "number", "issue.number")
        kind, in_reply_to = "issue_comment", None
    else:
        number = _int(_dict(payload, "pull_request"), "number", "pull_request.number")
        reply = comment.get("in_reply_to_id")
        kind, in_reply_to = "review_comment", reply if isinstance(reply, int) else None
    request = CommandRequest(
        installation_id=_installation_id(payload),
        repo=repo,
        pr_number=number,
        comment_id=_int(comment, "id", "comment.id"),
        comment_kind=kind,
        author=str(author.get("login") or sender.get("login") or ""),
        body=body,
        in_reply_to_id=in_reply_to,
        delivery_id=delivery_id,
    )
    return EnqueueCommand(request)


def mentions(body: str, bot_name: str) -> bool:
    """``@warden`` as a whole mention (not ``@warden-bot``, not an e-mail address)."""
    pattern = rf"(?<![\w@./-])@{re.escape(bot_name)}(?![\w-])"
    return re.search(pattern, body, flags=re.IGNORECASE) is not None


def _installation(event: str, payload: dict[str, Any], action: Any) -> Action:
    inst = _dict(payload, "installation")
    inst_id = _int(inst, "id", "installation.id")
    account = inst.get("account") or {}
    base = InstallationChange(
        installation_id=inst_id,
        change="upsert",
        account=str(account.get("login") or ""),
        account_type=str(account.get("type") or ""),
        repository_selection=str(inst.get("repository_selection") or payload.get("repository_selection") or ""),
    )
    if event == "installation_repositories":
        if action not in ("added", "removed"):
            return Ignore(f"installation_repositories.{action}")
        return replace(
            base,
            change="repos",
            added=_names(payload.get("repositories_added")),
            removed=_names(payload.get("repositories_removed")),
        )
    if action in ("created", "new_permissions_accepted"):
        repos = payload.get("repositories")
        return replace(base, repositories=_names(repos) if repos is not None else None)
    if action == "deleted":
        return replace(base, change="delete")
    if action in ("suspend", "unsuspend"):
        return replace(base, change=action)
    return Ignore(f"installation.{action}")


def _installation_id(payload: dict[str, Any]) -> int | None:
    inst = payload.get("installation")
    value = inst.get("id") if isinstance(inst, dict) else None
    return value if isinstance(value, int) else None


def _names(repos: Any) -> tuple[str, ...]:
    if not isinstance(repos, list):
        return ()
    return tuple(str(r["full_name"]) for r in repos if isinstance(r, dict) and r.get("full_name"))


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _dict(obj: dict[str, Any], key: str, where: str | None = None) -> dict[str, Any]:
    value = obj.get(key)
    if not isinstance(value, dict):
        raise PayloadError(f"payload lacks object {where or key!r}")
    return value


def _str(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise PayloadError(f"payload lacks string {where!r}")
    return value


def _int(obj: dict[str, Any], key: str, where: str) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise PayloadError(f"payload lacks integer {where!r}")
    return value
