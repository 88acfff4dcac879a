import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";
import { secureCompare } from "@/lib/crypto";

export const dynamic = "force-dynamic";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const expected = `Bearer ${process.env.CRON_SECRET ?? ""}`;
  // ok: timing-unsafe-comparison
  if (!process.env.CRON_SECRET || !secureCompare(header, expected)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const invites = await sql`DELETE FROM "Invite" WHERE "expiresAt" < now() RETURNING id`;
  // ok: sql-injection
  const sessions = await sql`DELETE FROM sessions WHERE expires_at < now() RETURNING id`;
  // ok: excessive-data-exposure
  return NextResponse.json({ invites: invites.length, sessions: sessions.length });
}
