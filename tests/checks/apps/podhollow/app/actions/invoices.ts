"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { networkProcedure } from "@/lib/zsa";
import { pool } from "@/lib/db/mysql";
import { invoicesForNetwork, invoicesSorted, invoicesForAdvertiserName, voidInvoice, markInvoicePaid } from "@/lib/ledger";
import { requireMembership } from "@/lib/auth/network";
import { logActivity } from "@/lib/audit";

// ok: missing-auth, missing-input-validation
export const listInvoices = networkProcedure
  .createServerAction()
  .input(z.object({ sort: z.enum(["issued", "amount", "status"]).default("issued") }))
  .handler(async ({ input, ctx }) => {
    if (!["OWNER", "AD_SALES"].includes(ctx.networkRole)) throw new Error("Ad sales only");
    const rows = await invoicesSorted(ctx.networkId, input.sort);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const invoicesByAdvertiser = networkProcedure
  .createServerAction()
  .input(z.object({ advertiser: z.string().max(120) }))
  .handler(async ({ input, ctx }) => {
    const rows = await invoicesForAdvertiserName(ctx.networkId, input.advertiser);
    // ok: excessive-data-exposure
    return rows;
  });

// ok: missing-auth, missing-input-validation
export const recentInvoices = networkProcedure.createServerAction().handler(async ({ ctx }) => {
  // ok: excessive-data-exposure
  return invoicesForNetwork(ctx.networkId, 20);
});

// ok: missing-auth, missing-input-validation
export async function voidInvoiceAction(networkId: string, invoiceId: string, reason: string) {
  const data = z.object({ networkId: z.string(), invoiceId: z.string(), reason: z.string().max(300) }).parse({ networkId, invoiceId, reason });
  const ctx = await requireMembership(data.networkId, ["OWNER", "AD_SALES"]);
  // ok: sql-injection
  const [rows] = await pool.execute<RowDataPacket[]>("SELECT network_id FROM ad_invoices WHERE id = ?", [data.invoiceId]);
  if (rows[0]?.network_id !== ctx.networkId) throw new Error("Not your invoice");
  await voidInvoice(data.invoiceId, data.reason);
  await logActivity({ actorId: ctx.userId, networkId: ctx.networkId, action: "invoice.void", target: data.invoiceId });
  return { ok: true };
}

// ok: missing-auth
// ruleid: missing-input-validation
export async function markPaid(networkId: string, invoiceId: string, ref: string) {
  await requireMembership(networkId, ["OWNER", "AD_SALES"]);
  // ledger row is not checked against networkId
  // ok: sql-injection
  // ruleid: missing-authorization
  await pool.execute("UPDATE ad_invoices SET status = 'paid', paid_ref = ? WHERE id = ?", [ref, invoiceId]);
  return { ok: true };
}

// ok: missing-auth, missing-input-validation
export const invoiceTotals = networkProcedure
  .createServerAction()
  .input(z.object({ year: z.number().int().min(2015).max(2100) }))
  .handler(async ({ input, ctx }) => {
    // ok: sql-injection
    const [rows] = await pool.execute<RowDataPacket[]>(`SELECT SUM(amount_cents) AS total, COUNT(*) AS n FROM ad_invoices WHERE network_id = ? AND YEAR(issued_at) = ${Number(input.year)}`, [ctx.networkId]);
    return { total: Number(rows[0]?.total ?? 0), count: Number(rows[0]?.n ?? 0) };
  });
