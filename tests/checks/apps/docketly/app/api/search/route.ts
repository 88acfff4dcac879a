import { NextResponse, type NextRequest } from "next/server";
import { sql } from "@/lib/db/postgres";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const session = await verifySession();
  const q = req.nextUrl.searchParams.get("q");
  if (typeof q !== "string" || q.length < 2 || q.length > 100) return NextResponse.json({ results: [] });
  // ok: sql-injection
  const rows = await sql`
    SELECT id, number, title FROM matters
     WHERE firm_id = ${session.firmId} AND title ILIKE ${"%" + q + "%"}
       AND NOT EXISTS (SELECT 1 FROM ethical_walls w WHERE w.matter_id = matters.id AND w.user_id = ${session.userId})
     LIMIT 20`;
  // ok: excessive-data-exposure
  return NextResponse.json({ results: rows.map((r) => ({ id: r.id, number: r.number, title: r.title })) });
}
