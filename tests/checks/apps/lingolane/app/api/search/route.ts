import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { getActiveOrg } from "@/lib/auth/org";

const Q = z.object({ q: z.string().min(2).max(200), lang: z.string().length(2).optional() });

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const { orgId } = await getActiveOrg();
  const { q, lang } = Q.parse(Object.fromEntries(req.nextUrl.searchParams));
  // ok: sql-injection, missing-authorization
  const rows = await sql`select id, source, target from tm_segments where org_id = ${orgId} and source ilike ${"%" + q + "%"} ${lang ? sql`and target_lang = ${lang}` : sql``} limit 50`;
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const { orgId } = await getActiveOrg();
  const { q, field } = await req.json();
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, source, target from tm_segments where org_id = '${orgId}' and ${field} ilike '%${q}%' limit 50`);
  return NextResponse.json(rows);
}
