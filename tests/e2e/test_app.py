"""End to end: signed webhooks into a real ``warden serve`` process, reviews out to the fake GitHub.

Each test starts its own fake GitHub (a git repository per test) and its own App process with
a fresh SQLite database, then checks what GitHub would have shown on the pull request.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e import nextjs
from tests.e2e.conftest import SECRET, App, running_app
from tests.e2e.webhooks import deliver, pull_request_event, review_comment_event, sign
from tests.fakegithub.state import JSON
from tests.oracles import webhook_example, webhook_examples

pytestmark = pytest.mark.e2e

ACCEPTED = (200, 201, 202, 204)


def bot_comments(app: App, number: int) -> list[JSON]:
    return [c for c in app.fake.review_comments(number) if c["user"]["login"] == app.fake.bot_login]


def top_level(comments: list[JSON]) -> list[JSON]:
    return [c for c in comments if "in_reply_to_id" not in c]


def covers(comment: JSON, line: int) -> bool:
    first: int = comment["start_line"] or comment["line"]
    last: int = comment["line"]
    return first <= line <= last


def rejected_writes(app: App) -> list[str]:
    """Writes GitHub would have refused: the App must build valid requests (faults excluded)."""
    return [
        f"{r.method} {r.path} -> {r.status}"
        for r in app.fake.requests()
        if r.method != "GET" and r.status >= 400 and not r.faulted
    ]


def test_opened_pull_request_gets_one_review_with_inline_comments_and_a_check_run(app: App) -> None:
    pr = app.open_pr(
        {"app/actions.ts": nextjs.ACTIONS_VULNERABLE, "app/api/webhook/route.ts": nextjs.WEBHOOK_ROUTE_VULNERABLE}
    )
    assert app.send_pr(pr) in ACCEPTED
    check = app.wait_for_check(pr.head_sha)
    app.fake.settle()

    [review] = app.fake.reviews(pr.number)
    assert review["commit_id"] == pr.head_sha
    inline = [c for c in top_level(bot_comments(app, pr.number)) if c["pull_request_review_id"] == review["id"]]
    by_path = {c["path"]: c for c in inline}
    assert set(by_path) == {"app/actions.ts", "app/api/webhook/route.ts"}, [c["body"][:80] for c in inline]

    auth = by_path["app/actions.ts"]
    assert "missing-auth" in auth["body"]
    assert auth["side"] == "RIGHT"
    assert auth["line"] in nextjs.function_lines(nextjs.ACTIONS_VULNERABLE, "deletePost")

    timing = by_path["app/api/webhook/route.ts"]
    assert "timing-unsafe-comparison" in timing["body"]
    assert covers(timing, nextjs.line_of(nextjs.WEBHOOK_ROUTE_VULNERABLE, nextjs.TIMING_UNSAFE_LINE))
    assert "```suggestion" in timing["body"] and "timingSafeEqual" in timing["body"]

    assert check["conclusion"] == "failure"  # missing-auth is an error; fail_on defaults to error
    assert {a["path"] for a in check["annotations"]} <= {"app/actions.ts", "app/api/webhook/route.ts"}
    assert rejected_writes(app) == []
    assert {r.auth for r in app.fake.requests()} <= {"jwt", "token"}


def test_redelivery_and_a_second_delivery_for_the_same_sha_post_nothing_new(app: App) -> None:
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    delivery = str(uuid.uuid4())
    assert app.send_pr(pr, delivery_id=delivery) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    comments_before = bot_comments(app, pr.number)
    summaries_before = app.fake.issue_comments(pr.number)

    assert app.send_pr(pr, delivery_id=delivery) in ACCEPTED  # redelivery: same X-GitHub-Delivery
    assert app.send_pr(pr, delivery_id=str(uuid.uuid4())) in ACCEPTED  # a second delivery, same head sha
    app.barrier()

    assert len(app.fake.reviews(pr.number)) == 1
    assert bot_comments(app, pr.number) == comments_before
    assert len(app.fake.issue_comments(pr.number)) == len(summaries_before)
    assert rejected_writes(app) == []


def test_synchronize_with_the_fix_replies_fixed_resolves_and_edits_the_summary(app: App) -> None:
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    [finding] = [c for c in top_level(bot_comments(app, pr.number)) if "missing-auth" in c["body"]]
    summaries = [c for c in app.fake.issue_comments(pr.number) if c["user"]["login"] == app.fake.bot_login]

    old_head = pr.head_sha
    new_head = app.fake.push(pr.number, {"app/actions.ts": nextjs.ACTIONS_FIXED}, "Check the session")
    assert app.send_pr(pr, "synchronize", before=old_head) in ACCEPTED
    app.wait_for_check(new_head)
    app.fake.settle()

    comments = bot_comments(app, pr.number)
    new_inline = [c for c in top_level(comments) if c["id"] != finding["id"] and c["commit_id"] == new_head]
    assert new_inline == []
    replies = [c for c in comments if c.get("in_reply_to_id") == finding["id"]]
    assert len(replies) == 1 and "fixed in" in replies[0]["body"].lower()
    assert new_head[:7] in replies[0]["body"]
    [thread] = [t for t in app.fake.threads(pr.number) if finding["id"] in t["comment_ids"]]
    assert thread["resolved"]

    after = [c for c in app.fake.issue_comments(pr.number) if c["user"]["login"] == app.fake.bot_login]
    assert len(after) == 1, "one summary comment, edited in place"
    if summaries:
        assert after[0]["id"] == summaries[0]["id"] and after[0]["body"] != summaries[0]["body"]
    assert len(app.fake.reviews(pr.number)) == 1  # nothing new to say inline: no second review
    assert rejected_writes(app) == []


def test_bad_or_missing_signature_is_refused_and_nothing_happens(app: App) -> None:
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    payload = pull_request_event(app.fake, pr)
    url = app.warden.webhook_url
    assert deliver(url, None, "pull_request", payload).status_code == 401  # no signature header
    assert deliver(url, "not the secret", "pull_request", payload).status_code == 401
    assert deliver(url, SECRET, "pull_request", payload, signature="sha256=" + "0" * 64).status_code == 401
    assert deliver(url, SECRET, "pull_request", payload, signature="sha1=deadbeef").status_code == 401
    broken = b'{"action": "opened", "pull_request": '
    assert deliver(url, SECRET, "pull_request", broken, signature=sign(SECRET, broken)).status_code == 400
    assert app.send("pull_request", {**payload, "action": "labeled"}) in ACCEPTED  # not ours: ignored
    assert app.send("ping", webhook_examples("ping")[0]) in ACCEPTED
    installation = webhook_example("installation", "created")
    installation["installation"]["id"] = app.fake.installation_id
    assert app.send("installation", installation) in ACCEPTED
    barrier = app.barrier()
    about_pr = [r for r in app.fake.requests() if f"/pulls/{pr.number}" in r.path or pr.head_sha in r.path]
    assert about_pr == []  # not one call to GitHub about the refused deliveries
    assert app.fake.check_runs(pr.head_sha) == []
    assert app.fake.check_runs(barrier.head_sha)  # the App was up and working all along


def test_secondary_rate_limit_while_posting_the_review_still_gives_exactly_one_review(app: App) -> None:
    fault = app.fake.secondary_rate_limit("POST", r"/pulls/\d+/reviews$", times=1, retry_after=1)
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    assert fault.used == 1
    assert [r.status for r in app.fake.requests("POST", r"/pulls/\d+/reviews$")] == [403, 200]
    assert len(app.fake.reviews(pr.number)) == 1
    assert rejected_writes(app) == []


@pytest.mark.parametrize(
    ("method", "pattern"),
    [
        ("GET", r"/pulls/\d+/files$"),  # killed before anything was posted
        ("POST", r"/pulls/\d+/reviews$"),  # killed while GitHub was creating the review: it exists, unrecorded
    ],
    ids=["reading-files", "posting-review"],
)
def test_killed_mid_job_and_restarted_posts_the_review_once(app: App, method: str, pattern: str) -> None:
    held = app.fake.hold(method, pattern, seconds=3.0)
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait(lambda: held.used >= 1, f"the App's {method} to {pattern}")
    app.warden.kill()
    app.wait(lambda: app.fake.requests(method, pattern), "the held request to finish", timeout=10)

    app.warden.start()
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    assert len(app.fake.reviews(pr.number)) == 1
    assert len(top_level(bot_comments(app, pr.number))) == len(
        {c["body"] for c in top_level(bot_comments(app, pr.number))}
    ), "no duplicated inline comment"
    assert rejected_writes(app) == []


def test_pull_request_without_findings_gets_a_green_check_and_no_review(app: App) -> None:
    pr = app.open_pr({"app/posts/actions.ts": nextjs.CLEAN_ACTION})
    assert app.send_pr(pr) in ACCEPTED
    check = app.wait_for_check(pr.head_sha)
    app.fake.settle()
    assert check["conclusion"] == "success"
    assert app.fake.reviews(pr.number) == []
    assert app.fake.review_comments(pr.number) == []
    assert rejected_writes(app) == []


def test_ignore_command_from_a_user_without_write_permission_is_politely_refused(app: App) -> None:
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    [finding] = [c for c in top_level(bot_comments(app, pr.number)) if "missing-auth" in c["body"]]

    app.fake.set_permission("drive-by", "read")
    command = app.fake.human_review_comment(
        pr.number, finding["id"], "drive-by", "@warden ignore missing-auth -- the page is internal"
    )
    assert app.send("pull_request_review_comment", review_comment_event(app.fake, pr, command)) in ACCEPTED

    def answer() -> list[JSON]:
        return [
            c
            for c in bot_comments(app, pr.number)
            if c.get("in_reply_to_id") == finding["id"] and c["id"] > command["id"]
        ]

    replies = app.wait(answer, "Warden's answer in the thread")
    assert isinstance(replies, list) and len(replies) == 1
    reply: JSON = replies[0]
    app.fake.settle()
    assert "write" in reply["body"].lower() or "permission" in reply["body"].lower()
    assert app.fake.requests("GET", r"/collaborators/drive-by/permission$")
    [thread] = [t for t in app.fake.threads(pr.number) if finding["id"] in t["comment_ids"]]
    assert not thread["resolved"]  # nothing changed
    assert rejected_writes(app) == []


def test_ignore_command_from_a_writer_is_recorded_and_answered(app: App) -> None:
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    [finding] = [c for c in top_level(bot_comments(app, pr.number)) if "missing-auth" in c["body"]]

    app.fake.set_permission("maintainer", "write")
    command = app.fake.human_review_comment(
        pr.number, finding["id"], "maintainer", "@warden ignore missing-auth -- internal admin tool behind the VPN"
    )
    assert app.send("pull_request_review_comment", review_comment_event(app.fake, pr, command)) in ACCEPTED

    def answer() -> list[JSON]:
        return [
            c
            for c in bot_comments(app, pr.number)
            if c.get("in_reply_to_id") == finding["id"] and c["id"] > command["id"]
        ]

    replies = app.wait(answer, "Warden's acknowledgement in the thread")
    assert isinstance(replies, list) and len(replies) == 1
    assert "missing-auth" in replies[0]["body"] or "ignor" in replies[0]["body"].lower()
    app.fake.settle()

    # The next push still has the hole, but it is suppressed now: no new inline comment about it.
    old_head = pr.head_sha
    new_head = app.fake.push(pr.number, {"app/page.tsx": "export default function Home() {\n  return null;\n}\n"})
    assert app.send_pr(pr, "synchronize", before=old_head) in ACCEPTED
    app.wait_for_check(new_head)
    app.fake.settle()
    assert [c for c in top_level(bot_comments(app, pr.number)) if c["commit_id"] == new_head] == []
    assert rejected_writes(app) == []


def test_enterprise_server_base_url_is_honoured_for_rest_and_graphql(tmp_path: Path) -> None:
    """GITHUB_API_URL=https://HOST/api/v3: REST under /api/v3, GraphQL at /api/graphql (github-app.md §7.3)."""
    with running_app(tmp_path, api_prefix="/api/v3") as app:
        pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
        assert app.send_pr(pr) in ACCEPTED
        app.wait_for_check(pr.head_sha)
        app.fake.settle()
        [finding] = [c for c in top_level(bot_comments(app, pr.number)) if "missing-auth" in c["body"]]
        old_head = pr.head_sha
        new_head = app.fake.push(pr.number, {"app/actions.ts": nextjs.ACTIONS_FIXED}, "Check the session")
        assert app.send_pr(pr, "synchronize", before=old_head) in ACCEPTED
        app.wait_for_check(new_head)
        app.fake.settle()
        [thread] = [t for t in app.fake.threads(pr.number) if finding["id"] in t["comment_ids"]]
        assert thread["resolved"], "resolveReviewThread must reach /api/graphql"
        assert [r.path for r in app.fake.requests() if r.path.startswith("!")] == []  # nothing outside /api/v3
        assert app.fake.requests("POST", r"^/graphql$")
        assert rejected_writes(app) == []


def test_review_refused_with_422_falls_back_to_one_review(app: App) -> None:
    """GitHub rejects a whole review for one bad comment; the App must still leave exactly one review."""
    rejection = {
        "message": "Unprocessable Entity",
        "documentation_url": "https://docs.github.com/rest",
        "errors": [
            "Pull request review thread line must be part of the diff",
            "Pull request review thread diff hunk can't be blank",
        ],
    }
    fault = app.fake.inject("POST", r"/pulls/\d+/reviews$", 422, body=rejection)
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    assert fault.used == 1
    statuses = [r.status for r in app.fake.requests("POST", r"/pulls/\d+/reviews$")]
    assert statuses[0] == 422 and statuses.count(200) == 1
    assert len(app.fake.reviews(pr.number)) == 1
    assert rejected_writes(app) == []


def test_review_created_but_answered_502_is_not_posted_twice(app: App) -> None:
    """GitHub created the review and still answered 502: a blind retry would double-post."""
    fault = app.fake.server_error("POST", r"/pulls/\d+/reviews$", after_apply=True)
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    assert fault.used == 1
    assert len(app.fake.reviews(pr.number)) == 1
    assert len(top_level(bot_comments(app, pr.number))) == 1
    assert rejected_writes(app) == []


def test_a_file_too_large_to_check_makes_the_check_neutral_with_the_reason(tmp_path: Path) -> None:
    """Never a silent green: what Warden could not check is named in a neutral check run."""
    big = nextjs.CLEAN_ACTION + "".join(f"export const filler{i} = {i};\n" for i in range(400))
    with running_app(tmp_path, env={"WARDEN_MAX_FILE_BYTES": "4000"}) as app:
        pr = app.open_pr({"app/posts/actions.ts": big})
        assert app.send_pr(pr) in ACCEPTED
        check = app.wait_for_check(pr.head_sha)
        app.fake.settle()
        assert check["conclusion"] == "neutral"
        output = f"{check['output']['title']}\n{check['output']['summary']}\n{check['output']['text']}"
        assert "app/posts/actions.ts" in output
        assert app.fake.reviews(pr.number) == []
        assert rejected_writes(app) == []


def test_synchronize_comments_only_on_new_findings_even_when_old_code_moved(app: App) -> None:
    """Fingerprints carry no line numbers: a known finding that moved is not raised again."""
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    first = top_level(bot_comments(app, pr.number))
    assert [c["path"] for c in first] == ["app/actions.ts"]

    moved = nextjs.ACTIONS_VULNERABLE.replace(
        'import { z } from "zod";', '// Posts are deleted from the dashboard.\n\nimport { z } from "zod";'
    )
    old_head = pr.head_sha
    new_head = app.fake.push(
        pr.number, {"app/actions.ts": moved, "app/api/webhook/route.ts": nextjs.WEBHOOK_ROUTE_VULNERABLE}
    )
    assert app.send_pr(pr, "synchronize", before=old_head) in ACCEPTED
    app.wait_for_check(new_head)
    app.fake.settle()

    new = [c for c in top_level(bot_comments(app, pr.number)) if c["id"] not in {f["id"] for f in first}]
    assert [c["path"] for c in new] == ["app/api/webhook/route.ts"]
    assert all(c["commit_id"] == new_head for c in new)
    assert len(app.fake.reviews(pr.number)) == 2  # one per head sha
    assert rejected_writes(app) == []


def test_a_file_moved_without_changes_keeps_its_thread_until_the_fix(app: App) -> None:
    """A fingerprint includes the path: the finding of a moved file is still the same finding."""
    pr = app.open_pr({"app/actions.ts": nextjs.ACTIONS_VULNERABLE})
    assert app.send_pr(pr) in ACCEPTED
    app.wait_for_check(pr.head_sha)
    app.fake.settle()
    [finding] = [c for c in top_level(bot_comments(app, pr.number)) if "missing-auth" in c["body"]]
    first = {c["id"] for c in top_level(bot_comments(app, pr.number))}

    old_head = pr.head_sha
    moved_head = app.fake.push(
        pr.number, {"app/actions.ts": None, "app/posts/actions.ts": nextjs.ACTIONS_VULNERABLE}, "Move the actions"
    )
    assert app.send_pr(pr, "synchronize", before=old_head) in ACCEPTED
    check = app.wait_for_check(moved_head)
    app.fake.settle()

    comments = bot_comments(app, pr.number)
    assert {c["id"] for c in top_level(comments)} == first  # no new inline comment at the new path
    assert [c for c in comments if "fixed in" in c["body"].lower()] == []
    assert not any(t["resolved"] for t in app.fake.threads(pr.number))
    assert check["conclusion"] == "failure"
    assert {a["path"] for a in check["annotations"]} == {"app/posts/actions.ts"}
    [summary] = [c for c in app.fake.issue_comments(pr.number) if c["user"]["login"] == app.fake.bot_login]
    assert "app/posts/actions.ts" in summary["body"] and "**Fixed**" not in summary["body"]
    with closing(sqlite3.connect(app.warden.workdir / "warden.db")) as db:  # what the App remembers
        rows = db.execute("SELECT path, status FROM warden_finding WHERE comment_id = ?", (finding["id"],)).fetchall()
    assert rows == [("app/posts/actions.ts", "open")]

    fixed_head = app.fake.push(pr.number, {"app/posts/actions.ts": nextjs.ACTIONS_FIXED}, "Check the session")
    assert app.send_pr(pr, "synchronize", before=moved_head) in ACCEPTED
    app.wait_for_check(fixed_head)
    app.fake.settle()

    replies = [c for c in bot_comments(app, pr.number) if c.get("in_reply_to_id") == finding["id"]]
    assert len(replies) == 1 and f"fixed in `{fixed_head[:12]}`" in replies[0]["body"].lower()
    [thread] = [t for t in app.fake.threads(pr.number) if finding["id"] in t["comment_ids"]]
    assert thread["resolved"]
    assert {c["id"] for c in top_level(bot_comments(app, pr.number))} == first
    assert rejected_writes(app) == []
