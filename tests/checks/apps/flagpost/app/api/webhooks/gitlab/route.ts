import { NextResponse } from "next/server";
import { z } from "zod";
import { pool } from "@/lib/db/pg";

const PushHook = z.object({ commits: z.array(z.object({ message: z.string() })).default([]) });

/** GitLab sends the configured secret verbatim in X-Gitlab-Token. */
// ok: missing-input-validation
export async function POST(req: Request) {
  const token = req.headers.get("x-gitlab-token");
  // ruleid: timing-unsafe-comparison
  if (!token || token !== process.env.GITLAB_WEBHOOK_SECRET) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  const event = PushHook.parse(await req.json());
  const keys = event.commits.flatMap((c) => [...c.message.matchAll(/flag:([a-z0-9-_.]+)/g)].map((m) => m[1]));
  // ok: sql-injection
  await pool.query("UPDATE flags SET last_referenced_at = now() WHERE key = ANY($1)", [keys]);
  return NextResponse.json({ matched: keys.length });
}
