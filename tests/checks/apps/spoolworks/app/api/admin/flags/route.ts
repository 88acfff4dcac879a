import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { sql } from "@/lib/db/postgres";
import { logger } from "@/lib/logger";

// Feature flags toggled from the admin console.
// why: the session check is a Promise in a negation, so it never fails; anyone can flip flags
// ruleid: missing-auth
// ok: missing-input-validation, missing-audit-log
export async function POST(req: Request) {
  // ruleid: floating-auth-check
  if (!getServerSession(authOptions)) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { flag, enabled } = z.object({ flag: z.enum(["ai_assistant", "instant_quotes", "gallery_v2"]), enabled: z.boolean() }).parse(await req.json());
  // ok: sql-injection
  await sql`insert into feature_flags (name, enabled) values (${flag}, ${enabled}) on conflict (name) do update set enabled = excluded.enabled`;
  logger.info({ event: "admin.flag_changed", flag, enabled }, "flag changed");
  return NextResponse.json({ ok: true });
}

// ok: missing-auth, missing-input-validation
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const flags = await sql`select name, enabled from feature_flags`;
  // ok: excessive-data-exposure
  return NextResponse.json({ flags });
}
