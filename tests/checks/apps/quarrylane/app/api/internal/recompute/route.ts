import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

const TABLE = "utilisation_v";

// why: internal endpoint with no secret, no session; it mutates reporting data.
// ok: missing-input-validation
// ruleid: missing-auth
export async function POST(req: Request) {
  const { companyId } = await req.json().catch(() => ({}));
  if (typeof companyId !== "string") return NextResponse.json({ error: "companyId required" }, { status: 400 });
  // ok: sql-injection
  await pool.query(`REFRESH MATERIALIZED VIEW ${TABLE}`);
  // why: companyId (a checked string, but still client text) concatenated into SQL.
  // ruleid: sql-injection
  await pool.query(`DELETE FROM report_cache WHERE company_id = '${companyId}'`);
  return NextResponse.json({ ok: true });
}
