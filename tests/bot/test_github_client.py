"""The GitHub client against the fake GitHub (real HTTP, OpenAPI-validated writes)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable

from collections.abc import Iterator

import pytest

from bot.github.auth import installation_tokens
from bot.github.client import GitHubError
from bot.jobs import RetryableJobError
from bot.review.render import review_marker
from tests.bot.github_fixtures import APP_ID, FakeGitHub, Sleeps, app_key, make_client, make_settings

BASE = "".join(f"const line{i} = {i};\n" for i in range(1, 41))
HEAD = BASE.replace("const line5 = 5;", "const line5 = 'five';")


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[FakeGitHub]:
    from tests.oracles import require_spec

    require_spec()
    with FakeGitHub(tmp_path, app_id=APP_ID, app_public_key=app_key().public_pem) as server:
        server.repo.commit("main", {"app/actions.ts": BASE, ".github/warden.yml": "fail_on: warning\n"}, "base")
        server.repo.commit("feature", {"app/actions.ts": HEAD, "logo.png": b"\x89PNG\x00"}, "head")
        server.open_pull("feature")
        yield server


def review_body(sha: str) -> dict[str, object]:
    return {
        "commit_id": sha,
        "event": "COMMENT",
        "body": "Warden found 1 issue\n\n" + review_marker(sha),
        "comments": [{"path": "app/actions.ts", "line": 5, "side": "RIGHT", "body": "bad"}],
    }


def test_reads_pull_files_tree_blob_and_base_config(fake: FakeGitHub) -> None:
    client = make_client(fake, make_settings(fake))
    pr = client.get_pull(fake.full_name, 1)
    assert pr.state == "open" and pr.base_ref == "main" and not pr.draft
    files = {f.filename: f for f in client.list_pull_files(fake.full_name, 1)}
    assert files["app/actions.ts"].patch and files["app/actions.ts"].status == "modified"
    assert files["logo.png"].patch is None  # binary: no patch, handled without crashing
    entries, truncated = client.get_tree(fake.full_name, pr.head_sha)
    assert not truncated and "app/actions.ts" in entries
    assert client.get_blob(fake.full_name, entries["app/actions.ts"].sha).decode() == HEAD
    assert client.get_file(fake.full_name, ".github/warden.yml", pr.base_ref) == b"fail_on: warning\n"
    assert client.get_file(fake.full_name, "nope.yml", pr.base_ref) is None


def test_installation_token_is_cached(fake: FakeGitHub) -> None:
    settings = make_settings(fake)
    tokens = installation_tokens(settings)
    assert tokens.token(fake.installation_id) == tokens.token(fake.installation_id)
    assert len(fake.requests("POST", r"/access_tokens$")) == 1


def test_secondary_rate_limit_on_post_waits_and_posts_once(fake: FakeGitHub) -> None:
    sleeps = Sleeps()
    client = make_client(fake, make_settings(fake), sleeps)
    sha = client.get_pull(fake.full_name, 1).head_sha
    fake.secondary_rate_limit("POST", r"/pulls/1/reviews$", retry_after=3)
    client.create_review(fake.full_name, 1, review_body(sha))
    assert 3.0 in sleeps.calls  # honoured retry-after
    assert len(fake.reviews(1)) == 1
    assert [r.status for r in fake.requests("POST", r"/pulls/1/reviews$")] == [403, 200]


def test_502_after_the_review_was_stored_does_not_double_post(fake: FakeGitHub) -> None:
    client = make_client(fake, make_settings(fake))
    sha = client.get_pull(fake.full_name, 1).head_sha
    fake.server_error("POST", r"/pulls/1/reviews$", after_apply=True)
    result = client.create_review(fake.full_name, 1, review_body(sha))
    assert len(fake.reviews(1)) == 1
    assert result["id"] == fake.reviews(1)[0]["id"]  # the one found by its marker
    assert len(fake.requests("POST", r"/pulls/1/reviews$")) == 1


def test_get_retried_on_5xx(fake: FakeGitHub) -> None:
    sleeps = Sleeps()
    client = make_client(fake, make_settings(fake), sleeps)
    fake.server_error("GET", r"/pulls/1$", times=2, status=503)
    assert client.get_pull(fake.full_name, 1).number == 1
    assert sleeps.calls == [1.0, 2.0]  # exponential back-off


def test_gives_up_with_retryable_error_when_limits_persist(fake: FakeGitHub) -> None:
    client = make_client(fake, make_settings(fake, WARDEN_MAX_RETRIES=2))
    fake.server_error("GET", r"/pulls/1$", times=10)
    with pytest.raises(RetryableJobError):
        client.get_pull(fake.full_name, 1)
    assert len(fake.requests("GET", r"/pulls/1$")) == 3


def test_long_rate_limit_is_handed_to_the_queue(fake: FakeGitHub) -> None:
    sleeps = Sleeps()
    client = make_client(fake, make_settings(fake, WARDEN_RETRY_MAX_WAIT=10.0), sleeps)
    fake.secondary_rate_limit("GET", r"/pulls/1$", retry_after=600)
    with pytest.raises(RetryableJobError) as info:
        client.get_pull(fake.full_name, 1)
    assert info.value.retry_after == 600.0
    assert sleeps.calls == []  # a worker never blocks for ten minutes


def test_client_errors_are_not_retried(fake: FakeGitHub) -> None:
    client = make_client(fake, make_settings(fake))
    with pytest.raises(GitHubError) as info:
        client.get_pull(fake.full_name, 99)
    assert info.value.status == 404
    assert len(fake.requests("GET", r"/pulls/99$")) == 1


def test_summary_comment_is_edited_in_place(fake: FakeGitHub) -> None:
    client = make_client(fake, make_settings(fake))
    marker = "<!-- warden:summary -->"
    first = client.upsert_issue_comment(fake.full_name, 1, f"{marker}\none", marker)
    second = client.upsert_issue_comment(fake.full_name, 1, f"{marker}\ntwo", marker)
    assert first["id"] == second["id"]
    assert [c["body"] for c in fake.issue_comments(1)] == [f"{marker}\ntwo"]


def test_pull_files_follow_pagination(fake: FakeGitHub) -> None:
    many = {f"app/gen/file{i:03d}.ts": f"export const v{i} = {i};\n" for i in range(130)}
    fake.push(1, dict(many), "many files")
    client = make_client(fake, make_settings(fake))
    names = [f.filename for f in client.list_pull_files(fake.full_name, 1)]
    assert len(names) == 132 and len(set(names)) == 132  # 130 generated + the two of the fixture
    assert len(fake.requests("GET", r"/pulls/1/files$")) == 2  # per_page=100, then the Link's next page


def test_gone_installation_is_a_permanent_failure(fake: FakeGitHub, tmp_path: Path) -> None:
    from bot.jobs import JobContext, PermanentJobError, ReviewRequest
    from bot.pipeline import run_review
    from bot.storage.db import init_db, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    init_db(engine)
    req = ReviewRequest(999_999, fake.full_name, 1, "0" * 40)
    with pytest.raises(PermanentJobError):
        run_review(req, JobContext(make_settings(fake), engine))


def test_wrong_app_key_is_a_permanent_failure(fake: FakeGitHub, tmp_path: Path) -> None:
    from bot.jobs import JobContext, PermanentJobError, ReviewRequest
    from bot.pipeline import run_review
    from bot.storage.db import init_db, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'w.db'}")
    init_db(engine)
    settings = make_settings(fake, PRIVATE_KEY=app_key(1).private_pem)  # not the App's key: GitHub answers 401
    with pytest.raises(PermanentJobError, match="401"):
        run_review(ReviewRequest(fake.installation_id, fake.full_name, 1, "0" * 40), JobContext(settings, engine))


def test_check_run_patch_that_landed_before_a_502_is_not_appended_again(fake: FakeGitHub) -> None:
    client = make_client(fake, make_settings(fake))
    sha = client.get_pull(fake.full_name, 1).head_sha
    run = client.create_check_run(fake.full_name, {"name": "Warden", "head_sha": sha, "status": "in_progress"})
    note = {"path": "app/actions.ts", "start_line": 5, "end_line": 5, "annotation_level": "warning", "message": "m"}
    output = {"title": "t", "summary": "s", "annotations": [note]}
    client.update_check_run(fake.full_name, int(run["id"]), {"output": output})
    fake.server_error("PATCH", r"/check-runs/\d+$", after_apply=True)
    done = client.update_check_run(fake.full_name, int(run["id"]), {"output": output, "conclusion": "failure"})
    # The same annotation twice on purpose (two PATCHes); the lost answer's retry adds no third one.
    assert done["conclusion"] == "failure"
    assert [a["message"] for a in fake.check_runs(sha)[0]["annotations"]] == ["m", "m"]
    assert [r.status for r in fake.requests("PATCH", r"/check-runs/\d+$")] == [200, 502]
    assert sum(client.check_run_annotations(fake.full_name, int(run["id"])).values()) == 2
