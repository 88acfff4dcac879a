"""`python -m checks.native build|check|status|clean`: see `checks.native`."""

from __future__ import annotations

import importlib.machinery
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from checks.native import BUILD_DIR, HOT_MODULES, MANIFEST, PACKAGE_DIR, digest, interpreter, source_path

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(
    name="warden-native",
    ext_modules=mypycify(sys.argv[3:], opt_level="3", target_dir=sys.argv[2]),
    script_args=["build_ext", "--build-lib", sys.argv[1], "--build-temp", sys.argv[2] + "/temp"],
)
"""


def build() -> int:
    """Compile ``HOT_MODULES`` into ``BUILD_DIR`` and write the manifest last."""
    root = PACKAGE_DIR.parent
    sources = {name: source_path(name) for name in HOT_MODULES}
    digests = {name: digest(path) for name, path in sources.items()}
    clean()
    with tempfile.TemporaryDirectory(prefix="warden-native-") as tmp:
        out, work = Path(tmp) / "lib", Path(tmp) / "work"
        cmd = [sys.executable, "-c", _SETUP, str(out), str(work)]
        cmd += [str(p.relative_to(root)) for p in sources.values()]
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout[-4000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
            print("checks.native: build failed; the pure-Python modules stay in use", file=sys.stderr)
            return 1
        suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
        built = [p for p in out.rglob("*") if p.name.endswith(suffixes)]
        modules: dict[str, dict[str, str]] = {}
        support: dict[str, str] = {}
        for path in built:
            rel = path.relative_to(out)
            stem = rel.name.split(".", 1)[0]
            name = ".".join((*rel.parent.parts, stem))
            if name in sources:
                modules[name] = {"file": rel.as_posix(), "sha256": digests[name]}
            else:  # mypyc's shared library of the group, imported by the modules' small shims
                support[name] = rel.as_posix()
        if set(modules) != set(sources):
            print(f"checks.native: build made {sorted(modules)}, not every module asked", file=sys.stderr)
            return 1
        BUILD_DIR.mkdir()
        for path in built:
            dest = BUILD_DIR / path.relative_to(out)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
    manifest = {"interpreter": interpreter(), "modules": modules, "support": support}
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    print(f"checks.native: compiled {len(modules)} modules into {BUILD_DIR}")
    return 0


_CHECK = """
import sys
from mypyc.build import mypycify
mypycify(sys.argv[2:], opt_level="0", target_dir=sys.argv[1])
"""


def check() -> int:
    """Run mypyc's front end (type check, IR build, C generation) on ``HOT_MODULES`` without
    compiling: it refuses code that mypy accepts (a local narrowed to ``None``, say), and a full
    build takes minutes where this takes about a minute."""
    root = PACKAGE_DIR.parent
    with tempfile.TemporaryDirectory(prefix="warden-native-check-") as tmp:
        cmd = [sys.executable, "-c", _CHECK, tmp]
        cmd += [str(source_path(name).relative_to(root)) for name in HOT_MODULES]
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
    if done.returncode != 0:
        errors = [line for line in (done.stdout + done.stderr).splitlines() if ": error:" in line]
        print("\n".join(errors) or (done.stdout + done.stderr)[-4000:], file=sys.stderr)
        print("checks.native: mypyc refuses these modules", file=sys.stderr)
        return 1
    print(f"checks.native: mypyc accepts the {len(HOT_MODULES)} hot modules")
    return 0


def clean() -> None:
    shutil.rmtree(BUILD_DIR, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "status"
    if command == "build":
        return build()
    if command == "check":
        return check()
    if command == "clean":
        clean()
        return 0
    if command == "status":
        import checks  # noqa: F401  (installs the compiled modules when they are current)

        flow = sys.modules.get("checks.analysis.flow")
        compiled = flow is not None and not str(getattr(flow, "__file__", "")).endswith(".py")
        print("compiled modules in use" if compiled else "pure-Python modules in use")
        return 0
    print("usage: python -m checks.native [build|check|status|clean]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
