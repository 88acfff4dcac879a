"""The REST endpoints the App uses, answered from the git repository and the store.

Bodies of writes reach these handlers already validated against the OpenAPI description
(see ``server.py``); here come GitHub's semantic rules: lines inside the diff, commit in the PR,
body length, one pending review, permissions.
"""

from __future__ import annotations

import re
import secrets
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from .repo import FileDiff, GitRepo
from .reviews import BODY_TOO_LONG, COMMIT_NOT_IN_PR, Placed, body_too_long, place
from .shapes import Shapes
from .state import JSON, PullRequest, Store, Thread, now_iso, public

DOCS = "https://docs.github.com/rest"
MAX_CONTENT_BYTES = 1_000_000  # contents API: base64 JSON only up to 1 MB (github-app.md §3.3)


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: Any
    raw: bytes


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # non-JSON answer (raw media types)


def not_found() -> Reply:
    return Reply(404, {"message": "Not Found", "documentation_url": DOCS, "status": "404"})


def unprocessable(errors: list[str]) -> Reply:
    """create-review's 422: plain-string errors (github-app.md §4.3)."""
    return Reply(422, {"message": "Unprocessable Entity", "errors": errors, "documentation_url": DOCS, "status": "422"})


def validation_failed(resource: str, field_name: str, messages: list[str]) -> Reply:
    """The single-object endpoints' 422: structured errors."""
    errors = [{"resource": resource, "code": "custom", "field": field_name, "message": m} for m in messages]
    return Reply(422, {"message": "Validation Failed", "errors": errors, "documentation_url": DOCS, "status": "422"})


class RestApi:
    store: Store
    repo: GitRepo
    shapes: Shapes
    base_url: str
    bot_login: str
    installation_id: int

    # -- helpers ---------------------------------------------------------------------------------

    def diff_at(self, pr: PullRequest, commit: str | None = None) -> dict[str, FileDiff]:
        return _cached_diff(self.repo, pr.base_sha, commit or pr.head_sha)

    def _pull(self, number: str) -> PullRequest | None:
        return self.store.pulls.get(int(number))

    def _page(self, call: Call, items: list[Any], limit: int | None = None) -> Reply:
        """GitHub pagination: per_page (default 30, max 100), page, and a Link header."""
        try:
            per_page = max(1, min(100, int(call.query.get("per_page", "30"))))
            page = max(1, int(call.query.get("page", "1")))
        except ValueError:
            return Reply(400, {"message": "Invalid pagination parameters", "documentation_url": DOCS})
        if limit is not None:
            items = items[:limit]
        last = max(1, -(-len(items) // per_page))
        links = []
        for rel, target in (("prev", page - 1), ("next", page + 1), ("last", last), ("first", 1)):
            if (rel in ("prev", "first") and page > 1) or (rel in ("next", "last") and page < last):
                query = {**call.query, "per_page": str(per_page), "page": str(target)}
                links.append(f'<{self.base_url}{call.path}?{urlencode(query)}>; rel="{rel}"')
        headers = {"Link": ", ".join(links)} if links else {}
        return Reply(200, items[(page - 1) * per_page : page * per_page], headers)

    def _raw_wanted(self, call: Call) -> bool:
        return "application/vnd.github.raw" in call.headers.get("accept", "")

    # -- app & repository ------------------------------------------------------------------------

    def access_token(self, call: Call, installation_id: str) -> Reply:
        if int(installation_id) != self.installation_id:
            return not_found()
        token = "ghs_" + _token_suffix()
        expires = time.time() + 3600
        with self.store.lock:
            self.store.tokens[token] = expires
        out: JSON = self.shapes.example("installation-token")
        permissions = (call.body or {}).get("permissions") or {
            "contents": "read",
            "pull_requests": "write",
            "checks": "write",
            "metadata": "read",
            "issues": "write",
        }
        out.update(
            {
                "token": token,
                "expires_at": now_iso(expires),
                "permissions": permissions,
                "repository_selection": "selected",
            }
        )
        out.pop("repositories", None)
        return Reply(201, out)

    def app_info(self, call: Call) -> Reply:
        out: JSON = self.shapes.example("integration")
        out.update({"id": self.shapes.app_id, "slug": self.bot_login.removesuffix("[bot]")})
        return Reply(200, out)

    def repo_installation(self, call: Call, owner: str, name: str) -> Reply:
        out: JSON = self.shapes.example("installation")
        out.update({"id": self.installation_id, "app_id": self.shapes.app_id})
        return Reply(200, out)

    def get_repo(self, call: Call, owner: str, name: str) -> Reply:
        return Reply(200, self.shapes.repository(self.repo.default_branch))

    def rate_limit(self, call: Call) -> Reply:
        return Reply(200, self.shapes.example("rate-limit-overview"))

    # -- pull request reads ----------------------------------------------------------------------

    def get_pull(self, call: Call, owner: str, name: str, number: str) -> Reply:
        pr = self._pull(number)
        if pr is None:
            return not_found()
        accept = call.headers.get("accept", "")
        if "diff" in accept or "patch" in accept:
            text = self.repo.unified_diff(pr.base_sha, pr.head_sha)
            return Reply(200, raw=text.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
        files = list(self.diff_at(pr).values())
        commits = len(self.repo.commits_between(pr.base_sha, pr.head_sha))
        return Reply(200, self.shapes.pull(pr, files, commits, self.repo.default_branch))

    def list_files(self, call: Call, owner: str, name: str, number: str) -> Reply:
        pr = self._pull(number)
        if pr is None:
            return not_found()
        entries = [self.shapes.diff_entry(f, pr.head_sha) for f in self.diff_at(pr).values()]
        return self._page(call, entries, limit=3000)

    def list_commits(self, call: Call, owner: str, name: str, number: str) -> Reply:
        pr = self._pull(number)
        if pr is None:
            return not_found()
        shas = self.repo.commits_between(pr.base_sha, pr.head_sha)
        items = [
            {
                "sha": s,
                "node_id": f"C_fake{s[:10]}",
                "url": f"{self.shapes.repo_api}/commits/{s}",
                "commit": {"message": self.repo.git("log", "-1", "--format=%B", s).strip()},
            }
            for s in shas
        ]
        return self._page(call, items)

    def get_commit(self, call: Call, owner: str, name: str, ref: str) -> Reply:
        sha = self.repo.resolve(ref)
        if sha is None:
            return Reply(422, {"message": f"No commit found for SHA: {ref}", "documentation_url": DOCS})
        out: JSON = self.shapes.example("commit")
        parents = self.repo.git("rev-list", "--parents", "-n", "1", sha).split()[1:]
        out.update(
            {
                "sha": sha,
                "node_id": f"C_fake{sha[:10]}",
                "url": f"{self.shapes.repo_api}/commits/{sha}",
                "html_url": f"{self.shapes.html}/commit/{sha}",
                "files": [],
                "stats": {},
                "parents": [{"sha": p, "url": f"{self.shapes.repo_api}/commits/{p}"} for p in parents],
            }
        )
        out["commit"]["message"] = self.repo.git("log", "-1", "--format=%B", sha).strip()
        out["commit"]["tree"] = {"sha": self.repo.tree_sha(sha), "url": f"{self.shapes.repo_api}/git/trees/{sha}"}
        return Reply(200, out)

    def get_tree(self, call: Call, owner: str, name: str, sha: str) -> Reply:
        recursive = call.query.get("recursive", "") not in ("", "0", "false")
        entries = self.repo.tree(sha, recursive)
        if entries is None:
            return not_found()
        for entry in entries:
            kind = "blobs" if entry["type"] == "blob" else "trees"
            entry["url"] = f"{self.shapes.repo_api}/git/{kind}/{entry['sha']}"
        tree_sha = self.repo.tree_sha(sha)
        return Reply(
            200,
            {
                "sha": tree_sha,
                "url": f"{self.shapes.repo_api}/git/trees/{tree_sha}",
                "tree": entries,
                "truncated": False,
            },
        )

    def get_contents(self, call: Call, owner: str, name: str, path: str) -> Reply:
        ref = call.query.get("ref") or self.repo.default_branch
        commit = self.repo.resolve(ref)
        if commit is None:
            return Reply(404, {"message": f"No commit found for the ref {ref}", "documentation_url": DOCS})
        path = path.strip("/")
        data = self.repo.show(commit, path)
        if data is None:
            entries = self.repo.tree(f"{commit}:{path}", recursive=False) if path else self.repo.tree(commit, False)
            if entries is None:
                return not_found()
            listing = [
                {
                    "type": "file" if e["type"] == "blob" else "dir",
                    "size": e.get("size", 0),
                    "name": e["path"],
                    "path": f"{path}/{e['path']}".lstrip("/"),
                    "sha": e["sha"],
                    "url": f"{self.shapes.repo_api}/contents/{path}/{e['path']}?ref={ref}",
                }
                for e in entries
            ]
            return Reply(200, listing)
        if self._raw_wanted(call):
            return Reply(200, raw=data, headers={"Content-Type": "application/vnd.github.raw"})
        sha = self.repo.blob_sha(commit, path) or ""
        return Reply(200, self.shapes.content_file(path, ref, sha, data, MAX_CONTENT_BYTES))

    def get_blob(self, call: Call, owner: str, name: str, sha: str) -> Reply:
        data = self.repo.blob(sha) if re.fullmatch(r"[0-9a-f]{40}", sha) else None
        if data is None:
            return not_found()
        if self._raw_wanted(call):
            return Reply(200, raw=data, headers={"Content-Type": "application/vnd.github.raw"})
        return Reply(200, self.shapes.blob(sha, data))

    def permission(self, call: Call, owner: str, name: str, user: str) -> Reply:
        level = self.store.permissions.get(user, "read")
        legacy = {"maintain": "write", "triage": "read"}.get(level, level)
        return Reply(200, {"permission": legacy, "role_name": level, "user": self.shapes.user(user)})

    # -- reviews ---------------------------------------------------------------------------------

    def list_reviews(self, call: Call, owner: str, name: str, number: str) -> Reply:
        if self._pull(number) is None:
            return not_found()
        with self.store.lock:
            items = [public(r) for r in self.store.reviews.values() if r["__pr"] == int(number)]
        return self._page(call, items)

    def get_review(self, call: Call, owner: str, name: str, number: str, review_id: str) -> Reply:
        review = self.store.reviews.get(int(review_id))
        if review is None or review["__pr"] != int(number):
            return not_found()
        return Reply(200, public(review))

    def create_review(self, call: Call, owner: str, name: str, number: str) -> Reply:
        pr = self._pull(number)
        if pr is None:
            return not_found()
        body: JSON = call.body or {}
        commit_id = body.get("commit_id") or pr.head_sha
        if commit_id not in self.repo.commits_between(pr.base_sha, pr.head_sha):
            return unprocessable([COMMIT_NOT_IN_PR])
        event = body.get("event")
        text = body.get("body") or ""
        errors: list[str] = []
        if event in ("REQUEST_CHANGES", "COMMENT") and not text:
            errors.append(f"Body is required when the event is {event}" if event else "Body can't be blank")
        if body_too_long(text):
            errors.append(BODY_TOO_LONG)
        files = self.diff_at(pr, commit_id)
        placed: list[tuple[JSON, Placed]] = []
        for item in body.get("comments") or []:
            where = place(item, files)
            if isinstance(where, list):
                errors.extend(e for e in where if e not in errors)
            elif body_too_long(item.get("body")):
                errors.append(BODY_TOO_LONG)
            else:
                placed.append((item, where))
        state = {"APPROVE": "APPROVED", "REQUEST_CHANGES": "CHANGES_REQUESTED", "COMMENT": "COMMENTED"}.get(
            event or "", "PENDING"
        )
        with self.store.lock:
            if state == "PENDING" and any(
                r["__pr"] == pr.number and r["state"] == "PENDING" and r["user"]["login"] == self.bot_login
                for r in self.store.reviews.values()
            ):
                errors.append("User can only have one pending review per pull request")
            if errors:  # atomic, like GitHub: one bad comment rejects the whole review
                return unprocessable(errors)
            review_id = self.store.next_id()
            review = self.shapes.review(review_id, pr.number, self.bot_login, text, state, commit_id)
            review["__pr"] = pr.number
            self.store.reviews[review_id] = review
            for item, where in placed:
                self._store_comment(pr, self.bot_login, item["body"], commit_id, where, review_id)
        return Reply(200, public(review))

    def _store_comment(
        self,
        pr: PullRequest,
        user: str,
        text: str,
        commit_id: str,
        where: Placed,
        review_id: int | None,
        in_reply_to: int | None = None,
    ) -> JSON:
        comment_id = self.store.next_id()
        if review_id is None:  # a single comment or reply makes its own one-comment review
            review_id = self.store.next_id()
            review = self.shapes.review(review_id, pr.number, user, "", "COMMENTED", commit_id)
            review["__pr"] = pr.number
            self.store.reviews[review_id] = review
        fields: JSON = {
            "pull_request_review_id": review_id,
            "path": where.path,
            "commit_id": commit_id,
            "original_commit_id": commit_id,
            "diff_hunk": where.diff_hunk,
            "body": text,
            "line": where.line,
            "original_line": where.line,
            "side": where.side,
            "start_line": where.start_line,
            "original_start_line": where.start_line,
            "start_side": where.start_side,
            "position": where.position,
            "original_position": where.position,
            "subject_type": where.subject_type,
        }
        if in_reply_to is not None:
            fields["in_reply_to_id"] = in_reply_to
        comment = self.shapes.review_comment(comment_id, pr.number, user, fields)
        comment["__pr"] = pr.number
        self.store.review_comments[comment_id] = comment
        thread = self.store.thread_of(in_reply_to) if in_reply_to is not None else None
        if thread is None:
            number = len(self.store.threads) + 1
            self.store.threads[number] = Thread(number, pr.number, [comment_id])
        else:
            thread.comment_ids.append(comment_id)
        return comment

    # -- review comments -------------------------------------------------------------------------

    def list_review_comments(self, call: Call, owner: str, name: str, number: str) -> Reply:
        if self._pull(number) is None:
            return not_found()
        with self.store.lock:
            items = [public(c) for c in self.store.review_comments.values() if c["__pr"] == int(number)]
        return self._page(call, items)

    def get_review_comment(self, call: Call, owner: str, name: str, comment_id: str) -> Reply:
        comment = self.store.review_comments.get(int(comment_id))
        return Reply(200, public(comment)) if comment else not_found()

    def edit_review_comment(self, call: Call, owner: str, name: str, comment_id: str) -> Reply:
        comment = self.store.review_comments.get(int(comment_id))
        if comment is None:
            return not_found()
        text = (call.body or {}).get("body", "")
        if body_too_long(text):
            return validation_failed("PullRequestReviewComment", "body", [BODY_TOO_LONG])
        if comment["user"]["login"] != self.bot_login:
            return Reply(403, {"message": "Resource not accessible by integration", "documentation_url": DOCS})
        with self.store.lock:
            comment.update({"body": text, "updated_at": now_iso()})
        return Reply(200, public(comment))

    def create_review_comment(self, call: Call, owner: str, name: str, number: str) -> Reply:
        pr = self._pull(number)
        if pr is None:
            return not_found()
        body: JSON = call.body or {}
        if body_too_long(body.get("body")):
            return validation_failed("PullRequestReviewComment", "body", [BODY_TOO_LONG])
        if body.get("in_reply_to") is not None:  # "all parameters other than body are ignored"
            return self._reply(pr, int(body["in_reply_to"]), body["body"])
        commit_id = body.get("commit_id", "")
        if commit_id not in self.repo.commits_between(pr.base_sha, pr.head_sha):
            return validation_failed("PullRequestReviewComment", "commit_id", [COMMIT_NOT_IN_PR])
        where = place(body, self.diff_at(pr, commit_id))
        if isinstance(where, list):
            lowered = [m.replace("Pull request review thread ", "pull_request_review_thread.") for m in where]
            return validation_failed("PullRequestReviewComment", "pull_request_review_thread.line", lowered)
        with self.store.lock:
            comment = self._store_comment(pr, self.bot_login, body["body"], commit_id, where, None)
        return Reply(201, public(comment))

    def create_reply(self, call: Call, owner: str, name: str, number: str, comment_id: str) -> Reply:
        pr = self._pull(number)
        if pr is None:
            return not_found()
        text = (call.body or {}).get("body", "")
        if body_too_long(text):
            return validation_failed("PullRequestReviewComment", "body", [BODY_TOO_LONG])
        return self._reply(pr, int(comment_id), text)

    def _reply(self, pr: PullRequest, comment_id: int, text: str, user: str | None = None) -> Reply:
        with self.store.lock:
            parent = self.store.review_comments.get(comment_id)
            if parent is None or parent["__pr"] != pr.number:
                return not_found()
            thread = self.store.thread_of(comment_id)
            root = self.store.review_comments[thread.comment_ids[0]] if thread else parent
            where = Placed(
                root["path"],
                root["line"],
                root["side"],
                root["start_line"],
                root["start_side"],
                root["position"],
                root["diff_hunk"],
                root["subject_type"],
            )
            comment = self._store_comment(
                pr, user or self.bot_login, text, root["commit_id"], where, None, in_reply_to=root["id"]
            )
        return Reply(201, public(comment))

    # -- issue comments --------------------------------------------------------------------------

    def list_issue_comments(self, call: Call, owner: str, name: str, number: str) -> Reply:
        if self._pull(number) is None:
            return not_found()
        with self.store.lock:
            items = [public(c) for c in self.store.issue_comments.values() if c["__issue"] == int(number)]
        return self._page(call, items)

    def create_issue_comment(self, call: Call, owner: str, name: str, number: str) -> Reply:
        if self._pull(number) is None:
            return not_found()
        text = (call.body or {}).get("body", "")
        if body_too_long(text):
            return validation_failed("IssueComment", "body", [BODY_TOO_LONG])
        with self.store.lock:
            comment = self.add_issue_comment(int(number), self.bot_login, text)
        return Reply(201, comment)

    def add_issue_comment(self, number: int, user: str, text: str) -> JSON:
        with self.store.lock:
            comment_id = self.store.next_id()
            comment = self.shapes.issue_comment(comment_id, number, user, text)
            comment["__issue"] = number
            self.store.issue_comments[comment_id] = comment
            return public(comment)

    def get_issue_comment(self, call: Call, owner: str, name: str, comment_id: str) -> Reply:
        comment = self.store.issue_comments.get(int(comment_id))
        return Reply(200, public(comment)) if comment else not_found()

    def edit_issue_comment(self, call: Call, owner: str, name: str, comment_id: str) -> Reply:
        comment = self.store.issue_comments.get(int(comment_id))
        if comment is None:
            return not_found()
        text = (call.body or {}).get("body", "")
        if body_too_long(text):
            return validation_failed("IssueComment", "body", [BODY_TOO_LONG])
        if comment["user"]["login"] != self.bot_login:
            return Reply(403, {"message": "Resource not accessible by integration", "documentation_url": DOCS})
        with self.store.lock:
            comment.update({"body": text, "updated_at": now_iso()})
        return Reply(200, public(comment))

    # -- check runs ------------------------------------------------------------------------------

    def create_check_run(self, call: Call, owner: str, name: str) -> Reply:
        body: JSON = call.body or {}
        repo_ref = {"id": self.shapes.repo_id, "url": self.shapes.repo_api, "name": self.shapes.name}
        if self.repo.resolve(body["head_sha"]) is None:
            return validation_failed("CheckRun", "head_sha", ["No commit found for SHA: " + body["head_sha"]])
        pulls = [
            {
                "id": 70_000 + pr.number,
                "number": pr.number,
                "url": f"{self.shapes.repo_api}/pulls/{pr.number}",
                "head": {"ref": pr.head_ref, "sha": pr.head_sha, "repo": repo_ref},
                "base": {"ref": pr.base_ref, "sha": pr.base_sha, "repo": repo_ref},
            }
            for pr in self.store.pulls.values()
            if pr.head_sha == body["head_sha"]
        ]
        with self.store.lock:
            run_id = self.store.next_id()
            run = self.shapes.check_run(run_id, body, pulls)
            run["__annotations"] = []
            self._apply_check_run(run, body)
            self.store.check_runs[run_id] = run
        return Reply(201, public(run))

    def update_check_run(self, call: Call, owner: str, name: str, run_id: str) -> Reply:
        run = self.store.check_runs.get(int(run_id))
        if run is None:
            return not_found()
        with self.store.lock:
            self._apply_check_run(run, call.body or {})
        return Reply(200, public(run))

    def _apply_check_run(self, run: JSON, body: JSON) -> None:
        for key in ("name", "details_url", "external_id", "started_at", "status", "conclusion", "completed_at"):
            if key in body:
                run[key] = body[key]
        if body.get("conclusion"):
            run["status"] = "completed"
            run["completed_at"] = body.get("completed_at") or now_iso()
        output = body.get("output")
        if output:
            run["__annotations"].extend(output.get("annotations", []))
            run["output"].update({k: output[k] for k in ("title", "summary", "text") if k in output})
            run["output"]["annotations_count"] = len(run["__annotations"])

    def get_check_run(self, call: Call, owner: str, name: str, run_id: str) -> Reply:
        run = self.store.check_runs.get(int(run_id))
        return Reply(200, public(run)) if run else not_found()

    def list_check_run_annotations(self, call: Call, owner: str, name: str, run_id: str) -> Reply:
        """Every annotation the run holds (all PATCHes appended), paginated like GitHub."""
        run = self.store.check_runs.get(int(run_id))
        if run is None:
            return not_found()
        with self.store.lock:
            items = [self.shapes.annotation(a, run["head_sha"]) for a in run["__annotations"]]
        return self._page(call, items)

    def list_check_runs(self, call: Call, owner: str, name: str, ref: str) -> Reply:
        sha = self.repo.resolve(ref)
        with self.store.lock:
            runs = [public(r) for r in self.store.check_runs.values() if r["head_sha"] == sha]
        wanted = call.query.get("check_name")
        runs = [r for r in runs if wanted is None or r["name"] == wanted]
        return Reply(200, {"total_count": len(runs), "check_runs": runs})


@lru_cache(maxsize=256)
def _cached_diff(repo: GitRepo, base: str, head: str) -> dict[str, FileDiff]:
    return {f.filename: f for f in repo.diff(base, head)}


def _token_suffix() -> str:
    return secrets.token_hex(18)
