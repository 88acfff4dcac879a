import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db/pg";

// Callback from the DNS provider's "domain connect" flow.
export async function GET(req: NextRequest) {
  const domain = req.nextUrl.searchParams.get("domain") ?? "";
  const token = req.nextUrl.searchParams.get("token") ?? "";
  // ok: sql-injection
  const { rows } = await pool.query<{ token: string; workspace_id: string }>("select token, workspace_id from verified_domains where domain = $1", [domain]);
  const row = rows[0];
  // ruleid: timing-unsafe-comparison
  if (!row || row.token !== token) {
    return NextResponse.redirect(new URL("/domain-verification-failed", req.url));
  }
  await pool.query("update verified_domains set verified_at = now() where domain = $1", [domain]);
  return NextResponse.redirect(new URL("/settings/sso?verified=1", req.url));
}
