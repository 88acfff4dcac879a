"""What the fake GitHub holds besides git: pull requests, posted objects, tokens, the request log
and injected faults. All access goes through ``Store.lock`` (the server is threaded)."""

from __future__ import annotations

import itertools
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


def now_iso(at: float | None = None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() if at is None else at))


@dataclass
class Recorded:
    """One request as the fake saw it and what it answered."""

    method: str
    path: str
    query: dict[str, str]
    body: Any  # parsed JSON, or None
    status: int
    auth: str  # "jwt", "token", "none" or "bad"
    faulted: bool = False
    at: float = field(default_factory=time.monotonic)  # when the answer was ready


@dataclass
class Fault:
    """Answer the next ``times`` matching requests with ``status`` instead of serving them.

    ``used`` counts the matching requests that arrived (a test can wait for one to be in flight).

    ``after_apply`` serves the request first (the write happens) and then answers the fault:
    GitHub sometimes creates the object and still returns 502.
    """

    method: str
    pattern: re.Pattern[str]
    status: int | None  # None: serve the request normally (after ``delay``)
    times: int
    headers: dict[str, str] = field(default_factory=dict)
    body: JSON = field(default_factory=dict)
    after_apply: bool = False
    delay: float = 0.0  # seconds to hold the request before serving it (a slow GitHub)
    used: int = 0


@dataclass
class PullRequest:
    number: int
    title: str
    base_ref: str
    base_sha: str
    head_ref: str
    head_sha: str
    user: str = "octocat"
    body: str = ""
    draft: bool = False
    state: str = "open"
    created_at: str = field(default_factory=now_iso)


@dataclass
class Thread:
    """A review thread: its first comment and replies; resolved through GraphQL only."""

    number: int
    pr_number: int
    comment_ids: list[int]
    resolved_by: str | None = None

    @property
    def node_id(self) -> str:
        return f"PRRT_kwDOfake{self.number:06d}"


@dataclass
class Store:
    lock: threading.RLock = field(default_factory=threading.RLock)
    pulls: dict[int, PullRequest] = field(default_factory=dict)
    reviews: dict[int, JSON] = field(default_factory=dict)  # id -> review (with "__pr")
    review_comments: dict[int, JSON] = field(default_factory=dict)  # id -> comment (with "__pr")
    issue_comments: dict[int, JSON] = field(default_factory=dict)  # id -> comment (with "__issue")
    check_runs: dict[int, JSON] = field(default_factory=dict)  # id -> run (with "__annotations")
    threads: dict[int, Thread] = field(default_factory=dict)  # thread number -> thread
    tokens: dict[str, float] = field(default_factory=dict)  # installation token -> expiry (epoch s)
    permissions: dict[str, str] = field(default_factory=dict)  # login -> admin|maintain|write|triage|read|none
    requests: list[Recorded] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1001))

    def next_id(self) -> int:
        return next(self.ids)

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.used < fault.times and fault.method == method and fault.pattern.search(path):
                    fault.used += 1
                    return fault
        return None

    def thread_of(self, comment_id: int) -> Thread | None:
        for thread in self.threads.values():
            if comment_id in thread.comment_ids:
                return thread
        return None


def public(obj: JSON) -> JSON:
    """An object as served: without the store's private ``__`` keys."""
    return {k: v for k, v in obj.items() if not k.startswith("__")}
