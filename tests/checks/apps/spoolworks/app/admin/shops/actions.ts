"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { kdb } from "@/lib/db/kysely";
import { sql } from "@/lib/db/postgres";
import { requireStaff, requireAdmin } from "@/lib/auth/require";
import { withAdmin } from "@/lib/with-admin";
import { auditLog } from "@/lib/audit";

// why: suspending a shop is an admin action; requireStaff only, no audit record
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function suspendShop(shopId: string) {
  const session = await requireStaff();
  if (session.user.role !== "admin") throw new Error("Forbidden");
  const id = z.string().uuid().parse(shopId);
  // ok: missing-authorization
  await kdb.updateTable("shops").set({ accepts_orders: false }).where("id", "=", id).execute();
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export const setPlatformFee = withAdmin("admin.set_platform_fee", async (_s, shopId: string, bps: number) => {
  const id = z.string().uuid().parse(shopId);
  const fee = z.number().int().min(0).max(3000).parse(bps);
  // ok: missing-authorization, mass-assignment
  await prisma.shopAccount.update({ where: { shopId: id }, data: { platformFeeBps: fee } });
});

// why: comps a shop to the Pro plan (admin action) with admin check but no audit trail
// ruleid: missing-audit-log
// ok: missing-auth, missing-input-validation
export async function compShopToPro(formData: FormData) {
  await requireAdmin();
  const shopId = z.string().uuid().parse(formData.get("shopId"));
  // ok: missing-authorization, mass-assignment
  await kdb.updateTable("shops").set({ plan: "pro" }).where("id", "=", shopId).execute();
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function purgeShopReviews(shopId: string) {
  const session = await requireAdmin();
  const id = z.string().uuid().parse(shopId);
  // ok: sql-injection, missing-authorization
  await sql`delete from shop_reviews where shop_id = ${id}`;
  await auditLog({ actorId: session.user.id, action: "admin.purge_reviews", target: id });
}

// why: whole ShopAccount rows for every shop (Stripe account ids, balances), no field selection
// ok: missing-auth, missing-input-validation, missing-audit-log
export async function listShopAccounts() {
  await requireAdmin();
  const accounts = await prisma.shopAccount.findMany();
  // ruleid: excessive-data-exposure
  return accounts;
}

// ok: missing-auth, missing-input-validation, missing-audit-log
export async function shopTotals() {
  await requireStaff();
  const totals = await prisma.order.groupBy({ by: ["shopId"], _count: { _all: true }, _sum: { totalCents: true } });
  // ok: excessive-data-exposure
  return totals.map((t) => ({ shopId: t.shopId, orders: t._count._all, revenueCents: t._sum.totalCents ?? 0 }));
}
