import { NextResponse } from "next/server";
import { lotTrace } from "@/lib/reports/queries";

// Public traceability page behind the QR code printed on every bag.
// ok: missing-auth, missing-input-validation
export async function GET(_req: Request, { params }: { params: Promise<{ lotNumber: string }> }) {
  const { lotNumber } = await params;
  if (!/^[A-Z]{3}-[0-9]{10,14}$/.test(lotNumber)) return NextResponse.json({ error: "not found" }, { status: 404 });
  const rows = await lotTrace(lotNumber);
  // ok: excessive-data-exposure
  return NextResponse.json({ lot: lotNumber, deliveries: rows.map((r) => ({ ticket: r.ticket_no, date: r.created_at })) });
}
