import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireOrgAdmin } from "@/lib/auth/dal";
import { pool } from "@/lib/db/pg";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const { orgId, from, to } = z.object({ orgId: z.string().cuid(), from: z.string().date(), to: z.string().date() }).parse(Object.fromEntries(sp));
  await requireOrgAdmin(orgId);
  try {
    // ok: sql-injection
    const { rows } = await pool.query("SELECT * FROM bookings WHERE org_id = $1 AND created_at BETWEEN $2 AND $3", [orgId, from, to]);
    // why: SELECT * rows (payment intents, medical notes) streamed out as-is
    // ruleid: excessive-data-exposure
    return NextResponse.json(rows);
  } catch (err) {
    logger.error({ err }, "export failed");
    // ok: information-disclosure
    return NextResponse.json({ error: "Export failed" }, { status: 500 });
  }
}

// why: body.columns is only checked to be an array; its strings reach the SQL text unvalidated
// ruleid: missing-input-validation
// ok: missing-auth
export async function POST(req: NextRequest) {
  const body = await req.json();
  const orgId = z.string().cuid().parse(body.orgId);
  await requireOrgAdmin(orgId);
  const columns: string[] = Array.isArray(body.columns) ? body.columns : ["id"];
  // why: client-supplied column names joined into the SELECT list
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT ${columns.join(", ")} FROM bookings WHERE org_id = $1`, [orgId]);
  return NextResponse.json({ count: rows.length, rows: rows.map((r) => Object.values(r)) });
}
