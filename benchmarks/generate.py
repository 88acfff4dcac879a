"""Deterministic generator of a large synthetic Next.js monorepo for the analyser benchmark.

The same ``--seed``, ``--files`` and ``--lines`` always give the same bytes: every
random choice comes from one seeded ``random.Random`` and files are emitted in a
fixed order, so timings taken on different commits compare the same work.

Layout: ``apps/<name>/`` Next.js apps, each with its own ``tsconfig.json`` ``paths``
alias (``@/*``, ``~/*`` or ``#/*``, with or without ``src/``), an auth stack
(Auth.js, Clerk, Supabase, better-auth, a ``verifySession`` data-access layer) and a
database stack (Prisma, Drizzle, node-postgres); plus ``packages/shared``. Source
files mix ``"use server"`` action modules (guarded and unguarded, zod-validated or
not), next-safe-action modules whose clients live in ``lib/``, ``app/**/route.ts``
handlers, ``pages/api`` handlers, ``"use client"`` components, TSX pages and lib code.

``--files`` counts source files (what the analyser scans); each app also gets a
``package.json``, a ``tsconfig.json`` and, for Prisma apps, ``prisma/schema.prisma``.
``--lines`` is the target for the source lines (met within a few percent).

Usage: python benchmarks/generate.py [--files 2000] [--lines 300000] [--seed 1] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

DEFAULT_OUT = Path(__file__).resolve().parent / ".generated" / "monorepo"
# Written into every generated tree; ``--out`` is only ever wiped when it carries it.
MARKER = ".warden-bench-generated"
SOURCE_SUFFIXES = (".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts")


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


ENTITIES = words(
    "project invoice team member comment post document workspace order customer ticket subscription "
    "webhook apiKey report invitation payment product category review note task milestone board channel "
    "message attachment contract shipment coupon campaign lead deal asset folder snippet dataset pipeline "
    "deployment environment secretRef domain booking event venue course lesson quiz article profile "
    "organization notification"
)
VERBS = words(
    "create update delete archive restore publish rename duplicate assign approve reject transfer close "
    "reopen pin unpin share export import schedule cancel refund merge tag move lock unlock sync reorder"
)
ADJECTIVES = words(
    "draft pending active stale primary bulk quick recent shared private public featured legacy nested "
    "remote local weekly monthly custom default"
)
FIELDS = words(
    "title name description status priority dueDate amount currency notes slug color email phone address "
    "city country quantity price label summary body url position startsAt endsAt timezone locale "
    "visibility category reference discount weight width height rating source channel"
)
SECRET_NAMES = ("token", "webhookSecret", "apiKey", "signature", "otp", "inviteToken", "passcode")
ALIASES = (("@/", "src/"), ("@/", ""), ("~/", "src/"), ("#/", ""))
AUTH_STACKS = ("authjs", "clerk", "supabase", "betterauth", "dal")
DB_STACKS = ("prisma", "drizzle", "pg")
APP_NAMES = words(
    "web admin dashboard billing docs studio portal marketing console crm shop helpdesk analytics "
    "partners academy status"
)


def cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def snake(word: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in word)


def kebab(word: str) -> str:
    return snake(word).replace("_", "-")


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


@dataclass
class App:
    name: str
    root: str  # "apps/web/"
    alias: str  # "@/"
    src: str  # "src/" or ""
    auth: str
    db: str
    entities: list[str]
    lib_modules: list[str] = field(default_factory=list)  # alias paths of generated lib helpers

    def path(self, rel: str) -> str:
        return f"{self.root}{self.src}{rel}"


class Writer:
    """Collects files in memory; ``lines`` counts source lines only."""

    def __init__(self) -> None:
        self.files: dict[str, str] = {}
        self.source_files = 0
        self.lines = 0

    def unique(self, path: str) -> str:
        if path not in self.files:
            return path
        stem, _, ext = path.rpartition(".")
        n = 2
        while f"{stem}-{n}.{ext}" in self.files:
            n += 1
        return f"{stem}-{n}.{ext}"

    def add(self, path: str, text: str) -> str:
        path = self.unique(path)
        self.files[path] = text
        if path.endswith(SOURCE_SUFFIXES):
            self.source_files += 1
            self.lines += text.count("\n")
        return path


class Gen:
    """Emits code fragments; every choice draws from ``self.rng`` so output is reproducible."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.counter = 0

    def pick(self, seq: tuple[str, ...] | list[str]) -> str:
        return seq[self.rng.randrange(len(seq))]

    def fields(self, lo: int = 2, hi: int = 6) -> list[str]:
        return self.rng.sample(FIELDS, self.rng.randint(lo, hi))

    def ident(self, entity: str) -> str:
        """A varied function name such as ``archiveStaleInvoice3``."""
        self.counter += 1
        verb = self.pick(VERBS)
        adj = cap(self.pick(ADJECTIVES)) if self.rng.random() < 0.5 else ""
        return f"{verb}{adj}{cap(entity)}{self.counter}"

    # -- auth and db snippets per stack -------------------------------------------------

    def auth_imports(self, app: App) -> list[str]:
        a = app.alias
        return {
            "authjs": [f'import {{ auth }} from "{a}lib/auth";'],
            "clerk": ['import { auth } from "@clerk/nextjs/server";'],
            "supabase": [f'import {{ createClient }} from "{a}lib/supabase/server";'],
            "betterauth": [f'import {{ auth }} from "{a}lib/auth";', 'import { headers } from "next/headers";'],
            "dal": [f'import {{ verifySession }} from "{a}lib/dal";'],
        }[app.auth]

    def guard(self, app: App, indent: str = "  ") -> tuple[list[str], str]:
        """Lines that authenticate and the expression holding the user id afterwards."""
        i = indent
        if app.auth == "authjs":
            return [
                f"{i}const session = await auth();",
                f'{i}if (!session?.user?.id) throw new Error("Unauthorized");',
            ], ("session.user.id")
        if app.auth == "clerk":
            return [
                f"{i}const {{ userId }} = await auth();",
                f'{i}if (!userId) throw new Error("Unauthorized");',
            ], "userId"
        if app.auth == "supabase":
            return [
                f"{i}const supabase = await createClient();",
                f"{i}const {{ data: {{ user }} }} = await supabase.auth.getUser();",
                f'{i}if (!user) redirect("/login");',
            ], "user.id"
        if app.auth == "betterauth":
            return [
                f"{i}const session = await auth.api.getSession({{ headers: await headers() }});",
                f'{i}if (!session) return {{ error: "Unauthorized" }};',
            ], "session.user.id"
        return [f"{i}const session = await verifySession();"], "session.userId"

    def db_imports(self, app: App, entity: str) -> list[str]:
        a = app.alias
        if app.db == "prisma":
            return [f'import {{ db }} from "{a}lib/db";']
        if app.db == "drizzle":
            return [
                f'import {{ db }} from "{a}lib/db";',
                f'import {{ {plural(entity)} }} from "{a}lib/db/schema";',
                'import { and, eq, desc } from "drizzle-orm";',
            ]
        return [f'import {{ pool }} from "{a}lib/db";']

    def db_write(self, app: App, entity: str, flds: list[str], owner: str | None, indent: str = "  ") -> list[str]:
        """An update of one row, constrained by owner when ``owner`` is given."""
        i = indent
        if app.db == "prisma":
            where = f"{{ id, userId: {owner} }}" if owner else "{ id }"
            data = ", ".join(flds)
            return [f"{i}await db.{entity}.update({{", f"{i}  where: {where},", f"{i}  data: {{ {data} }},", f"{i}}});"]
        if app.db == "drizzle":
            t = plural(entity)
            cond = f"and(eq({t}.id, id), eq({t}.userId, {owner}))" if owner else f"eq({t}.id, id)"
            return [
                f"{i}await db",
                f"{i}  .update({t})",
                f"{i}  .set({{ {', '.join(flds)} }})",
                f"{i}  .where({cond});",
            ]
        sets = ", ".join(f"{snake(f)} = ${n + 1}" for n, f in enumerate(flds))
        k = len(flds)
        params = ", ".join([*flds, "id"] + ([owner] if owner else []))
        where = f"id = ${k + 1}" + (f" AND user_id = ${k + 2}" if owner else "")
        return [
            f"{i}await pool.query(",
            f'{i}  "UPDATE {snake(plural(entity))} SET {sets} WHERE {where}",',
            f"{i}  [{params}],",
            f"{i});",
        ]

    def db_list(self, app: App, entity: str, owner: str, indent: str = "  ") -> list[str]:
        """A select of chosen columns for the owner; leaves ``rows`` in scope."""
        i = indent
        cols = self.fields(2, 4)
        if app.db == "prisma":
            sel = ", ".join(f"{c}: true" for c in ["id", *cols])
            return [
                f"{i}const rows = await db.{entity}.findMany({{",
                f"{i}  where: {{ userId: {owner} }},",
                f"{i}  select: {{ {sel} }},",
                f'{i}  orderBy: {{ createdAt: "desc" }},',
                f"{i}  take: {self.rng.choice((20, 50, 100))},",
                f"{i}}});",
            ]
        if app.db == "drizzle":
            t = plural(entity)
            sel = ", ".join(f"{c}: {t}.{c}" for c in ["id", *cols])
            return [
                f"{i}const rows = await db",
                f"{i}  .select({{ {sel} }})",
                f"{i}  .from({t})",
                f"{i}  .where(eq({t}.userId, {owner}))",
                f"{i}  .orderBy(desc({t}.createdAt));",
            ]
        colsql = ", ".join(snake(c) for c in ["id", *cols])
        return [
            f"{i}const {{ rows }} = await pool.query(",
            f'{i}  "SELECT {colsql} FROM {snake(plural(entity))} WHERE user_id = $1 ORDER BY created_at DESC",',
            f"{i}  [{owner}],",
            f"{i});",
        ]

    def busywork(self, flds: list[str], indent: str = "  ") -> list[str]:
        """Plain data shaping that real actions carry around their guarded core."""
        i = indent
        out: list[str] = []
        for f in flds[: self.rng.randint(1, len(flds))]:
            kind = self.rng.randrange(4)
            if kind == 0:
                out.append(
                    f'{i}const {f}Trimmed = String({f} ?? "").trim().slice(0, {self.rng.choice((64, 120, 255))});'
                )
            elif kind == 1:
                out += [f"{i}if ({f} === undefined) {{", f'{i}  console.warn("{f} missing, using default");', f"{i}}}"]
            elif kind == 2:
                out.append(f"{i}const {f}Label = `{f}: ${{{f}}}`;")
            else:
                out += [
                    f'{i}const {f}Parts = String({f}).split(",").map((part) => part.trim());',
                    f"{i}const {f}Count = {f}Parts.filter(Boolean).length;",
                ]
        return out

    # -- units: one function or component each --------------------------------------------

    def action_unit(self, app: App, entity: str) -> tuple[list[str], set[str]]:
        """One exported server action; returns its lines and the imports it needs."""
        name = self.ident(entity)
        flds = self.fields()
        needs: set[str] = set()
        roll = self.rng.random()
        guarded = roll < 0.8
        validated = self.rng.random() < 0.7
        lines = [f"export async function {name}(formData: FormData) {{"]
        owner: str | None = None
        if guarded:
            g, owner = self.guard(app)
            lines += g
            needs.add("auth")
        lines.append('  const id = String(formData.get("id") ?? "");')
        if validated:
            schema = f"{name}Schema"
            needs.add("zod")
            lines.insert(0, f"const {schema} = z.object({{")
            for pos, f in enumerate(flds, start=1):
                lines.insert(pos, f"  {f}: z.string().min(1).max({self.rng.choice((80, 200, 2000))}),")
            lines.insert(len(flds) + 1, "});")
            lines.insert(len(flds) + 2, "")
            lines.append(f"  const parsed = {schema}.safeParse(Object.fromEntries(formData));")
            lines.append('  if (!parsed.success) return { error: "Invalid input" };')
            lines.append(f"  const {{ {', '.join(flds)} }} = parsed.data;")
        else:
            for f in flds:
                lines.append(f'  const {f} = formData.get("{f}") as string;')
        lines += self.busywork(flds)
        lines += self.db_write(app, entity, flds, owner if self.rng.random() < 0.85 else None)
        if self.rng.random() < 0.5:
            needs.add("revalidate")
            lines.append(f'  revalidatePath("/{plural(entity)}");')
        lines.append("  return { ok: true };")
        lines.append("}")
        lines.append("")
        return lines, needs

    def raw_sql_unit(self, app: App, entity: str) -> tuple[list[str], set[str]]:
        """A search helper over raw SQL: mostly placeholders, sometimes interpolated (a finding)."""
        name = f"search{cap(plural(entity))}{self.counter}"
        self.counter += 1
        col = snake(self.pick(FIELDS))
        table = snake(plural(entity))
        client = "pool" if app.db == "pg" else "db"
        call = "query" if app.db == "pg" else "$queryRawUnsafe" if app.db == "prisma" else "execute"
        lines = [f"export async function {name}(term: string, limit = 20) {{"]
        g, owner = self.guard(app)
        lines += g
        if self.rng.random() < 0.25:
            lines += [
                f"  const result = await {client}.{call}(",
                f"    `SELECT id, {col} FROM {table} WHERE {col} ILIKE '%${{term}}%' LIMIT ${{limit}}`,",
                "  );",
            ]
        else:
            lines += [
                f"  const result = await {client}.{call}(",
                f'    "SELECT id, {col} FROM {table} WHERE user_id = $1 AND {col} ILIKE $2 LIMIT $3",',
                f"    {owner}, `%${{term}}%`, limit,",
                "  );",
            ]
        lines += ["  return result;", "}", ""]
        return lines, {"auth", "rawdb"}

    def secret_unit(self, app: App, entity: str) -> tuple[list[str], set[str]]:
        """A shared-secret check; one in four uses ``===`` (timing-unsafe)."""
        secret = self.pick(SECRET_NAMES)
        name = f"verify{cap(entity)}{cap(secret)}{self.counter}"
        self.counter += 1
        env = snake(secret).upper()
        lines = [f"export async function {name}(provided: string) {{", f'  const {secret} = process.env.{env} ?? "";']
        if self.rng.random() < 0.25:
            lines += [f"  if (provided !== {secret}) {{", "    return { ok: false };", "  }"]
        else:
            needs_len = "provided.length !== " + secret + ".length"
            lines += [
                "  const a = Buffer.from(provided);",
                f"  const b = Buffer.from({secret});",
                f"  if ({needs_len} || !timingSafeEqual(a, b)) {{",
                "    return { ok: false };",
                "  }",
            ]
        lines += ["  return { ok: true };", "}", ""]
        return lines, {"crypto"}

    def safe_action_unit(self, app: App, entity: str) -> tuple[list[str], set[str]]:
        name = self.ident(entity)
        flds = self.fields(1, 4)
        public = self.rng.random() < 0.15
        client = "actionClient" if public else "authActionClient"
        lines = [f"export const {name} = {client}", "  .inputSchema(", "    z.object({", "      id: z.string().uuid(),"]
        lines += [f"      {f}: z.string().max({self.rng.choice((64, 256, 1024))}).optional()," for f in flds]
        lines += ["    }),", "  )"]
        if public:
            lines.append("  .action(async ({ parsedInput }) => {")
            lines.append(f"    const {{ id, {', '.join(flds)} }} = parsedInput;")
            lines += self.db_write(app, entity, flds, None, indent="    ")
        else:
            lines.append("  .action(async ({ parsedInput, ctx }) => {")
            lines.append(f"    const {{ id, {', '.join(flds)} }} = parsedInput;")
            lines += self.busywork(flds, indent="    ")
            lines += self.db_write(app, entity, flds, "ctx.userId", indent="    ")
        lines += ["    return { success: true };", "  });", ""]
        return lines, {"zod", "safe"}

    def imports_for(self, app: App, entity: str, needs: set[str]) -> list[str]:
        out: list[str] = []
        if "revalidate" in needs:
            out.append('import { revalidatePath } from "next/cache";')
        if app.auth == "supabase" and "auth" in needs:
            out.append('import { redirect } from "next/navigation";')
        if "crypto" in needs:
            out.append('import { timingSafeEqual } from "node:crypto";')
        if "zod" in needs:
            out.append('import { z } from "zod";')
        if "auth" in needs:
            out += self.auth_imports(app)
        if needs & {"db", "rawdb"} or "auth" in needs or "safe" in needs:
            out += self.db_imports(app, entity)
        if "safe" in needs:
            out.append(f'import {{ actionClient, authActionClient }} from "{app.alias}lib/safe-action";')
        if app.lib_modules and self.rng.random() < 0.4:
            mod = self.pick(app.lib_modules)
            out.append(f'import * as helpers{self.counter} from "{mod}";')
        return out

    def component_unit(self, entity: str) -> list[str]:
        kind = self.pick(("Form", "Card", "Panel", "Dialog", "List"))
        name = f"{cap(self.pick(ADJECTIVES))}{cap(entity)}{kind}{self.counter}"
        self.counter += 1
        flds = self.fields(2, 5)
        lines = [f"export function {name}({{ initial }}: {{ initial?: Partial<{cap(entity)}Values> }}) {{"]
        for f in flds:
            lines.append(f'  const [{f}, set{cap(f)}] = useState<string>(initial?.{f} ?? "");')
        lines += [
            "  const [pending, startTransition] = useTransition();",
            "  const [error, setError] = useState<string | null>(null);",
            "",
            "  function onSubmit(event: React.FormEvent<HTMLFormElement>) {",
            "    event.preventDefault();",
            "    setError(null);",
            "    startTransition(async () => {",
            "      const form = new FormData(event.currentTarget);",
            '      const res = await fetch("/api/' + plural(entity) + '", { method: "POST", body: form });',
            '      if (!res.ok) setError("Something went wrong");',
            "    });",
            "  }",
            "",
            "  return (",
            f'    <form onSubmit={{onSubmit}} className="space-y-{self.rng.randint(2, 6)} rounded-lg border p-4">',
        ]
        for f in flds:
            lines += [
                f'      <label className="block text-sm font-medium" htmlFor="{f}">',
                f"        {cap(f)}",
                f'        <input id="{f}" name="{f}" value={{{f}}} onChange={{(e) => set{cap(f)}(e.target.value)}} />',
                "      </label>",
            ]
        lines += [
            '      {error ? <p className="text-red-600">{error}</p> : null}',
            '      <button type="submit" disabled={pending}>',
            f'        {{pending ? "Saving…" : "Save {entity}"}}',
            "      </button>",
            "    </form>",
            "  );",
            "}",
            "",
        ]
        return lines

    def lib_unit(self, entity: str) -> list[str]:
        kind = self.rng.randrange(3)
        self.counter += 1
        n = self.counter
        flds = self.fields(3, 7)
        if kind == 0:
            lines = [f"export interface {cap(entity)}Row{n} {{", "  id: string;"]
            lines += [f"  {f}{'?' if self.rng.random() < 0.3 else ''}: string;" for f in flds]
            lines += ["  createdAt: Date;", "}", ""]
            lines += [f"export function format{cap(entity)}{n}(row: {cap(entity)}Row{n}): string {{"]
            lines += ["  const parts: string[] = [];"]
            lines += [f"  if (row.{f}) parts.push(`{f}=${{row.{f}}}`);" for f in flds]
            lines += ['  return parts.join(" · ");', "}", ""]
            return lines
        if kind == 1:
            lines = [f"export const {entity}Defaults{n} = {{"]
            lines += [f'  {f}: "{self.pick(ADJECTIVES)}",' for f in flds]
            lines += ["} as const;", ""]
            lines += [
                f"export function sort{cap(plural(entity))}{n}<T extends {{ {flds[0]}: string }}>(",
                "  items: T[],",
                '  dir: "asc" | "desc" = "asc",',
                "): T[] {",
                f"  const sorted = [...items].sort((a, b) => a.{flds[0]}.localeCompare(b.{flds[0]}));",
                '  return dir === "asc" ? sorted : sorted.reverse();',
                "}",
                "",
            ]
            return lines
        lines = [
            f"export function paginate{cap(entity)}{n}<T>(items: T[], page: number, "
            f"size = {self.rng.choice((10, 20, 25))}) {{"
        ]
        lines += [
            "  const total = items.length;",
            "  const pages = Math.max(1, Math.ceil(total / size));",
            "  const current = Math.min(Math.max(1, page), pages);",
            "  const start = (current - 1) * size;",
            "  return {",
            "    items: items.slice(start, start + size),",
            "    total,",
            "    pages,",
            "    current,",
            "    hasNext: current < pages,",
            "    hasPrev: current > 1,",
            "  };",
            "}",
            "",
        ]
        return lines


def fill(units: Callable[[], list[str]], target: int, base: int) -> list[str]:
    """Append units until the file reaches ``target`` lines (always at least one unit)."""
    out: list[str] = []
    while True:
        out += units()
        if base + len(out) >= target:
            return out


def header(*lines: str) -> list[str]:
    return [*lines, ""] if lines else []


class Builder:
    def __init__(self, files: int, lines: int, seed: int) -> None:
        self.rng = Random(seed)
        self.gen = Gen(self.rng)
        self.w = Writer()
        self.target_files = files
        self.target_lines = lines
        self.apps: list[App] = []

    # The next file's line target: spread what is left evenly, with jitter.
    def budget(self) -> int:
        left_files = max(1, self.target_files - self.w.source_files)
        left_lines = max(0, self.target_lines - self.w.lines)
        mean = left_lines / left_files
        return max(8, int(mean * self.rng.uniform(0.4, 1.6)))

    def make_apps(self) -> None:
        count = max(1, min(len(APP_NAMES), self.target_files // 250))
        for name in APP_NAMES[:count]:
            alias, src = self.gen.pick([f"{a}|{s}" for a, s in ALIASES]).split("|")
            ents = self.rng.sample(ENTITIES, self.rng.randint(8, 16))
            app = App(name, f"apps/{name}/", alias, src, self.gen.pick(AUTH_STACKS), self.gen.pick(DB_STACKS), ents)
            self.apps.append(app)

    def project_files(self, app: App) -> None:
        tsconfig = {
            "compilerOptions": {
                "target": "ES2022",
                "lib": ["dom", "dom.iterable", "esnext"],
                "strict": True,
                "module": "esnext",
                "moduleResolution": "bundler",
                "jsx": "preserve",
                "baseUrl": ".",
                "paths": {f"{app.alias}*": [f"./{app.src}*"], "@shared/*": ["../../packages/shared/src/*"]},
            },
            "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx"],
        }
        self.w.add(f"{app.root}tsconfig.json", json.dumps(tsconfig, indent=2) + "\n")
        deps = {"next": "15.5.4", "react": "19.1.1", "zod": "4.1.11", "next-safe-action": "8.0.11"}
        deps |= {"prisma": {"@prisma/client": "6.16.2"}, "drizzle": {"drizzle-orm": "0.44.5"}, "pg": {"pg": "8.16.3"}}[
            app.db
        ]
        pkg = {
            "name": f"@acme/{app.name}",
            "private": True,
            "scripts": {"dev": "next dev", "build": "next build"},
            "dependencies": deps,
        }
        self.w.add(f"{app.root}package.json", json.dumps(pkg, indent=2) + "\n")
        self.w.add(
            f"{app.root}next.config.mjs",
            "/** @type {import('next').NextConfig} */\n"
            "const nextConfig = { reactStrictMode: true };\n\nexport default nextConfig;\n",
        )
        self.auth_files(app)
        self.db_files(app)
        self.safe_action_file(app)
        matcher = '["/dashboard/:path*", "/settings/:path*"]'
        self.w.add(
            app.path("middleware.ts"),
            "\n".join(
                [
                    'import { NextResponse, type NextRequest } from "next/server";',
                    "",
                    "export function middleware(request: NextRequest) {",
                    '  const hasSession = request.cookies.has("session");',
                    '  if (!hasSession) return NextResponse.redirect(new URL("/login", request.url));',
                    "  return NextResponse.next();",
                    "}",
                    "",
                    f"export const config = {{ matcher: {matcher} }};",
                    "",
                ]
            ),
        )

    def auth_files(self, app: App) -> None:
        if app.auth in ("authjs", "betterauth"):
            body = (
                [
                    'import NextAuth from "next-auth";',
                    'import GitHub from "next-auth/providers/github";',
                    "",
                    "export const { auth, handlers, signIn, signOut } = NextAuth({ providers: [GitHub] });",
                    "",
                ]
                if app.auth == "authjs"
                else [
                    'import { betterAuth } from "better-auth";',
                    "",
                    "export const auth = betterAuth({",
                    "  emailAndPassword: { enabled: true },",
                    "});",
                    "",
                ]
            )
            self.w.add(app.path("lib/auth.ts"), "\n".join(body))
        if app.auth == "supabase":
            self.w.add(
                app.path("lib/supabase/server.ts"),
                "\n".join(
                    [
                        'import { createServerClient } from "@supabase/ssr";',
                        'import { cookies } from "next/headers";',
                        "",
                        "export async function createClient() {",
                        "  const cookieStore = await cookies();",
                        "  const url = process.env.NEXT_PUBLIC_SUPABASE_URL!;",
                        "  return createServerClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!, {",
                        "    cookies: { getAll: () => cookieStore.getAll(), setAll: () => {} },",
                        "  });",
                        "}",
                        "",
                    ]
                ),
            )
        self.w.add(
            app.path("lib/dal.ts"),
            "\n".join(
                [
                    'import "server-only";',
                    'import { cache } from "react";',
                    'import { cookies } from "next/headers";',
                    'import { redirect } from "next/navigation";',
                    f'import {{ decrypt }} from "{app.alias}lib/session";',
                    "",
                    "export const verifySession = cache(async () => {",
                    '  const cookie = (await cookies()).get("session")?.value;',
                    "  const session = await decrypt(cookie);",
                    '  if (!session?.userId) redirect("/login");',
                    "  return { isAuth: true, userId: String(session.userId) };",
                    "});",
                    "",
                ]
            ),
        )
        self.w.add(
            app.path("lib/session.ts"),
            "\n".join(
                [
                    'import { jwtVerify } from "jose";',
                    "",
                    "const key = new TextEncoder().encode(process.env.SESSION_SECRET);",
                    "",
                    "export async function decrypt(token: string | undefined) {",
                    "  if (!token) return null;",
                    "  try {",
                    '    const { payload } = await jwtVerify(token, key, { algorithms: ["HS256"] });',
                    "    return payload as { userId?: string };",
                    "  } catch {",
                    "    return null;",
                    "  }",
                    "}",
                    "",
                ]
            ),
        )

    def db_files(self, app: App) -> None:
        if app.db == "prisma":
            self.w.add(
                app.path("lib/db.ts"),
                'import { PrismaClient } from "@prisma/client";\n\nexport const db = new PrismaClient();\n',
            )
            models = []
            for e in app.entities:
                cols = "\n".join(f"  {f} String?" for f in FIELDS[:12])
                models.append(
                    f"model {cap(e)} {{\n  id String @id @default(cuid())\n  userId String\n{cols}\n"
                    "  createdAt DateTime @default(now())\n}\n"
                )
            self.w.add(
                f"{app.root}prisma/schema.prisma",
                'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n\n' + "\n".join(models),
            )
        elif app.db == "drizzle":
            self.w.add(
                app.path("lib/db.ts"),
                'import { drizzle } from "drizzle-orm/node-postgres";\nimport * as schema from "./db/schema";\n\n'
                "export const db = drizzle(process.env.DATABASE_URL!, { schema });\n",
            )
            lines = ['import { pgTable, text, timestamp } from "drizzle-orm/pg-core";', ""]
            for e in app.entities:
                lines.append(f'export const {plural(e)} = pgTable("{snake(plural(e))}", {{')
                lines += ['  id: text("id").primaryKey(),', '  userId: text("user_id").notNull(),']
                lines += [f'  {f}: text("{snake(f)}"),' for f in FIELDS]
                lines += ['  createdAt: timestamp("created_at").defaultNow(),', "});", ""]
            self.w.add(app.path("lib/db/schema.ts"), "\n".join(lines))
        else:
            self.w.add(
                app.path("lib/db.ts"),
                'import { Pool } from "pg";\n\n'
                "export const pool = new Pool({ connectionString: process.env.DATABASE_URL });\n",
            )

    def safe_action_file(self, app: App) -> None:
        g, owner = self.gen.guard(app, indent="    ")
        lines = ['import { createSafeActionClient } from "next-safe-action";', *self.gen.auth_imports(app)]
        if app.auth == "supabase":
            lines.append('import { redirect } from "next/navigation";')
        lines += [
            "",
            "export const actionClient = createSafeActionClient({",
            "  handleServerError() {",
            '    return "Something went wrong";',
            "  },",
            "});",
            "",
            "export const authActionClient = actionClient.use(async ({ next }) => {",
        ]
        lines += [x[2:] for x in g]
        lines += [f"  return next({{ ctx: {{ userId: {owner} }} }});", "});", ""]
        # The return-early guards above are written for function bodies; inside middleware throw instead.
        text = "\n".join(lines).replace('return { error: "Unauthorized" };', 'throw new Error("Unauthorized");')
        self.w.add(app.path("lib/safe-action.ts"), text)

    # -- file kinds -------------------------------------------------------------------------

    def action_module(self, app: App, entity: str) -> None:
        target = self.budget()
        needs: set[str] = {"db"}
        body: list[str] = []
        while len(body) < target - 8:
            roll = self.rng.random()
            lines, n = (
                self.gen.action_unit(app, entity)
                if roll < 0.75
                else self.gen.raw_sql_unit(app, entity)
                if roll < 0.88
                else self.gen.secret_unit(app, entity)
            )
            body += lines
            needs |= n
        seg = self.gen.pick(("(dashboard)/", "", "settings/", "(app)/"))
        sub = self.gen.pick(("", "[id]/", "new/", "[id]/edit/", f"{self.gen.pick(ADJECTIVES)}/"))
        path = app.path(f"app/{seg}{kebab(plural(entity))}/{sub}actions.ts")
        self.w.add(path, "\n".join(['"use server";', "", *self.gen.imports_for(app, entity, needs), "", *body]))

    def safe_action_module(self, app: App, entity: str) -> None:
        target = self.budget()
        body: list[str] = []
        while len(body) < target - 8:
            body += self.gen.safe_action_unit(app, entity)[0]
        imports = self.gen.imports_for(app, entity, {"zod", "safe", "db"})
        self.w.add(
            app.path(f"actions/{entity}-{self.gen.pick(ADJECTIVES)}.ts"),
            "\n".join(['"use server";', "", *imports, "", *body]),
        )

    def route_handler(self, app: App, entity: str) -> None:
        target = self.budget()
        g, owner = self.gen.guard(app)
        g = [
            x.replace('throw new Error("Unauthorized")', 'return new Response("Unauthorized", { status: 401 })')
            .replace('return { error: "Unauthorized" }', 'return new Response("Unauthorized", { status: 401 })')
            .replace('redirect("/login")', 'return new Response("Unauthorized", { status: 401 })')
            for x in g
        ]
        flds = self.gen.fields(2, 5)
        guarded = self.rng.random() < 0.85
        lines = [
            'import { NextResponse } from "next/server";',
            'import { z } from "zod";',
            *self.gen.auth_imports(app),
            *self.gen.db_imports(app, entity),
            "",
        ]
        lines += [f"const Body = z.object({{ {', '.join(f'{f}: z.string().max(500)' for f in flds)} }});", ""]
        lines += [
            "export async function GET() {",
            *g,
            *self.gen.db_list(app, entity, owner),
            "  return NextResponse.json(rows);",
            "}",
            "",
        ]
        lines += ["export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {"]
        lines += g if guarded else []
        lines += [
            "  const { id } = await params;",
            "  const json = await request.json();",
            "  const parsed = Body.safeParse(json);",
            '  if (!parsed.success) return NextResponse.json({ error: "Invalid body" }, { status: 400 });',
            f"  const {{ {', '.join(flds)} }} = parsed.data;",
        ]
        extra: list[str] = []
        while len(lines) + len(extra) < target - 6:
            extra += self.gen.busywork(flds)
        lines += extra
        lines += self.gen.db_write(app, entity, flds, owner if guarded else None)
        lines += ["  return NextResponse.json({ ok: true });", "}", ""]
        seg = self.gen.pick(("api/", "api/v1/", "api/internal/"))
        sub = self.gen.pick(("[id]/", "[id]/", f"[id]/{self.gen.pick(VERBS)}/"))
        self.w.add(app.path(f"app/{seg}{kebab(plural(entity))}/{sub}route.ts"), "\n".join(lines))

    def pages_api(self, app: App, entity: str) -> None:
        target = self.budget()
        flds = self.gen.fields(2, 4)
        secret = self.gen.pick(SECRET_NAMES)
        lines = ['import type { NextApiRequest, NextApiResponse } from "next";', *self.gen.db_imports(app, entity), ""]
        lines += [
            "export default async function handler(req: NextApiRequest, res: NextApiResponse) {",
            '  if (req.method !== "POST") return res.status(405).end();',
            f'  const header = req.headers["x-{snake(secret).replace("_", "-")}"];',
            '  if (typeof header !== "string" || header.length === 0) return res.status(401).end();',
            "  const { id, " + ", ".join(flds) + " } = req.body ?? {};",
        ]
        extra: list[str] = []
        while len(lines) + len(extra) < target - 6:
            extra += self.gen.busywork(flds)
        lines += extra
        lines += self.gen.db_write(app, entity, flds, None)
        lines += ["  return res.status(200).json({ ok: true });", "}", ""]
        self.w.add(app.path(f"pages/api/{kebab(plural(entity))}/{self.gen.pick(VERBS)}.ts"), "\n".join(lines))

    def client_component(self, app: App, entity: str) -> None:
        target = self.budget()
        body = fill(lambda: self.gen.component_unit(entity), target, 6)
        lines = [
            '"use client";',
            "",
            'import { useState, useTransition } from "react";',
            f"type {cap(entity)}Values = Record<string, string>;",
            "",
            *body,
        ]
        ext = ".jsx" if self.rng.random() < 0.05 else ".tsx"
        if ext == ".jsx":  # plain JS components exist in older apps; drop the type annotations
            lines = [x for x in lines if not x.startswith("type ")]
            lines = [x.split("({ initial }:")[0] + "({ initial }) {" if "({ initial }:" in x else x for x in lines]
            lines = [
                x.replace("useState<string>", "useState")
                .replace("(event: React.FormEvent<HTMLFormElement>)", "(event)")
                .replace("useState<string | null>", "useState")
                for x in lines
            ]
        name = f"{cap(entity)}{self.gen.pick(('Form', 'Card', 'Panel', 'Dialog', 'Table', 'Toolbar'))}"
        self.w.add(app.path(f"components/{kebab(entity)}/{name}{ext}"), "\n".join(lines))

    def page(self, app: App, entity: str) -> None:
        target = self.budget()
        g, owner = self.gen.guard(app)
        g = [
            x.replace('throw new Error("Unauthorized")', "notFound()").replace(
                'return { error: "Unauthorized" }', "notFound()"
            )
            for x in g
        ]
        cols = self.gen.fields(2, 5)
        lines = [
            'import { notFound, redirect } from "next/navigation";',
            *self.gen.auth_imports(app),
            *self.gen.db_imports(app, entity),
            "",
            f"export default async function {cap(plural(entity))}Page() {{",
            *g,
            *self.gen.db_list(app, entity, owner),
            "  return (",
            '    <main className="mx-auto max-w-5xl p-6">',
            f'      <h1 className="text-2xl font-semibold">{cap(plural(entity))}</h1>',
            "      <table>",
            "        <thead>",
            "          <tr>",
        ]
        lines += [f"            <th>{cap(c)}</th>" for c in cols]
        lines += [
            "          </tr>",
            "        </thead>",
            "        <tbody>",
            "          {rows.map((row: any) => (",
            "            <tr key={row.id}>",
        ]
        lines += [f'              <td>{{String(row.{c} ?? "")}}</td>' for c in cols]
        lines += ["            </tr>", "          ))}", "        </tbody>", "      </table>"]
        while len(lines) < target - 4:
            tag = self.gen.pick(("section", "aside", "div", "article"))
            lines += [
                f'      <{tag} className="mt-{self.rng.randint(2, 8)} grid gap-{self.rng.randint(1, 4)}">',
                f"        <p>{self.gen.pick(ADJECTIVES)} {plural(entity)}: {{rows.length}}</p>",
                f'        <a href="/{plural(entity)}?view={self.gen.pick(ADJECTIVES)}">{cap(self.gen.pick(VERBS))}</a>',
                f"      </{tag}>",
            ]
        lines += ["    </main>", "  );", "}", ""]
        seg = self.gen.pick(("(dashboard)/", "", "(app)/"))
        sub = self.gen.pick(("", "[id]/", f"{self.gen.pick(ADJECTIVES)}/", f"[id]/{self.gen.pick(VERBS)}/"))
        self.w.add(app.path(f"app/{seg}{kebab(plural(entity))}/{sub}page.tsx"), "\n".join(lines))

    def lib_module(self, app: App | None, entity: str) -> None:
        target = self.budget()
        body = fill(lambda: self.gen.lib_unit(entity), target, 0)
        name = f"{entity}-{self.gen.pick(('utils', 'format', 'helpers', 'sort', 'paging', 'types'))}"
        if app is None:
            self.w.add(f"packages/shared/src/{name}.ts", "\n".join(body))
            return
        path = self.w.add(app.path(f"lib/{kebab(entity)}/{name}.ts"), "\n".join(body))
        app.lib_modules.append(app.alias + path.removeprefix(app.root + app.src).removesuffix(".ts"))

    def build(self) -> Writer:
        self.make_apps()
        for app in self.apps:
            self.project_files(app)
        self.w.add("packages/shared/tsconfig.json", json.dumps({"compilerOptions": {"strict": True}}, indent=2) + "\n")
        self.w.add(
            "package.json",
            json.dumps({"name": "acme", "private": True, "workspaces": ["apps/*", "packages/*"]}, indent=2) + "\n",
        )
        kinds: list[tuple[float, Callable[[App, str], None]]] = [
            (0.20, self.action_module),
            (0.06, self.safe_action_module),
            (0.10, self.route_handler),
            (0.04, self.pages_api),
            (0.28, self.client_component),
            (0.10, self.page),
            (0.22, lambda app, e: self.lib_module(app, e)),
        ]
        weights = [k[0] for k in kinds]
        while self.w.source_files < self.target_files:
            if self.rng.random() < 0.03:
                self.lib_module(None, self.gen.pick(ENTITIES))
                continue
            app = self.apps[self.rng.randrange(len(self.apps))]
            _, make = self.rng.choices(kinds, weights=weights)[0]
            make(app, self.gen.pick(app.entities))
        return self.w


def tree_hash(root: Path) -> str:
    """SHA-256 over every file's relative path and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != MARKER):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def prepare_out(out: Path) -> None:
    if out.exists():
        if not (out / MARKER).exists() and any(out.iterdir()):
            raise SystemExit(f"error: {out} is not empty and was not made by this generator; refusing to overwrite it")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def generate(out: Path, files: int, lines: int, seed: int) -> dict[str, object]:
    writer = Builder(files, lines, seed).build()
    prepare_out(out)
    for rel in sorted(writer.files):
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(writer.files[rel], encoding="utf-8", newline="\n")
    (out / MARKER).write_text(f"seed={seed} files={files} lines={lines}\n", encoding="utf-8")
    return {
        "out": str(out),
        "source_files": writer.source_files,
        "source_lines": writer.lines,
        "all_files": len(writer.files),
        "seed": seed,
        "sha256": tree_hash(out),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--files", type=int, default=2000, help="source files to write (default 2000)")
    parser.add_argument("--lines", type=int, default=300_000, help="target source lines (default 300000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    if args.files < 1 or args.lines < args.files:
        parser.error("--files must be >= 1 and --lines >= --files")
    summary = generate(args.out.resolve(), args.files, args.lines, args.seed)
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"wrote {summary['source_files']} source files, {summary['source_lines']} lines "
            f"({summary['all_files']} files in all) to {summary['out']}; sha256 {summary['sha256']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
