import { NextResponse } from "next/server";
import type { RowDataPacket } from "mysql2";
import { requirePatient } from "@/lib/auth/patient";
import { billing } from "@/lib/db/mysql";

// ok: missing-auth
// ruleid: missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ invoiceNo: string }> }) {
  const { patient } = await requirePatient();
  const { invoiceNo } = await params;
  // ruleid: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>(`SELECT invoice_no, total_cents, status FROM invoices WHERE invoice_no = '${invoiceNo}' AND patient_ref = ?`, [patient.id]);
  if (!rows.length) return NextResponse.json({ error: "not found" }, { status: 404 });
  return NextResponse.json({ invoiceNo: rows[0].invoice_no, total: rows[0].total_cents, status: rows[0].status });
}
