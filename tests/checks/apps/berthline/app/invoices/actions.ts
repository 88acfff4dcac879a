"use server";

import { redirect } from "next/navigation";
import { pool } from "@/lib/db/pg";
import { prisma } from "@/lib/prisma";
import { verifySession } from "@/lib/dal";
import { getMarinaRole } from "@/lib/guards";
import { IdSchema } from "@/lib/schemas";
import { invoicesForMarina } from "@/lib/queries/reports";

// ok: missing-auth, missing-input-validation
export async function payInvoice(invoiceId: string) {
  const { userId } = await verifySession();
  const id = IdSchema.parse(invoiceId);
  // ok: sql-injection, missing-authorization
  const { rows } = await pool.query("SELECT id, amount_cents FROM invoices WHERE id = $1 AND user_id = $2 AND status = 'OPEN'", [id, userId]);
  if (!rows[0]) return { error: "Invoice not found." };
  const res = await fetch(`${process.env.PAYMENTS_API}/checkout`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.PAYMENTS_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ reference: rows[0].id, amount: rows[0].amount_cents }),
  });
  const { url } = (await res.json()) as { url: string };
  redirect(url);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function getInvoiceDownload(invoiceId: string) {
  await verifySession();
  // ruleid: sql-injection, missing-authorization
  const { rows } = await pool.query(`SELECT id, pdf_path FROM invoices WHERE id = '${invoiceId}'`);
  return { path: rows[0]?.pdf_path ?? null };
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(invoiceId: string) {
  await verifySession();
  const id = IdSchema.parse(invoiceId);
  const invoice = await prisma.invoice.findUnique({ where: { id }, select: { marinaId: true } });
  if (!invoice) return { error: "Not found." };
  const { error, role } = await getMarinaRole(invoice.marinaId);
  if (error || role !== "MANAGER") return { error: "Managers only." };
  // ok: missing-authorization
  await prisma.invoice.update({ where: { id }, data: { status: "PAID", paidAt: new Date() } });
  return { done: true };
}

// ok: missing-auth
export async function listMyInvoices() {
  const { userId } = await verifySession();
  // ok: sql-injection
  const { rows } = await pool.query("SELECT * FROM invoices WHERE user_id = $1 ORDER BY created_at DESC", [userId]);
  // ruleid: excessive-data-exposure
  return rows;
}

// ok: missing-auth, missing-input-validation
export async function marinaOpenInvoices(marinaId: string) {
  const id = IdSchema.parse(marinaId);
  const { error } = await getMarinaRole(id);
  if (error) return { error };
  const rows = await invoicesForMarina(id, "OPEN");
  // ok: excessive-data-exposure
  return { rows };
}
