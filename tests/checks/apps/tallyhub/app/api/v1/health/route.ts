import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

const STATUS_API_KEY = process.env.STATUS_API_KEY;

// ok: missing-auth -- API key checked first (timing-unsafe, reported below)
// ruleid: missing-input-validation -- ruling pass 34: rule 3 names SQL as a sink with no caller exemption; a secret-gated caller's value pasted into SQL text is reported
export async function GET(req: Request) {
  const apiKey = req.headers.get("x-api-key");
  // ruleid: timing-unsafe-comparison
  if (!apiKey || apiKey !== STATUS_API_KEY) {
    return Response.json({ error: "Unauthorized" }, { status: 401 });
  }
  const table = new URL(req.url).searchParams.get("table") ?? "invoices";
  // ruleid: sql-injection
  const result = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  // ok: sql-injection -- drizzle sql tagged template
  const ping = await db.execute(sql`select ${1} as ok, now() as at where ${table} is not null`);
  return Response.json({ rows: result.length, ping: ping.length > 0 });
}
