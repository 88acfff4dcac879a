from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakegithub.keys import app_key
from tests.fakegithub.server import FakeGitHub
from tests.oracles import require_spec

APP_ID = 4242


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[FakeGitHub]:
    require_spec()
    with FakeGitHub(tmp_path, app_id=APP_ID, app_public_key=app_key().public_pem) as server:
        yield server
