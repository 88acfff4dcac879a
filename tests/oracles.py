"""Paths and loaders for the offline test oracles installed by ``tests/oracles.sh``.

GitHub's OpenAPI description (``@octokit/openapi``) and real example webhook payloads
(``@octokit/webhooks-examples``) are ground truth the fake GitHub and the e2e tests are held to.
They live in ``.oracles/`` (gitignored); tests that need them call ``require_*`` which
``pytest.skip``s with the install command when they are absent. CI installs them first.
"""

from __future__ import annotations

import copy
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
ORACLES_DIR = Path(os.environ.get("WARDEN_ORACLES_DIR", ROOT / ".oracles"))
OPENAPI_VERSION = "23.0.2"
WEBHOOKS_VERSION = "7.6.1"
SPEC_PATH = ORACLES_DIR / "openapi" / "package" / "generated" / "api.github.com.json"
WEBHOOK_EXAMPLES_PATH = ORACLES_DIR / "webhooks" / "package" / "api.github.com" / "index.json"
INSTALL_HINT = "run `bash tests/oracles.sh` (npm pack @octokit/openapi and @octokit/webhooks-examples)"


def have_spec() -> bool:
    return SPEC_PATH.is_file()


def have_webhook_examples() -> bool:
    return WEBHOOK_EXAMPLES_PATH.is_file()


def require_spec() -> Path:
    if not have_spec():
        pytest.skip(f"GitHub OpenAPI description missing at {SPEC_PATH}: {INSTALL_HINT}")
    return SPEC_PATH


def require_webhook_examples() -> Path:
    if not have_webhook_examples():
        pytest.skip(f"webhook examples missing at {WEBHOOK_EXAMPLES_PATH}: {INSTALL_HINT}")
    return WEBHOOK_EXAMPLES_PATH


@lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """The raw OpenAPI 3.0 document (13 MB, ~0.2 s); cached, treat as read-only."""
    data: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return data


def spec_example(name: str) -> Any:
    """A deep copy of ``components.examples[name].value`` (GitHub's own response example)."""
    return copy.deepcopy(load_spec()["components"]["examples"][name]["value"])


@lru_cache(maxsize=1)
def _webhook_definitions() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(WEBHOOK_EXAMPLES_PATH.read_text(encoding="utf-8"))
    return data


def webhook_examples(event: str, action: str | None = None) -> list[dict[str, Any]]:
    """Deep copies of the example payloads of one event (and action), in file order."""
    for definition in _webhook_definitions():
        if definition["name"] == event:
            examples: list[dict[str, Any]] = definition["examples"]
            return [copy.deepcopy(e) for e in examples if action is None or e.get("action") == action]
    return []


def webhook_example(event: str, action: str, *, with_installation: bool = True) -> dict[str, Any]:
    """The first example of ``event.action`` (with an ``installation`` block unless asked otherwise)."""
    for example in webhook_examples(event, action):
        if ("installation" in example) == with_installation:
            return example
    raise LookupError(f"no {event}.{action} example in {WEBHOOK_EXAMPLES_PATH}")
