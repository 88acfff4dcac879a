# Warden GitHub App: `docker build -t warden . && docker run -p 3000:3000 --env-file .env -v warden-data:/data warden`
# Settings come from the environment (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET,
# DATABASE_URL, ...; see README). Without DATABASE_URL the queue lives in /data/warden.db (SQLite).

# Stage 1: compile the analyser's hot modules with mypyc (about a quarter less CPU per scan; see
# benchmarks/README.md). Same Python version as the runtime image: the build is only used by the
# interpreter it was made for, and the pure-Python sources run otherwise.
FROM python:3.11.13-bookworm AS native
WORKDIR /src
COPY pyproject.toml README.md ./
COPY checks ./checks
COPY bot ./bot
COPY prompts ./prompts
RUN pip install --no-cache-dir ".[native]" && python -m checks.native build

FROM python:3.11.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Dependencies are pinned in pyproject.toml; every one ships manylinux wheels, so no compiler is needed here.
COPY pyproject.toml README.md ./
COPY checks ./checks
COPY bot ./bot
COPY prompts ./prompts
RUN pip install . \
 && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin warden \
 && mkdir -p /data \
 && chown warden:warden /data

# Compiled modules from stage 1, next to the installed sources they were built from.
COPY --from=native /src/checks/_native /usr/local/lib/python3.11/site-packages/checks/_native
RUN python -m checks.native status | grep -q "compiled modules in use"

USER warden
# The working directory holds the default SQLite database; mount a volume here to keep the queue.
WORKDIR /data
VOLUME ["/data"]

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=4)" || exit 1

# Exec form: the server is PID 1 and gets SIGTERM itself; running jobs get up to 30 s to finish
# (give `docker stop -t 40` / compose `stop_grace_period: 40s`; unfinished jobs rerun at the next start).
CMD ["warden", "serve"]
