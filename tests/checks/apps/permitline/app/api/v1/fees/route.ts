import { NextResponse, type NextRequest } from "next/server";
import { pool } from "@/lib/db/pool";
import { verifyApiKey } from "@/lib/api-keys";
import { orderBy } from "@/lib/db/sql-helpers";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(req: NextRequest) {
  const principal = await verifyApiKey(req, "fees:read");
  if (!principal) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sp = req.nextUrl.searchParams;
  const code = sp.get("code");
  const filter = code ? `AND f.code = '${code}'` : "";
  // ruleid: sql-injection
  const { rows } = await pool.query(
    `SELECT f.id, f.code, f.amount, f.paid_at FROM fees f JOIN permits p ON p.id = f.permit_id
      WHERE p.municipality_id = $1 ${filter} ${orderBy(sp.get("sort"), sp.get("dir"))}`,
    [principal.municipalityId],
  );
  // ok: excessive-data-exposure
  return NextResponse.json({ data: rows.map((r) => ({ id: r.id, code: r.code, amount: Number(r.amount), paidAt: r.paid_at })) });
}
