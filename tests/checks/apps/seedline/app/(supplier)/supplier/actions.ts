"use server";

import { z } from "zod";
import { clerkProcedure, publicProcedure } from "@/lib/zsa";
import { sql } from "@/lib/postgres";

// ok: missing-auth, missing-input-validation
export const updateCatalogItem = clerkProcedure
  .createServerAction()
  .input(z.object({ sku: z.string().min(2).max(40), pricePerUnit: z.number().positive(), inStock: z.boolean() }))
  .handler(async ({ input, ctx }) => {
    // ok: sql-injection, missing-authorization
    await sql`update supplier_catalog set price_per_unit = ${input.pricePerUnit}, in_stock = ${input.inStock}
              where sku = ${input.sku} and supplier_clerk_id = ${ctx.clerkUserId}`;
    return { ok: true };
  });

// ruleid: missing-auth
export const listSupplierOrders = publicProcedure.createServerAction().handler(async ({ ctx }) => {
  const rows = await sql`select id, coop_id, sku, qty, status from supplier_orders where supplier_clerk_id = ${ctx.clerkUserId} order by created_at desc`;
  // ok: excessive-data-exposure
  return rows.map((r) => ({ id: r.id as string, sku: r.sku as string, qty: Number(r.qty), status: r.status as string }));
});

// ok: missing-auth, missing-input-validation
export const submitSupplierInvoice = clerkProcedure
  .createServerAction()
  .input(z.object({ orderId: z.string().uuid(), amount: z.number().positive(), pdfUrl: z.string().url() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization
    const [order] = await sql`select id from supplier_orders where id = ${input.orderId} and supplier_clerk_id = ${ctx.clerkUserId}`;
    if (!order) throw new Error("Order not found");
    await sql`insert into supplier_invoices (order_id, amount, pdf_url) values (${input.orderId}, ${input.amount}, ${input.pdfUrl})`;
    return { ok: true };
  });
