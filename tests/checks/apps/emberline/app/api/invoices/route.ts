import { NextResponse } from "next/server";
import type { RowDataPacket } from "mysql2";
import { requirePractice } from "@/lib/auth/clerk";
import { billing } from "@/lib/db/mysql";

// ok: missing-auth, missing-input-validation
export async function GET() {
  const ctx = await requirePractice();
  try {
    // ok: sql-injection
    const [rows] = await billing.query<RowDataPacket[]>("SELECT * FROM invoices WHERE practice_ref = ? ORDER BY issued_on DESC LIMIT 100", [ctx.practiceId]);
    // ruleid: excessive-data-exposure
    return NextResponse.json(rows);
  } catch (err) {
    // ruleid: information-disclosure
    return NextResponse.json({ error: String(err) }, { status: 500 });
  }
}

// ok: missing-auth, missing-input-validation
export async function POST(req: Request) {
  const ctx = await requirePractice();
  const body = await req.json();
  if (typeof body.patientRef !== "string" || typeof body.totalCents !== "number" || body.totalCents < 0) {
    return NextResponse.json({ error: "invalid" }, { status: 400 });
  }
  try {
    // ok: sql-injection, mass-assignment
    await billing.execute("INSERT INTO invoices (practice_ref, patient_ref, total_cents, status) VALUES (?, ?, ?, 'open')", [ctx.practiceId, body.patientRef, body.totalCents]);
    return NextResponse.json({ ok: true }, { status: 201 });
  } catch (err) {
    console.error("invoice insert failed", err);
    // ok: information-disclosure
    return NextResponse.json({ error: "Could not create invoice" }, { status: 500 });
  }
}
