#!/usr/bin/env bash
# The test command (README, .ci/run): sets up everything the suite needs on a fresh
# machine, then runs the linter, the type checker and the tests.
#   - a virtualenv in .venv with Warden and its pinned dev dependencies
#   - the offline test oracles from npm (GitHub's OpenAPI description, webhook examples, SARIF schema)
#   - a throw-away PostgreSQL server (apt-get when missing; required on CI, optional elsewhere)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

python="${PYTHON:-python3}"
[[ -x .venv/bin/python ]] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'

bash tests/oracles.sh
bash tests/oracles_sarif.sh

if pg_line="$(bash .ci/postgres.sh)"; then
  eval "$pg_line"
elif [[ "${CI:-}" == "true" ]]; then
  echo "tests/run.sh: PostgreSQL could not be started (required on CI)" >&2
  exit 1
else
  echo "tests/run.sh: no PostgreSQL server; its tests will be skipped" >&2
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# pytest exits 5 when it collects no test: set -e makes that a failure too.
.venv/bin/pytest "$@"

# On CI (or WARDEN_TEST_NATIVE=1): build the optional mypyc copies of the hot modules and run the
# analyser's tests again on them, so the compiled path stays equal to the Python one; then remove them.
if [[ "${WARDEN_TEST_NATIVE:-${CI:-}}" =~ ^(1|true)$ ]]; then
  .venv/bin/python -m checks.native build
  .venv/bin/python -m checks.native status | grep -q "compiled modules in use"
  .venv/bin/pytest -q -p no:cacheprovider tests/checks tests/examples
  .venv/bin/python -m checks.native clean
else
  # Elsewhere, mypyc's front end alone (about a minute): it refuses some code mypy accepts, and
  # that should fail here, not first on CI's compiled build.
  .venv/bin/python -m checks.native check
fi
