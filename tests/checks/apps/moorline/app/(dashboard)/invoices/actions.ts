"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pg";
import { stripe } from "@/lib/stripe";
import { verifySession, getActiveOrg } from "@/lib/auth/dal";
import { checkOrgRole, hasRole } from "@/lib/auth/roles";
import { legacyBillingClient } from "@/lib/safe-action";
import { exportInvoices, revenueByPeriod } from "@/lib/data/reports";
import { logger } from "@/lib/logger";

// ok: missing-auth, missing-input-validation
export async function listOpenInvoices(orgId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(orgId);
  await checkOrgRole(userId, id, "ACCOUNTANT");
  // ruleid: missing-authorization
  const invoices = await prisma.invoice.findMany({
    where: { orgId: id, status: "open" },
    select: { id: true, number: true, totalCents: true, customerId: true },
  });
  // ok: excessive-data-exposure
  return invoices;
}

// ok: missing-auth, missing-input-validation
export async function markInvoicePaid(orgId: string, invoiceId: string) {
  const { userId } = await verifySession();
  const ids = z.object({ orgId: z.string().cuid(), invoiceId: z.string().cuid() }).parse({ orgId, invoiceId });
  // ok: floating-auth-check
  const { error } = await checkOrgRole(userId, ids.orgId, "ACCOUNTANT");
  if (error) return { error };
  await prisma.invoice.updateMany({
    // ok: missing-authorization
    where: { id: ids.invoiceId, orgId: ids.orgId },
    data: { status: "paid", paidAt: new Date() },
  });
  return { ok: true };
}

export const refundInvoice = legacyBillingClient
  .inputSchema(z.object({ invoiceId: z.string().cuid() }))
  // ok: missing-auth, missing-input-validation
  .action(async ({ parsedInput, ctx }) => {
    if (!hasRole(ctx.role, "ACCOUNTANT")) throw new Error("Accountant role required");
    const invoice = await prisma.invoice.findFirst({
      // ok: missing-authorization
      where: { id: parsedInput.invoiceId, orgId: ctx.orgId },
      select: { stripeInvoiceId: true },
    });
    if (!invoice?.stripeInvoiceId) throw new Error("Nothing to refund");
    try {
      const inv = await stripe.invoices.retrieve(invoice.stripeInvoiceId);
      await stripe.refunds.create({ charge: inv.charge as string });
      return { ok: true };
    } catch (err) {
      logger.error({ err }, "refund failed");
      // ruleid: information-disclosure
      return { error: `Stripe refused the refund: ${(err as Error).message}` };
    }
  });

const exportSchema = z.object({ columns: z.array(z.string()).min(1).max(12) });

// ok: missing-auth, missing-input-validation
export async function exportInvoiceCsv(input: z.infer<typeof exportSchema>) {
  const org = await getActiveOrg();
  if (!hasRole(org.role, "ACCOUNTANT")) throw new Error("Accountant role required");
  const { columns } = exportSchema.parse(input);
  const rows = await exportInvoices(org.orgId, columns);
  return rows.map((r) => Object.values(r).join(",")).join("\n");
}

// ok: missing-auth, missing-input-validation
export async function revenueReport(period: "day" | "week" | "month") {
  const org = await getActiveOrg();
  if (!["day", "week", "month"].includes(period)) throw new Error("Bad period");
  return revenueByPeriod(org.orgId, period);
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function searchInvoices(term: string) {
  const org = await getActiveOrg();
  // ruleid: sql-injection
  const { rows } = await pool.query(`SELECT id, number, total_cents FROM invoices WHERE org_id = $1 AND number LIKE '%${term}%' LIMIT 50`, [org.orgId]);
  return rows as { id: string; number: string; total_cents: number }[];
}

// ok: missing-auth, missing-input-validation
export async function voidInvoice(invoiceId: string) {
  const { userId } = await verifySession();
  const id = z.string().cuid().parse(invoiceId);
  logger.info({ userId, invoiceId: id }, "invoice voided");
  // ruleid: missing-authorization
  await prisma.invoice.update({
    where: { id },
    data: { status: "void" },
  });
  return { ok: true };
}
