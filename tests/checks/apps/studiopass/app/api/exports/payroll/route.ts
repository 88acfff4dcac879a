import { auth } from "@clerk/nextjs/server";
import { z } from "zod";
import { pool } from "@/lib/pg";

// Accountants (Clerk org members) export payroll for a studio.
// ok: missing-auth, missing-input-validation
export async function GET(req: Request) {
  await auth.protect();
  const studioId = z.string().cuid().parse(new URL(req.url).searchParams.get("studioId"));
  // ruleid: missing-authorization
  const { rows } = await pool.query("SELECT trainer_id, amount_cents, created_at FROM payouts WHERE studio_id = $1", [studioId]);
  const csv = ["trainer_id,amount_cents,created_at", ...rows.map((r) => `${r.trainer_id},${r.amount_cents},${new Date(r.created_at).toISOString()}`)].join("\n");
  // ok: excessive-data-exposure
  return new Response(csv, { headers: { "content-type": "text/csv" } });
}
