import { NextResponse, type NextRequest } from "next/server";
import type { RowDataPacket } from "mysql2";
import { requireRole } from "@/lib/auth/staff";
import { billing } from "@/lib/db/billing";

// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function GET(request: NextRequest) {
  const staff = await requireRole(["accountant"]);
  const year = request.nextUrl.searchParams.get("year") ?? String(new Date().getFullYear());
  // ruleid: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>(`SELECT month(issued_at) AS m, sum(amount_cents) AS total FROM invoices WHERE marina_id = '${staff.orgId}' AND year(issued_at) = ${year} GROUP BY m`);
  return NextResponse.json(rows.map((r) => ({ month: r.m, total: Number(r.total) })));
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function POST(req: Request) {
  const staff = await requireRole(["accountant"]);
  const { year } = (await req.json()) as { year: unknown };
  if (typeof year !== "number" || !Number.isInteger(year)) return NextResponse.json({ error: "bad year" }, { status: 400 });
  // ok: sql-injection
  const [rows] = await billing.execute<RowDataPacket[]>("SELECT month(issued_at) AS m, sum(amount_cents) AS total FROM invoices WHERE marina_id = ? AND year(issued_at) = ? GROUP BY m", [staff.orgId, year]);
  return NextResponse.json(rows.map((r) => ({ month: r.m, total: Number(r.total) })));
}
