"""Prometheus metrics of the App, served at ``GET /metrics``.

Module-level collectors on the default registry: the webhook, the workers and
the GitHub client (``observe_github_error``) all increment the same objects.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

DELIVERIES = Counter(
    "warden_webhook_deliveries_total",
    "Webhook deliveries received, by event and outcome",
    ["event", "outcome"],
)
JOBS_FINISHED = Counter(
    "warden_jobs_finished_total",
    "Job runs finished, by kind and result (done, retry, failed)",
    ["kind", "result"],
)
JOB_DURATION = Histogram(
    "warden_job_duration_seconds",
    "Wall time of one job run, by kind",
    ["kind"],
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600),
)
JOBS_BY_STATUS = Gauge(
    "warden_jobs",
    "Jobs in the queue table, by status (read from the database at scrape time)",
    ["status"],
)
GITHUB_API_ERRORS = Counter(
    "warden_github_api_errors_total",
    "GitHub API calls that failed, by HTTP status ('network' when no response) and operation",
    ["status", "operation"],
)


def observe_github_error(status: int | str | None, operation: str = "other") -> None:
    """Count one failed GitHub API call; for bot/github and the pipeline."""
    GITHUB_API_ERRORS.labels(status="network" if status is None else str(status), operation=operation).inc()
