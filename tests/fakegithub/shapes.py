"""GitHub's JSON shapes, built from the OpenAPI description's own response examples.

Each builder starts from ``components.examples[...]`` (so every field a client may read is
there, with GitHub's types) and overrides what the fake knows: ids, SHAs, paths, URLs.
"""

from __future__ import annotations

import base64
from typing import Any

from tests.oracles import spec_example

from .repo import FileDiff
from .state import JSON, PullRequest, now_iso


class Shapes:
    def __init__(self, base_url: str, owner: str, name: str, repo_id: int, bot_login: str, app_id: int) -> None:
        self.base = base_url
        self.owner = owner
        self.name = name
        self.full_name = f"{owner}/{name}"
        self.repo_id = repo_id
        self.bot_login = bot_login
        self.app_id = app_id
        self.repo_api = f"{base_url}/repos/{self.full_name}"
        self.html = f"https://github.com/{self.full_name}"

    def rebrand(self, value: Any) -> Any:
        """Point the example's api.github.com URLs and octocat/Hello-World names at this fake."""
        if isinstance(value, dict):
            return {k: self.rebrand(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.rebrand(v) for v in value]
        if isinstance(value, str):
            return (
                value.replace("https://api.github.com/repos/octocat/Hello-World", self.repo_api)
                .replace("https://api.github.com", self.base)
                .replace("octocat/Hello-World", self.full_name)
            )
        return value

    def example(self, name: str) -> Any:
        return self.rebrand(spec_example(name))

    def user(self, login: str) -> JSON:
        user: JSON = self.example("pull-request-review")["user"]
        bot = login.endswith("[bot]")
        uid = 900_000 + sum(map(ord, login))
        user.update(
            {
                "login": login,
                "id": uid,
                "node_id": f"U_fake{uid}",
                "type": "Bot" if bot else "User",
                "url": f"{self.base}/users/{login}",
                "html_url": f"https://github.com/{login}",
            }
        )
        return user

    def repository(self, default_branch: str) -> JSON:
        repo: JSON = self.example("full-repository")
        repo.update(
            {
                "id": self.repo_id,
                "node_id": f"R_fake{self.repo_id}",
                "name": self.name,
                "full_name": self.full_name,
                "owner": self.user(self.owner),
                "private": True,
                "default_branch": default_branch,
                "url": self.repo_api,
                "html_url": self.html,
            }
        )
        repo.pop("organization", None)
        return repo

    def pull(self, pr: PullRequest, files: list[FileDiff], commits: int, default_branch: str) -> JSON:
        out: JSON = self.example("pull-request")
        repo = self.repository(default_branch)
        url = f"{self.repo_api}/pulls/{pr.number}"
        out.update(
            {
                "id": 70_000 + pr.number,
                "node_id": f"PR_fake{pr.number}",
                "number": pr.number,
                "state": pr.state,
                "title": pr.title,
                "body": pr.body,
                "draft": pr.draft,
                "user": self.user(pr.user),
                "locked": False,
                "url": url,
                "html_url": f"{self.html}/pull/{pr.number}",
                "diff_url": f"{self.html}/pull/{pr.number}.diff",
                "patch_url": f"{self.html}/pull/{pr.number}.patch",
                "issue_url": f"{self.repo_api}/issues/{pr.number}",
                "commits_url": f"{url}/commits",
                "review_comments_url": f"{url}/comments",
                "comments_url": f"{self.repo_api}/issues/{pr.number}/comments",
                "statuses_url": f"{self.repo_api}/statuses/{pr.head_sha}",
                "created_at": pr.created_at,
                "updated_at": now_iso(),
                "closed_at": None,
                "merged_at": None,
                "merge_commit_sha": None,
                "merged": False,
                "mergeable": True,
                "merged_by": None,
                "auto_merge": None,
                "requested_reviewers": [],
                "requested_teams": [],
                "labels": [],
                "milestone": None,
                "assignee": None,
                "assignees": [],
                "commits": commits,
                "changed_files": len(files),
                "additions": sum(f.additions for f in files),
                "deletions": sum(f.deletions for f in files),
                "comments": 0,
                "review_comments": 0,
                "head": {
                    "label": f"{self.owner}:{pr.head_ref}",
                    "ref": pr.head_ref,
                    "sha": pr.head_sha,
                    "user": self.user(self.owner),
                    "repo": repo,
                },
                "base": {
                    "label": f"{self.owner}:{pr.base_ref}",
                    "ref": pr.base_ref,
                    "sha": pr.base_sha,
                    "user": self.user(self.owner),
                    "repo": repo,
                },
            }
        )
        return out

    def diff_entry(self, f: FileDiff, head_sha: str) -> JSON:
        entry: JSON = {
            "sha": f.blob_sha,
            "filename": f.filename,
            "status": f.status,
            "additions": f.additions,
            "deletions": f.deletions,
            "changes": f.additions + f.deletions,
            "blob_url": f"{self.html}/blob/{head_sha}/{f.filename}",
            "raw_url": f"{self.html}/raw/{head_sha}/{f.filename}",
            "contents_url": f"{self.repo_api}/contents/{f.filename}?ref={head_sha}",
        }
        if f.patch is not None:
            entry["patch"] = f.patch
        if f.previous_filename:
            entry["previous_filename"] = f.previous_filename
        return entry

    def content_file(self, path: str, ref: str, sha: str, data: bytes, raw_limit: int) -> JSON:
        out: JSON = self.example("content-file")
        small = len(data) <= raw_limit
        url = f"{self.repo_api}/contents/{path}?ref={ref}"
        out.update(
            {
                "type": "file",
                "encoding": "base64" if small else "none",
                "size": len(data),
                "name": path.rsplit("/", 1)[-1],
                "path": path,
                "sha": sha,
                "content": base64.encodebytes(data).decode("ascii") if small else "",
                "url": url,
                "git_url": f"{self.repo_api}/git/blobs/{sha}",
                "html_url": f"{self.html}/blob/{ref}/{path}",
                "download_url": f"https://raw.githubusercontent.com/{self.full_name}/{ref}/{path}",
                "_links": {
                    "self": url,
                    "git": f"{self.repo_api}/git/blobs/{sha}",
                    "html": f"{self.html}/blob/{ref}/{path}",
                },
            }
        )
        out.pop("target", None)
        out.pop("submodule_git_url", None)
        return out

    def blob(self, sha: str, data: bytes) -> JSON:
        return {
            "sha": sha,
            "node_id": f"B_fake{sha[:10]}",
            "size": len(data),
            "url": f"{self.repo_api}/git/blobs/{sha}",
            "content": base64.encodebytes(data).decode("ascii"),
            "encoding": "base64",
        }

    def review(self, review_id: int, pr_number: int, user: str, body: str, state: str, commit_id: str) -> JSON:
        out: JSON = self.example("pull-request-review")
        html = f"{self.html}/pull/{pr_number}#pullrequestreview-{review_id}"
        out.update(
            {
                "id": review_id,
                "node_id": f"PRR_fake{review_id}",
                "user": self.user(user),
                "body": body,
                "state": state,
                "commit_id": commit_id,
                "html_url": html,
                "pull_request_url": f"{self.repo_api}/pulls/{pr_number}",
                "author_association": "NONE",
                "submitted_at": now_iso(),
                "_links": {"html": {"href": html}, "pull_request": {"href": f"{self.repo_api}/pulls/{pr_number}"}},
            }
        )
        if state == "PENDING":
            out.pop("submitted_at")
        return out

    def review_comment(self, comment_id: int, pr_number: int, user: str, fields: JSON) -> JSON:
        out: JSON = self.example("pull-request-review-comment")
        url = f"{self.repo_api}/pulls/comments/{comment_id}"
        html = f"{self.html}/pull/{pr_number}#discussion_r{comment_id}"
        out.update(
            {
                "id": comment_id,
                "node_id": f"PRRC_fake{comment_id}",
                "url": url,
                "html_url": html,
                "user": self.user(user),
                "pull_request_url": f"{self.repo_api}/pulls/{pr_number}",
                "author_association": "NONE",
                "created_at": now_iso(),
                "updated_at": now_iso(),
                "_links": {
                    "self": {"href": url},
                    "html": {"href": html},
                    "pull_request": {"href": f"{self.repo_api}/pulls/{pr_number}"},
                },
            }
        )
        out.pop("in_reply_to_id", None)
        out.pop("reactions", None)
        out.update(fields)
        return out

    def issue_comment(self, comment_id: int, issue_number: int, user: str, body: str) -> JSON:
        out: JSON = self.example("issue-comment")
        url = f"{self.repo_api}/issues/comments/{comment_id}"
        out.update(
            {
                "id": comment_id,
                "node_id": f"IC_fake{comment_id}",
                "url": url,
                "body": body,
                "html_url": f"{self.html}/pull/{issue_number}#issuecomment-{comment_id}",
                "issue_url": f"{self.repo_api}/issues/{issue_number}",
                "user": self.user(user),
                "author_association": "NONE",
                "created_at": now_iso(),
                "updated_at": now_iso(),
            }
        )
        out.pop("reactions", None)
        out.pop("performed_via_github_app", None)
        return out

    def check_run(self, run_id: int, body: JSON, pulls: list[JSON]) -> JSON:
        out: JSON = self.example("check-run")
        url = f"{self.repo_api}/check-runs/{run_id}"
        app: JSON = self.example("integration")
        app.update({"id": self.app_id, "slug": self.bot_login.removesuffix("[bot]")})
        out.update(
            {
                "id": run_id,
                "node_id": f"CR_fake{run_id}",
                "url": url,
                "html_url": f"{self.html}/runs/{run_id}",
                "head_sha": body["head_sha"],
                "name": body["name"],
                "status": "queued",
                "conclusion": None,
                "started_at": now_iso(),
                "completed_at": None,
                "details_url": body.get("details_url"),
                "external_id": body.get("external_id", ""),
                "app": app,
                "pull_requests": pulls,
                "output": {
                    "title": None,
                    "summary": None,
                    "text": None,
                    "annotations_count": 0,
                    "annotations_url": f"{url}/annotations",
                },
            }
        )
        out["check_suite"] = {"id": 5_000_000 + run_id}
        out.pop("deployment", None)
        return out

    def annotation(self, given: JSON, head_sha: str) -> JSON:
        """A stored annotation as GitHub lists it: every field present, null when it was not sent."""
        same_line = given["start_line"] == given["end_line"]  # columns only count on one line
        return {
            "path": given["path"],
            "blob_href": f"{self.html}/blob/{head_sha}/{given['path']}",
            "start_line": given["start_line"],
            "end_line": given["end_line"],
            "start_column": given.get("start_column") if same_line else None,
            "end_column": given.get("end_column") if same_line else None,
            "annotation_level": given["annotation_level"],
            "title": given.get("title"),
            "message": given["message"],
            "raw_details": given.get("raw_details"),
        }
