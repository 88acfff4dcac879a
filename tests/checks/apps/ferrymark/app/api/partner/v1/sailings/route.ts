import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";

// Public: sailings are published data.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const url = new URL(req.url);
  const from = url.searchParams.get("from") ?? "";
  // ok: sql-injection
  const rows = await sql`SELECT s.id, s.departs_at, r.from_port, r.to_port FROM sailings s JOIN routes r ON r.id = s.route_id WHERE r.published AND r.from_port = ${from} AND s.departs_at > now() LIMIT 100`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, departsAt: r.departs_at, from: r.from_port, to: r.to_port })));
}
