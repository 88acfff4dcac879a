"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { prisma } from "@/lib/db/prisma";
import { verifySession, getOptionalMaker } from "@/lib/dal";
import { customerIdFor, orderSummarySelect } from "@/lib/data/orders";
import { orderSchema } from "@/lib/validators";
import { kdb } from "@/lib/db/kysely";

// ok: missing-auth, missing-input-validation
export async function placeOrder(_prev: unknown, formData: FormData) {
  const { user } = await verifySession();
  const input = orderSchema.parse(Object.fromEntries(formData));
  const customerId = await customerIdFor(user.id);
  const material = await kdb.selectFrom("materials").select(["price_per_gram"]).where("shop_id", "=", input.shopId).where("name", "=", input.material).executeTakeFirstOrThrow();
  const totalCents = Math.round(material.price_per_gram * 100 * input.quantity);
  // ok: mass-assignment
  const order = await prisma.order.create({ data: { ...input, customerId, totalCents }, select: { id: true } });
  revalidatePath("/orders");
  // ok: excessive-data-exposure
  return { orderId: order.id };
}

// ok: missing-auth, missing-input-validation
export async function cancelMyOrder(orderId: string) {
  const { user } = await verifySession();
  const id = z.string().uuid().parse(orderId);
  const customerId = await customerIdFor(user.id);
  // ok: missing-authorization
  const { count } = await prisma.order.updateMany({ where: { id, customerId, status: "pending" }, data: { status: "cancelled" } });
  return { cancelled: count === 1 };
}

const Address = z.object({ orderId: z.string().uuid(), shippingAddress: z.string().min(10).max(500) });

// ok: missing-auth, missing-input-validation
export async function updateShippingAddress(input: z.infer<typeof Address>) {
  await verifySession();
  const { orderId, shippingAddress } = Address.parse(input);
  // why: any signed-in customer can redirect anyone's order to their own address
  // ruleid: missing-authorization
  await prisma.order.update({ where: { id: orderId }, data: { shippingAddress } });
}

// why: credits value taken from the form and written to the customer's own balance
// ruleid: missing-input-validation
// ok: missing-auth
export async function redeemGiftCard(formData: FormData) {
  const { user } = await verifySession();
  const code = String(formData.get("code"));
  // ruleid: mass-assignment
  // ok: missing-authorization
  await prisma.customer.update({ where: { supabaseUserId: user.id }, data: { credits: { increment: Number(formData.get("credits")) } } });
  // ok: sql-injection
  await prisma.$executeRaw`UPDATE gift_cards SET redeemed_by = ${user.id}, redeemed_at = now() WHERE code = ${code}`;
}

// ok: missing-auth, missing-input-validation
export async function reorder(orderId: string) {
  const { user } = await verifySession();
  const id = z.string().uuid().parse(orderId);
  const customerId = await customerIdFor(user.id);
  // ok: missing-authorization
  const previous = await prisma.order.findFirstOrThrow({ where: { id, customerId }, select: { shopId: true, modelId: true, material: true, quantity: true, shippingAddress: true, totalCents: true } });
  // ok: mass-assignment
  const created = await prisma.order.create({ data: { ...previous, customerId }, select: { id: true } });
  // ok: missing-authorization
  const full = await prisma.order.findUnique({ where: { id: created.id } });
  // why: returns the whole Order record read back without select (internalCostCents, paymentIntentId)
  // ruleid: excessive-data-exposure
  return full;
}

// ok: missing-auth, missing-input-validation
export async function myOrders() {
  const { user } = await verifySession();
  const customerId = await customerIdFor(user.id);
  const rows = await prisma.order.findMany({ where: { customerId }, select: orderSummarySelect });
  // ok: excessive-data-exposure
  return rows;
}

// why: session read but never checked; `user?.id` is undefined for anonymous callers and prisma drops the filter
// ruleid: missing-auth
// ok: missing-input-validation
export async function myCredits() {
  const { user } = await getOptionalMaker();
  const customer = await prisma.customer.findFirst({ where: { supabaseUserId: user?.id }, select: { id: true, credits: true } });
  // ok: excessive-data-exposure
  return { credits: customer?.credits ?? 0, id: customer?.id };
}
