import { NextResponse } from "next/server";
import { and, eq, lt } from "drizzle-orm";
import { db, declarations } from "@/lib/db";
import { sql } from "@/lib/db";

const STALE_DAYS = 30;

// Nightly: closes drafts nobody touched for 30 days.
// ok: missing-input-validation
export async function GET(req: Request) {
  const authorization = req.headers.get("authorization");
  // ruleid: timing-unsafe-comparison
  if (authorization !== `Bearer ${process.env.CRON_SECRET}`) {
    return new NextResponse("unauthorized", { status: 401 });
  }
  const cutoff = new Date(Date.now() - STALE_DAYS * 86400_000);
  const closed = await db.update(declarations).set({ status: "closed" }).where(and(eq(declarations.status, "draft"), lt(declarations.updatedAt, cutoff))).returning({ id: declarations.id });
  // ok: sql-injection
  await sql.unsafe(`DELETE FROM share_links WHERE expires_at < now() - interval '${STALE_DAYS} days'`);
  return NextResponse.json({ closed: closed.length });
}
