import { NextResponse } from "next/server";
import { sql } from "@/lib/db";
import { secureCompare } from "@/lib/secure-compare";

// ok: missing-auth
export async function GET(req: Request) {
  const header = req.headers.get("authorization") ?? "";
  const token = header.replace(/^Bearer /, "");
  // ok: timing-unsafe-comparison
  if (!token || !secureCompare(token, process.env.CRON_SECRET!)) {
    return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  }
  // ok: sql-injection
  const closed = await sql`update polls set closed = true where not closed and closes_at <= now() returning id`;
  // ok: excessive-data-exposure
  return NextResponse.json({ closed: closed.length });
}
