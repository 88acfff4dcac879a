import { NextResponse } from "next/server";
import { z } from "zod";
import { vsql } from "@/lib/db/vercel";
import { verifyLegacyKey } from "@/lib/api/legacy-key";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const key = await verifyLegacyKey(req.headers.get("x-api-key"));
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const since = z.coerce.date().parse(new URL(req.url).searchParams.get("since") ?? "1970-01-01");
  // ok: sql-injection
  const { rows } = await vsql`select id, amount_cents, created_at from gifts where foundation_id = ${key.foundationId} and created_at >= ${since.toISOString()}`;
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  const key = await verifyLegacyKey(req.headers.get("x-api-key"));
  if (!key) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { designation, year } = await req.json();
  // ruleid: sql-injection
  const { rows } = await vsql.query(`select count(*)::int as n, sum(amount_cents) as total from gifts where foundation_id = $1 and designation = '${designation}' and date_part('year', created_at) = ${year}`, [key.foundationId]);
  // ok: excessive-data-exposure
  return NextResponse.json({ count: rows[0]?.n ?? 0, total: rows[0]?.total ?? 0 });
}
