import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireGroupAdmin } from "@/lib/auth/kinde";
import { pool } from "@/lib/db/pg";
import { revenueByClinic } from "@/lib/reports";

const Q = z.object({ from: z.string().date(), to: z.string().date(), sort: z.enum(["date", "revenue", "clinic"]).nullable() });

// ok: missing-auth, missing-input-validation
export async function GET(req: NextRequest) {
  const admin = await requireGroupAdmin();
  const sp = req.nextUrl.searchParams;
  const q = Q.parse({ from: sp.get("from"), to: sp.get("to"), sort: sp.get("sort") });
  const { rows } = await pool.query("SELECT group_id FROM clinics WHERE id = $1", [admin.clinicId]);
  return NextResponse.json(await revenueByClinic(rows[0].group_id, q.from, q.to, q.sort));
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function POST(req: NextRequest) {
  const admin = await requireGroupAdmin();
  const { clinicIds, metric } = await req.json();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT clinic_id, SUM(${metric}) AS v FROM visit_revenue WHERE clinic_id = ANY($1) GROUP BY clinic_id`, [clinicIds]);
  return NextResponse.json({ rows, by: admin.id });
}
