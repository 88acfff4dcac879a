"""Small, realistic Next.js sources for the e2e pull requests (vulnerable, fixed, clean)."""

from __future__ import annotations

PACKAGE_JSON = """{
  "name": "shop",
  "private": true,
  "dependencies": { "next": "15.5.0", "react": "19.1.0", "zod": "3.25.0", "next-auth": "5.0.0-beta.29",
                    "@prisma/client": "6.16.0" }
}
"""

TSCONFIG = """{
  "compilerOptions": { "strict": true, "baseUrl": ".", "paths": { "@/*": ["./*"] } }
}
"""

DB = """import { PrismaClient } from "@prisma/client";

export const db = new PrismaClient();
"""

# Auth.js v5, the usual Next.js set-up: `auth()` returns the session or null.
AUTH = """import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";

export const { handlers, auth, signIn, signOut } = NextAuth({ providers: [GitHub] });
"""

# The base branch: a project with one harmless page action.
BASE_FILES: dict[str, str] = {
    "package.json": PACKAGE_JSON,
    "tsconfig.json": TSCONFIG,
    "lib/db.ts": DB,
    "lib/auth.ts": AUTH,
    "app/page.tsx": "export default function Home() {\n  return <main>Shop</main>;\n}\n",
}

# missing-auth: anyone can post this action and delete any post.
ACTIONS_VULNERABLE = """"use server";

import { z } from "zod";
import { db } from "@/lib/db";

const Id = z.string().uuid();

export async function deletePost(rawId: string) {
  const id = Id.parse(rawId);
  await db.post.delete({ where: { id } });
}
"""

# The fix: authenticate, and only delete the caller's own post.
ACTIONS_FIXED = """"use server";

import { z } from "zod";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

const Id = z.string().uuid();

export async function deletePost(rawId: string) {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  const id = Id.parse(rawId);
  await db.post.deleteMany({ where: { id, authorId: session.user.id } });
}
"""

# timing-unsafe-comparison: a shared secret compared with !==.
WEBHOOK_ROUTE_VULNERABLE = """import { NextResponse } from "next/server";

export async function POST(req: Request) {
  const secret = req.headers.get("x-webhook-secret");
  if (secret !== process.env.WEBHOOK_SECRET) {
    return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  }
  return NextResponse.json({ received: true });
}
"""

TIMING_UNSAFE_LINE = "if (secret !== process.env.WEBHOOK_SECRET) {"

# No finding: an authenticated read that selects its fields.
CLEAN_ACTION = """"use server";

import { auth } from "@/lib/auth";
import { db } from "@/lib/db";

export async function myPostTitles() {
  const session = await auth();
  if (!session) throw new Error("Unauthorized");
  const posts = await db.post.findMany({ where: { authorId: session.user.id }, select: { title: true } });
  return posts.map((p) => p.title);
}
"""


def line_of(source: str, needle: str) -> int:
    """1-based line number of the first line containing ``needle``."""
    for number, line in enumerate(source.splitlines(), start=1):
        if needle in line:
            return number
    raise ValueError(f"{needle!r} not in source")


def function_lines(source: str, name: str) -> range:
    """Lines of a top-level function, from its ``export`` line to the closing ``}`` line."""
    start = line_of(source, f"function {name}(")
    lines = source.splitlines()
    end = next(i for i in range(start, len(lines) + 1) if lines[i - 1] == "}")
    return range(start, end + 1)
