"use server";

import { z } from "zod";
import type { RowDataPacket } from "mysql2";
import { billingDb } from "@/lib/mysql";
import { fleetClient, authActionClient, ActionError } from "@/lib/safe-action";
import { isFleetAdmin } from "@/lib/permissions";
import { verifySession } from "@/lib/dal";

// ok: missing-auth, missing-input-validation
export const getInvoice = authActionClient
  .metadata({ actionName: "fleet.invoice" })
  .inputSchema(z.object({ fleetId: z.string().uuid(), invoiceNo: z.string().regex(/^INV-\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isFleetAdmin(ctx.userId, parsedInput.fleetId))) throw new ActionError("Fleet admins only");
    // ok: sql-injection, missing-authorization
    const [rows] = await billingDb.query<RowDataPacket[]>("SELECT * FROM invoices WHERE invoice_no = ? AND fleet_id = ?", [parsedInput.invoiceNo, parsedInput.fleetId]);
    // ruleid: excessive-data-exposure
    return rows[0];
  });

// ok: missing-auth, missing-input-validation
export const searchInvoices = authActionClient
  .metadata({ actionName: "fleet.invoice_search" })
  .inputSchema(z.object({ fleetId: z.string().uuid(), term: z.string().max(60) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: floating-auth-check
    if (!(await isFleetAdmin(ctx.userId, parsedInput.fleetId))) throw new ActionError("Fleet admins only");
    // ruleid: sql-injection
    const [rows] = await billingDb.query<RowDataPacket[]>(
      `SELECT invoice_no, period, total_cents, status FROM invoices WHERE fleet_id = '${parsedInput.fleetId}' AND memo LIKE '%${parsedInput.term}%' ORDER BY period DESC`,
    );
    // ok: excessive-data-exposure
    return rows.map((r) => ({ invoiceNo: r.invoice_no as string, period: r.period as string, totalCents: r.total_cents as number, status: r.status as string }));
  });

// ok: missing-auth, missing-input-validation
export async function markInvoiceDisputed(fleetId: string, invoiceNo: string, reason: string) {
  const { userId } = await verifySession();
  const input = z.object({ fleetId: z.string().uuid(), invoiceNo: z.string().regex(/^INV-\d{6}$/), reason: z.string().min(5).max(500) }).parse({ fleetId, invoiceNo, reason });
  // ok: floating-auth-check
  if (!(await isFleetAdmin(userId, input.fleetId))) return { error: "Fleet admins only" };
  // ok: sql-injection, missing-authorization
  await billingDb.execute("UPDATE invoices SET status = 'DISPUTED', dispute_reason = ? WHERE invoice_no = ? AND fleet_id = ?", [input.reason, input.invoiceNo, input.fleetId]);
  return { ok: true };
}

// Finance export for the fleet's accounting system.
// ok: missing-input-validation
// ruleid: missing-auth
export const exportInvoicesCsv = fleetClient
  .metadata({ actionName: "fleet.invoice_export" })
  .inputSchema(z.object({ year: z.number().int().min(2019).max(2100) }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: sql-injection
    const [rows] = await billingDb.query<RowDataPacket[]>(
      "SELECT invoice_no, period, total_cents FROM invoices WHERE fleet_id = ? AND YEAR(period) = ?",
      [ctx.fleetId, parsedInput.year],
    );
    return rows.map((r) => `${r.invoice_no},${r.period},${r.total_cents}`).join("\n");
  });

// ok: missing-auth, missing-input-validation
export const voidInvoice = authActionClient
  .metadata({ actionName: "fleet.invoice_void" })
  .inputSchema(z.object({ fleetId: z.string().uuid(), invoiceNo: z.string().regex(/^INV-\d{6}$/) }))
  .action(async ({ parsedInput, ctx }) => {
    // ruleid: floating-auth-check
    if (!isFleetAdmin(ctx.userId, parsedInput.fleetId)) throw new ActionError("Fleet admins only");
    // ok: sql-injection
    // ruleid: missing-authorization
    await billingDb.execute("UPDATE invoices SET status = 'VOID' WHERE invoice_no = ?", [parsedInput.invoiceNo]);
    return { ok: true };
  });
