import "server-only";
import { prisma } from "@/lib/db/prisma";

export const orderSummarySelect = {
  id: true,
  status: true,
  material: true,
  quantity: true,
  totalCents: true,
  createdAt: true,
} as const;

export async function customerIdFor(supabaseUserId: string) {
  const c = await prisma.customer.findUnique({ where: { supabaseUserId }, select: { id: true } });
  if (!c) throw new Error("No customer profile");
  return c.id;
}

export async function ordersForCustomer(customerId: string) {
  return prisma.order.findMany({ where: { customerId }, select: orderSummarySelect, orderBy: { createdAt: "desc" } });
}
