"""The whole review job against the fake GitHub (real HTTP, real git, real scans, real SQLite)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[2]))  # the repo root: `tests.*` helpers are importable

from collections.abc import Iterator
from typing import Literal

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.github.client import GitHubClient
from bot.jobs import CommandRequest, JobContext, RetryableJobError, ReviewRequest
from bot.pipeline import run_command, run_review
from bot.review.render import SUMMARY_MARKER, find_fingerprint, find_review_sha
from bot.settings import Settings
from bot.storage.db import init_db, make_engine
from bot.storage.review_state import FindingIgnore, FindingRecord, ReviewRun
from tests.bot.github_fixtures import APP_ID, FakeGitHub, app_key, make_client, make_settings

LIB = {
    "lib/db.ts": "import { Pool } from 'pg';\nexport const db = new Pool();\n",
    "lib/auth.ts": (
        'import { cookies } from "next/headers";\n'
        "export async function auth() {\n"
        '  const c = (await cookies()).get("session");\n'
        "  return c ? { user: { id: c.value } } : null;\n"
        "}\n"
    ),
    "tsconfig.json": '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["./*"] } } }\n',
}
BASE_ACTIONS = (
    '"use server";\n'
    'import { db } from "@/lib/db";\n'
    'import { auth } from "@/lib/auth";\n'
    "\n"
    "export async function listMine() {\n"
    "  const session = await auth();\n"
    '  if (!session) throw new Error("unauthorised");\n'
    '  return (await db.query("SELECT id FROM posts WHERE owner = $1", [session.user.id])).rows;\n'
    "}\n"
)
# The PR adds an action that builds SQL from form input: sql-injection (and missing-auth).
VULNERABLE = BASE_ACTIONS + (  # noqa: S608 - TypeScript source text, not a query
    "\n"
    "export async function deletePost(formData: FormData) {\n"
    '  const id = String(formData.get("id"));\n'
    "  await db.query(`DELETE FROM posts WHERE id = '${id}'`);\n"
    "}\n"
)
FIXED = BASE_ACTIONS + (  # noqa: S608 - TypeScript source text, not a query
    "\n"
    "export async function deletePost(formData: FormData) {\n"
    "  const session = await auth();\n"
    '  if (!session) throw new Error("unauthorised");\n'
    '  const id = String(formData.get("id"));\n'
    '  await db.query("DELETE FROM posts WHERE id = $1 AND owner = $2", [id, session.user.id]);\n'
    "}\n"
)
SQL_LINE = VULNERABLE.splitlines().index("  await db.query(`DELETE FROM posts WHERE id = '${id}'`);") + 1
# Twenty injectable actions: 60 findings, more than one batch of 50 annotations.
MANY_ACTIONS = BASE_ACTIONS + "".join(
    f"\nexport async function remove{i}(formData: FormData) {{\n"  # noqa: S608 - TypeScript text
    f'  const id = String(formData.get("id"));\n'
    f"  await db.query(`DELETE FROM t{i} WHERE id = '${{id}}'`);\n"
    "}\n"
    for i in range(20)
)


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[FakeGitHub]:
    from tests.oracles import require_spec

    require_spec()
    with FakeGitHub(tmp_path / "gh", app_id=APP_ID, app_public_key=app_key().public_pem) as server:
        server.repo.commit("main", {**LIB, "app/actions.ts": BASE_ACTIONS}, "base")
        yield server


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = make_engine(f"sqlite:///{tmp_path / 'warden.db'}")
    init_db(eng)
    return eng


class Job:
    """One PR's review jobs, run the way a worker runs them."""

    def __init__(self, fake: FakeGitHub, engine: Engine, settings: Settings | None = None) -> None:
        self.fake = fake
        self.settings = settings or make_settings(fake)
        self.ctx = JobContext(self.settings, engine)
        self.client: GitHubClient = make_client(fake, self.settings)

    def review(self, number: int = 1) -> None:
        sha = self.fake.store.pulls[number].head_sha
        req = ReviewRequest(self.fake.installation_id, self.fake.full_name, number, sha, "delivery-1", "opened")
        run_review(req, self.ctx, client=self.client)

    def command(self, body: str, author: str, reply_to: int | None, number: int = 1) -> None:
        kind: Literal["issue_comment", "review_comment"]
        if reply_to is not None:
            comment = self.fake.human_review_comment(number, reply_to, author, body)
            kind = "review_comment"
        else:
            comment = self.fake.human_issue_comment(number, author, body)
            kind = "issue_comment"
        req = CommandRequest(
            self.fake.installation_id, self.fake.full_name, number, int(comment["id"]), kind, author, body, reply_to
        )
        run_command(req, self.ctx, client=self.client)


def open_vulnerable_pr(fake: FakeGitHub) -> None:
    fake.repo.commit("feature", {"app/actions.ts": VULNERABLE}, "add deletePost")
    fake.open_pull("feature")


def our_root_comments(fake: FakeGitHub, number: int = 1) -> list[dict[str, object]]:
    return [
        c
        for c in fake.review_comments(number)
        if c.get("in_reply_to_id") is None and find_fingerprint(str(c["body"])) is not None
    ]


def test_opened_pr_gets_one_review_inline_on_the_sql_line(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine).review()
    reviews = fake.reviews(1)
    assert len(reviews) == 1
    head = fake.store.pulls[1].head_sha
    assert find_review_sha(str(reviews[0]["body"])) == head and reviews[0]["commit_id"] == head
    comments = our_root_comments(fake)
    sql = [c for c in comments if "sql-injection" in str(c["body"])]
    assert [(c["path"], c["line"], c["side"]) for c in sql] == [("app/actions.ts", SQL_LINE, "RIGHT")]
    (run,) = fake.check_runs(head)
    assert run["name"] == "Warden" and run["status"] == "completed" and run["conclusion"] == "failure"
    assert any(a["start_line"] == SQL_LINE for a in run["annotations"])
    summaries = [c for c in fake.issue_comments(1) if SUMMARY_MARKER in str(c["body"])]
    assert len(summaries) == 1
    with Session(engine) as s:
        records = s.exec(select(FindingRecord)).all()
        assert {r.fingerprint for r in records} == {find_fingerprint(str(c["body"])) for c in comments}
        assert all(r.comment_id is not None and r.status == "open" for r in records)
        assert len(s.exec(select(ReviewRun)).all()) == 1


def test_same_sha_again_and_after_lost_state_posts_nothing_new(
    fake: FakeGitHub, engine: Engine, tmp_path: Path
) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine).review()
    Job(fake, engine).review()  # redelivery / second job for the same sha
    # A crash between posting and recording: the database knows nothing, GitHub has the review.
    empty = make_engine(f"sqlite:///{tmp_path / 'lost.db'}")
    init_db(empty)
    Job(fake, empty).review()
    assert len(fake.reviews(1)) == 1
    fps = [find_fingerprint(str(c["body"])) for c in our_root_comments(fake)]
    assert len(fps) == len(set(fps))
    assert len([c for c in fake.issue_comments(1) if SUMMARY_MARKER in str(c["body"])]) == 1
    assert len(fake.check_runs(fake.store.pulls[1].head_sha)) == 1
    with Session(empty) as s:  # the lost state is rebuilt from the markers on GitHub
        assert all(r.comment_id is not None for r in s.exec(select(FindingRecord)).all())


def test_fixed_finding_gets_reply_and_resolved_thread(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    job = Job(fake, engine)
    job.review()
    (sql,) = [c for c in our_root_comments(fake) if "sql-injection" in str(c["body"])]
    new_head = fake.push(1, {"app/actions.ts": FIXED}, "fix deletePost")
    job.review()
    replies = [c for c in fake.review_comments(1) if c.get("in_reply_to_id") == sql["id"]]
    assert [str(c["body"]).splitlines()[0] for c in replies] == [f"✅ Fixed in `{new_head[:12]}`."]
    (thread,) = [t for t in fake.threads(1) if sql["id"] in t["comment_ids"]]
    assert thread["resolved"]
    (summary,) = [c for c in fake.issue_comments(1) if SUMMARY_MARKER in str(c["body"])]
    assert "**Fixed**" in str(summary["body"])
    # Every fingerprint is commented on once, however many pushes: nothing is repeated.
    fps = [find_fingerprint(str(c["body"])) for c in our_root_comments(fake)]
    assert len(fps) == len(set(fps))
    with Session(engine) as s:
        rec = s.exec(select(FindingRecord).where(FindingRecord.rule_id == "sql-injection")).one()
        assert (rec.status, rec.fixed_sha, rec.thread_node_id) == ("fixed", new_head, thread["id"])
    job.review()  # a redelivery of the same push: no second "fixed" reply
    assert len([c for c in fake.review_comments(1) if c.get("in_reply_to_id") == sql["id"]]) == 1


def test_secondary_rate_limit_while_posting_gives_one_review(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    fake.secondary_rate_limit("POST", r"/pulls/1/reviews$", retry_after=1)
    fake.server_error("POST", r"/issues/1/comments$", after_apply=True)
    Job(fake, engine).review()
    assert len(fake.reviews(1)) == 1
    assert len([c for c in fake.issue_comments(1) if SUMMARY_MARKER in str(c["body"])]) == 1


def test_rejected_review_falls_back_to_body_only(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    fake.inject("POST", r"/pulls/1/reviews$", 422, body={"message": "Unprocessable Entity", "errors": ["x"]})
    Job(fake, engine).review()
    (review,) = fake.reviews(1)
    assert our_root_comments(fake) == []
    assert f"app/actions.ts#L{SQL_LINE}" in str(review["body"])


def test_clean_pr_gets_green_check_and_no_review(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("feature", {"README.md": "# docs\n", "app/util.ts": "export const one = 1;\n"}, "docs")
    fake.open_pull("feature")
    Job(fake, engine).review()
    assert fake.reviews(1) == [] and fake.issue_comments(1) == []
    (run,) = fake.check_runs(fake.store.pulls[1].head_sha)
    assert run["conclusion"] == "success"


def test_config_comes_from_the_base_branch(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("main", {".github/warden.yml": "fail_on: never\n"}, "config")
    # The PR tries to switch the check off for itself; only the base's config counts.
    fake.repo.commit("feature", {"app/actions.ts": VULNERABLE, ".github/warden.yml": "rules:\n  sql-injection: off\n"})
    fake.open_pull("feature")
    Job(fake, engine).review()
    assert any("sql-injection" in str(c["body"]) for c in our_root_comments(fake))
    (run,) = fake.check_runs(fake.store.pulls[1].head_sha)
    assert run["conclusion"] == "success"  # fail_on: never, from main


def test_ignore_command_needs_write_permission(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    job = Job(fake, engine)
    job.review()
    (sql,) = [c for c in our_root_comments(fake) if "sql-injection" in str(c["body"])]
    fake.set_permission("visitor", "read")
    job.command("@warden ignore sql-injection -- not reachable", "visitor", int(str(sql["id"])))
    with Session(engine) as s:
        assert s.exec(select(FindingIgnore)).all() == []
    refusal = fake.review_comments(1)[-1]
    assert refusal["in_reply_to_id"] == sql["id"] and "write access" in str(refusal["body"])

    fake.set_permission("maintainer", "maintain")
    job.command(
        "@warden ignore sql-injection -- ids are UUIDs checked upstream until 2999-01-01",
        "maintainer",
        int(str(sql["id"])),
    )
    with Session(engine) as s:
        (ignore,) = s.exec(select(FindingIgnore)).all()
    assert ignore.fingerprint == find_fingerprint(str(sql["body"])) and ignore.by_user == "maintainer"
    assert ignore.reason == "ids are UUIDs checked upstream" and str(ignore.until) == "2999-01-01"
    assert "ignored `sql-injection`" in str(fake.review_comments(1)[-1]["body"])

    fake.push(1, {"app/extra.ts": "export const x = 1;\n"}, "unrelated")
    job.review()
    (summary,) = [c for c in fake.issue_comments(1) if SUMMARY_MARKER in str(c["body"])]
    assert "Raw SQL" not in str(summary["body"]) and "sql-injection.md" not in str(summary["body"])


def test_review_command_reviews_the_current_head(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine).command("@warden review", "octocat", None)
    assert len(fake.reviews(1)) == 1


def test_file_too_large_makes_the_check_neutral_not_green(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine, make_settings(fake, WARDEN_MAX_FILE_BYTES=200)).review()
    (run,) = fake.check_runs(fake.store.pulls[1].head_sha)
    assert run["conclusion"] == "neutral"
    assert "app/actions.ts" in str(run["output"]["summary"])


def test_draft_and_outdated_jobs_are_skipped(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("feature", {"app/actions.ts": VULNERABLE}, "add deletePost")
    fake.open_pull("feature", draft=True)
    job = Job(fake, engine)
    job.review()
    assert fake.check_runs() == [] and fake.reviews(1) == []
    stale = ReviewRequest(fake.installation_id, fake.full_name, 1, "0" * 40, None, "synchronize")
    run_review(stale, job.ctx, client=job.client)  # head moved on: a newer job will come
    assert fake.check_runs() == []


def test_without_tree_listing_or_blobs_the_pr_files_still_get_reviewed(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    not_found = {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}
    fake.inject("GET", r"/git/trees/", 404, body=not_found)
    fake.inject("GET", r"/git/blobs/", 404, times=100, body=not_found)
    Job(fake, engine).review()
    assert any("sql-injection" in str(c["body"]) for c in our_root_comments(fake))
    assert fake.requests("GET", r"/contents/app/actions.ts$")  # read through the contents API instead


def test_many_findings_cap_inline_comments_and_batch_annotations(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("feature", {"app/actions.ts": MANY_ACTIONS}, "many actions")
    fake.open_pull("feature")
    Job(fake, engine).review()
    (review,) = fake.reviews(1)
    head = fake.store.pulls[1].head_sha
    (run,) = fake.check_runs(head)
    assert len(run["annotations"]) >= 51  # more than one batch of 50 reached GitHub
    patches = fake.requests("PATCH", r"/check-runs/\d+$")
    assert all(len((r.body.get("output") or {}).get("annotations") or []) <= 50 for r in patches)
    assert len(our_root_comments(fake)) == 30  # the inline cap; the rest are linked from the body
    assert str(review["body"]).count(f"/blob/{head}/app/actions.ts#L") == len(run["annotations"]) - 30


def test_request_changes_is_dismissed_once_the_errors_are_fixed(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("main", {".github/warden.yml": "review:\n  request_changes: true\n"}, "config")
    open_vulnerable_pr(fake)
    job = Job(fake, engine)
    job.review()
    (review,) = fake.reviews(1)
    assert review["state"] == "CHANGES_REQUESTED"
    fake.push(1, {"app/actions.ts": BASE_ACTIONS}, "drop deletePost")
    job.review()
    # The fake GitHub has no dismissal route (404): the attempt is made once, and the run still completes.
    assert len(fake.requests("PUT", rf"/pulls/1/reviews/{review['id']}/dismissals$")) == 1
    (run,) = fake.check_runs(fake.store.pulls[1].head_sha)
    assert run["conclusion"] == "success"


def test_without_tree_listing_imported_guards_are_found_by_probing(fake: FakeGitHub, engine: Engine) -> None:
    # The guard lives in an unchanged file reached through the tsconfig alias; the action is safe.
    guarded = BASE_ACTIONS + (  # noqa: S608 - TypeScript source text, not a query
        "\n"
        "export async function deleteMine(id: string) {\n"
        "  const session = await auth();\n"
        '  if (!session) throw new Error("unauthorised");\n'
        '  await db.query("DELETE FROM posts WHERE id = $1 AND owner = $2", [id, session.user.id]);\n'
        "}\n"
    )
    fake.repo.commit("feature", {"app/actions.ts": guarded}, "add deleteMine")
    fake.open_pull("feature")
    not_found = {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}
    fake.inject("GET", r"/git/trees/", 404, body=not_found)
    Job(fake, engine).review()
    assert fake.requests("GET", r"/contents/tsconfig\.json$")
    assert fake.requests("GET", r"/contents/lib/auth\.ts$")  # the alias was resolved by probing
    bodies = [str(c["body"]) for c in our_root_comments(fake)]
    # `id` is unvalidated (missing-input-validation), but the session check in lib/auth.ts counts
    assert bodies and not any("missing-auth" in b or "Endpoint without authentication" in b for b in bodies)


# -- check-run annotations: GitHub appends them on every PATCH, so none may be sent twice -----------

CHECK_PATCH = r"/check-runs/\d+$"


def annotation_keys(run: dict[str, object]) -> list[tuple[object, ...]]:
    """What makes two annotations the same on GitHub's checks tab."""
    fields = ("path", "start_line", "end_line", "annotation_level", "title", "message")
    return [tuple(a.get(k) for k in fields) for a in run["annotations"]]  # type: ignore[attr-defined]


def sent_annotations(fake: FakeGitHub) -> list[dict[str, object]]:
    """Every annotation of every PATCH that reached the handler (faulted-after-apply ones included)."""
    out: list[dict[str, object]] = []
    for r in fake.requests("PATCH", CHECK_PATCH):
        out += (r.body.get("output") or {}).get("annotations") or []
    return out


def test_annotations_patch_applied_then_502_is_not_appended_again(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    fake.server_error("PATCH", CHECK_PATCH, after_apply=True)  # GitHub stored the batch, the answer was lost
    Job(fake, engine).review()
    (run,) = fake.check_runs(fake.store.pulls[1].head_sha)
    (lost, *_) = fake.requests("PATCH", CHECK_PATCH)
    assert lost.faulted and lost.status == 502
    assert run["annotations"] == lost.body["output"]["annotations"]  # each one exactly once
    assert any(a["start_line"] == SQL_LINE for a in run["annotations"])
    assert (run["status"], run["conclusion"]) == ("completed", "failure")


def test_same_head_sha_reviewed_again_adds_no_annotation(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine).review()
    head = fake.store.pulls[1].head_sha
    (first,) = fake.check_runs(head)
    Job(fake, engine).review()  # a redelivery, or the job again after a worker died before recording
    (again,) = fake.check_runs(head)
    assert annotation_keys(again) == annotation_keys(first) and len(set(annotation_keys(again))) > 0
    assert (again["status"], again["conclusion"]) == ("completed", "failure")
    assert len(sent_annotations(fake)) == len(first["annotations"])  # the re-run sent none


def test_many_annotations_with_a_fault_between_batches_land_exactly_once(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("feature", {"app/actions.ts": MANY_ACTIONS}, "many actions")
    fake.open_pull("feature")
    fake.server_error("PATCH", CHECK_PATCH, after_apply=True)  # batch 1 lands, its answer is lost
    fake.server_error("PATCH", CHECK_PATCH)  # then a plain 502 (nothing stored) on the next try
    Job(fake, engine).review()
    (run,) = fake.check_runs(fake.store.pulls[1].head_sha)
    keys = annotation_keys(run)
    assert len(keys) > 50 and len(keys) == len(set(keys))  # several batches, none twice
    assert (run["status"], run["conclusion"]) == ("completed", "failure")
    # batch 1 (lost answer; its retry finds it landed and is not sent), batch 2 (502), batch 2 again
    patches = fake.requests("PATCH", CHECK_PATCH)
    assert [(r.status, "conclusion" in r.body) for r in patches] == [(502, False), (502, True), (200, True)]


def test_job_that_gave_up_between_batches_is_completed_by_the_rerun(fake: FakeGitHub, engine: Engine) -> None:
    fake.repo.commit("feature", {"app/actions.ts": MANY_ACTIONS}, "many actions")
    fake.open_pull("feature")
    head = fake.store.pulls[1].head_sha
    fake.hold("PATCH", CHECK_PATCH, 0.0)  # the first batch goes through…
    fake.server_error("PATCH", CHECK_PATCH, times=4)  # …then GitHub fails every retry of the second
    with pytest.raises(RetryableJobError):
        Job(fake, engine).review()
    (failed,) = fake.check_runs(head)
    assert failed["conclusion"] == "neutral" and 0 < len(failed["annotations"]) <= 50
    Job(fake, engine).review()  # the queue's retry of the same job
    (run,) = fake.check_runs(head)
    keys = annotation_keys(run)
    assert len(keys) > 50 and len(keys) == len(set(keys))
    assert annotation_keys(failed) == keys[: len(failed["annotations"])]  # the first batch was not re-sent
    assert (run["status"], run["conclusion"]) == ("completed", "failure")


# -- renamed files: a fingerprint includes the path, but a moved finding is the same finding ------


def fixed_replies(fake: FakeGitHub) -> list[dict[str, object]]:
    return [c for c in fake.review_comments(1) if "Fixed in" in str(c["body"])]


def renamed_then_fixed(fake: FakeGitHub, engine: Engine, old: str, new: str) -> None:
    """Review, push a commit that only moves ``old`` to ``new``, review, fix it there, review."""
    job = Job(fake, engine)
    job.review()
    (sql,) = [c for c in our_root_comments(fake) if "sql-injection" in str(c["body"])]
    before = {c["id"] for c in our_root_comments(fake)}
    fp = find_fingerprint(str(sql["body"]))

    moved_head = fake.push(1, {old: None, new: VULNERABLE}, "move the actions")
    job.review()
    assert {c["id"] for c in our_root_comments(fake)} == before  # no new inline comment at the new path
    assert fixed_replies(fake) == [] and not any(t["resolved"] for t in fake.threads(1))
    with Session(engine) as s:
        rec = s.exec(select(FindingRecord).where(FindingRecord.fingerprint == fp)).one()
        assert (rec.status, rec.path, rec.last_seen_sha, rec.comment_id) == ("open", new, moved_head, sql["id"])
    (run,) = fake.check_runs(moved_head)
    assert run["conclusion"] == "failure" and {a["path"] for a in run["annotations"]} == {new}
    (summary,) = [c for c in fake.issue_comments(1) if SUMMARY_MARKER in str(c["body"])]
    assert f"{new}#L{SQL_LINE}" in str(summary["body"]) and "**Fixed**" not in str(summary["body"])

    fixed_head = fake.push(1, {new: FIXED}, "fix deletePost")
    job.review()
    replies = [c for c in fake.review_comments(1) if c.get("in_reply_to_id") == sql["id"]]
    assert [str(c["body"]).splitlines()[0] for c in replies] == [f"✅ Fixed in `{fixed_head[:12]}`."]
    (thread,) = [t for t in fake.threads(1) if sql["id"] in t["comment_ids"]]
    assert thread["resolved"]
    assert {c["id"] for c in our_root_comments(fake)} == before


def test_renamed_file_keeps_its_findings_and_their_threads(fake: FakeGitHub, engine: Engine) -> None:
    # app/actions.ts is on the base branch: GitHub lists the move as `renamed` with `previous_filename`.
    open_vulnerable_pr(fake)
    renamed_then_fixed(fake, engine, "app/actions.ts", "app/posts/actions.ts")
    files = Job(fake, engine).client.list_pull_files(fake.full_name, 1)
    assert [(f.filename, f.status, f.previous_filename) for f in files] == [
        ("app/posts/actions.ts", "renamed", "app/actions.ts")
    ]


def test_file_added_by_the_pr_then_moved_keeps_its_findings(fake: FakeGitHub, engine: Engine) -> None:
    # A file the PR itself adds shows as `added` at its new path (GitHub diffs base...head): no
    # previous_filename; the known finding's own file being gone is what tells the move.
    fake.repo.commit("feature", {"app/admin/actions.ts": VULNERABLE}, "add admin actions")
    fake.open_pull("feature")
    renamed_then_fixed(fake, engine, "app/admin/actions.ts", "app/(admin)/posts/actions.ts")
    files = Job(fake, engine).client.list_pull_files(fake.full_name, 1)
    assert [(f.filename, f.status) for f in files] == [("app/(admin)/posts/actions.ts", "added")]


def test_db_lost_after_a_rename_still_finds_the_thread_on_github(
    fake: FakeGitHub, engine: Engine, tmp_path: Path
) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine).review()
    before = {c["id"] for c in our_root_comments(fake)}
    fake.push(1, {"app/actions.ts": None, "app/posts/actions.ts": VULNERABLE}, "move the actions")
    empty = make_engine(f"sqlite:///{tmp_path / 'lost.db'}")
    init_db(empty)
    Job(fake, empty).review()  # only the markers on GitHub (and their paths) know the old findings
    assert {c["id"] for c in our_root_comments(fake)} == before and fixed_replies(fake) == []


def test_renamed_file_that_could_not_be_read_is_not_called_fixed(fake: FakeGitHub, engine: Engine) -> None:
    open_vulnerable_pr(fake)
    Job(fake, engine).review()
    moved_head = fake.push(1, {"app/actions.ts": None, "app/posts/actions.ts": VULNERABLE}, "move the actions")
    Job(fake, engine, make_settings(fake, WARDEN_MAX_FILE_BYTES=200)).review()  # the moved file is too large now
    assert fixed_replies(fake) == []
    (run,) = fake.check_runs(moved_head)
    assert run["conclusion"] == "neutral" and "app/posts/actions.ts" in str(run["output"]["summary"])
    with Session(engine) as s:
        assert {r.status for r in s.exec(select(FindingRecord)).all()} == {"open"}
