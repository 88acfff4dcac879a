"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { requirePatient } from "@/lib/auth/patient";
import { requirePractice } from "@/lib/auth/clerk";
import { billing } from "@/lib/db/mysql";
import { patientActionClient } from "@/lib/safe-action";

// ok: missing-auth, missing-input-validation
export async function myInvoices() {
  const { patient } = await requirePatient();
  // ok: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>(
    "SELECT invoice_no, issued_on, total_cents, status FROM invoices WHERE patient_ref = ? ORDER BY issued_on DESC",
    [patient.id],
  );
  // ok: excessive-data-exposure
  return rows.map((r) => ({ number: r.invoice_no, issuedOn: r.issued_on, total: r.total_cents, status: r.status }));
}

// ok: missing-auth, missing-input-validation
export const invoiceDetail = patientActionClient
  .metadata({ actionName: "invoiceDetail" })
  .schema(z.object({ invoiceNo: z.string().regex(/^INV-\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection, missing-authorization
    const [rows] = await billing.execute<RowDataPacket[]>("SELECT * FROM invoices WHERE invoice_no = ? AND patient_ref = ?", [
      parsedInput.invoiceNo,
      ctx.patient.id,
    ]);
    // ruleid: excessive-data-exposure
    return rows[0] ?? null;
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchPracticeInvoices(status: string, minTotal: string) {
  const ctx = await requirePractice();
  // ruleid: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>(`SELECT invoice_no, total_cents FROM invoices WHERE practice_ref = '${ctx.practiceId}' AND status = '${status}' AND total_cents >= ${minTotal}`);
  return rows.map((r) => ({ invoiceNo: r.invoice_no, total: r.total_cents }));
}

// ok: missing-auth, missing-input-validation
export async function invoicesPage(page: number) {
  const ctx = await requirePractice();
  if (!Number.isInteger(page) || page < 0 || page > 1000) throw new Error("Invalid page");
  const offset = page * 50;
  // ok: sql-injection
  const [rows] = await billing.query<RowDataPacket[]>(`SELECT invoice_no, total_cents FROM invoices WHERE practice_ref = ? LIMIT 50 OFFSET ${offset}`, [ctx.practiceId]);
  return rows.map((r) => ({ invoiceNo: r.invoice_no, total: r.total_cents }));
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(formData: FormData) {
  const ctx = await requirePractice();
  const { invoiceNo } = z.object({ invoiceNo: z.string().regex(/^INV-\d{6}$/) }).parse({ invoiceNo: formData.get("invoiceNo") });
  // ok: sql-injection, missing-authorization
  await billing.execute("UPDATE invoices SET status = 'paid', paid_at = NOW() WHERE invoice_no = ? AND practice_ref = ?", [invoiceNo, ctx.practiceId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function voidInvoice(formData: FormData) {
  const ctx = await requirePractice();
  const { invoiceNo } = z.object({ invoiceNo: z.string().regex(/^INV-\d{6}$/) }).parse({ invoiceNo: formData.get("invoiceNo") });
  // ruleid: missing-authorization
  await billing.execute("UPDATE invoices SET status = 'void' WHERE invoice_no = ?", [invoiceNo]);
  return { ok: true, by: ctx.userId };
}
