import { NextResponse, type NextRequest } from "next/server";
import { staffScope } from "@/lib/donor-service";
import { pool } from "@/lib/db/pool";

const EXPORTS: Record<string, string> = {
  donations: "SELECT id, donor_id, volume_ml, collected_at FROM donations WHERE centre_id = $1",
  deferrals: "SELECT id, donor_id, reason, until FROM deferrals WHERE centre_id = $1",
};

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const scope = await staffScope();
  const kind = req.nextUrl.searchParams.get("kind") ?? "donations";
  const query = EXPORTS[kind];
  if (!query) return NextResponse.json({ error: "unknown export" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await pool.query(query, [scope.centreId]);
  const csv = [Object.keys(rows[0] ?? {}).join(","), ...rows.map((r) => Object.values(r).join(","))].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}
