import { NextResponse } from "next/server";
import type { RowDataPacket } from "mysql2";
import { requireRole, getStaffSession } from "@/lib/auth/staff";
import { billing } from "@/lib/db/billing";

type Ctx = { params: Promise<{ id: string }> };

// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: Ctx) {
  const staff = await requireRole(["accountant", "harbour-master"]);
  const { id } = await params;
  const invoiceId = Number.parseInt(id, 10);
  if (!Number.isSafeInteger(invoiceId)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization, sql-injection
  const [rows] = await billing.execute<RowDataPacket[]>("SELECT id, amount_cents, status, issued_at FROM invoices WHERE id = ? AND marina_id = ?", [invoiceId, staff.orgId]);
  if (!rows[0]) return NextResponse.json({ error: "not found" }, { status: 404 });
  // ok: excessive-data-exposure
  return NextResponse.json(rows[0]);
}

// ok: missing-auth
// todoruleid: missing-input-validation -- route params into bound parameters are exempt by policy since pass 21
export async function DELETE(_req: Request, { params }: Ctx) {
  const session = await getStaffSession();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { id } = await params;
  // ruleid: missing-authorization
  await billing.execute("DELETE FROM invoices WHERE id = ?", [id]);
  return new NextResponse(null, { status: 204 });
}

// ok: missing-auth, missing-input-validation
export async function POST(_req: Request, { params }: Ctx) {
  const staff = await requireRole(["accountant"]);
  const { id } = await params;
  if (!/^\d+$/.test(id)) return NextResponse.json({ error: "bad id" }, { status: 400 });
  // ok: missing-authorization
  const [rows] = await billing.execute<RowDataPacket[]>("SELECT * FROM invoices WHERE id = ? AND marina_id = ?", [id, staff.orgId]);
  // ruleid: excessive-data-exposure
  return NextResponse.json(rows);
}
