"""The optional compiled modules (`checks.native`) never replace the Python sources by mistake,
and the hot code stays compilable without changing what it does."""

from __future__ import annotations

import json
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from checks import native
from checks.analysis.flow import State


def test_state_copy_carries_every_field() -> None:
    # `State.copy` spells its fields out (compiled classes have no `__dict__`): a field added to
    # `State` must be added there too
    st = State()
    for f in fields(State):
        value = getattr(st, f.name)
        if isinstance(value, set):
            value.add(f"name-{f.name}")
        elif isinstance(value, bool):
            setattr(st, f.name, not value)
        else:
            setattr(st, f.name, f"value-{f.name}")
    copied = st.copy()
    assert copied == st
    for f in fields(State):
        value = getattr(st, f.name)
        if isinstance(value, set):
            assert getattr(copied, f.name) is not value


def test_every_hot_module_has_a_source() -> None:
    for name in native.HOT_MODULES:
        assert native.source_path(name).is_file(), name


@pytest.mark.parametrize("manifest", [None, "not json", "{}", '{"interpreter": "other", "modules": {}}', "stale"])
def test_install_falls_back_to_python(manifest: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "manifest.json"
    if manifest == "stale":  # built from other sources than the ones here
        entry = {"file": "missing.so", "sha256": "0" * 64}
        modules = dict.fromkeys(native.HOT_MODULES, entry)
        manifest = json.dumps({"interpreter": native.interpreter(), "modules": modules})
    if manifest is not None:
        path.write_text(manifest)
    monkeypatch.setattr(native, "MANIFEST", path)
    monkeypatch.setattr(native, "BUILD_DIR", tmp_path)
    monkeypatch.setattr(native, "_active", False)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    before = list(sys.meta_path)
    assert native.install() is False
    assert sys.meta_path == before


def test_disabled_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(native.DISABLE_ENV, "1")
    monkeypatch.setattr(native, "_active", False)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    assert native.install() is False
