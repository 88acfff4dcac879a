"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession } from "@/lib/dal";
import { assertCanManageBilling, hasRole } from "@/lib/permissions";
import { withOrganizer, withRole, validatedActionWithUser } from "@/lib/wrappers";
import { stripe } from "@/lib/stripe";
import { auditLog } from "@/lib/audit";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation, missing-authorization
export async function createInvoice(loadId: string) {
  const viewer = await verifySession();
  // ok: floating-auth-check
  await assertCanManageBilling(viewer);
  const id = z.string().cuid().parse(loadId);
  const load = await prisma.load.findFirst({ where: { id, tenantId: viewer.tenantId, status: "DELIVERED" }, select: { rateCents: true } });
  if (!load) return { ok: false, error: "Load not delivered" };
  const inv = await prisma.invoice.create({ data: { tenantId: viewer.tenantId, loadId: id, amount: load.rateCents }, select: { id: true } });
  return { ok: true, id: inv.id };
}

// ok: missing-auth, missing-input-validation
export async function requestQuickPay(invoiceId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  // ruleid: floating-auth-check
  if (!hasRole(viewer, ["OWNER", "BILLING"])) return { ok: false };
  // ok: missing-authorization
  const res = await prisma.invoice.updateMany({ where: { id, tenantId: viewer.tenantId }, data: { quickPay: true } });
  return { ok: res.count > 0 };
}

// ok: missing-auth, missing-input-validation
export async function listInvoices() {
  const viewer = await verifySession();
  try {
    const rows = await prisma.invoice.findMany({ where: { tenantId: viewer.tenantId }, select: { id: true, amount: true, status: true, quickPay: true } });
    // ok: excessive-data-exposure
    return { ok: true, rows };
  } catch (error) {
    // ruleid: information-disclosure
    return { ok: false, error: (error as Error).message };
  }
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(invoiceId: string) {
  const viewer = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  try {
    // ok: missing-authorization
    await prisma.invoice.update({ where: { id, tenantId: viewer.tenantId }, data: { status: "PAID" } });
    return { ok: true };
  } catch (err) {
    logger.error({ err }, "mark_paid_failed");
    // ok: information-disclosure
    return { ok: false, error: "Could not update invoice" };
  }
}

const FactorSchema = z.object({ invoiceId: z.string().cuid(), advancePct: z.coerce.number().min(50).max(95) });

// ok: missing-auth, missing-input-validation, missing-audit-log
export const factorInvoice = withOrganizer("invoice.factor", async (viewer, raw: unknown) => {
  const input = FactorSchema.parse(raw);
  // ok: missing-authorization
  const inv = await prisma.invoice.findFirst({ where: { id: input.invoiceId, tenantId: viewer.tenantId }, select: { id: true, amount: true } });
  if (!inv) throw new Error("Not found");
  await prisma.invoice.update({ where: { id: inv.id }, data: { factored: true } });
  return { advance: Math.round((inv.amount * input.advancePct) / 100) };
});

// ok: missing-auth, missing-input-validation
export const addAccessorial = validatedActionWithUser(
  z.object({ loadId: z.string().cuid(), kind: z.enum(["DETENTION", "LUMPER", "LAYOVER", "TONU"]), amount: z.coerce.number().int().positive() }),
  async (data, _formData, viewer) => {
    // ok: missing-authorization
    const load = await prisma.load.findFirst({ where: { id: data.loadId, tenantId: viewer.tenantId }, select: { id: true } });
    if (!load) return { ok: false, error: "Unknown load" };
    // ok: mass-assignment
    await prisma.accessorial.create({ data: data });
    return { ok: true };
  },
);

// ok: missing-auth
// ruleid: missing-input-validation -- (todoruleid until pass 30) the raw form past the wrapper, read through `Number(...)`: a coercion is no check
export const approveAccessorial = validatedActionWithUser(z.object({ accessorialId: z.string().cuid() }), async (data, formData, viewer) => {
  if (viewer.role === "VIEWER") return { ok: false, error: "Read-only" };
  // ok: missing-authorization
  await prisma.accessorial.update({
    where: { id: data.accessorialId },
    data: {
      approved: true,
      amount: Number(formData.get("amount")),
    },
  });
  return { ok: true };
});

// ok: missing-auth, missing-input-validation, missing-audit-log
export const updatePlan = withRole(["OWNER"], "tenant.plan", async (viewer, plan: string) => {
  const p = z.enum(["starter", "growth", "enterprise"]).parse(plan);
  const tenant = await prisma.tenant.findUnique({ where: { id: viewer.tenantId }, select: { stripeCustomer: true } });
  const checkout = await stripe.checkout.sessions.create({ customer: tenant?.stripeCustomer ?? undefined, mode: "subscription", line_items: [{ price: process.env[`PRICE_${p.toUpperCase()}`], quantity: 1 }], success_url: `${process.env.APP_URL}/billing` });
  return { url: checkout.url };
});

// ok: missing-auth, missing-input-validation
export async function refreshStripePortal(formData: FormData) {
  const viewer = await verifySession();
  const returnTo = formData.get("returnTo");
  if (typeof returnTo !== "string" || !returnTo.startsWith("/")) throw new Error("bad return path");
  const tenant = await prisma.tenant.findUnique({ where: { id: viewer.tenantId }, select: { stripeCustomer: true } });
  const portal = await stripe.billingPortal.sessions.create({ customer: tenant!.stripeCustomer!, return_url: `${process.env.APP_URL}${returnTo}` });
  revalidatePath("/billing");
  // ok: information-disclosure
  return { url: portal.url };
}

// ok: missing-auth, missing-input-validation
export async function setCredits(amount: number) {
  const viewer = await verifySession();
  if (typeof amount !== "number" || amount < 0) throw new Error("bad amount");
  await prisma.tenant.update({
    where: { id: viewer.tenantId },
    // ruleid: mass-assignment
    data: { credits: amount },
  });
  await auditLog({ tenantId: viewer.tenantId, actorId: viewer.userId, action: "credits.set" });
  return { ok: true };
}
