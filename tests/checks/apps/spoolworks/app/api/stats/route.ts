import { NextResponse } from "next/server";
import { sql } from "@/lib/db/postgres";

export const revalidate = 300;

// Public counters on the landing page.
// ok: missing-auth, missing-input-validation
export async function GET() {
  // ok: sql-injection
  const [row] = await sql`select (select count(*) from models where is_public) as models, (select count(*) from shops where accepts_orders) as shops`;
  // ok: excessive-data-exposure
  return NextResponse.json({ models: Number(row.models), shops: Number(row.shops) });
}
