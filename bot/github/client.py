"""The only module that talks to GitHub (REST through PyGithub's requester, and GraphQL).

Retry policy (GitHub's "best practices" page, done here with tenacity because
PyGithub's own ``GithubRetry`` would re-send POSTs blindly):

- 5xx, connection errors and rate limits (403/429 with ``retry-after``, or
  ``x-ratelimit-remaining: 0`` + ``x-ratelimit-reset``) are retried with
  exponential back-off, at most WARDEN_MAX_RETRIES times, each sleep capped by
  WARDEN_RETRY_MAX_WAIT. A wait longer than the cap gives up at once with
  ``RetryableJobError(retry_after=…)`` so the queue tries later.
- GETs (and idempotent PATCH/GraphQL calls) are retried freely. A POST that
  creates something is retried only after looking for the object it may
  already have created (by its hidden marker), so a 502 after GitHub stored a
  review never turns into two reviews.
- Writes are serialised per installation (one lock per installation id) and
  spaced by ``write_interval`` seconds (GitHub asks for >= 1 s between writes).

Each public method returns plain dataclasses or JSON dicts; no lazy PyGithub
objects escape, so no request happens outside the retry wrapper.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import quote

import requests
from github import Github, GithubException
from requests.utils import parse_header_links
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from bot.jobs import RetryableJobError
from bot.review.composer import AnnotationKey, annotation_key
from bot.review.render import find_review_sha
from bot.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_WRITE_INTERVAL = 1.0
MIN_RATE_LIMIT_WAIT = 60.0  # GitHub: without headers, wait at least a minute


class GitHubError(Exception):
    """A GitHub answer we do not retry (4xx), or the last error after retries ran out."""

    def __init__(self, status: int, message: str, data: Any = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(f"GitHub {status}: {message}" if status else f"GitHub unreachable: {message}")
        self.status = status
        self.data = data
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}

    @property
    def rate_limited(self) -> bool:
        if self.status not in (403, 429):
            return False
        if "retry-after" in self.headers or self.headers.get("x-ratelimit-remaining") == "0":
            return True
        text = str(self.data.get("message", "")) if isinstance(self.data, dict) else ""
        return "rate limit" in text.lower()

    @property
    def transient(self) -> bool:
        return self.status == 0 or self.status >= 500 or self.rate_limited


def required_wait(err: GitHubError, attempt: int, now: float | None = None) -> float:
    """Seconds to wait before attempt ``attempt + 1`` (GitHub's documented order of rules)."""
    headers = err.headers
    if err.rate_limited:
        if "retry-after" in headers:
            try:
                return max(0.0, float(headers["retry-after"]))
            except ValueError:
                pass
        if headers.get("x-ratelimit-remaining") == "0" and "x-ratelimit-reset" in headers:
            try:
                return max(0.0, float(headers["x-ratelimit-reset"]) - (now if now is not None else time.time()))
            except ValueError:
                pass
        return MIN_RATE_LIMIT_WAIT * 2.0 ** (attempt - 1)
    return float(min(2 ** (attempt - 1), 30))  # 5xx / network: 1, 2, 4 … s


# One lock (and last-write time) per installation: writes of concurrent jobs on
# the same installation go out one by one.
_write_locks: dict[str, threading.Lock] = {}
_last_write: dict[str, float] = {}
_locks_guard = threading.Lock()


def _write_lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _write_locks.setdefault(key, threading.Lock())


@dataclass(frozen=True, slots=True)
class PullInfo:
    number: int
    state: str
    draft: bool
    head_sha: str
    base_sha: str
    base_ref: str
    html_url: str


@dataclass(frozen=True, slots=True)
class PullFile:
    filename: str
    status: str
    sha: str | None
    patch: str | None
    changes: int
    previous_filename: str | None = None


@dataclass(frozen=True, slots=True)
class TreeEntry:
    path: str
    sha: str
    size: int | None


@dataclass(frozen=True, slots=True)
class ReviewThread:
    node_id: str
    is_resolved: bool
    root_comment_id: int | None


class GitHubClient:
    def __init__(
        self,
        gh: Github,
        settings: Settings,
        lock_key: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
        write_interval: float = DEFAULT_WRITE_INTERVAL,
    ) -> None:
        self.gh = gh
        self.settings = settings
        self.lock_key = lock_key
        self._sleep = sleep
        self.write_interval = write_interval

    # ---- low level -------------------------------------------------------

    def _call(
        self,
        verb: str,
        url: str,
        params: dict[str, Any] | None = None,
        body: Any = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[dict[str, Any], Any]:
        try:
            resp_headers, data = self.gh.requester.requestJsonAndCheck(
                verb, url, parameters=params, headers=headers, input=body
            )
        except GithubException as exc:
            data = exc.data
            msg = str(data.get("message", "")) if isinstance(data, dict) else str(data)[:200]
            raise GitHubError(exc.status, f"{verb} {url}: {msg}", data, exc.headers) from None
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise GitHubError(0, f"{verb} {url}: {type(exc).__name__}") from None
        return resp_headers, data

    def _retrying(self, what: str) -> Retrying:
        cap = self.settings.WARDEN_RETRY_MAX_WAIT

        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            assert isinstance(exc, GitHubError)
            return required_wait(exc, state.attempt_number)

        def stop(state: RetryCallState) -> bool:
            if stop_after_attempt(self.settings.WARDEN_MAX_RETRIES + 1)(state):
                return True
            return wait(state) > cap  # do not block a worker for a long reset: let the queue wait

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            log.warning("%s failed (%s); retry %d in %.1fs", what, exc, state.attempt_number, wait(state))

        return Retrying(
            retry=retry_if_exception(lambda e: isinstance(e, GitHubError) and e.transient),
            wait=wait,
            stop=stop,
            sleep=self._sleep,
            before_sleep=before_sleep,
            reraise=True,
        )

    def _with_retries(self, what: str, fn: Callable[[], T]) -> T:
        try:
            for attempt in self._retrying(what):
                with attempt:
                    return fn()
        except GitHubError as exc:
            if exc.transient:
                wait = required_wait(exc, self.settings.WARDEN_MAX_RETRIES + 1)
                log.error("%s: giving up after retries: %s", what, exc)
                raise RetryableJobError(f"{what}: {exc}", retry_after=wait) from exc
            raise
        raise AssertionError("unreachable")  # pragma: no cover - Retrying either returns or raises

    def request(self, verb: str, url: str, params: dict[str, Any] | None = None, body: Any = None) -> Any:
        """An idempotent call (GET, PATCH, GraphQL query), retried freely."""
        return self._with_retries(f"{verb} {url}", lambda: self._call(verb, url, params, body)[1])

    def write(self, verb: str, url: str, body: Any, find_existing: Callable[[], Any] | None) -> Any:
        """A call that creates something: before a retry, look for what the failed try may have made."""
        tried = False

        def attempt() -> Any:
            nonlocal tried
            if tried and find_existing is not None:
                existing = find_existing()
                if existing is not None:
                    log.info("%s %s: found the object a failed attempt created; not posting again", verb, url)
                    return existing
            tried = True
            with _write_lock(self.lock_key):
                gap = _last_write.get(self.lock_key, 0.0) + self.write_interval - time.monotonic()
                if gap > 0:
                    self._sleep(gap)
                try:
                    return self._call(verb, url, None, body)[1]
                finally:
                    _last_write[self.lock_key] = time.monotonic()

        return self._with_retries(f"{verb} {url}", attempt)

    def paginate(self, url: str, params: dict[str, Any] | None = None) -> Iterator[Any]:
        """Items of every page, following the Link header (per_page=100)."""
        next_url: str | None = url
        next_params: dict[str, Any] | None = {**(params or {}), "per_page": 100}
        while next_url is not None:
            page_url, page_params = next_url, next_params
            headers, data = self._with_retries(
                f"GET {page_url}",
                lambda u=page_url, p=page_params: self._call("GET", u, p),  # type: ignore[misc]
            )
            items = data if isinstance(data, list) else []
            yield from items
            next_url, next_params = None, None
            link = headers.get("link") or headers.get("Link")
            if link and items:
                for entry in parse_header_links(link):
                    if entry.get("rel") == "next" and entry.get("url"):
                        next_url = entry["url"]

    # ---- pull requests ---------------------------------------------------

    def get_pull(self, repo: str, number: int) -> PullInfo:
        d = self.request("GET", f"/repos/{repo}/pulls/{number}")
        return PullInfo(
            number=int(d["number"]),
            state=str(d.get("state", "open")),
            draft=bool(d.get("draft", False)),
            head_sha=str(d["head"]["sha"]),
            base_sha=str(d["base"]["sha"]),
            base_ref=str(d["base"]["ref"]),
            html_url=str(d.get("html_url", "")),
        )

    def list_pull_files(self, repo: str, number: int) -> list[PullFile]:
        out: list[PullFile] = []
        for d in self.paginate(f"/repos/{repo}/pulls/{number}/files"):
            out.append(
                PullFile(
                    filename=str(d["filename"]),
                    status=str(d.get("status", "modified")),
                    sha=d.get("sha"),
                    patch=d.get("patch"),
                    changes=int(d.get("changes") or 0),
                    previous_filename=d.get("previous_filename"),
                )
            )
        return out

    def get_tree(self, repo: str, sha: str) -> tuple[dict[str, TreeEntry], bool]:
        """Every blob of the commit's tree, and whether GitHub truncated the listing."""
        d = self.request("GET", f"/repos/{repo}/git/trees/{sha}", params={"recursive": "1"})
        entries = {
            str(e["path"]): TreeEntry(str(e["path"]), str(e["sha"]), e.get("size"))
            for e in d.get("tree", [])
            if e.get("type") == "blob"
        }
        return entries, bool(d.get("truncated", False))

    def get_blob(self, repo: str, sha: str) -> bytes:
        d = self.request("GET", f"/repos/{repo}/git/blobs/{sha}")
        content = d.get("content") or ""
        if d.get("encoding", "base64") == "base64":
            return base64.b64decode(content)
        return str(content).encode("utf-8")

    def get_file(self, repo: str, path: str, ref: str) -> bytes | None:
        """A file at ``ref`` through the contents API; None when it does not exist."""
        try:
            d = self.request("GET", f"/repos/{repo}/contents/{quote(path)}", params={"ref": ref})
        except GitHubError as exc:
            if exc.status == 404:
                return None
            raise
        if not isinstance(d, dict) or d.get("type", "file") != "file":
            return None
        if d.get("encoding") == "base64":
            return base64.b64decode(d.get("content") or "")
        if d.get("sha"):  # 1-100 MB files come without content: read the blob
            return self.get_blob(repo, str(d["sha"]))
        return None

    # ---- reviews ---------------------------------------------------------

    def list_reviews(self, repo: str, number: int) -> list[dict[str, Any]]:
        return list(self.paginate(f"/repos/{repo}/pulls/{number}/reviews"))

    def find_review_for_sha(self, repo: str, number: int, head_sha: str) -> dict[str, Any] | None:
        for r in self.list_reviews(repo, number):
            if find_review_sha(r.get("body")) == head_sha and _is_bot(r):
                return r
        return None

    def create_review(self, repo: str, number: int, body: dict[str, Any]) -> dict[str, Any]:
        head_sha = str(body["commit_id"])
        result: dict[str, Any] = self.write(
            "POST",
            f"/repos/{repo}/pulls/{number}/reviews",
            body,
            lambda: self.find_review_for_sha(repo, number, head_sha),
        )
        return result

    def dismiss_review(self, repo: str, number: int, review_id: int, message: str) -> dict[str, Any]:
        """PUT is idempotent: dismissing twice leaves the review dismissed."""
        result: dict[str, Any] = self.request(
            "PUT",
            f"/repos/{repo}/pulls/{number}/reviews/{review_id}/dismissals",
            body={"message": message, "event": "DISMISS"},
        )
        return result

    def list_review_comments(self, repo: str, number: int) -> list[dict[str, Any]]:
        return list(self.paginate(f"/repos/{repo}/pulls/{number}/comments"))

    def get_review_comment(self, repo: str, comment_id: int) -> dict[str, Any]:
        result: dict[str, Any] = self.request("GET", f"/repos/{repo}/pulls/comments/{comment_id}")
        return result

    def reply_to_review_comment(self, repo: str, number: int, comment_id: int, body: str) -> dict[str, Any]:
        """Reply in a review thread; the body must carry a marker naming what it answers."""

        def existing() -> dict[str, Any] | None:
            for c in self.list_review_comments(repo, number):
                if c.get("in_reply_to_id") == comment_id and c.get("body") == body and _is_bot(c):
                    return c
            return None

        result: dict[str, Any] = self.write(
            "POST", f"/repos/{repo}/pulls/{number}/comments/{comment_id}/replies", {"body": body}, existing
        )
        return result

    # ---- issue comments (summary, command answers) -------------------------

    def list_issue_comments(self, repo: str, number: int) -> list[dict[str, Any]]:
        return list(self.paginate(f"/repos/{repo}/issues/{number}/comments"))

    def find_issue_comment(self, repo: str, number: int, marker: str) -> dict[str, Any] | None:
        for c in self.list_issue_comments(repo, number):
            if marker in (c.get("body") or "") and _is_bot(c):
                return c
        return None

    def create_issue_comment(self, repo: str, number: int, body: str, marker: str) -> dict[str, Any]:
        result: dict[str, Any] = self.write(
            "POST",
            f"/repos/{repo}/issues/{number}/comments",
            {"body": body},
            lambda: self.find_issue_comment(repo, number, marker),
        )
        return result

    def edit_issue_comment(self, repo: str, comment_id: int, body: str) -> dict[str, Any]:
        result: dict[str, Any] = self.write(
            "PATCH", f"/repos/{repo}/issues/comments/{comment_id}", {"body": body}, find_existing=None
        )
        return result

    def upsert_issue_comment(self, repo: str, number: int, body: str, marker: str) -> dict[str, Any]:
        """One comment per PR found by its marker: edited in place, never re-posted."""
        found = self.find_issue_comment(repo, number, marker)
        if found is None:
            return self.create_issue_comment(repo, number, body, marker)
        if found.get("body") == body:
            return found
        return self.edit_issue_comment(repo, int(found["id"]), body)

    # ---- check runs --------------------------------------------------------

    def find_check_run(self, repo: str, head_sha: str, name: str, external_id: str) -> dict[str, Any] | None:
        try:
            d = self.request(
                "GET", f"/repos/{repo}/commits/{head_sha}/check-runs", params={"check_name": name, "per_page": 100}
            )
        except GitHubError as exc:
            if exc.status in (404, 422):  # nothing listed for this ref yet
                return None
            raise
        for run in d.get("check_runs", []) if isinstance(d, dict) else []:
            if run.get("external_id") == external_id:
                found: dict[str, Any] = run
                return found
        return None

    def create_check_run(self, repo: str, body: dict[str, Any]) -> dict[str, Any]:
        name, sha, ext = str(body["name"]), str(body["head_sha"]), str(body.get("external_id", ""))
        result: dict[str, Any] = self.write(
            "POST", f"/repos/{repo}/check-runs", body, lambda: self.find_check_run(repo, sha, name, ext)
        )
        return result

    def get_check_run(self, repo: str, check_run_id: int) -> dict[str, Any]:
        result: dict[str, Any] = self.request("GET", f"/repos/{repo}/check-runs/{check_run_id}")
        return result

    def check_run_annotations(self, repo: str, check_run_id: int) -> Counter[AnnotationKey]:
        """What the run already shows: GitHub appends annotations on every PATCH, never replaces them."""
        items = self.paginate(f"/repos/{repo}/check-runs/{check_run_id}/annotations")
        return Counter(annotation_key(a) for a in items)

    def update_check_run(
        self,
        repo: str,
        check_run_id: int,
        body: dict[str, Any],
        present: Counter[AnnotationKey] | None = None,
    ) -> dict[str, Any]:
        """PATCH a check run; ``present``: the run's annotations before this call (looked up if None).

        A PATCH without annotations is idempotent. One with annotations is not (they are appended),
        so before a retry we look whether the failed attempt landed (502 after apply, timeout):
        GitHub applies a PATCH whole, so all of the batch being there means it did.
        """
        url = f"/repos/{repo}/check-runs/{check_run_id}"
        batch = Counter(annotation_key(a) for a in (body.get("output") or {}).get("annotations") or [])
        find_existing: Callable[[], Any] | None = None
        if batch:
            before = present if present is not None else self.check_run_annotations(repo, check_run_id)
            expected = before + batch

            def landed() -> dict[str, Any] | None:
                now = self.check_run_annotations(repo, check_run_id)
                return self.get_check_run(repo, check_run_id) if now >= expected else None

            find_existing = landed
        result: dict[str, Any] = self.write("PATCH", url, body, find_existing)
        return result

    # ---- GraphQL: review threads -------------------------------------------

    def graphql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        data = self.request("POST", self.settings.graphql_url, body={"query": query, "variables": variables})
        if not isinstance(data, dict):
            raise GitHubError(200, "GraphQL: unexpected answer", data)
        if data.get("errors"):
            raise GitHubError(200, f"GraphQL: {data['errors'][0].get('message', data['errors'])}", data)
        result: dict[str, Any] = data.get("data") or {}
        return result

    def review_threads(self, repo: str, number: int) -> list[ReviewThread]:
        owner, name = repo.split("/", 1)
        out: list[ReviewThread] = []
        cursor: str | None = None
        for _ in range(50):  # 50 pages x 100 threads is far beyond any real PR
            d = self.graphql(_THREADS_QUERY, {"owner": owner, "name": name, "number": number, "cursor": cursor})
            threads = ((d.get("repository") or {}).get("pullRequest") or {}).get("reviewThreads") or {}
            for t in threads.get("nodes") or []:
                comments = (t.get("comments") or {}).get("nodes") or []
                root = comments[0].get("databaseId") if comments else None
                out.append(ReviewThread(str(t["id"]), bool(t.get("isResolved")), root))
            page = threads.get("pageInfo") or {}
            if not page.get("hasNextPage"):
                break
            cursor = page.get("endCursor")
        return out

    def resolve_thread(self, thread_node_id: str) -> None:
        self.graphql(_RESOLVE_MUTATION, {"threadId": thread_node_id})  # idempotent: safe to retry

    # ---- permissions -------------------------------------------------------

    def permission(self, repo: str, user: str) -> str:
        """The user's permission on the repo: admin, maintain, write, triage, read or none."""
        try:
            d = self.request("GET", f"/repos/{repo}/collaborators/{quote(user)}/permission")
        except GitHubError as exc:
            if exc.status == 404:
                return "none"
            raise
        role = str(d.get("role_name") or "")
        return role if role in ("admin", "maintain", "write", "triage", "read") else str(d.get("permission", "none"))


def _is_bot(obj: dict[str, Any]) -> bool:
    """Comments/reviews we made come from a Bot account (``<app>[bot]`` or ``github-actions[bot]``)."""
    user = obj.get("user") or {}
    return user.get("type") == "Bot" or str(user.get("login", "")).endswith("[bot]")


_THREADS_QUERY = """
query($owner: String!, $name: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}
"""

_RESOLVE_MUTATION = """
mutation($threadId: ID!) {
  resolveReviewThread(input: {threadId: $threadId}) { thread { id isResolved } }
}
"""
