import { NextResponse } from "next/server";
import { auth } from "@clerk/nextjs/server";
import { reportingDb } from "@/lib/db/kysely";
import { sql } from "@/lib/db";

// CSV export of the importer's declarations.
// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const status = new URL(req.url).searchParams.get("status") ?? "cleared";
  // ruleid: sql-injection
  const rows = await sql.unsafe(`SELECT reference, status, duty_total FROM declarations WHERE importer_id = '${orgId}' AND status = '${status}'`);
  const csv = ["reference,status,duty_total", ...rows.map((r) => `${r.reference},${r.status},${r.duty_total}`)].join("\n");
  return new NextResponse(csv, { headers: { "content-type": "text/csv" } });
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const { userId, orgId } = await auth();
  if (!userId || !orgId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const rows = await reportingDb.selectFrom("declarations").selectAll().where("importer_id", "=", orgId).execute();
  // ruleid: excessive-data-exposure
  return NextResponse.json({ rows });
}
