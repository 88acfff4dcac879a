import { NextResponse } from "next/server";
import { authenticateApiKey } from "@/lib/api-keys";
import { pool } from "@/lib/db/pool";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: Request) {
  const principal = await authenticateApiKey(req);
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const state = new URL(req.url).searchParams.get("state") ?? "";
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT * FROM carriers WHERE tenant_id = $1 AND home_state = '${state}'`, [principal.tenantId]);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const principal = await authenticateApiKey(req);
  if (!principal?.scopes.includes("carriers:read")) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const body = (await req.json()) as { mc?: unknown };
  if (typeof body.mc !== "string" || !/^\d{5,8}$/.test(body.mc)) return NextResponse.json({ error: "mc required" }, { status: 400 });
  // ok: sql-injection
  const { rows } = await pool.query("SELECT id, legal_name, safety_score FROM carriers WHERE tenant_id = $1 AND mc_number = $2", [principal.tenantId, body.mc]);
  // ok: excessive-data-exposure
  return NextResponse.json(rows.map((r) => ({ id: r.id, legalName: r.legal_name, safetyScore: r.safety_score })));
}
