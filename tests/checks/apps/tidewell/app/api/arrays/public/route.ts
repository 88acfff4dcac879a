import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { publicArrays } from "@/lib/db/public";

// Public data for the marketing map; intentionally unauthenticated.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  const region = new URL(req.url).searchParams.get("region") ?? "north";
  if (!/^[a-z-]{2,30}$/.test(region)) return NextResponse.json({ error: "Bad region" }, { status: 400 });
  const rows = await publicArrays(region);
  // ok: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-input-validation
export async function POST(req: Request) {
  const { region } = (await req.json()) as { region?: unknown };
  if (typeof region !== "string" || region.length > 30) return NextResponse.json({ error: "Bad region" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await sql`SELECT * FROM solar_arrays WHERE is_public = true AND region = ${region}`;
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
