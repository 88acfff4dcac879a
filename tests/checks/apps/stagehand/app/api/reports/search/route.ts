import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { auth } from "@clerk/nextjs/server";
import { sql } from "@/lib/db/reporting";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const { orgId } = await auth.protect();
  const q = req.nextUrl.searchParams.get("q") ?? "";
  const status = req.nextUrl.searchParams.get("status") ?? "pending";
  try {
    // ruleid: sql-injection
    const rows = await sql.unsafe(`select v.id, v.business_name, v.status from vendors v join festivals f on f.id = v.festival_id where f.org_id = $1 and v.status = '${status}' and v.business_name ilike $2`, [orgId!, `%${q}%`]);
    // ok: excessive-data-exposure
    return NextResponse.json(rows.map((r) => ({ id: r.id, name: r.business_name, status: r.status })));
  } catch (e) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(e) }, { status: 500 });
  }
}

const bodySchema = z.object({ term: z.string().min(2).max(60), table: z.enum(["artists", "vendors"]) });

// ok: missing-auth, missing-input-validation
export async function POST(req: NextRequest) {
  const { orgId } = await auth.protect();
  const { term, table } = bodySchema.parse(await req.json());
  const column = table === "artists" ? "name" : "business_name";
  // ok: sql-injection
  const rows = await sql.unsafe(`select t.id, t.${column} as label from ${table} t join festivals f on f.id = t.festival_id where f.org_id = $1 and t.${column} ilike $2 limit 20`, [orgId!, `%${term}%`]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, label: r.label })));
}
