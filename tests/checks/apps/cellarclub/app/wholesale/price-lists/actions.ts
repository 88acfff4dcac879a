"use server";

import { z } from "zod";
import { randomUUID } from "node:crypto";
import { sql as ksql } from "kysely";
import { kdb } from "@/lib/db/kysely";
import { requireDistributorUser, createSupabaseServer } from "@/lib/auth/supabase";
import { withRole } from "@/lib/wrappers";
import { prisma } from "@/lib/db/prisma";

// Distributor reading the price list assigned to them.
// ok: missing-auth
export async function myPriceList() {
  const { user } = await requireDistributorUser();
  const dist = await prisma.distributor.findUnique({ where: { supabaseUserId: user.id }, select: { priceListId: true } });
  if (!dist?.priceListId) return [];
  // ok: missing-authorization, excessive-data-exposure
  return kdb.selectFrom("price_list_items").select(["wine_id", "case_price_cents"]).where("price_list_id", "=", dist.priceListId).execute();
}

// ok: missing-auth, missing-input-validation
export async function priceListById(priceListId: string) {
  await requireDistributorUser();
  const id = z.string().uuid().parse(priceListId);
  // ruleid: missing-authorization
  const items = await kdb.selectFrom("price_list_items").select(["wine_id", "case_price_cents"]).where("price_list_id", "=", id).execute();
  // ok: excessive-data-exposure
  return items;
}

const PriceListSchema = z.object({ name: z.string().min(2), discountPct: z.coerce.number().min(0).max(60), distributorId: z.string().uuid().nullable() });

// ok: missing-auth, missing-input-validation
export const createPriceList = withRole(["OWNER", "WHOLESALE_REP"], async (formData, ctx) => {
  const input = PriceListSchema.parse({ name: formData.get("name"), discountPct: formData.get("discountPct"), distributorId: formData.get("distributorId") || null });
  const id = randomUUID();
  // ok: mass-assignment
  // ok: missing-authorization
  await kdb.insertInto("price_lists").values({ id, winery_id: ctx.wineryId, name: input.name, discount_pct: input.discountPct, distributor_id: input.distributorId }).execute();
  return { id };
});

// ok: missing-auth
// ruleid: missing-input-validation
export const setCasePrice = withRole(["OWNER", "WHOLESALE_REP"], async (formData, ctx) => {
  const itemId = String(formData.get("itemId"));
  const cents = Number(formData.get("casePriceCents"));
  await kdb.updateTable("price_list_items").set({ case_price_cents: cents })
    // ok: missing-authorization
    .where("id", "=", itemId).where("price_list_id", "in", kdb.selectFrom("price_lists").select("id").where("winery_id", "=", ctx.wineryId))
    .execute();
  return { success: true };
});

// ok: missing-auth, missing-input-validation
export const sortedPriceList = withRole(["OWNER", "WHOLESALE_REP"], async (formData, ctx) => {
  const dir = formData.get("dir") === "desc" ? "desc" : "asc";
  const listId = z.string().uuid().parse(formData.get("listId"));
  // ok: sql-injection, missing-authorization
  const rows = await ksql<{ wine_id: string; case_price_cents: number }>`SELECT i.wine_id, i.case_price_cents FROM price_list_items i JOIN price_lists l ON l.id = i.price_list_id WHERE l.id = ${listId} AND l.winery_id = ${ctx.wineryId} ORDER BY i.case_price_cents ${ksql.raw(dir)}`.execute(kdb);
  return rows.rows;
});

// Distributor updates their own contact details on the portal (RLS on `distributors`).
// ok: missing-auth, missing-input-validation
export async function updateDistributorProfile(formData: FormData) {
  const supabase = await createSupabaseServer();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) return { error: "Sign in" };
  const input = z.object({ name: z.string().min(2).max(120) }).parse({ name: formData.get("name") });
  // ok: missing-authorization, mass-assignment
  await supabase.from("distributors").update({ name: input.name }).eq("supabase_user_id", user.id);
  return { success: true };
}

// ok: missing-auth, missing-input-validation
export async function updateDistributorTerms(formData: FormData) {
  const { supabase, user } = await requireDistributorUser();
  const input = z.object({ name: z.string().min(2), creditLimitCents: z.coerce.number().int() }).parse(Object.fromEntries(formData));
  await supabase.from("distributors")
    // ruleid: mass-assignment
    .update({ name: input.name, credit_limit_cents: input.creditLimitCents })
    .eq("supabase_user_id", user.id);
  return { success: true };
}
