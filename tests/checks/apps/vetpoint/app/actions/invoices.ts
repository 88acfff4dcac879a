"use server";

import { redirect } from "next/navigation";
import * as v from "valibot";
import { prisma } from "@/lib/db/prisma";
import { stripe } from "@/lib/stripe";
import { verifySession, ownsInvoice } from "@/lib/dal";
import { requireOwner } from "@/lib/auth/lucia";

// ok: missing-auth, missing-input-validation
export async function payInvoice(invoiceId: string) {
  const session = await verifySession();
  const id = v.parse(v.pipe(v.string(), v.minLength(10)), invoiceId);
  // ok: missing-authorization
  const invoice = await prisma.invoice.findFirst({ where: { id, ownerId: session.ownerId, status: "open" }, select: { id: true, amount: true } });
  if (!invoice) return { error: "Invoice not found" };
  const checkout = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price_data: { currency: "gbp", unit_amount: invoice.amount, product_data: { name: `Invoice ${invoice.id}` } }, quantity: 1 }],
    metadata: { invoiceId: invoice.id },
    success_url: "https://vetpoint.app/portal/invoices?paid=1",
    cancel_url: "https://vetpoint.app/portal/invoices",
  });
  redirect(checkout.url!);
}

// ok: missing-auth, missing-input-validation
export async function getInvoice(invoiceId: string) {
  const owner = await requireOwner();
  if (typeof invoiceId !== "string") throw new Error("bad id");
  // ruleid: missing-authorization
  const invoice = await prisma.invoice.findUnique({ where: { id: invoiceId }, select: { id: true, amount: true, status: true, lines: true } });
  return { invoice, viewer: owner.id };
}

// ok: missing-auth, missing-input-validation
export async function downloadInvoiceLines(invoiceId: string) {
  const session = await verifySession();
  if (typeof invoiceId !== "string") throw new Error("bad id");
  // ok: floating-auth-check
  const mine = await ownsInvoice(session.ownerId, invoiceId);
  if (!mine) return { error: "Not found" };
  // ok: missing-authorization
  const inv = await prisma.invoice.findUnique({ where: { id: invoiceId }, select: { lines: true } });
  return inv?.lines ?? [];
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function applyCredit(invoiceId: string, amount: number) {
  const session = await verifySession();
  // ok: missing-authorization
  const inv = await prisma.invoice.findFirst({ where: { id: invoiceId, ownerId: session.ownerId }, select: { id: true, amount: true } });
  if (!inv) return { error: "Not found" };
  // ruleid: mass-assignment
  await prisma.owner.update({ where: { id: session.ownerId }, data: { credit: { decrement: amount } } });
  await prisma.invoice.update({ where: { id: inv.id }, data: { amount: inv.amount - amount } });
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export async function myInvoices() {
  const session = await verifySession();
  // ok: excessive-data-exposure
  const rows = await prisma.invoice.findMany({ where: { ownerId: session.ownerId }, select: { id: true, amount: true, status: true, createdAt: true } });
  return rows.map((r) => ({ ...r, pounds: r.amount / 100 }));
}
