import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pg";

// Nightly accounting export pulled by the shop's bookkeeping tool.
// why: no API key, session or signature: anyone with a shop id downloads its orders and revenue
// ruleid: missing-auth
// why: route param reaches SQL unchecked
// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ shopId: string }> }) {
  const { shopId } = await params;
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, status, total_cents, created_at FROM orders_view WHERE shop_id = '${shopId}' ORDER BY created_at DESC`);
  // ok: excessive-data-exposure
  return NextResponse.json({ rows });
}
