import { NextResponse } from "next/server";
import { sql } from "@vercel/postgres";
import { requireStaff } from "@/lib/auth";
import { memberTable } from "@/lib/db/reports";

// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await requireStaff();
  const url = new URL(req.url);
  const kind = url.searchParams.get("kind");
  if (kind === "members") {
    // ok: excessive-data-exposure
    return NextResponse.json(await memberTable(url.searchParams.get("sort") ?? "name", url.searchParams.get("dir") ?? "asc"));
  }
  // ok: sql-injection
  const { rows } = await sql`SELECT count(*)::int AS n FROM checkins WHERE at > now() - interval '1 day'`;
  return NextResponse.json({ checkinsToday: rows[0].n });
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: Request) {
  await requireStaff();
  const { table, where } = await req.json();
  try {
    // ruleid: sql-injection
    const { rows } = await sql.query(`SELECT count(*) FROM ${table} WHERE ${where}`);
    return NextResponse.json(rows[0]);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}
