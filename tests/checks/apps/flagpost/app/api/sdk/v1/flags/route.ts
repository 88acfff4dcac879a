import { NextResponse } from "next/server";
import { authenticateSdkKey } from "@/lib/sdk-auth";
import { pool } from "@/lib/db/pg";

/** Server SDKs download the full flag configuration and evaluate locally. */
// ok: missing-auth
export async function GET(req: Request) {
  const sdk = await authenticateSdkKey(req);
  if (!sdk || sdk.kind !== "server") return NextResponse.json({ error: "Server SDK key required" }, { status: 401 });
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT * FROM flags WHERE project_id = (SELECT project_id FROM environments WHERE id = $1) AND archived = false",
    [sdk.environmentId],
  );
  // ruleid: excessive-data-exposure
  return NextResponse.json({ flags: rows, etag: rows.length });
}
