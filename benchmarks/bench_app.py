"""App benchmark: webhook-to-review latency and webhook acknowledgement latency under a burst.

Runs a real ``warden serve`` subprocess against the project's fake GitHub (tests/fakegithub)
on 127.0.0.1, exactly like the e2e tests, and measures:

1. webhook -> review: a pull request of N changed files (default 50; a quarter of them Server
   Action modules with a missing-auth hole) is opened; the clock runs from sending the signed
   ``pull_request.opened`` delivery until the review is recorded by the fake GitHub, and until the
   ``Warden`` check run is completed.
2. acknowledgement under a burst: B signed deliveries (default 500; distinct delivery ids,
   ``pull_request.opened`` for a few PRs, so the queue collapses them into a handful of jobs)
   sent by C concurrent clients; the latency of each HTTP answer gives p50/p99/max.

Loopback only, bounded counts, stops by itself. Needs the test oracles (bash tests/oracles.sh).

    .venv/bin/python benchmarks/bench_app.py [--files 50] [--runs 3] [--burst 500] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root: `tests` is a package

from tests.e2e import nextjs
from tests.e2e.harness import WardenServer
from tests.e2e.webhooks import pull_request_event, sign
from tests.fakegithub.keys import app_key
from tests.fakegithub.server import FakeGitHub
from tests.oracles import INSTALL_HINT, have_spec, have_webhook_examples

APP_ID = 4242
SECRET = "bench-secret"


def pr_files(count: int, salt: str) -> dict[str, str]:
    """``count`` changed files: every fourth a vulnerable action module, the rest small components."""
    files: dict[str, str] = {}
    for i in range(count):
        if i % 4 == 0:
            source = nextjs.ACTIONS_VULNERABLE.replace("deletePost", f"deletePost{i}")
            files[f"app/feature{i:03}/actions.ts"] = source + f"// {salt}\n"
        else:
            files[f"components/Widget{i:03}.tsx"] = (
                f"export function Widget{i}({{ label }}: {{ label: string }}) {{\n"
                f'  return <span data-salt="{salt}">{{label}}</span>;\n}}\n'
            )
    return files


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def deliver(client: httpx.Client, url: str, payload: dict[str, object]) -> tuple[int, float]:
    body = json.dumps(payload).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "GitHub-Hookshot/bench",
        "X-GitHub-Event": "pull_request",
        "X-GitHub-Delivery": str(uuid.uuid4()),
        "X-Hub-Signature-256": sign(SECRET, body),
    }
    start = time.perf_counter()
    status = client.post(url, content=body, headers=headers).status_code
    return status, time.perf_counter() - start


def review_latency(fake: FakeGitHub, warden: WardenServer, files: int, runs: int) -> list[tuple[float, float, float]]:
    """Per run: seconds from the delivery to the App's first call about the PR, to the review, to the check."""
    results: list[tuple[float, float, float]] = []
    with httpx.Client(timeout=30) as client:
        for run in range(runs):
            fake.repo.commit(f"bench-{run}", pr_files(files, f"run{run}"), f"{files} files", start="main")
            pr = fake.open_pull(f"bench-{run}", title=f"bench {run}")
            start = time.perf_counter()
            since = time.monotonic()
            status, _ = deliver(client, warden.webhook_url, pull_request_event(fake, pr))
            if status >= 300:
                raise RuntimeError(f"delivery refused with {status}")
            fake.wait_until(partial(fake.reviews, pr.number), 300, message="the review")
            to_review = time.perf_counter() - start
            fake.wait_until(partial(_check_done, fake, pr.head_sha), 300, message="the check run")
            to_check = time.perf_counter() - start
            first = min(r.at for r in fake.requests(pattern=rf"/pulls/{pr.number}(/|$)")) - since
            results.append((first, to_review, to_check))
            fake.settle(quiet=0.5)
    return results


def _check_done(fake: FakeGitHub, head_sha: str) -> bool:
    return any(r["name"] == "Warden" and r["status"] == "completed" for r in fake.check_runs(head_sha))


def ack_burst(fake: FakeGitHub, warden: WardenServer, burst: int, concurrency: int) -> tuple[list[float], list[int]]:
    pulls = []
    for i in range(10):
        fake.repo.commit(f"burst-{i}", {f"app/burst{i}/actions.ts": nextjs.CLEAN_ACTION}, "burst", start="main")
        pulls.append(fake.open_pull(f"burst-{i}"))
    payloads = [pull_request_event(fake, pulls[i % len(pulls)]) for i in range(burst)]
    with (
        httpx.Client(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as client,
        ThreadPoolExecutor(concurrency) as pool,
    ):
        answers = list(pool.map(lambda p: deliver(client, warden.webhook_url, p), payloads))
    return [seconds for _, seconds in answers], [status for status, _ in answers]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--burst", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    if not (have_spec() and have_webhook_examples()):
        print(f"test oracles missing: {INSTALL_HINT}", file=sys.stderr)
        return 2
    key = app_key()
    with tempfile.TemporaryDirectory(prefix="warden-bench-") as tmp:
        root = Path(tmp)
        with FakeGitHub(root / "github", app_id=APP_ID, app_public_key=key.public_pem) as fake:
            fake.repo.commit("main", nextjs.BASE_FILES, "skeleton")
            with WardenServer(
                root / "warden",
                api_url=fake.base_url,
                app_id=APP_ID,
                key=key,
                secret=SECRET,
                extra_env={"LOG_LEVEL": "warning"},
            ) as warden:
                latencies = review_latency(fake, warden, args.files, args.runs)
                acks, statuses = ack_burst(fake, warden, args.burst, args.concurrency)
                fake.settle(quiet=1.0, timeout=300)
                calls = len(fake.requests())

    print(f"## webhook -> review, {args.files}-file PR, {args.runs} runs (first run = cold process)")
    for index, label in ((0, "first GitHub call"), (1, "review posted    "), (2, "check completed  ")):
        values = [run[index] for run in latencies]
        warm = values[1:] or values
        print(
            f"{label}: cold {values[0]:.2f} s  warm median {statistics.median(warm):.2f} s  "
            f"min {min(warm):.2f} s  max {max(warm):.2f} s"
        )
    print(f"## acknowledgement, burst of {args.burst} signed deliveries, {args.concurrency} concurrent clients")
    ms = [a * 1000 for a in acks]
    accepted = sum(200 <= s < 300 for s in statuses)
    print(
        f"p50 {percentile(ms, 50):.1f} ms  p99 {percentile(ms, 99):.1f} ms  max {max(ms):.1f} ms  "
        f"accepted {accepted}/{len(statuses)}"
    )
    print(f"GitHub API calls made by the App during the whole run: {calls}")
    return 0 if accepted == len(statuses) else 1


if __name__ == "__main__":
    raise SystemExit(main())
