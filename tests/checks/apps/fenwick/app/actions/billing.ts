"use server";

import { z } from "zod";
import { verifySession, requireRole } from "@/lib/dal";
import { pool } from "@/lib/db/pg";
import {
  listInvoicesForPatient,
  getInvoiceForPatient,
  searchInvoices,
  revenueByMonth,
  markInvoicePaid,
} from "@/lib/billing/queries";
import { audit } from "@/lib/audit";

// ok: missing-auth
export async function getMyInvoices() {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const rows = await listInvoicesForPatient(userId);
  // ok: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getInvoice(invoiceId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  const id = z.coerce.number().int().positive().parse(invoiceId);
  // ok: missing-authorization
  const invoice = await getInvoiceForPatient(id, userId);
  // ok: excessive-data-exposure
  return invoice;
}

// ruleid: missing-input-validation -- SQL text built in a let with += inside a helper
// ok: missing-auth
export async function searchInvoicesAdmin(term: string, status?: string) {
  // ok: floating-auth-check
  await requireRole("admin");
  const rows = await searchInvoices(term, status);
  // ruleid: excessive-data-exposure -- SELECT * text built in a let with += inside a helper
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function getRevenue(year: number) {
  // ok: floating-auth-check
  await requireRole("admin");
  const y = z.number().int().min(2015).max(2100).parse(year);
  // ok: excessive-data-exposure
  return revenueByMonth(y);
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function recordCashPayment(invoiceId: number, receiptNo: string) {
  // ok: floating-auth-check
  const staff = await requireRole("receptionist", "admin");
  const input = z.object({ invoiceId: z.number().int().positive(), receiptNo: z.string().regex(/^R-\d{6}$/) }).parse({ invoiceId, receiptNo });
  await markInvoicePaid(input.invoiceId, "cash", input.receiptNo);
  await audit({ actorId: staff.userId, actorRole: staff.role, action: "billing.cash_payment", target: String(input.invoiceId) });
}

// ok: missing-auth, missing-input-validation
export async function getPatientBalance(patientId: string) {
  // ok: floating-auth-check
  const { userId, role } = await verifySession();
  const pid = z.string().regex(/^[a-f0-9]{24}$/).parse(patientId);
  if (role === "patient" && pid !== userId) throw new Error("Forbidden");
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query(
    "SELECT coalesce(sum(amount_cents), 0)::int AS balance FROM invoices WHERE patient_id = $1 AND status = 'open'",
    [pid]
  );
  // ok: excessive-data-exposure
  return { balance: rows[0].balance as number };
}

// ok: missing-auth // ruleid: missing-input-validation
export async function getInvoiceSummary(invoiceId: string) {
  // ok: floating-auth-check
  const { userId } = await verifySession();
  // ruleid: missing-authorization
  // ok: sql-injection
  const { rows } = await pool.query(
    "SELECT * FROM invoices WHERE id = $1",
    [Number(invoiceId)]
  );
  // ok: excessive-data-exposure
  return { amount: rows[0]?.amount_cents, status: rows[0]?.status, viewer: userId };
}
