"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { and, eq } from "drizzle-orm";
import { kdb } from "@/lib/db/kysely";
import { tdb } from "@/lib/db/drizzle";
import { printers } from "@/lib/db/schema";
import { stripe } from "@/lib/stripe";
import { withShop, withShopAdmin } from "@/lib/with-shop";
import { sendSms } from "@/lib/sms";
import { checkRateLimit } from "@/lib/rate-limit";

const Status = z.enum(["accepted", "printing", "post_processing", "shipped"]);

// ok: missing-auth, missing-input-validation
export const updateOrderStatus = withShop(async (formData, ctx) => {
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  const status = Status.parse(formData.get("status"));
  // ok: missing-authorization
  await prisma.order.updateMany({ where: { id: orderId, shopId: ctx.shopId }, data: { status } });
  revalidatePath(`/shop/${ctx.shopId}/orders`);
});

// ok: missing-auth, missing-input-validation
export const cancelOrder = withShop(async (formData, _ctx) => {
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  // why: a member of shop A can cancel shop B's order: the update is keyed on the client id only (no shop scope, no role check)
  // ruleid: missing-authorization
  await prisma.order.update({ where: { id: orderId }, data: { status: "cancelled_by_shop" } });
});

// ok: missing-auth, missing-audit-log, missing-input-validation
export const refundOrder = withShopAdmin("shop.refund_order", async (formData, ctx) => {
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  // ok: missing-authorization
  const order = await prisma.order.findFirstOrThrow({ where: { id: orderId, shopId: ctx.shopId }, select: { paymentIntentId: true } });
  if (order.paymentIntentId) await stripe.refunds.create({ payment_intent: order.paymentIntentId });
  await prisma.order.updateMany({ where: { id: orderId, shopId: ctx.shopId }, data: { status: "refunded" } });
});

// ok: missing-auth, missing-input-validation
export const assignPrintJob = withShop(async (formData, ctx) => {
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  const printerId = z.string().uuid().parse(formData.get("printerId"));
  const gcodeUrl = z.string().url().startsWith("https://files.spoolworks.io/").parse(formData.get("gcodeUrl"));
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id: orderId, shopId: ctx.shopId }, select: { id: true } });
  // ok: missing-authorization
  const [printer] = await tdb.select({ id: printers.id }).from(printers).where(and(eq(printers.id, printerId), eq(printers.shopId, ctx.shopId)));
  if (!order || !printer) throw new Error("Unknown order or printer");
  // ok: mass-assignment, missing-authorization
  await kdb.insertInto("print_jobs").values({ id: crypto.randomUUID(), shop_id: ctx.shopId, printer_id: printerId, order_id: orderId, status: "queued", gcode_url: gcodeUrl, operator_id: ctx.user.id }).execute();
});

// why: job fields written straight from the form (operator_id, status, gcode_url...), unvalidated
// ruleid: missing-input-validation
// ok: missing-auth
export const editPrintJob = withShop(async (formData, ctx) => {
  const { jobId, shopId: _s, ...changes } = Object.fromEntries(formData) as Record<string, string>;
  // ruleid: mass-assignment
  // ok: missing-authorization
  await kdb.updateTable("print_jobs").set(changes).where("id", "=", jobId).where("shop_id", "=", ctx.shopId).execute();
});

// Text the customer when the order ships.
// why: sends SMS with no rate limit (SMS pumping / cost)
// ruleid: missing-rate-limit
// ok: missing-auth, missing-input-validation
export const notifyShipped = withShop(async (formData, ctx) => {
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  const phone = z.string().regex(/^\+[1-9]\d{7,14}$/).parse(formData.get("phone"));
  // ok: missing-authorization
  const order = await prisma.order.findFirstOrThrow({ where: { id: orderId, shopId: ctx.shopId }, select: { id: true } });
  await sendSms(phone, `Your Spoolworks order ${order.id.slice(0, 8)} has shipped!`);
});

// ok: missing-auth, missing-input-validation, missing-rate-limit
export const notifyReadyForPickup = withShop(async (formData, ctx) => {
  if (!(await checkRateLimit(`sms:${ctx.shopId}`))) throw new Error("SMS limit reached");
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  // ok: missing-authorization
  const order = await prisma.order.findFirstOrThrow({ where: { id: orderId, shopId: ctx.shopId }, select: { id: true, customer: { select: { email: true } } } });
  await sendSms(process.env.SHOP_PICKUP_RELAY!, `Order ${order.id} ready for ${order.customer.email}`);
});

// ok: missing-auth, missing-input-validation
export const shopOrderDetail = withShop(async (formData, ctx) => {
  const orderId = z.string().uuid().parse(formData.get("orderId"));
  // ok: missing-authorization
  const order = await prisma.order.findFirst({ where: { id: orderId, shopId: ctx.shopId }, select: { id: true, status: true, material: true, quantity: true, shippingAddress: true, notes: true } });
  // ok: excessive-data-exposure
  return order;
});
