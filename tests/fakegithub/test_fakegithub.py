"""The fake GitHub's own tests: it must answer like GitHub before it can judge the App."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from github import Auth, Github, GithubIntegration

from tests.fakegithub.keys import app_key
from tests.fakegithub.openapi import component_errors
from tests.fakegithub.reviews import (
    BODY_TOO_LONG,
    COMMIT_NOT_IN_PR,
    LINE_NOT_IN_DIFF,
    PATH_INVALID,
    START_NOT_BEFORE,
    START_NOT_SAME_HUNK,
)
from tests.fakegithub.server import FakeGitHub
from tests.fakegithub.state import PullRequest

from .conftest import APP_ID

BASE = "".join(f"const line{i} = {i};\n" for i in range(1, 41))
# Head changes line 5 and line 30: two hunks (lines 2-8 and 27-33 on the RIGHT side).
HEAD = BASE.replace("const line5 = 5;", "const line5 = 'five';").replace("const line30 = 30;", "const line30 = 'x';")


def open_pr(fake: FakeGitHub) -> PullRequest:
    fake.repo.commit("main", {"app/actions.ts": BASE, "README.md": "# shop\n"}, "base")
    fake.repo.commit("feature", {"app/actions.ts": HEAD, "public/logo.png": b"\x89PNG\x00\x01\x02\x03"}, "head")
    return fake.open_pull("feature")


def client(fake: FakeGitHub) -> httpx.Client:
    token = httpx.post(
        f"{fake.base_url}/app/installations/{fake.installation_id}/access_tokens",
        headers={"Authorization": f"Bearer {app_key().jwt(APP_ID)}"},
    ).json()["token"]
    return httpx.Client(base_url=fake.base_url, headers={"Authorization": f"token {token}"})


def repo_path(fake: FakeGitHub, tail: str) -> str:
    return f"/repos/{fake.full_name}{tail}"


def review(pr: PullRequest, *comments: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "commit_id": pr.head_sha,
        "event": "COMMENT",
        "body": "Warden found 1 issue",
        "comments": list(comments),
        **extra,
    }


# -- authentication ------------------------------------------------------------------------------


def test_installation_token_needs_a_valid_app_jwt(fake: FakeGitHub) -> None:
    url = f"{fake.base_url}/app/installations/{fake.installation_id}/access_tokens"
    ok = httpx.post(url, headers={"Authorization": f"Bearer {app_key().jwt(APP_ID)}"})
    assert ok.status_code == 201
    assert ok.json()["token"].startswith("ghs_")
    assert not component_errors("installation-token", ok.json())

    too_long = httpx.post(url, headers={"Authorization": f"Bearer {app_key().jwt(APP_ID, lifetime=3600)}"})
    wrong_issuer = httpx.post(url, headers={"Authorization": f"Bearer {app_key().jwt(999)}"})
    wrong_key = httpx.post(url, headers={"Authorization": f"Bearer {app_key(1).jwt(APP_ID)}"})
    missing = httpx.post(url)
    assert [r.status_code for r in (too_long, wrong_issuer, wrong_key, missing)] == [401, 401, 401, 401]
    assert "too far in the future" in too_long.json()["message"]
    assert "Issuer" in wrong_issuer.json()["message"]


def test_repository_endpoints_need_an_issued_installation_token(fake: FakeGitHub) -> None:
    open_pr(fake)
    path = repo_path(fake, "/pulls/1")
    assert httpx.get(fake.base_url + path).status_code == 401
    assert httpx.get(fake.base_url + path, headers={"Authorization": "token ghs_made_up"}).status_code == 401
    jwt_on_repo = httpx.get(fake.base_url + path, headers={"Authorization": f"Bearer {app_key().jwt(APP_ID)}"})
    assert jwt_on_repo.status_code == 401
    with client(fake) as gh:
        assert gh.get(path).status_code == 200
        assert gh.get(path, headers={"User-Agent": ""}).status_code == 403  # GitHub requires a User-Agent
    assert [r.auth for r in fake.requests("GET", r"/pulls/1$")] == ["none", "bad", "bad", "token", "none"]


# -- reading a pull request ----------------------------------------------------------------------


def test_pull_request_and_files_come_from_git(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    with client(fake) as gh:
        pull = gh.get(repo_path(fake, f"/pulls/{pr.number}")).json()
        files = gh.get(repo_path(fake, f"/pulls/{pr.number}/files")).json()
        diff = gh.get(repo_path(fake, f"/pulls/{pr.number}"), headers={"Accept": "application/vnd.github.diff"})
    assert (pull["head"]["sha"], pull["base"]["sha"]) == (pr.head_sha, fake.repo.rev("main"))
    assert pull["changed_files"] == 2
    assert not component_errors("pull-request", pull)
    by_name = {f["filename"]: f for f in files}
    assert set(by_name) == {"app/actions.ts", "public/logo.png"}
    actions = by_name["app/actions.ts"]
    git_patch = fake.repo.git("diff", pr.base_sha, pr.head_sha, "--", "app/actions.ts")
    assert actions["patch"] in git_patch
    assert actions["patch"].startswith("@@ -2,7 +2,7 @@")
    assert (actions["status"], actions["additions"], actions["deletions"]) == ("modified", 2, 2)
    assert actions["sha"] == fake.repo.blob_sha(pr.head_sha, "app/actions.ts")
    assert "patch" not in by_name["public/logo.png"]  # binary: GitHub sends no patch
    for entry in files:
        assert not component_errors("diff-entry", entry)
    assert diff.text.startswith("diff --git a/app/actions.ts b/app/actions.ts")


def test_files_are_paginated_with_link_headers(fake: FakeGitHub) -> None:
    fake.repo.commit("main", {"README.md": "x\n"}, "base")
    fake.repo.commit("many", {f"src/f{i:03}.ts": f"export const v = {i};\n" for i in range(150)}, "many files")
    pr = fake.open_pull("many")
    with client(fake) as gh:
        first = gh.get(repo_path(fake, f"/pulls/{pr.number}/files"), params={"per_page": 500})
        assert len(first.json()) == 100  # per_page is capped at 100
        assert 'rel="next"' in first.headers["Link"] and 'rel="last"' in first.headers["Link"]
        second = gh.get(first.links["next"]["url"])
    assert len(second.json()) == 50
    assert "next" not in second.links
    names = [f["filename"] for f in first.json() + second.json()]
    assert sorted(names) == [f"src/f{i:03}.ts" for i in range(150)]


def test_contents_tree_and_blob(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    with client(fake) as gh:
        content = gh.get(repo_path(fake, "/contents/app/actions.ts"), params={"ref": pr.head_sha}).json()
        raw = gh.get(
            repo_path(fake, "/contents/app/actions.ts"),
            params={"ref": pr.head_sha},
            headers={"Accept": "application/vnd.github.raw+json"},
        )
        missing = gh.get(repo_path(fake, "/contents/nope.ts"), params={"ref": pr.head_sha})
        tree = gh.get(repo_path(fake, f"/git/trees/{pr.head_sha}"), params={"recursive": "1"}).json()
        blob = gh.get(repo_path(fake, f"/git/blobs/{content['sha']}")).json()
    assert base64.b64decode(content["content"]).decode() == HEAD
    assert raw.text == HEAD
    assert missing.status_code == 404
    paths = {e["path"]: e["type"] for e in tree["tree"]}
    assert paths == {
        "README.md": "blob",
        "app": "tree",
        "app/actions.ts": "blob",
        "public": "tree",
        "public/logo.png": "blob",
    }
    assert base64.b64decode(blob["content"]).decode() == HEAD
    assert not component_errors("content-file", content)
    assert not component_errors("blob", blob)


# -- reviews -------------------------------------------------------------------------------------


def test_a_valid_review_is_accepted_with_its_inline_comments(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    suggestion = "Use a named constant\n```suggestion\nconst line5 = 5;\n```\n<!-- warden:fp=abc -->"
    body = review(
        pr,
        {"path": "app/actions.ts", "line": 5, "side": "RIGHT", "body": suggestion},
        {
            "path": "app/actions.ts",
            "start_line": 28,
            "start_side": "RIGHT",
            "line": 31,
            "side": "RIGHT",
            "body": "range",
        },
    )
    with client(fake) as gh:
        answer = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=body)
        listed = gh.get(repo_path(fake, f"/pulls/{pr.number}/comments")).json()
        reviews = gh.get(repo_path(fake, f"/pulls/{pr.number}/reviews")).json()
    assert answer.status_code == 200, answer.text
    assert answer.json()["state"] == "COMMENTED"
    assert answer.json()["commit_id"] == pr.head_sha
    assert not component_errors("pull-request-review", answer.json())
    assert [(c["path"], c["start_line"], c["line"], c["side"]) for c in listed] == [
        ("app/actions.ts", None, 5, "RIGHT"),
        ("app/actions.ts", 28, 31, "RIGHT"),
    ]
    assert all(c["pull_request_review_id"] == answer.json()["id"] for c in listed)
    assert listed[0]["diff_hunk"].startswith("@@ -2,7 +2,7 @@")
    assert listed[0]["diff_hunk"].endswith("+const line5 = 'five';")
    for comment in listed:
        assert not component_errors("pull-request-review-comment", comment)
    assert [r["id"] for r in reviews] == [answer.json()["id"]]
    assert fake.reviews(pr.number)[0]["body"] == "Warden found 1 issue"


def test_deleted_lines_and_legacy_positions_are_commentable(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    left = {"path": "app/actions.ts", "line": 5, "side": "LEFT", "body": "on the deleted line"}
    # position counts lines below the first @@: 1-3 context (lines 2-4), 4 the deleted line, 5 the added one
    legacy = {"path": "app/actions.ts", "position": 5, "body": "the added line 5"}
    with client(fake) as gh:
        answer = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr, left, legacy))
    assert answer.status_code == 200, answer.text
    placed = [(c["side"], c["line"], c["position"]) for c in fake.review_comments(pr.number)]
    assert placed == [("LEFT", 5, 4), ("RIGHT", 5, 5)]


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        ({"path": "app/actions.ts", "line": 20, "side": "RIGHT"}, LINE_NOT_IN_DIFF),  # between the hunks
        ({"path": "app/actions.ts", "line": 5, "side": "LEFT"}, LINE_NOT_IN_DIFF),  # LEFT 5 is deleted: fine; 20 no
        ({"path": "app/actions.ts", "start_line": 5, "line": 30}, START_NOT_SAME_HUNK),
        ({"path": "app/actions.ts", "start_line": 6, "line": 6}, START_NOT_BEFORE),
        ({"path": "app/other.ts", "line": 5}, PATH_INVALID),
        ({"path": "README.md", "line": 1}, PATH_INVALID),  # unchanged file: not in the PR
        ({"path": "public/logo.png", "line": 1}, LINE_NOT_IN_DIFF),  # no patch, no commentable line
    ],
)
def test_a_bad_comment_rejects_the_whole_review(fake: FakeGitHub, comment: dict[str, Any], message: str) -> None:
    pr = open_pr(fake)
    if comment.get("side") == "LEFT":
        comment = {**comment, "line": 20}
    good = {"path": "app/actions.ts", "line": 5, "body": "fine"}
    with client(fake) as gh:
        answer = gh.post(
            repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr, good, {**comment, "body": "bad"})
        )
    assert answer.status_code == 422
    assert answer.json()["message"] == "Unprocessable Entity"
    assert message in answer.json()["errors"]
    assert fake.review_comments(pr.number) == []  # atomic: the good comment was not posted either
    assert fake.reviews(pr.number) == []


def test_review_commit_and_body_limits(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    with client(fake) as gh:
        foreign = gh.post(
            repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr, commit_id=fake.repo.rev("main"))
        )
        too_long = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr, body="x" * 65_537))
        longest = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr, body="x" * 65_536))
    assert foreign.status_code == 422 and foreign.json()["errors"] == [COMMIT_NOT_IN_PR]
    assert too_long.status_code == 422 and too_long.json()["errors"] == [BODY_TOO_LONG]
    assert longest.status_code == 200


def test_an_invalid_body_is_rejected_with_the_schema_error(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    bad = {
        "commit_id": pr.head_sha,
        "event": "COMMENTED",
        "body": "x",
        "coments": [],
        "comments": [{"path": "app/actions.ts", "line": "5", "body": "x"}],
    }
    with client(fake) as gh:
        answer = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=bad)
        broken = gh.post(
            repo_path(fake, f"/pulls/{pr.number}/reviews"),
            content=b"{not json",
            headers={"Content-Type": "application/json"},
        )
    assert answer.status_code == 422
    errors = answer.json()["errors"]
    assert "$.event: 'COMMENTED' is not one of ['APPROVE', 'REQUEST_CHANGES', 'COMMENT']" in errors
    assert "$.comments[0].line: '5' is not of type 'integer'" in errors
    assert any("'coments' was unexpected" in e for e in errors)  # typo caught by additionalProperties: false
    assert broken.status_code == 400
    assert fake.reviews(pr.number) == []


# -- single comments, replies, threads -----------------------------------------------------------

THREADS = """
query($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      reviewThreads(first: 50) { nodes { id isResolved isOutdated path line comments(first: 10) {
        nodes { databaseId body author { login } } } } }
    }
  }
}"""
RESOLVE = "mutation($id: ID!) { resolveReviewThread(input: {threadId: $id}) { thread { id isResolved } } }"


def test_replies_threads_and_resolving(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    comments = repo_path(fake, f"/pulls/{pr.number}/comments")
    with client(fake) as gh:
        outside = gh.post(comments, json={"body": "x", "commit_id": pr.head_sha, "path": "app/actions.ts", "line": 20})
        root = gh.post(
            comments,
            json={"body": "root", "commit_id": pr.head_sha, "path": "app/actions.ts", "line": 30, "side": "RIGHT"},
        )
        reply = gh.post(comments, json={"body": "via in_reply_to", "in_reply_to": root.json()["id"]})
        reply2 = gh.post(f"{comments}/{root.json()['id']}/replies", json={"body": "via replies"})
        variables = {"owner": fake.owner, "name": fake.name, "number": pr.number}
        threads = gh.post("/graphql", json={"query": THREADS, "variables": variables}).json()
        node = threads["data"]["repository"]["pullRequest"]["reviewThreads"]["nodes"][0]
        resolved = gh.post("/graphql", json={"query": RESOLVE, "variables": {"id": node["id"]}}).json()
        unknown = gh.post("/graphql", json={"query": RESOLVE, "variables": {"id": "PRRT_nope"}}).json()
        typo = gh.post("/graphql", json={"query": '{ repository(owner: "a", name: "b") { nam } }'}).json()
    assert outside.status_code == 422
    assert outside.json()["errors"][0]["message"] == "pull_request_review_thread.line must be part of the diff"
    assert (root.status_code, reply.status_code, reply2.status_code) == (201, 201, 201)
    assert reply.json()["in_reply_to_id"] == reply2.json()["in_reply_to_id"] == root.json()["id"]
    assert [c["body"] for c in node["comments"]["nodes"]] == ["root", "via in_reply_to", "via replies"]
    assert node["comments"]["nodes"][0]["author"]["login"] == "warden"
    assert (node["isResolved"], node["line"], node["path"]) == (False, 30, "app/actions.ts")
    assert resolved["data"]["resolveReviewThread"]["thread"] == {"id": node["id"], "isResolved": True}
    assert fake.threads(pr.number)[0]["resolved"] is True
    assert "Could not resolve to a node" in unknown["errors"][0]["message"]
    assert "Cannot query field 'nam'" in typo["errors"][0]["message"]


def test_threads_become_outdated_when_the_line_changes(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    with client(fake) as gh:
        gh.post(
            repo_path(fake, f"/pulls/{pr.number}/reviews"),
            json=review(
                pr,
                {"path": "app/actions.ts", "line": 5, "body": "a"},
                {"path": "app/actions.ts", "line": 30, "body": "b"},
            ),
        )
        fake.push(pr.number, {"app/actions.ts": HEAD.replace("const line5 = 'five';", "const line5 = 5;")})
        variables = {"owner": fake.owner, "name": fake.name, "number": pr.number}
        nodes = gh.post("/graphql", json={"query": THREADS, "variables": variables}).json()["data"]["repository"][
            "pullRequest"
        ]["reviewThreads"]["nodes"]
    assert [(n["isOutdated"], n["line"]) for n in nodes] == [(True, None), (False, 30)]


def test_issue_comments_are_created_and_edited_in_place(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    human = fake.human_issue_comment(pr.number, "alice", "please review")
    with client(fake) as gh:
        created = gh.post(repo_path(fake, f"/issues/{pr.number}/comments"), json={"body": "summary v1"})
        edited = gh.patch(repo_path(fake, f"/issues/comments/{created.json()['id']}"), json={"body": "summary v2"})
        not_ours = gh.patch(repo_path(fake, f"/issues/comments/{human['id']}"), json={"body": "hijack"})
        listed = gh.get(repo_path(fake, f"/issues/{pr.number}/comments")).json()
    assert (created.status_code, edited.status_code, not_ours.status_code) == (201, 200, 403)
    assert [(c["user"]["login"], c["body"]) for c in listed] == [
        ("alice", "please review"),
        ("warden[bot]", "summary v2"),
    ]
    assert not component_errors("issue-comment", listed[1])


def test_check_runs_validate_and_accumulate_annotations(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    note = {"path": "app/actions.ts", "start_line": 5, "end_line": 5, "annotation_level": "failure", "message": "m"}
    with client(fake) as gh:
        created = gh.post(
            repo_path(fake, "/check-runs"), json={"name": "Warden", "head_sha": pr.head_sha, "status": "in_progress"}
        )
        run = repo_path(fake, f"/check-runs/{created.json()['id']}")
        too_many = gh.patch(run, json={"output": {"title": "t", "summary": "s", "annotations": [note] * 51}})
        no_conclusion = gh.patch(run, json={"status": "completed"})
        batch1 = gh.patch(run, json={"output": {"title": "t", "summary": "s", "annotations": [note] * 50}})
        done = gh.patch(
            run, json={"conclusion": "failure", "output": {"title": "1 issue", "summary": "s", "annotations": [note]}}
        )
    assert created.status_code == 201 and created.json()["pull_requests"][0]["number"] == pr.number
    assert too_many.status_code == 422 and "is too long" in too_many.json()["message"]
    assert no_conclusion.status_code == 422
    assert batch1.status_code == 200
    assert done.json()["status"] == "completed" and done.json()["output"]["annotations_count"] == 51
    assert not component_errors("check-run", done.json())
    [stored] = fake.check_runs(pr.head_sha)
    assert (stored["name"], stored["conclusion"], len(stored["annotations"])) == ("Warden", "failure", 51)


def test_check_run_annotations_are_listed_in_pages_in_github_shape(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    notes = [
        {"path": "app/actions.ts", "start_line": i, "end_line": i, "annotation_level": "warning", "message": f"m{i}"}
        for i in range(1, 36)
    ]
    notes[0].update({"start_column": 3, "end_column": 9, "title": "Raw SQL (sql-injection)", "raw_details": "d"})
    notes[1].update({"end_line": 4, "start_column": 3, "end_column": 9})  # columns are dropped across lines
    with client(fake) as gh:
        created = gh.post(
            repo_path(fake, "/check-runs"), json={"name": "Warden", "head_sha": pr.head_sha, "status": "in_progress"}
        )
        run = repo_path(fake, f"/check-runs/{created.json()['id']}")
        for batch in (notes[:20], notes[20:]):
            assert gh.patch(run, json={"output": {"title": "t", "summary": "s", "annotations": batch}}).is_success
        first = gh.get(run + "/annotations")
        second = gh.get(first.links["next"]["url"])
        missing = gh.get(repo_path(fake, "/check-runs/999999/annotations"))
    listed = first.json() + second.json()
    assert (len(first.json()), len(second.json())) == (30, 5)  # GitHub's default page of 30
    assert "next" not in second.links and second.links["first"]["url"]
    assert [a["message"] for a in listed] == [n["message"] for n in notes]  # in the order they were added
    for item in listed:
        assert not component_errors("check-annotation", item)
    assert (listed[0]["start_column"], listed[0]["title"], listed[0]["raw_details"]) == (
        3,
        "Raw SQL (sql-injection)",
        "d",
    )
    assert (listed[1]["start_column"], listed[1]["end_column"], listed[1]["title"]) == (None, None, None)
    assert listed[0]["blob_href"].endswith(f"/blob/{pr.head_sha}/app/actions.ts")
    assert missing.status_code == 404


def test_collaborator_permission(fake: FakeGitHub) -> None:
    open_pr(fake)
    fake.set_permission("maintainer", "write")
    with client(fake) as gh:
        writer = gh.get(repo_path(fake, "/collaborators/maintainer/permission")).json()
        reader = gh.get(repo_path(fake, "/collaborators/drive-by/permission")).json()
    assert (writer["permission"], reader["permission"]) == ("write", "read")


# -- fault injection -----------------------------------------------------------------------------


def test_faults_answer_first_then_the_real_thing(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    fake.secondary_rate_limit("POST", r"/reviews$", times=1, retry_after=1)
    fake.server_error("POST", r"/issues/\d+/comments$", after_apply=True)
    with client(fake) as gh:
        limited = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr))
        posted = gh.post(repo_path(fake, f"/pulls/{pr.number}/reviews"), json=review(pr))
        ghost = gh.post(repo_path(fake, f"/issues/{pr.number}/comments"), json={"body": "created anyway"})
    assert limited.status_code == 403 and limited.headers["retry-after"] == "1"
    assert "secondary rate limit" in limited.json()["message"]
    assert posted.status_code == 200
    assert ghost.status_code == 502
    assert [c["body"] for c in fake.issue_comments(pr.number)] == ["created anyway"]  # applied despite the 502
    assert [(r.status, r.faulted) for r in fake.requests("POST", r"/reviews$")] == [(403, True), (200, False)]


# -- PyGithub (what the App uses) reads our shapes -----------------------------------------------


def test_pygithub_round_trip(fake: FakeGitHub) -> None:
    pr = open_pr(fake)
    auth = Auth.AppAuth(APP_ID, app_key().private_pem)
    integration = GithubIntegration(auth=auth, base_url=fake.base_url)
    token = integration.get_access_token(fake.installation_id).token
    gh = Github(auth=Auth.Token(token), base_url=fake.base_url, seconds_between_requests=0, seconds_between_writes=0)
    repo = gh.get_repo(fake.full_name)
    pull = repo.get_pull(pr.number)
    files = {f.filename: f for f in pull.get_files()}
    assert pull.head.sha == pr.head_sha and set(files) == {"app/actions.ts", "public/logo.png"}
    assert files["public/logo.png"].patch is None
    assert repo.get_contents("app/actions.ts", ref=pr.head_sha).decoded_content.decode() == HEAD
    posted = pull.create_review(
        commit=repo.get_commit(pr.head_sha),
        body="b",
        event="COMMENT",
        comments=[{"path": "app/actions.ts", "line": 30, "side": "RIGHT", "body": "c"}],
    )
    assert posted.state == "COMMENTED"
    run = repo.create_check_run(
        name="Warden",
        head_sha=pr.head_sha,
        status="completed",
        conclusion="success",
        output={"title": "No issues", "summary": "ok"},
    )
    assert run.conclusion == "success"
    assert [c.line for c in pull.get_review_comments()] == [30]
