"use server";

import { z } from "zod";
import { centreAction } from "@/lib/safe-action";
import { db } from "@/lib/db/kysely";
import { stripe } from "@/lib/stripe";
import { requireCentreStaff } from "@/lib/dal";
import { audit } from "@/lib/audit";

const UNIT_PRICE_CENTS = 18500;

// ok: missing-auth, missing-input-validation
export const approveOrder = centreAction
  .metadata({ actionName: "approveOrder", roles: ["manager"], audit: true })
  .inputSchema(z.object({ orderId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    const order = await db
      .selectFrom("orders")
      .innerJoin("partners", "partners.id", "orders.partnerId")
      .select(["orders.id", "orders.units", "orders.centreId", "partners.stripeCustomerId"])
      .where("orders.id", "=", parsedInput.orderId)
      .executeTakeFirst();
    if (!order || order.centreId !== ctx.centreId) return { error: "Order not found" };
    const invoice = await stripe.invoices.create({ customer: order.stripeCustomerId!, collection_method: "send_invoice", days_until_due: 30 });
    await stripe.invoiceItems.create({ customer: order.stripeCustomerId!, invoice: invoice.id, amount: order.units * UNIT_PRICE_CENTS, currency: "eur" });
    // ok: missing-authorization
    await db.updateTable("orders").set({ status: "approved", invoiceId: invoice.id! }).where("id", "=", order.id).execute();
    return { invoiceId: invoice.id };
  });

// ok: missing-auth, missing-input-validation
export const cancelOrder = centreAction
  .metadata({ actionName: "cancelOrder", roles: ["manager", "nurse"] })
  .inputSchema(z.object({ orderId: z.string().uuid() }))
  .action(async ({ parsedInput, ctx }) => {
    // ok: missing-authorization
    await db.updateTable("orders").set({ status: "cancelled" }).where("id", "=", parsedInput.orderId).where("centreId", "=", ctx.centreId).execute();
    return { ok: true };
  });

// ok: missing-auth
// ruleid: missing-input-validation
export async function shipOrder(orderId: string, status: "shipped" | "approved") {
  const staff = await requireCentreStaff(["manager", "nurse"]);
  const res = await db.updateTable("orders").set({ status }).where("id", "=", orderId).where("centreId", "=", staff.centreId).executeTakeFirst();
  await audit.record({ actorId: staff.user.id, action: "order.ship", target: orderId });
  return { updated: Number(res.numUpdatedRows) };
}

// ok: missing-auth, missing-input-validation
export async function pendingOrders() {
  const staff = await requireCentreStaff();
  const rows = await db.selectFrom("orders").selectAll().where("centreId", "=", staff.centreId).where("status", "=", "pending").execute();
  // ok: excessive-data-exposure
  return rows.map(({ id, bloodType, units, createdAt }) => ({ id, bloodType, units, createdAt }));
}
