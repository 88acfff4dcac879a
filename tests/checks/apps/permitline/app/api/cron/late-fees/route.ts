import { NextResponse } from "next/server";
import { pool } from "@/lib/db/pool";

// Triggered by the Vercel cron entry in vercel.json.
// ruleid: missing-auth
export async function POST() {
  // ok: sql-injection
  const { rowCount } = await pool.query(
    `INSERT INTO fees (id, permit_id, code, amount)
     SELECT gen_random_uuid(), f.permit_id, 'LATE', round(f.amount * 0.1, 2)
       FROM fees f WHERE f.paid_at IS NULL AND f.code <> 'LATE' AND f.created_at < now() - interval '30 days'`,
  );
  return NextResponse.json({ penalised: rowCount });
}
