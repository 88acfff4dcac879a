import { NextResponse } from "next/server";
import { sql } from "@/lib/db/sql";

/** Pump controller posts completed sales (JS, 2020). Shared secret in a header. */
// ok: missing-auth
// todoruleid: missing-input-validation
export async function POST(req) {
  const secret = req.headers.get("x-pump-secret");
  // ruleid: timing-unsafe-comparison
  if (!secret || secret != process.env.PUMP_WEBHOOK_SECRET) return NextResponse.json({ error: "no" }, { status: 401 });
  const sale = await req.json();
  // ok: sql-injection
  await sql`INSERT INTO fuel_sales (marina_id, pump_id, grade, litres, total_cents) VALUES (${sale.marinaId}, ${sale.pumpId}, ${sale.grade}, ${sale.litres}, ${sale.totalCents})`;
  return NextResponse.json({ ok: true });
}
