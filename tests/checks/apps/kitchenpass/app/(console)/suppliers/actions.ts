"use server";

import { z } from "zod";
import { createServerAction } from "zsa";
import { pool } from "@/lib/db/drizzle";
import { supplierProcedure, buyerProcedure } from "@/lib/actions/zsa";
import { SupplierOrderSchema } from "@/lib/validation/schemas";

// ok: missing-auth, missing-input-validation
export const createSupplierOrder = buyerProcedure
  .createServerAction()
  .input(SupplierOrderSchema)
  .handler(async ({ input, ctx }) => {
    // ok: sql-injection
    const { rows } = await pool.query(
      "INSERT INTO supplier_orders (org_id, supplier_id, venue_id, lines, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      [ctx.orgId, input.supplierId, input.venueId, JSON.stringify(input.lines), ctx.userId],
    );
    // ok: excessive-data-exposure
    return { id: rows[0].id as string };
  });

// ok: missing-auth, missing-input-validation
export const getSupplierOrder = supplierProcedure
  .createServerAction()
  .input(z.object({ orderId: z.string().uuid() }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, sql-injection
    const { rows } = await pool.query("SELECT id, supplier_id, venue_id, lines, status FROM supplier_orders WHERE id = $1 AND org_id = $2", [input.orderId, ctx.orgId]);
    // ok: excessive-data-exposure
    return rows[0] ?? null;
  });

// ok: missing-auth, missing-input-validation
export const getSupplierOrderRaw = supplierProcedure
  .createServerAction()
  .input(z.object({ orderId: z.string().uuid() }))
  .handler(async ({ input }) => {
    // ruleid: missing-authorization
    const { rows } = await pool.query("SELECT * FROM supplier_orders WHERE id = $1", [input.orderId]);
    // ruleid: excessive-data-exposure
    return rows[0];
  });

// ok: missing-auth, missing-input-validation
export const updateOrderStatus = supplierProcedure
  .createServerAction()
  .input(z.object({ orderId: z.string().uuid(), status: z.enum(["accepted", "shipped", "delivered"]) }))
  .handler(async ({ input, ctx }) => {
    // ok: missing-authorization, sql-injection
    const res = await pool.query("UPDATE supplier_orders SET status = $1 WHERE id = $2 AND org_id = $3", [input.status, input.orderId, ctx.orgId]);
    return { updated: res.rowCount ?? 0 };
  });

// ok: missing-auth, missing-input-validation
export const searchSupplierCatalogue = supplierProcedure
  .createServerAction()
  .input(z.object({ q: z.string().max(60) }))
  .handler(async ({ input, ctx }) => {
    // ruleid: sql-injection
    const { rows } = await pool.query(`SELECT sku, name, unit_price_cents FROM catalogue WHERE org_id = $1 AND name ILIKE '%${input.q}%' LIMIT 25`, [ctx.orgId]);
    // ok: excessive-data-exposure
    return rows.map((r) => ({ sku: r.sku as string, name: r.name as string, price: r.unit_price_cents as number }));
  });

// Marketing page: suppliers can request access. Public.
// ok: missing-auth, missing-input-validation
// ruleid: missing-rate-limit
export const requestSupplierAccess = createServerAction()
  .input(z.object({ company: z.string().min(2).max(120), email: z.string().email() }))
  .handler(async ({ input }) => {
    // ok: sql-injection
    await pool.query("INSERT INTO supplier_leads (company, email) VALUES ($1, $2)", [input.company, input.email]);
    const { sendEmail } = await import("@/lib/messaging");
    await sendEmail(input.email, "Thanks for your interest in KitchenPass", "<p>We'll be in touch.</p>");
  });
