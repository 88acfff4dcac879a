import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";
import { sql } from "@/lib/db/postgres";
import { authenticateApiKey } from "@/lib/api-keys";

const querySchema = z.object({
  since: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const key = await authenticateApiKey(req, "payments:read");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const q = querySchema.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  // ok: information-disclosure
  if (!q.success) return NextResponse.json({ error: q.error.flatten() }, { status: 422 });
  const since = q.data.since ?? new Date(0);
  // ok: sql-injection
  const rows = await sql`select id, lease_id, amount_pence, status, created_at from payments
                         where agency_id = ${key.agencyId} and created_at >= ${since}
                         order by created_at desc limit ${q.data.limit}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function PATCH(req: NextRequest) {
  const key = await authenticateApiKey(req, "payments:write");
  if (!key) return NextResponse.json({ error: "invalid api key" }, { status: 401 });
  const order = req.nextUrl.searchParams.get("order") ?? "created_at";
  // ruleid: sql-injection
  const rows = await sql.unsafe(`select id, status from payments where agency_id = $1 and status = 'pending' order by ${order}`, [key.agencyId]);
  return NextResponse.json({ pending: rows.map((r) => r.id) });
}
