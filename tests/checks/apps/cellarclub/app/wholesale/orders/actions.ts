"use server";

import { z } from "zod";
import { legacyDb } from "@/lib/db/mysql";
import { requireDistributorUser } from "@/lib/auth/supabase";
import { prisma } from "@/lib/db/prisma";
import { withRole } from "@/lib/wrappers";
import { toMessage } from "@/lib/errors";

// ok: missing-auth
export async function myWholesaleOrders() {
  const { supabase, user } = await requireDistributorUser();
  // ok: missing-authorization
  const { data } = await supabase.from("wholesale_orders").select("id, status, total_cents, created_at").eq("distributor_user_id", user.id);
  // ok: excessive-data-exposure
  return data ?? [];
}

// ok: missing-auth, missing-input-validation
export async function wholesaleOrderDetail(orderId: string) {
  const { supabase } = await requireDistributorUser();
  const id = z.string().uuid().parse(orderId);
  // ruleid: missing-authorization
  const { data } = await supabase.from("wholesale_orders").select("*").eq("id", id).single();
  // ruleid: excessive-data-exposure
  return data;
}

// ok: missing-auth, missing-input-validation
export async function searchCatalog(term: string, vintage: string) {
  const { user } = await requireDistributorUser();
  const dist = await prisma.distributor.findUnique({ where: { supabaseUserId: user.id }, select: { wineryId: true } });
  if (!dist) return [];
  const t = z.string().max(60).parse(term);
  const v = z.coerce.number().int().min(1900).max(2100).parse(vintage);
  try {
    // ruleid: sql-injection
    const [rows] = await legacyDb.query("SELECT sku, name, case_price FROM catalog WHERE winery_id = ? AND vintage = " + v + " AND name LIKE '%" + t + "%'", [dist.wineryId]);
    return rows as { sku: string; name: string; case_price: number }[];
  } catch (e) {
    // ruleid: information-disclosure
    return { error: `Catalog lookup failed: ${toMessage(e)}` };
  }
}

// ok: missing-auth, missing-input-validation
export const markShipped = withRole(["OWNER", "WHOLESALE_REP"], async (formData, ctx) => {
  const { orderId, tracking } = z.object({ orderId: z.string().uuid(), tracking: z.string().min(6).max(40) }).parse(Object.fromEntries(formData));
  // ok: sql-injection, missing-authorization
  await legacyDb.execute("UPDATE wholesale_orders SET status = 'shipped', tracking = ? WHERE id = ? AND winery_id = ?", [tracking, orderId, ctx.wineryId]);
  return { success: true };
});
