import { NextResponse } from "next/server";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { readingsPool } from "@/lib/db/pg";

// Personal API keys (Home Assistant integration): the key is looked up by its hash.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const raw = (req.headers.get("authorization") ?? "").replace(/^Bearer /, "");
  if (!raw) return NextResponse.json({ error: "Missing key" }, { status: 401 });
  const hashedKey = createHash("sha256").update(raw).digest("hex");
  // ok: timing-unsafe-comparison
  const key = await prisma.apiKey.findUnique({ where: { hashedKey }, select: { userId: true, revokedAt: true } });
  if (!key || key.revokedAt) return NextResponse.json({ error: "Invalid key" }, { status: 401 });
  const { rows } = await readingsPool.query(
    "SELECT r.ts, r.wh FROM readings r JOIN meters m ON m.serial = r.meter_serial WHERE m.member_id = $1 AND r.ts > now() - interval '1 day'",
    // ok: missing-authorization
    [key.userId],
  );
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ ts: r.ts, wh: Number(r.wh) })));
}

// Co-op dashboards (wall displays) use a per-co-op display key from env.
// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { coopSlug, apiKey } = (await req.json()) as { coopSlug?: string; apiKey?: string };
  const keys = JSON.parse(process.env.DISPLAY_KEYS ?? "{}") as Record<string, string>;
  if (typeof coopSlug !== "string" || typeof apiKey !== "string" || !/^[a-z0-9-]{3,40}$/.test(coopSlug)) {
    return NextResponse.json({ error: "Bad request" }, { status: 400 });
  }
  // ruleid: timing-unsafe-comparison
  if (!keys[coopSlug] || keys[coopSlug] !== apiKey) return NextResponse.json({ error: "Invalid key" }, { status: 401 });
  const { rows } = await readingsPool.query("SELECT sum(wh)::bigint AS wh FROM coop_generation_today WHERE coop_slug = $1", [coopSlug]);
  return NextResponse.json({ whToday: Number(rows[0]?.wh ?? 0) });
}
