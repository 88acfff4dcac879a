import { NextResponse } from "next/server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { pool } from "@/lib/db/pg";

const PushEvent = z.object({
  repository: z.object({ full_name: z.string().max(200) }),
  commits: z.array(z.object({ message: z.string() })).optional(),
});

function verifyGitHubSignature(payload: string, header: string | null): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = Buffer.from(
    "sha256=" + createHmac("sha256", process.env.GITHUB_WEBHOOK_SECRET!).update(payload).digest("hex"),
  );
  const received = Buffer.from(header);
  // ok: timing-unsafe-comparison
  return expected.length === received.length && timingSafeEqual(expected, received);
}

/** Code references: marks flags mentioned in pushed commits as "in use". */
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const payload = await req.text();
  if (!verifyGitHubSignature(payload, req.headers.get("x-hub-signature-256"))) {
    return NextResponse.json({ error: "Bad signature" }, { status: 401 });
  }
  try {
    const event = PushEvent.parse(JSON.parse(payload));
    const keys = new Set<string>();
    for (const c of event.commits ?? []) for (const m of c.message.matchAll(/flag:([a-z0-9-_.]+)/g)) keys.add(m[1]);
    // ok: sql-injection
    await pool.query("UPDATE flags SET last_referenced_at = now(), referenced_in = $2 WHERE key = ANY($1)", [
      [...keys],
      event.repository.full_name,
    ]);
    return NextResponse.json({ matched: keys.size });
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: (err as Error).stack }, { status: 500 });
  }
}
