"""Runs ``warden serve`` as a subprocess against the fake GitHub, exactly as a deployment would.

Nothing of ``bot/`` is imported: the App is configured through its environment variables
and spoken to over HTTP only.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.fakegithub.keys import AppKey

WEBHOOK_PATH = "/api/github/webhooks"
REPO_ROOT = Path(__file__).resolve().parents[2]


def warden_executable() -> Path:
    """The ``warden`` console script of the interpreter running the tests (the project's venv)."""
    beside = Path(sys.executable).parent / "warden"
    if beside.exists():
        return beside
    found = shutil.which("warden")
    if found is None:
        raise FileNotFoundError("the `warden` console script is not installed (pip install -e .)")
    return Path(found)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class WardenServer:
    """One ``warden serve`` process; ``restart()`` keeps the same database, port and settings."""

    def __init__(
        self,
        workdir: Path,
        *,
        api_url: str,
        app_id: int,
        key: AppKey,
        secret: str,
        extra_env: dict[str, str] | None = None,
    ) -> None:
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.webhook_url = self.url + WEBHOOK_PATH
        self.secret = secret
        self.log_path = workdir / "warden.log"
        inherited = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("GITHUB_", "WARDEN_", "APP_", "PRIVATE_KEY", "WEBHOOK_", "DATABASE_"))
        }
        self.env = {
            **inherited,
            "APP_ID": str(app_id),
            "PRIVATE_KEY_PATH": str(key.write(workdir / "app.pem")),
            "WEBHOOK_SECRET": secret,
            "GITHUB_API_URL": api_url,
            "DATABASE_URL": f"sqlite:///{workdir / 'warden.db'}",
            "LOG_LEVEL": "debug",
            "WARDEN_RETRY_MAX_WAIT": "2",
            "WARDEN_WORKERS": "2",
            "PYTHONUNBUFFERED": "1",
            # The code of this checkout, whichever one the venv's editable install points at (worktrees).
            "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
            **(extra_env or {}),
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> WardenServer:
        log = self.log_path.open("ab")
        log.write(f"\n--- start {time.strftime('%H:%M:%S')} ---\n".encode())
        log.flush()
        self.proc = subprocess.Popen(
            [str(warden_executable()), "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=self.workdir,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"warden serve exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1.0).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise TimeoutError(f"warden serve not healthy after {timeout:.0f}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks run, as in a crash or an OOM kill."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()

    def restart(self) -> WardenServer:
        self.stop()
        return self.start()

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def __enter__(self) -> WardenServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
