import { NextResponse } from "next/server";
import { stackServerApp } from "@/lib/stack";
import { reportsPool } from "@/lib/pg";

/** Partner export of installs they resold (CSV tooling calls GET, the dashboard POSTs filters). */
export async function handler(req: Request) {
  const partner = await stackServerApp.getUser();
  if (!partner) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
  // ok: sql-injection
  const { rows } = await reportsPool.query("SELECT * FROM partner_installs WHERE partner_id = $1 ORDER BY installed_at DESC", [
    partner.id,
  ]);
  // ruleid: excessive-data-exposure
  return NextResponse.json({ installs: rows, requestedVia: req.method });
}
