"""``warden review --repo OWNER/NAME --pr N [--dry-run]``: the App's pipeline once, with a token.

Meant for a GitHub Actions step (GITHUB_TOKEN with ``pull-requests: write``,
``checks: write``); review state lives in DATABASE_URL (SQLite by default).
``--dry-run`` prints the review, its inline comments and the check run
instead of posting anything.
"""

from __future__ import annotations

import re
from typing import Annotated

import typer

REPO_RE = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")


def review_command(
    repo: Annotated[str, typer.Option("--repo", help="Repository as OWNER/NAME.")],
    pr: Annotated[int, typer.Option("--pr", help="Pull request number.", min=1)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the review instead of posting it.")] = False,
) -> None:
    """Review one pull request with GITHUB_TOKEN (the App's pipeline, run once)."""
    from bot.github.client import GitHubError
    from bot.jobs import PermanentJobError, RetryableJobError
    from bot.settings import SettingsError
    from bot.storage.db import DatabaseURLError
    from checks.config import ConfigError

    try:
        _run(repo, pr, dry_run)
    except (
        SettingsError,
        DatabaseURLError,
        PermanentJobError,
        RetryableJobError,
        GitHubError,
        ConfigError,
        ValueError,
    ) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _run(repo: str, pr: int, dry_run: bool) -> None:
    from bot.jobs import JobContext, ReviewRequest
    from bot.pipeline import plan_review, run_review
    from bot.settings import SettingsError, load_settings
    from bot.storage.db import make_engine
    from bot.storage.review_state import create_tables

    if not REPO_RE.match(repo):
        raise ValueError(f"--repo: expected OWNER/NAME, got {repo!r}")
    settings = load_settings()
    if settings.GITHUB_TOKEN is None:
        raise SettingsError("GITHUB_TOKEN must be set")
    engine = make_engine(settings.DATABASE_URL)
    create_tables(engine)
    ctx = JobContext(settings=settings, engine=engine)
    req = ReviewRequest(installation_id=None, repo=repo, pr_number=pr, head_sha="", reason="cli")
    if not dry_run:
        run_review(req, ctx)
        typer.echo(f"reviewed {repo}#{pr}")
        return
    plan = plan_review(req, ctx)
    if plan is None:
        typer.echo(f"{repo}#{pr}: nothing to review (closed pull request)")
        return
    typer.echo(f"# {repo}#{pr} at {plan.pr.head_sha}")
    if plan.review is None:
        typer.echo("\n## Review: none (no new findings)")
    else:
        typer.echo(f"\n## Review ({plan.review.event})\n\n{plan.review.body}")
        typer.echo(f"\n## Inline comments ({len(plan.review.comments)})")
        for c in plan.review.comments:
            where = f"{c.path}:{c.start_line}-{c.line}" if c.start_line else f"{c.path}:{c.line}"
            typer.echo(f"\n### {where}\n\n{c.body}")
    typer.echo(f"\n## Check run `Warden`: {plan.check.conclusion} — {plan.check.title}\n\n{plan.check.summary}")
