"use server";

import { type } from "arktype";
import { z } from "zod";
import { requireRole, requireStaff } from "@/lib/auth/staff";
import { invoicesForMarina, invoiceById, invoicesByOwnerRef, ledgerPage, refundInvoice } from "@/lib/billing-queries";
import { RefundInput } from "@/lib/ark";
import { auditLog } from "@/lib/audit";
import { billing } from "@/lib/db/billing";

// ok: missing-auth, missing-input-validation, missing-authorization
export async function openInvoices(status?: string) {
  const staff = await requireRole(["accountant", "harbour-master"]);
  const rows = await invoicesForMarina(staff.orgId, z.enum(["open", "paid", "void"]).optional().parse(status));
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id, amountCents: r.amount_cents, status: r.status }));
}

// ok: missing-auth, missing-input-validation, missing-authorization
export async function invoiceDetail(id: number) {
  const staff = await requireRole(["accountant"]);
  const invoiceId = z.number().int().positive().parse(id);
  const row = await invoiceById(staff.orgId, invoiceId);
  // ruleid: excessive-data-exposure
  return row;
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function invoicesForOwnerRef(ownerRef: string) {
  await requireStaff();
  // ruleid: missing-authorization
  const rows = await invoicesByOwnerRef(ownerRef);
  return rows.map((r) => ({ id: r.id, amountCents: r.amount_cents }));
}

// ok: missing-auth, missing-authorization
// ruleid: missing-input-validation
export async function ledger(orderBy: string, limit: number) {
  const staff = await requireRole(["accountant"]);
  const rows = await ledgerPage(staff.orgId, orderBy, limit);
  return rows.map((r) => ({ id: r.id, amountCents: r.amount_cents, memo: r.memo }));
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function refund(input: unknown) {
  const staff = await requireRole(["accountant"]);
  const data = RefundInput(input);
  if (data instanceof type.errors) return { error: data.summary };
  const inv = await invoiceById(staff.orgId, Number(data.invoiceId));
  if (!inv) return { error: "Invoice not found" };
  // ok: missing-authorization
  await refundInvoice(staff.orgId, Number(data.invoiceId), data.amountCents, data.reason);
  await auditLog({ actorId: staff.user.id, orgId: staff.orgId, action: "invoice.refund", target: data.invoiceId });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(invoiceId: number) {
  const staff = await requireStaff();
  const id = z.number().int().positive().parse(invoiceId);
  try {
    // ruleid: missing-authorization
    await billing.execute("UPDATE invoices SET status = 'paid' WHERE id = ?", [id]);
  } catch (e) {
    // ruleid: information-disclosure
    return { error: String(e) };
  }
  return { ok: true, by: staff.user.id };
}

// ok: missing-auth, missing-input-validation
export async function voidInvoice(invoiceId: number) {
  const staff = await requireRole(["accountant"]);
  const id = z.number().int().positive().parse(invoiceId);
  try {
    // ok: missing-authorization, sql-injection
    await billing.execute("UPDATE invoices SET status = 'void' WHERE id = ? AND marina_id = ?", [id, staff.orgId]);
  } catch (e) {
    console.error(e);
    // ok: information-disclosure
    return { error: "Could not void the invoice" };
  }
  return { ok: true };
}
