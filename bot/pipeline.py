"""One job: fetch -> check -> compose -> post -> record.

``run_review`` and ``run_command`` are called from worker threads (blocking
code is fine) and by ``warden review``. They raise ``RetryableJobError`` for
transient failures (after the client's own bounded retries) and
``PermanentJobError`` for hopeless ones; everything else is logged and shown
on the PR (check run / summary), never dropped silently.

Idempotency: a review carries ``<!-- warden:review sha=… -->`` and every inline
comment ``<!-- warden:fp=… -->``; before posting we look for them on GitHub,
so a crash between posting and recording never yields a second review, and
a finding that already has a thread is never commented on again (also after its
file was moved: see ``bot.review.moves``). A re-run of the same head sha reuses
its check run and sends only the annotations the run does not show yet.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import requests
from github import GithubException
from sqlmodel import Session

from bot.github.auth import installation_tokens, make_github, token_for
from bot.github.client import GitHubClient, GitHubError, PullFile, PullInfo, TreeEntry
from bot.github.tree import PullRequestTree, probe_imports
from bot.jobs import CommandRequest, JobContext, PermanentJobError, RetryableJobError, ReviewRequest
from bot.review.commands import parse_command, parse_ignore
from bot.review.composer import (
    CHECK_NAME,
    CheckRunDraft,
    FixedFinding,
    ReviewDraft,
    ReviewInput,
    annotation_key,
    compose_check_run,
    compose_review,
    compose_summary,
)
from bot.review.diff import DiffMap, build_diff_map
from bot.review.moves import moved_fingerprints
from bot.review.render import (
    SUMMARY_MARKER,
    find_fingerprint,
    find_fixed,
    find_review_sha,
    find_rule,
    fixed_marker,
    reply_marker,
)
from bot.settings import Settings, SettingsError
from bot.storage.db import write_session
from bot.storage.review_state import (
    FindingRecord,
    ReviewRun,
    active_ignores,
    findings_for_pr,
    get_run,
    record_ignore,
)
from checks.config import CONFIG_PATH, Config, ConfigError, parse_config
from checks.model import Diagnostic, Finding, Severity
from checks.sources import is_source_path

log = logging.getLogger(__name__)

MAX_IMPORT_DEPTH = 4
# Besides JS/TS sources, files the checks read for context when they exist.
CONTEXT_FILES = ("prisma/schema.prisma", "package.json")


def make_client(settings: Settings, installation_id: int | None) -> GitHubClient:
    """An authenticated client: the installation's token (App) or GITHUB_TOKEN (``warden review``)."""
    try:
        token = token_for(settings, installation_id)
    except GithubException as exc:  # minting the installation token failed
        data = exc.data
        msg = str(data.get("message", "")) if isinstance(data, dict) else str(data)[:200]
        raise GitHubError(exc.status, f"installation token for {installation_id}: {msg}", data, exc.headers) from None
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise GitHubError(0, f"installation token for {installation_id}: {type(exc).__name__}") from None
    return GitHubClient(make_github(settings, token), settings, lock_key=str(installation_id or "token"))


# ---------------------------------------------------------------------------
# review


@dataclass
class ReviewPlan:
    """Everything one run would post; ``warden review --dry-run`` prints it instead."""

    pr: PullInfo
    config: Config
    findings: list[Finding]  # in scope, not ignored
    new: frozenset[str]
    fixed: list[FindingRecord]
    diagnostics: list[Diagnostic]
    diff: DiffMap
    review_input: ReviewInput
    review: ReviewDraft | None
    check: CheckRunDraft
    summary: str
    records: dict[str, FindingRecord]
    ours: dict[str, dict[str, Any]]  # fingerprint -> our root inline comment on GitHub
    fixed_replies: set[str] = field(default_factory=set)  # fingerprints already answered "fixed"


def run_review(req: ReviewRequest, ctx: JobContext, *, client: GitHubClient | None = None) -> None:
    _guarded(ctx.settings, req.installation_id, lambda c: _review(c, req, ctx, dry_run=False), client)


def plan_review(req: ReviewRequest, ctx: JobContext, *, client: GitHubClient | None = None) -> ReviewPlan | None:
    """Compute the review without posting or recording anything (``--dry-run``)."""
    out: list[ReviewPlan | None] = []
    _guarded(ctx.settings, req.installation_id, lambda c: out.append(_review(c, req, ctx, dry_run=True)), client)
    return out[0] if out else None


def _guarded(
    settings: Settings, installation_id: int | None, fn: Callable[[GitHubClient], Any], client: GitHubClient | None
) -> None:
    """Map failures to the queue's two outcomes."""
    try:
        client = client or make_client(settings, installation_id)
    except SettingsError as exc:
        raise PermanentJobError(str(exc)) from exc
    except GitHubError as exc:  # minting the token: 401/404 mean a wrong key or a removed installation
        raise (RetryableJobError(str(exc)) if exc.transient else PermanentJobError(str(exc))) from exc
    try:
        fn(client)
    except GitHubError as exc:
        if exc.status == 401 and installation_id is not None and settings.APP_ID:
            installation_tokens(settings).invalidate(installation_id)
            raise RetryableJobError(f"token refused, minting a new one: {exc}") from exc
        if exc.transient:
            raise RetryableJobError(str(exc)) from exc
        raise PermanentJobError(str(exc)) from exc


def _review(client: GitHubClient, req: ReviewRequest, ctx: JobContext, *, dry_run: bool) -> ReviewPlan | None:
    settings = ctx.settings
    repo, number = req.repo, req.pr_number
    tag = f"{repo}#{number}@{req.head_sha[:8] or 'head'} (delivery {req.delivery_id})"
    pr = client.get_pull(repo, number)
    if pr.state != "open":
        log.info("%s: pull request is %s; skipping", tag, pr.state)
        return None
    if req.head_sha and pr.head_sha != req.head_sha:
        log.info("%s: head moved on to %s; a newer job reviews it", tag, pr.head_sha[:8])
        return None
    config, diagnostics = _load_config(client, repo, pr.base_ref)
    drafts_ok = settings.WARDEN_REVIEW_DRAFTS or config.review.review_drafts or req.reason in ("command", "cli")
    if pr.draft and not drafts_ok:
        log.info("%s: draft pull request; skipping", tag)
        return None

    if dry_run:
        return _plan(client, req, ctx, pr, config, diagnostics)
    check_run_id = _start_check_run(client, repo, pr.head_sha)
    try:
        plan = _plan(client, req, ctx, pr, config, diagnostics)
        _publish(client, req, ctx, plan, check_run_id)
        log.info(
            "%s: %d findings (%d new, %d fixed), check %s",
            tag,
            len(plan.findings),
            len(plan.new),
            len(plan.fixed),
            plan.check.conclusion,
        )
        return plan
    except PermanentJobError as exc:
        _fail_check_run(client, repo, check_run_id, str(exc))
        raise
    except RetryableJobError as exc:  # visible while the queue waits; the retry re-opens the run
        _fail_check_run(client, repo, check_run_id, f"GitHub error, Warden will retry: {exc}")
        raise
    except GitHubError as exc:
        _fail_check_run(client, repo, check_run_id, str(exc))
        raise


def _load_config(client: GitHubClient, repo: str, base_ref: str) -> tuple[Config, list[Diagnostic]]:
    """``.github/warden.yml`` from the BASE branch: a PR cannot switch its own checks off."""
    raw = client.get_file(repo, CONFIG_PATH, base_ref)
    if raw is None:
        return Config(), []
    try:
        return parse_config(raw.decode("utf-8", "replace"), CONFIG_PATH), []
    except ConfigError as exc:
        log.warning("%s: %s; using the defaults", repo, exc)
        return Config(), [Diagnostic(CONFIG_PATH, "config", f"{exc}; the defaults were used")]


def _plan(
    client: GitHubClient,
    req: ReviewRequest,
    ctx: JobContext,
    pr: PullInfo,
    config: Config,
    diagnostics: list[Diagnostic],
) -> ReviewPlan:
    settings = ctx.settings
    repo, number, head = req.repo, req.pr_number, pr.head_sha
    files = client.list_pull_files(repo, number)
    sources = [f for f in files if f.status != "removed" and is_source_path(f.filename)]
    if len(sources) > settings.WARDEN_MAX_FILES:
        skipped = sources[settings.WARDEN_MAX_FILES :]
        sources = sources[: settings.WARDEN_MAX_FILES]
        diagnostics.append(
            Diagnostic(
                skipped[0].filename, "truncated", f"{len(skipped)} changed files over the limit were not checked"
            )
        )
    removed = {f.filename for f in files if f.status == "removed"}
    added = {f.filename for f in sources if f.status == "added"}
    diff = build_diff_map((f.filename, f.patch) for f in files if f.status != "removed")

    tree = _head_tree(client, repo, head, sources, settings)
    targets = {f.filename for f in sources}
    _prefetch(tree, targets)

    from checks.engine import scan  # the analyser; imported here so `warden review --help` stays light

    try:
        result = scan(tree, config, targets=targets)
    except Exception as exc:  # an analyser bug must show on the PR, not loop in the queue
        log.exception("%s#%d: the analyser failed", repo, number)
        raise PermanentJobError(f"the analyser failed: {type(exc).__name__}: {exc}") from exc
    found = diagnostics + tree.diagnostics + [d for d in result.diagnostics if d not in tree.diagnostics]
    # Only what concerns the PR's own files (and the run itself) decides "could not check";
    # a helper we could not read just means less context.
    diagnostics = [d for d in found if d.path in targets or d.kind in ("config", "truncated")]
    for d in found:
        if d not in diagnostics:
            log.info("%s#%d: context file %s: %s (%s)", repo, number, d.path, d.message, d.kind)

    with Session(ctx.engine) as session:
        records = findings_for_pr(session, repo, number)
        ignores = active_ignores(session, repo)

    comments = client.list_review_comments(repo, number)
    ours: dict[str, dict[str, Any]] = {}
    fixed_replies: set[str] = set()
    for c in comments:
        if not _by_bot(c):
            continue
        fp = find_fingerprint(c.get("body"))
        if fp and c.get("in_reply_to_id") is None:
            ours.setdefault(fp, c)
        done = find_fixed(c.get("body"))
        if done:
            fixed_replies.add(done)

    texts = {p: b.decode("utf-8", "replace") for p, b in tree.fetched().items() if p in targets}
    # A moved file's findings keep the fingerprints their threads and records carry.
    renamed_from = {f.filename: f.previous_filename for f in sources if f.status == "renamed" and f.previous_filename}
    known_paths = {r.path for r in records.values()} | {str(c.get("path")) for c in ours.values()}
    moved = moved_fingerprints(
        [*result.findings, *result.suppressed],
        texts,
        known=records.keys() | ours.keys() | ignores.keys(),
        renamed_from=renamed_from,
        gone={p for p in known_paths if p not in tree.entries and p not in targets},
    )
    if moved:
        log.info("%s#%d: %d finding(s) moved with their file keep their fingerprint", repo, number, len(moved))
    findings = [_refingerprint(f, moved) for f in result.findings]
    suppressed = [_refingerprint(f, moved) for f in result.suppressed]

    in_scope = [f for f in findings if f.fingerprint not in ignores and (f.path in added or _touched(f, diff))]
    known = {fp for fp, r in records.items() if r.status != "fixed"} | {fp for fp in ours if fp not in records}
    new = frozenset(f.fingerprint for f in in_scope if f.fingerprint not in known)

    present = {f.fingerprint for f in findings} | {f.fingerprint for f in suppressed}
    unreadable = {d.path for d in diagnostics}
    unreadable |= {renamed_from[p] for p in unreadable if p in renamed_from}  # not read under either name
    fixed = [
        r
        for r in records.values()
        if r.status == "open"
        and r.fingerprint not in present
        and r.path not in unreadable
        and (r.path in targets or r.path in removed or r.path not in tree.entries)
    ]
    inp = ReviewInput(
        repo=repo,
        head_sha=head,
        findings=in_scope,
        new_fingerprints=new,
        diff=diff,
        sources=texts,
        docs_url=settings.WARDEN_DOCS_URL,
        max_inline=min(config.review.max_inline_comments, settings.WARDEN_MAX_INLINE_COMMENTS),
        request_changes=config.review.request_changes or settings.WARDEN_REQUEST_CHANGES,
        html_base=_html_base(pr, repo, settings),
    )
    fixed_items = [FixedFinding(r.fingerprint, r.rule_id, r.path, r.function_name) for r in fixed]
    all_fixed = fixed_items + [
        FixedFinding(r.fingerprint, r.rule_id, r.path, r.function_name) for r in records.values() if r.status == "fixed"
    ]
    return ReviewPlan(
        pr=pr,
        config=config,
        findings=in_scope,
        new=new,
        fixed=fixed,
        diagnostics=diagnostics,
        diff=diff,
        review_input=inp,
        review=compose_review(inp),
        check=compose_check_run(head, in_scope, diagnostics, config.fail_on, fixed_items),
        summary=compose_summary(repo, head, in_scope, all_fixed, diagnostics, settings.WARDEN_DOCS_URL, inp.html_base),
        records=records,
        ours=ours,
        fixed_replies=fixed_replies,
    )


def _head_tree(
    client: GitHubClient, repo: str, head: str, sources: Sequence[PullFile], settings: Settings
) -> PullRequestTree:
    try:
        entries, truncated = client.get_tree(repo, head)
    except GitHubError as exc:
        if exc.transient:
            raise
        # Without the listing only the PR's own files are known: imports resolve less, nothing is skipped.
        log.warning("%s: cannot list the tree of %s (%s); probing imports instead", repo, head[:8], exc)
        entries, truncated = None, True
    listed = entries is not None
    entries = entries or {}
    if truncated and listed:
        log.warning("%s: git tree of %s truncated by GitHub; imports may resolve less", repo, head[:8])

    for f in sources:  # a truncated listing may miss changed files: their blob sha is known anyway
        if f.filename not in entries and f.sha:
            entries[f.filename] = TreeEntry(f.filename, f.sha, None)
    tree = PullRequestTree(
        client,
        repo,
        head,
        entries,
        [f.filename for f in sources],
        max_file_bytes=settings.WARDEN_MAX_FILE_BYTES,
        max_total_bytes=settings.WARDEN_MAX_FETCH_BYTES,
        max_extra_files=settings.WARDEN_MAX_EXTRA_FILES,
    )
    if not listed:
        # No listing: find what the changed code imports (auth helpers, safe-action clients,
        # tsconfig aliases) by probing candidate paths, so guards in other files still count.
        changed = {f.filename: data for f in sources if (data := tree.read(f.filename)) is not None}
        tree.preload(
            probe_imports(
                client,
                repo,
                head,
                changed,
                max_requests=4 * settings.WARDEN_MAX_EXTRA_FILES,
                max_files=settings.WARDEN_MAX_EXTRA_FILES,
            )
        )
    return tree


def _prefetch(tree: PullRequestTree, targets: Iterable[str]) -> None:
    """Fetch the changed files and the project files their imports reach (bounded by the tree)."""
    try:
        from checks.project import ProjectIndex, import_specifiers, resolve_import
    except ImportError:  # pragma: no cover - the analyser's helpers are missing: reads stay lazy
        log.warning("checks.project helpers unavailable; files are fetched on demand only")
        return
    index = ProjectIndex(tree)
    for extra in CONTEXT_FILES:
        if index.exists(extra):
            tree.read(extra)
    frontier = sorted(targets)
    seen = set(frontier)
    for _depth in range(MAX_IMPORT_DEPTH + 1):
        following: list[str] = []
        for path in frontier:
            data = tree.read(path)
            if data is None:
                continue
            for spec in import_specifiers(data):
                target = resolve_import(index, spec, path)
                if target is not None and target not in seen:
                    seen.add(target)
                    following.append(target)
        if not following:
            break
        frontier = following


def _refingerprint(f: Finding, moved: dict[str, str]) -> Finding:
    known = moved.get(f.fingerprint)
    return f if known is None else replace(f, fingerprint=known)


def _touched(f: Finding, diff: DiffMap) -> bool:
    span = f.function_span or f.span
    return diff.touches(f.path, span.start.line, span.end.line)


def _by_bot(obj: dict[str, Any]) -> bool:
    user = obj.get("user") or {}
    return user.get("type") == "Bot" or str(user.get("login", "")).endswith("[bot]")


def _html_base(pr: PullInfo, repo: str, settings: Settings) -> str:
    marker = f"/{repo}/pull/"
    if marker in pr.html_url:
        return pr.html_url.split(marker)[0]
    api = settings.api_url
    if api == "https://api.github.com":
        return "https://github.com"
    return api.removesuffix("/api/v3")


# ---------------------------------------------------------------------------
# posting


def _start_check_run(client: GitHubClient, repo: str, head: str) -> int:
    """The `Warden` check run of this head sha, in progress (reused by a re-run of the same sha)."""
    external_id = f"warden:{head}"
    found = client.find_check_run(repo, head, CHECK_NAME, external_id)
    if found is not None:
        run_id = int(found["id"])
        if found.get("status") == "completed":
            client.update_check_run(repo, run_id, {"status": "in_progress"})
        return run_id
    body = {"name": CHECK_NAME, "head_sha": head, "status": "in_progress", "external_id": external_id}
    return int(client.create_check_run(repo, body)["id"])


def _finish_check_run(client: GitHubClient, repo: str, check_run_id: int, check: CheckRunDraft) -> None:
    """Send the annotations the run lacks, in batches of 50, then the conclusion.

    GitHub appends annotations on every PATCH, and a run is reused by a re-run of the same
    head sha (redelivery, a job retried after a crash or a give-up between batches): those
    already on the run are not sent again.
    """
    present = client.check_run_annotations(repo, check_run_id) if check.annotations else Counter()
    batches = check.annotation_batches(present) or [[]]
    for i, batch in enumerate(batches):
        output: dict[str, Any] = {"title": check.title, "summary": check.summary}
        if batch:
            output["annotations"] = batch
        body: dict[str, Any] = {"output": output}
        if i == len(batches) - 1:  # conclusion last: the run turns green/red with all annotations in
            body["conclusion"] = check.conclusion
            body["completed_at"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        client.update_check_run(repo, check_run_id, body, present)
        present.update(annotation_key(a) for a in batch)  # what the next batch's retry will expect on top


def _fail_check_run(client: GitHubClient, repo: str, check_run_id: int | None, reason: str) -> None:
    """Best effort: a run that could not finish says so instead of hanging or going green."""
    if check_run_id is None:
        return
    body = {
        "conclusion": "neutral",
        "output": {"title": "Warden could not complete the review", "summary": f"Reason: {reason[:60_000]}"},
    }
    try:
        client.update_check_run(repo, check_run_id, body)
    except (GitHubError, RetryableJobError) as exc:
        log.error("%s: could not mark check run %s as failed: %s", repo, check_run_id, exc)


def _publish(client: GitHubClient, req: ReviewRequest, ctx: JobContext, plan: ReviewPlan, check_run_id: int) -> None:
    repo, number, head = req.repo, req.pr_number, plan.pr.head_sha
    review_id: int | None = None
    if plan.review is not None:
        existing = client.find_review_for_sha(repo, number, head)
        if existing is not None:
            log.info("%s#%d: review for %s already posted (id %s)", repo, number, head[:8], existing.get("id"))
            review_id = int(existing["id"])
        else:
            review_id = _post_review(client, repo, number, plan)
        # Which inline comment carries which fingerprint, from GitHub itself (also after a crash).
        for c in client.list_review_comments(repo, number):
            fp = find_fingerprint(c.get("body"))
            if fp and c.get("in_reply_to_id") is None and _by_bot(c):
                plan.ours.setdefault(fp, c)
    _record_findings(ctx, req, plan)

    if plan.fixed:
        _answer_fixed(client, ctx, req, plan)

    existing_summary = client.find_issue_comment(repo, number, SUMMARY_MARKER)
    if plan.findings or plan.fixed or existing_summary is not None:
        if existing_summary is None:
            client.create_issue_comment(repo, number, plan.summary, SUMMARY_MARKER)
        elif existing_summary.get("body") != plan.summary:
            client.edit_issue_comment(repo, int(existing_summary["id"]), plan.summary)

    if plan.review_input.request_changes and not any(f.severity is Severity.ERROR for f in plan.findings):
        _dismiss_change_requests(client, repo, number, head)
    _finish_check_run(client, repo, check_run_id, plan.check)
    _record_run(ctx, req, plan, review_id, check_run_id)


def _dismiss_change_requests(client: GitHubClient, repo: str, number: int, head: str) -> None:
    """No error finding is left: our earlier REQUEST_CHANGES reviews must not keep blocking the merge."""
    for r in client.list_reviews(repo, number):
        if r.get("state") != "CHANGES_REQUESTED" or not _by_bot(r) or find_review_sha(r.get("body")) is None:
            continue
        try:
            client.dismiss_review(repo, number, int(r["id"]), f"The error findings are fixed as of `{head[:12]}`.")
        except GitHubError as exc:  # e.g. dismissal not allowed on this repo: the summary still says fixed
            log.warning("%s#%d: cannot dismiss review %s: %s", repo, number, r.get("id"), exc)


def _post_review(client: GitHubClient, repo: str, number: int, plan: ReviewPlan) -> int | None:
    """Post the review; on 422 retry with the comments the diff map accepts, then body-only."""
    draft = plan.review
    assert draft is not None
    attempts = [draft]
    valid = compose_review(plan.review_input, exclude_inline=_invalid_comments(draft, plan.diff))
    if valid is not None and valid.comments != draft.comments:
        attempts.append(valid)
    body_only = compose_review(plan.review_input, inline=False)
    if body_only is not None and draft.comments:
        attempts.append(body_only)
    last: GitHubError | None = None
    for attempt in attempts:
        try:
            result = client.create_review(repo, number, attempt.to_api())
            return int(result["id"]) if result.get("id") is not None else None
        except GitHubError as exc:
            if exc.status != 422:
                raise
            log.warning("%s#%d: GitHub rejected the review (%s); trying a safer one", repo, number, exc)
            last = exc
    assert last is not None
    raise PermanentJobError(f"GitHub rejected even a body-only review: {last}")


def _invalid_comments(draft: ReviewDraft, diff: DiffMap) -> frozenset[str]:
    bad = set()
    for c in draft.comments:
        ok = (
            diff.range_commentable(c.path, c.start_line, c.line)
            if c.start_line is not None
            else diff.commentable(c.path, c.line)
        )
        if not ok:
            bad.add(c.fingerprint)
    return frozenset(bad)


def _record_findings(ctx: JobContext, req: ReviewRequest, plan: ReviewPlan) -> None:
    head = plan.pr.head_sha
    with write_session(ctx.engine) as session:
        current = findings_for_pr(session, req.repo, req.pr_number)
        for f in plan.findings:
            rec = current.get(f.fingerprint)
            if rec is None:
                rec = FindingRecord(
                    repo=req.repo,
                    pr_number=req.pr_number,
                    fingerprint=f.fingerprint,
                    rule_id=f.rule_id,
                    path=f.path,
                    function_name=f.function_name,
                    first_seen_sha=head,
                    last_seen_sha=head,
                )
            rec.last_seen_sha = head
            rec.path = f.path
            if rec.status == "fixed":
                rec.status, rec.fixed_sha = "open", None  # it came back
            comment = plan.ours.get(f.fingerprint)
            if comment is not None and rec.comment_id is None:
                rec.comment_id = int(comment["id"])
            rec.updated_at = datetime.now(UTC)
            session.add(rec)


def _answer_fixed(client: GitHubClient, ctx: JobContext, req: ReviewRequest, plan: ReviewPlan) -> None:
    """Reply "fixed in `sha`" in each fixed finding's thread and resolve the thread."""
    head = plan.pr.head_sha
    threads = None
    updates: dict[str, str | None] = {}  # fingerprint -> review thread node id
    for rec in plan.fixed:
        comment_id = rec.comment_id or (int(plan.ours[rec.fingerprint]["id"]) if rec.fingerprint in plan.ours else None)
        node_id = rec.thread_node_id
        if comment_id is not None:
            if rec.fingerprint not in plan.fixed_replies:
                body = f"✅ Fixed in `{head[:12]}`.\n\n{fixed_marker(rec.fingerprint)}"
                client.reply_to_review_comment(req.repo, req.pr_number, comment_id, body)
            try:
                if node_id is None:
                    if threads is None:
                        threads = client.review_threads(req.repo, req.pr_number)
                    node_id = next((t.node_id for t in threads if t.root_comment_id == comment_id), None)
                    resolved = any(t.node_id == node_id and t.is_resolved for t in threads)
                else:
                    resolved = False
                if node_id is not None and not resolved:
                    client.resolve_thread(node_id)
            except GitHubError as exc:  # resolving is a courtesy: the reply already says it is fixed
                log.warning(
                    "%s#%d: could not resolve thread of comment %s: %s", req.repo, req.pr_number, comment_id, exc
                )
        updates[rec.fingerprint] = node_id
    with write_session(ctx.engine) as session:
        current = findings_for_pr(session, req.repo, req.pr_number)
        for fp, node_id in updates.items():
            row = current.get(fp)
            if row is None:
                continue
            row.status, row.fixed_sha, row.last_seen_sha = "fixed", head, head
            row.thread_node_id = node_id or row.thread_node_id
            row.updated_at = datetime.now(UTC)
            session.add(row)


def _record_run(
    ctx: JobContext, req: ReviewRequest, plan: ReviewPlan, review_id: int | None, check_run_id: int
) -> None:
    with write_session(ctx.engine) as session:
        run = get_run(session, req.repo, req.pr_number, plan.pr.head_sha)
        if run is None:
            run = ReviewRun(repo=req.repo, pr_number=req.pr_number, head_sha=plan.pr.head_sha)
        run.review_id = review_id or run.review_id
        run.check_run_id = check_run_id
        run.findings, run.new_findings, run.fixed_findings = len(plan.findings), len(plan.new), len(plan.fixed)
        run.conclusion = plan.check.conclusion
        run.finished_at = datetime.now(UTC)
        session.add(run)


# ---------------------------------------------------------------------------
# comment commands

WRITE_PERMISSIONS = frozenset({"admin", "maintain", "write"})


def run_command(req: CommandRequest, ctx: JobContext, *, client: GitHubClient | None = None) -> None:
    _guarded(ctx.settings, req.installation_id, lambda c: _command(c, req, ctx), client)


def _command(client: GitHubClient, req: CommandRequest, ctx: JobContext) -> None:
    parsed = parse_command(req.body, ctx.settings.WARDEN_BOT_NAME)
    if req.author.endswith("[bot]"):
        parsed = None  # never act on (or answer) another bot, nor on our own replies
    if parsed is None:
        log.info("%s#%d: comment %d has no command for us", req.repo, req.pr_number, req.comment_id)
        return
    verb, args = parsed
    if verb == "review":
        pr = client.get_pull(req.repo, req.pr_number)
        review = ReviewRequest(
            req.installation_id, req.repo, req.pr_number, pr.head_sha, req.delivery_id, reason="command"
        )
        _review(client, review, ctx, dry_run=False)
        return
    _ignore(client, req, ctx, args)


def _answer(client: GitHubClient, req: CommandRequest, text: str, thread_root: int | None) -> None:
    body = f"@{req.author} {text}\n\n{reply_marker(req.comment_id)}"
    if thread_root is not None:
        client.reply_to_review_comment(req.repo, req.pr_number, thread_root, body)
    else:
        client.create_issue_comment(req.repo, req.pr_number, body, reply_marker(req.comment_id))


def _ignore(client: GitHubClient, req: CommandRequest, ctx: JobContext, args: str) -> None:
    root_id = req.in_reply_to_id if req.comment_kind == "review_comment" else None
    if req.comment_kind == "review_comment" and root_id is None:
        root_id = req.comment_id  # the command was itself the thread's first comment
    permission = client.permission(req.repo, req.author)
    if permission not in WRITE_PERMISSIONS:
        log.info("%s#%d: ignore refused for %s (%s)", req.repo, req.pr_number, req.author, permission)
        _answer(
            client,
            req,
            "thanks for the note! Only people with write access to this repository can ignore Warden "
            "findings, so nothing was changed. A maintainer can do it for you.",
            root_id,
        )
        return
    if root_id is None:
        _answer(client, req, "please reply with this command **in the thread of the Warden finding** to ignore.", None)
        return
    parsed = parse_ignore(args)
    if isinstance(parsed, str):
        _answer(client, req, parsed, root_id)
        return
    root = client.get_review_comment(req.repo, root_id)
    fp = find_fingerprint(root.get("body"))
    if fp is None or not _by_bot(root):
        _answer(client, req, "this thread is not about a Warden finding, so there is nothing to ignore.", root_id)
        return
    rule = find_rule(root.get("body"))
    with write_session(ctx.engine) as session:
        records = findings_for_pr(session, req.repo, req.pr_number)
        rec = records.get(fp)
        rule = rule or (rec.rule_id if rec else None)
        if rule is not None and rule != parsed.rule_id:
            mismatch = True
        else:
            mismatch = False
            record_ignore(session, req.repo, fp, parsed.rule_id, parsed.reason, req.author, parsed.until, req.pr_number)
            if rec is not None:
                rec.status = "ignored"
                session.add(rec)
    if mismatch:
        _answer(client, req, f"this thread is about `{rule}`, not `{parsed.rule_id}`; nothing was changed.", root_id)
        return
    until = f" until {parsed.until.isoformat()}" if parsed.until else ""
    _answer(
        client,
        req,
        f"ignored `{parsed.rule_id}` for this code{until}. Reason recorded: {parsed.reason}",
        root_id,
    )
