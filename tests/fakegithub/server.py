"""The fake GitHub: a threaded HTTP server on 127.0.0.1 speaking GitHub's REST and GraphQL APIs.

Per request: User-Agent required (like GitHub) -> route -> Authorization (App JWT for /app
endpoints, an installation token it issued for the rest) -> injected fault, if any -> JSON body
validated against GitHub's OpenAPI description (422 with the schema errors) -> handler. Every
request is recorded with the status it got.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jwt

from . import openapi
from .graphql import GraphQLApi
from .repo import GitRepo
from .rest import DOCS, Call, Reply, RestApi, not_found
from .reviews import place
from .shapes import Shapes
from .state import JSON, Fault, PullRequest, Recorded, Store, public

JWT_MAX_LIFETIME = 600  # GitHub: exp at most 10 minutes ahead (github-app.md §2.1)
CLOCK_SKEW = 60
SECONDARY_RATE_LIMIT = (
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. "
    "If you reach out to GitHub Support for help, please include the request ID FAKE:0000."
)

# (method, path regex, handler name, OpenAPI path template for body validation, auth kind)
_R = "/repos/(?P<owner>[^/]+)/(?P<name>[^/]+)"
ROUTES: list[tuple[str, str, str, str | None, str]] = [
    (
        "POST",
        r"/app/installations/(?P<installation_id>\d+)/access_tokens",
        "access_token",
        "/app/installations/{installation_id}/access_tokens",
        "jwt",
    ),
    ("GET", r"/app", "app_info", None, "jwt"),
    ("GET", _R + r"/installation", "repo_installation", None, "jwt"),
    ("GET", r"/rate_limit", "rate_limit", None, "token"),
    ("GET", _R, "get_repo", None, "token"),
    ("GET", _R + r"/pulls/(?P<number>\d+)", "get_pull", None, "token"),
    ("GET", _R + r"/pulls/(?P<number>\d+)/files", "list_files", None, "token"),
    ("GET", _R + r"/pulls/(?P<number>\d+)/commits", "list_commits", None, "token"),
    ("GET", _R + r"/commits/(?P<ref>[^/]+)", "get_commit", None, "token"),
    ("GET", _R + r"/git/trees/(?P<sha>[^/]+)", "get_tree", None, "token"),
    ("GET", _R + r"/contents(?:/(?P<path>.*))?", "get_contents", None, "token"),
    ("GET", _R + r"/git/blobs/(?P<sha>[^/]+)", "get_blob", None, "token"),
    ("GET", _R + r"/collaborators/(?P<user>[^/]+)/permission", "permission", None, "token"),
    ("GET", _R + r"/pulls/(?P<number>\d+)/reviews", "list_reviews", None, "token"),
    ("GET", _R + r"/pulls/(?P<number>\d+)/reviews/(?P<review_id>\d+)", "get_review", None, "token"),
    (
        "POST",
        _R + r"/pulls/(?P<number>\d+)/reviews",
        "create_review",
        "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
        "token",
    ),
    ("GET", _R + r"/pulls/(?P<number>\d+)/comments", "list_review_comments", None, "token"),
    (
        "POST",
        _R + r"/pulls/(?P<number>\d+)/comments",
        "create_review_comment",
        "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
        "token",
    ),
    (
        "POST",
        _R + r"/pulls/(?P<number>\d+)/comments/(?P<comment_id>\d+)/replies",
        "create_reply",
        "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
        "token",
    ),
    ("GET", _R + r"/pulls/comments/(?P<comment_id>\d+)", "get_review_comment", None, "token"),
    (
        "PATCH",
        _R + r"/pulls/comments/(?P<comment_id>\d+)",
        "edit_review_comment",
        "/repos/{owner}/{repo}/pulls/comments/{comment_id}",
        "token",
    ),
    ("GET", _R + r"/issues/(?P<number>\d+)/comments", "list_issue_comments", None, "token"),
    (
        "POST",
        _R + r"/issues/(?P<number>\d+)/comments",
        "create_issue_comment",
        "/repos/{owner}/{repo}/issues/{issue_number}/comments",
        "token",
    ),
    ("GET", _R + r"/issues/comments/(?P<comment_id>\d+)", "get_issue_comment", None, "token"),
    (
        "PATCH",
        _R + r"/issues/comments/(?P<comment_id>\d+)",
        "edit_issue_comment",
        "/repos/{owner}/{repo}/issues/comments/{comment_id}",
        "token",
    ),
    ("POST", _R + r"/check-runs", "create_check_run", "/repos/{owner}/{repo}/check-runs", "token"),
    (
        "PATCH",
        _R + r"/check-runs/(?P<run_id>\d+)",
        "update_check_run",
        "/repos/{owner}/{repo}/check-runs/{check_run_id}",
        "token",
    ),
    ("GET", _R + r"/check-runs/(?P<run_id>\d+)", "get_check_run", None, "token"),
    ("GET", _R + r"/check-runs/(?P<run_id>\d+)/annotations", "list_check_run_annotations", None, "token"),
    ("GET", _R + r"/commits/(?P<ref>[^/]+)/check-runs", "list_check_runs", None, "token"),
    ("POST", r"/graphql", "graphql", None, "token"),
]
_COMPILED = [(m, re.compile(p + "/?"), h, t, a) for m, p, h, t, a in ROUTES]


class FakeGitHub(RestApi):
    """One repository (``owner/name``) with one App installation; start with ``with FakeGitHub(...)``."""

    def __init__(
        self,
        root: Path,
        *,
        app_id: int,
        app_public_key: str,
        client_id: str = "Iv1.fakeclient",
        owner: str = "octo-org",
        name: str = "shop",
        installation_id: int = 4242,
        bot_login: str = "warden[bot]",
        validate: bool = True,
        api_prefix: str = "",
    ) -> None:
        self.repo = GitRepo(root / f"{owner}+{name}")
        self.app_id = app_id
        self.client_id = client_id
        self.public_key = app_public_key
        self.installation_id = installation_id
        self.bot_login = bot_login
        self.owner, self.name = owner, name
        self.validate = validate
        self.store = Store()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        # GHES serves REST under /api/v3 and GraphQL at /api/graphql; github.com at / and /graphql.
        self.api_prefix = api_prefix.rstrip("/")
        self.base_url = f"http://127.0.0.1:{self.port}{self.api_prefix}"
        self.shapes = Shapes(self.base_url, owner, name, 123_456, bot_login, app_id)
        self.gql = GraphQLApi(self.store, f"{owner}/{name}", bot_login, self.is_outdated)
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FakeGitHub:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-github", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeGitHub:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    # -- scenario set-up -------------------------------------------------------------------------

    def open_pull(
        self,
        head_ref: str,
        *,
        base_ref: str | None = None,
        title: str = "Add actions",
        user: str = "octocat",
        draft: bool = False,
    ) -> PullRequest:
        base_ref = base_ref or self.repo.default_branch
        with self.store.lock:
            number = max([*self.store.pulls, 0]) + 1
            pr = PullRequest(
                number,
                title,
                base_ref,
                self.repo.rev(base_ref),
                head_ref,
                self.repo.rev(head_ref),
                user=user,
                draft=draft,
            )
            self.store.pulls[number] = pr
        return pr

    def push(self, number: int, files: dict[str, str | bytes | None], message: str = "Update") -> str:
        """Commit on the PR's head branch and move the PR's head (what a `synchronize` reports)."""
        with self.store.lock:
            pr = self.store.pulls[number]
            pr.head_sha = self.repo.commit(pr.head_ref, files, message)
            return pr.head_sha

    def set_permission(self, login: str, level: str) -> None:
        self.store.permissions[login] = level

    def human_review_comment(self, number: int, reply_to: int, user: str, body: str) -> JSON:
        """A person replies in a review thread (what a `pull_request_review_comment` webhook reports)."""
        reply = self._reply(self.store.pulls[number], reply_to, body, user=user)
        result: JSON = reply.body
        return result

    def bot_review_comment(self, number: int, path: str, line: int, body: str) -> JSON:
        """A line comment by the App, placed like a posted one (for tests that need a thread to reply to)."""
        pr = self.store.pulls[number]
        where = place({"path": path, "line": line}, self.diff_at(pr))
        if isinstance(where, list):
            raise ValueError(f"{path}:{line} is not commentable: {where}")
        with self.store.lock:
            return public(self._store_comment(pr, self.bot_login, body, pr.head_sha, where, None))

    def human_issue_comment(self, number: int, user: str, body: str) -> JSON:
        return self.add_issue_comment(number, user, body)

    # -- fault injection -------------------------------------------------------------------------

    def inject(
        self,
        method: str,
        pattern: str,
        status: int | None,
        *,
        times: int = 1,
        headers: dict[str, str] | None = None,
        body: JSON | None = None,
        after_apply: bool = False,
        delay: float = 0.0,
    ) -> Fault:
        fault = Fault(
            method.upper(),
            re.compile(pattern),
            status,
            times,
            headers or {},
            body or {"message": "Server Error", "documentation_url": DOCS},
            after_apply,
            delay,
        )
        with self.store.lock:
            self.store.faults.append(fault)
        return fault

    def secondary_rate_limit(self, method: str, pattern: str, *, times: int = 1, retry_after: int = 1) -> Fault:
        body = {
            "message": SECONDARY_RATE_LIMIT,
            "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
        }
        return self.inject(method, pattern, 403, times=times, headers={"retry-after": str(retry_after)}, body=body)

    def server_error(
        self, method: str, pattern: str, *, times: int = 1, status: int = 502, after_apply: bool = False
    ) -> Fault:
        return self.inject(method, pattern, status, times=times, after_apply=after_apply)

    def hold(self, method: str, pattern: str, seconds: float, *, times: int = 1) -> Fault:
        """Serve the next matching requests normally, but only after ``seconds`` (GitHub being slow)."""
        return self.inject(method, pattern, None, times=times, delay=seconds)

    # -- what happened ---------------------------------------------------------------------------

    def requests(self, method: str | None = None, pattern: str | None = None) -> list[Recorded]:
        with self.store.lock:
            return [
                r
                for r in self.store.requests
                if (method is None or r.method == method) and (pattern is None or re.search(pattern, r.path))
            ]

    def reviews(self, number: int) -> list[JSON]:
        with self.store.lock:
            return [
                public(r)
                for r in self.store.reviews.values()
                if (r["__pr"] == number and r["user"]["login"] == self.bot_login and r["body"] != "")
                or (r["__pr"] == number and self._review_has_comments(r["id"]))
            ]

    def _review_has_comments(self, review_id: int) -> bool:
        return any(
            c["pull_request_review_id"] == review_id
            and "in_reply_to_id" not in c
            and c["user"]["login"] == self.bot_login
            for c in self.store.review_comments.values()
        )

    def review_comments(self, number: int) -> list[JSON]:
        with self.store.lock:
            return [public(c) for c in self.store.review_comments.values() if c["__pr"] == number]

    def issue_comments(self, number: int) -> list[JSON]:
        with self.store.lock:
            return [public(c) for c in self.store.issue_comments.values() if c["__issue"] == number]

    def check_runs(self, head_sha: str | None = None) -> list[JSON]:
        with self.store.lock:
            return [
                {**public(r), "annotations": list(r["__annotations"])}
                for r in self.store.check_runs.values()
                if head_sha is None or r["head_sha"] == head_sha
            ]

    def threads(self, number: int) -> list[JSON]:
        with self.store.lock:
            return [
                {"id": t.node_id, "resolved": t.resolved_by is not None, "comment_ids": list(t.comment_ids)}
                for t in self.store.threads.values()
                if t.pr_number == number
            ]

    def is_outdated(self, comment: JSON) -> bool:
        """A line comment is outdated once the PR's head changed the lines it was written on."""
        pr = self.store.pulls.get(comment["__pr"])
        if pr is None or comment["subject_type"] == "file" or comment["original_commit_id"] == pr.head_sha:
            return False
        path, first = comment["path"], comment["original_start_line"] or comment["original_line"]
        before = (self.repo.show(comment["original_commit_id"], path) or b"").split(b"\n")
        after = (self.repo.show(pr.head_sha, path) or b"").split(b"\n")
        span = slice(first - 1, comment["original_line"])
        return before[span] != after[span] or path not in self.diff_at(pr)

    @staticmethod
    def wait_until(
        predicate: Callable[[], Any], timeout: float = 30.0, interval: float = 0.05, message: str = "condition"
    ) -> Any:
        """Poll until ``predicate()`` is truthy (returns it) or fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {message}")
            time.sleep(interval)

    def settle(self, quiet: float = 1.5, timeout: float = 30.0) -> None:
        """Wait until no request has arrived for ``quiet`` seconds: the App has nothing left to say."""
        deadline = time.monotonic() + timeout
        count, since = -1, time.monotonic()
        while time.monotonic() < deadline:
            with self.store.lock:
                now_count = len(self.store.requests) + sum(f.used for f in self.store.faults)
            if now_count != count:
                count, since = now_count, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return
            time.sleep(0.05)
        raise TimeoutError(f"GitHub traffic did not settle within {timeout:.0f}s")

    # -- request handling ------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Reply:
        split = urlsplit(target)
        path = unquote(split.path).rstrip("/") or "/"
        if self.api_prefix:
            if path == "/api/graphql":
                path = "/graphql"
            elif path.startswith(self.api_prefix + "/"):
                path = path[len(self.api_prefix) :]
            else:
                path = "!" + path  # outside /api/v3: matches no route (404), recorded as "!/path"
        query = dict(parse_qsl(split.query))
        body: Any = None
        auth = "none"
        reply: Reply
        faulted = False
        try:
            if not headers.get("user-agent"):
                reply = Reply(
                    403,
                    {
                        "message": "Request forbidden by administrative rules. "
                        "Please make sure your request has a User-Agent header "
                        "(https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required)."
                    },
                )
                return reply
            route = self._route(method, path)
            if route is None:
                reply = not_found()
                return reply
            handler_name, template, auth_kind, params = route
            auth, problem = self._authenticate(headers.get("authorization", ""), auth_kind)
            if problem is not None:
                reply = problem
                return reply
            if raw:
                try:
                    body = json.loads(raw)
                except ValueError:
                    reply = Reply(400, {"message": "Problems parsing JSON", "documentation_url": DOCS})
                    return reply
            fault = self.store.take_fault(method, path)
            if fault is not None and fault.delay:
                time.sleep(fault.delay)
            if fault is not None and fault.status is None:
                fault = None
            if fault is not None and fault.status is not None and not fault.after_apply:
                faulted = True
                reply = Reply(fault.status, fault.body, dict(fault.headers))
                return reply
            if self.validate and template is not None and method != "GET":
                errors = self._schema_errors(template, method, body)
                if errors:
                    reply = Reply(
                        422,
                        {
                            "message": "Invalid request.\n\n" + "\n".join(errors),
                            "errors": errors,
                            "documentation_url": DOCS,
                            "status": "422",
                        },
                    )
                    return reply
            call = Call(method, path, query, headers, body, raw)
            reply = self._graphql(call) if handler_name == "graphql" else getattr(self, handler_name)(call, **params)
            if fault is not None and fault.status is not None:
                faulted = True
                reply = Reply(fault.status, fault.body, dict(fault.headers))
            return reply
        finally:
            with self.store.lock:
                self.store.requests.append(Recorded(method, path, query, body, reply.status, auth, faulted))

    def _route(self, method: str, path: str) -> tuple[str, str | None, str, dict[str, str]] | None:
        for m, pattern, handler, template, auth in _COMPILED:
            match = pattern.fullmatch(path)
            if match and m == method:
                params = {k: v or "" for k, v in match.groupdict().items()}
                return handler, template, auth, params
        return None

    def _schema_errors(self, template: str, method: str, body: Any) -> list[str]:
        if body is None:
            return []
        if template.endswith("/pulls/{pull_number}/comments") and isinstance(body, dict) and "in_reply_to" in body:
            # A reply needs only body + in_reply_to ("all parameters other than body are ignored").
            body = {"path": "-", "commit_id": "-", **body}
        return openapi.body_errors(template, method, body)

    def _authenticate(self, header: str, kind: str) -> tuple[str, Reply | None]:
        scheme, _, credential = header.partition(" ")
        scheme = scheme.lower()
        bad = Reply(401, {"message": "Bad credentials", "documentation_url": DOCS, "status": "401"})
        if kind == "jwt":
            if scheme != "bearer" or not credential:
                return "none" if not header else "bad", Reply(
                    401,
                    {"message": "A JSON web token could not be decoded", "documentation_url": DOCS, "status": "401"},
                )
            problem = self._jwt_problem(credential.strip())
            if problem:
                return "bad", Reply(401, {"message": problem, "documentation_url": DOCS, "status": "401"})
            return "jwt", None
        if scheme not in ("token", "bearer") or not credential:
            return ("none" if not header else "bad"), Reply(
                401, {"message": "Requires authentication", "documentation_url": DOCS, "status": "401"}
            )
        expiry = self.store.tokens.get(credential.strip())
        if expiry is None or expiry < time.time():
            return "bad", bad
        return "token", None

    def _jwt_problem(self, token: str) -> str | None:
        """Why GitHub would refuse this App JWT (RS256, iss = app id or client id, exp ≤ 10 min)."""
        try:
            header = jwt.get_unverified_header(token)
            claims = jwt.decode(
                token,
                self.public_key,
                algorithms=["RS256"],
                options={"require": ["iat", "exp", "iss"], "verify_iat": False},
            )
        except jwt.ExpiredSignatureError:
            return (
                "'Expiration time' claim ('exp') must be a numeric value representing the future time "
                "at which the assertion expires"
            )
        except jwt.PyJWTError as exc:
            return f"A JSON web token could not be decoded ({exc})"
        now = time.time()
        if header.get("alg") != "RS256":
            return "A JSON web token could not be decoded (alg must be RS256)"
        if str(claims["iss"]) not in (str(self.app_id), self.client_id):
            return f"'Issuer' claim ('iss') must be an Integer or the client ID; {claims['iss']!r} is not this App"
        if claims["exp"] > now + JWT_MAX_LIFETIME + CLOCK_SKEW // 6:
            return "'Expiration time' claim ('exp') is too far in the future"
        if claims["iat"] > now + CLOCK_SKEW:
            return "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
        return None

    def _graphql(self, call: Call) -> Reply:
        body = call.body if isinstance(call.body, dict) else {}
        query = body.get("query")
        if not isinstance(query, str):
            return Reply(200, {"errors": [{"message": "A query attribute must be specified and must be a string."}]})
        return Reply(200, self.gql.execute(query, body.get("variables"), body.get("operationName")))


def _handler_for(fake: FakeGitHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "GitHub.com"
        sys_version = ""

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            reply = fake.handle(self.command, self.path, headers, raw)
            payload = (
                reply.raw
                if reply.raw is not None
                else (b"" if reply.status == 204 else json.dumps(reply.body).encode())
            )
            try:
                self._send(reply, payload)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client died while we held its request; the write happened

        def _send(self, reply: Reply, payload: bytes) -> None:
            self.send_response(reply.status)
            out = {
                "Content-Type": "application/json; charset=utf-8",
                "X-GitHub-Media-Type": "github.v3; format=json",
                "X-GitHub-Request-Id": f"FAKE:{len(fake.store.requests):06d}",
                "X-RateLimit-Limit": "5000",
                "X-RateLimit-Remaining": "4999",
                "X-RateLimit-Used": "1",
                "X-RateLimit-Reset": str(int(time.time()) + 3600),
                "X-RateLimit-Resource": "core",
                **reply.headers,
                "Content-Length": str(len(payload)),
            }
            for key, value in out.items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the request log is fake.requests

    return Handler
